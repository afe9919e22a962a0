import * as pulumi from "@pulumi/pulumi";
import * as outputs from "./types/output";
/**
 * Use this data source to access information about an existing process.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getWorkitemtrackingprocessProcess({
 *     id: "adcc42ab-9882-485e-a3ed-7678f01f66bc",
 * });
 * export const id = example.then(example => example.id);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Process - Get](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/processes/get?view=azure-devops-rest-7.1)
 */
export declare function getWorkitemtrackingprocessProcess(args: GetWorkitemtrackingprocessProcessArgs, opts?: pulumi.InvokeOptions): Promise<GetWorkitemtrackingprocessProcessResult>;
/**
 * A collection of arguments for invoking getWorkitemtrackingprocessProcess.
 */
export interface GetWorkitemtrackingprocessProcessArgs {
    /**
     * Specifies the expand option when getting the processes. Default: "none"
     */
    expand?: string;
    /**
     * The ID of the process.
     */
    id: string;
}
/**
 * A collection of values returned by getWorkitemtrackingprocessProcess.
 */
export interface GetWorkitemtrackingprocessProcessResult {
    /**
     * Indicates the type of customization on this process. System Process is default process. Inherited Process is modified process that was System process before.
     */
    readonly customizationType: string;
    /**
     * Description of the project.
     */
    readonly description: string;
    readonly expand?: string;
    /**
     * The ID of the project.
     */
    readonly id: string;
    /**
     * Is the process default?
     */
    readonly isDefault: boolean;
    /**
     * Is the process enabled?
     */
    readonly isEnabled: boolean;
    /**
     * Name of the project.
     */
    readonly name: string;
    /**
     * ID of the parent process.
     */
    readonly parentProcessTypeId: string;
    /**
     * A `projects` block as defined below. Returns associated projects when using the 'projects' expand option.
     */
    readonly projects: outputs.GetWorkitemtrackingprocessProcessProject[];
    /**
     * Reference name of process being created. If not specified, server will assign a unique reference name.
     */
    readonly referenceName: string;
}
/**
 * Use this data source to access information about an existing process.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getWorkitemtrackingprocessProcess({
 *     id: "adcc42ab-9882-485e-a3ed-7678f01f66bc",
 * });
 * export const id = example.then(example => example.id);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Process - Get](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/processes/get?view=azure-devops-rest-7.1)
 */
export declare function getWorkitemtrackingprocessProcessOutput(args: GetWorkitemtrackingprocessProcessOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetWorkitemtrackingprocessProcessResult>;
/**
 * A collection of arguments for invoking getWorkitemtrackingprocessProcess.
 */
export interface GetWorkitemtrackingprocessProcessOutputArgs {
    /**
     * Specifies the expand option when getting the processes. Default: "none"
     */
    expand?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process.
     */
    id: pulumi.Input<string>;
}
