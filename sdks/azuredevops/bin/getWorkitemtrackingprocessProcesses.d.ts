import * as pulumi from "@pulumi/pulumi";
import * as outputs from "./types/output";
/**
 * Use this data source to access information about existing processes.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const all = azuredevops.getWorkitemtrackingprocessProcesses({});
 * export const id = all.then(all => all.id);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Processes - List](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/processes/list?view=azure-devops-rest-7.1)
 */
export declare function getWorkitemtrackingprocessProcesses(args?: GetWorkitemtrackingprocessProcessesArgs, opts?: pulumi.InvokeOptions): Promise<GetWorkitemtrackingprocessProcessesResult>;
/**
 * A collection of arguments for invoking getWorkitemtrackingprocessProcesses.
 */
export interface GetWorkitemtrackingprocessProcessesArgs {
    /**
     * Specifies the expand option when getting the processes. Default: "none"
     */
    expand?: string;
}
/**
 * A collection of values returned by getWorkitemtrackingprocessProcesses.
 */
export interface GetWorkitemtrackingprocessProcessesResult {
    readonly expand?: string;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * A `processes` block as defined below. A list of all processes including system and inherited.
     */
    readonly processes: outputs.GetWorkitemtrackingprocessProcessesProcess[];
}
/**
 * Use this data source to access information about existing processes.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const all = azuredevops.getWorkitemtrackingprocessProcesses({});
 * export const id = all.then(all => all.id);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Processes - List](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/processes/list?view=azure-devops-rest-7.1)
 */
export declare function getWorkitemtrackingprocessProcessesOutput(args?: GetWorkitemtrackingprocessProcessesOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetWorkitemtrackingprocessProcessesResult>;
/**
 * A collection of arguments for invoking getWorkitemtrackingprocessProcesses.
 */
export interface GetWorkitemtrackingprocessProcessesOutputArgs {
    /**
     * Specifies the expand option when getting the processes. Default: "none"
     */
    expand?: pulumi.Input<string | undefined>;
}
