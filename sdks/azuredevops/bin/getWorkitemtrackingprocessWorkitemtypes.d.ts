import * as pulumi from "@pulumi/pulumi";
import * as outputs from "./types/output";
/**
 * Use this data source to access information about all work item types in a process.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const customProcess = azuredevops.getWorkitemtrackingprocessWorkitemtypes({
 *     processId: "f22ab9cc-acad-47ab-b31d-e43ef8d72b89",
 * });
 * export const workItemTypes = customProcess.then(customProcess => customProcess.workItemTypes);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Work Item Types - List](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/work-item-types/list?view=azure-devops-rest-7.1&tabs=HTTP)
 */
export declare function getWorkitemtrackingprocessWorkitemtypes(args: GetWorkitemtrackingprocessWorkitemtypesArgs, opts?: pulumi.InvokeOptions): Promise<GetWorkitemtrackingprocessWorkitemtypesResult>;
/**
 * A collection of arguments for invoking getWorkitemtrackingprocessWorkitemtypes.
 */
export interface GetWorkitemtrackingprocessWorkitemtypesArgs {
    /**
     * The ID of the process.
     */
    processId: string;
}
/**
 * A collection of values returned by getWorkitemtrackingprocessWorkitemtypes.
 */
export interface GetWorkitemtrackingprocessWorkitemtypesResult {
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    readonly processId: string;
    /**
     * A `workItemTypes` block as defined below. A list of work item types for the process.
     */
    readonly workItemTypes: outputs.GetWorkitemtrackingprocessWorkitemtypesWorkItemType[];
}
/**
 * Use this data source to access information about all work item types in a process.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const customProcess = azuredevops.getWorkitemtrackingprocessWorkitemtypes({
 *     processId: "f22ab9cc-acad-47ab-b31d-e43ef8d72b89",
 * });
 * export const workItemTypes = customProcess.then(customProcess => customProcess.workItemTypes);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Work Item Types - List](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/work-item-types/list?view=azure-devops-rest-7.1&tabs=HTTP)
 */
export declare function getWorkitemtrackingprocessWorkitemtypesOutput(args: GetWorkitemtrackingprocessWorkitemtypesOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetWorkitemtrackingprocessWorkitemtypesResult>;
/**
 * A collection of arguments for invoking getWorkitemtrackingprocessWorkitemtypes.
 */
export interface GetWorkitemtrackingprocessWorkitemtypesOutputArgs {
    /**
     * The ID of the process.
     */
    processId: pulumi.Input<string>;
}
