import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about an existing work item type for a process.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getWorkitemtrackingprocessWorkitemtype({
 *     processId: "f22ab9cc-acad-47ab-b31d-e43ef8d72b89",
 *     referenceName: "MyProcess.Example",
 * });
 * export const name = example.then(example => example.name);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Work Item Types - Get](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/work-item-types/get?view=azure-devops-rest-7.1&tabs=HTTP)
 */
export declare function getWorkitemtrackingprocessWorkitemtype(args: GetWorkitemtrackingprocessWorkitemtypeArgs, opts?: pulumi.InvokeOptions): Promise<GetWorkitemtrackingprocessWorkitemtypeResult>;
/**
 * A collection of arguments for invoking getWorkitemtrackingprocessWorkitemtype.
 */
export interface GetWorkitemtrackingprocessWorkitemtypeArgs {
    /**
     * The ID of the process.
     */
    processId: string;
    /**
     * The reference name of the work item type.
     */
    referenceName: string;
}
/**
 * A collection of values returned by getWorkitemtrackingprocessWorkitemtype.
 */
export interface GetWorkitemtrackingprocessWorkitemtypeResult {
    /**
     * Color hexadecimal code to represent the work item type.
     */
    readonly color: string;
    /**
     * Indicates the type of customization on this work item type.
     */
    readonly customization: string;
    /**
     * Description of the work item type.
     */
    readonly description: string;
    /**
     * Icon to represent the work item type.
     */
    readonly icon: string;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * Indicates if the work item type is enabled.
     */
    readonly isEnabled: boolean;
    /**
     * Name of the work item type.
     */
    readonly name: string;
    /**
     * Reference name of the parent work item type.
     */
    readonly parentWorkItemReferenceName: string;
    readonly processId: string;
    readonly referenceName: string;
    /**
     * URL of the work item type.
     */
    readonly url: string;
}
/**
 * Use this data source to access information about an existing work item type for a process.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getWorkitemtrackingprocessWorkitemtype({
 *     processId: "f22ab9cc-acad-47ab-b31d-e43ef8d72b89",
 *     referenceName: "MyProcess.Example",
 * });
 * export const name = example.then(example => example.name);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Work Item Types - Get](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/work-item-types/get?view=azure-devops-rest-7.1&tabs=HTTP)
 */
export declare function getWorkitemtrackingprocessWorkitemtypeOutput(args: GetWorkitemtrackingprocessWorkitemtypeOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetWorkitemtrackingprocessWorkitemtypeResult>;
/**
 * A collection of arguments for invoking getWorkitemtrackingprocessWorkitemtype.
 */
export interface GetWorkitemtrackingprocessWorkitemtypeOutputArgs {
    /**
     * The ID of the process.
     */
    processId: pulumi.Input<string>;
    /**
     * The reference name of the work item type.
     */
    referenceName: pulumi.Input<string>;
}
