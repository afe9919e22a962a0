import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about an existing Agent Queue within Azure DevOps.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const exampleProject = new azuredevops.Project("example", {
 *     name: "Example Project",
 *     workItemTemplate: "Agile",
 *     versionControl: "Git",
 *     visibility: "private",
 *     description: "Managed by Pulumi",
 * });
 * const example = azuredevops.getAgentQueueOutput({
 *     projectId: exampleProject.id,
 *     name: "Example Agent Queue",
 * });
 * export const name = example.apply(example => example.name);
 * export const poolId = example.apply(example => example.agentPoolId);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Agent Queues - Get](https://docs.microsoft.com/en-us/rest/api/azure/devops/distributedtask/queues/get?view=azure-devops-rest-7.0)
 */
export declare function getAgentQueue(args: GetAgentQueueArgs, opts?: pulumi.InvokeOptions): Promise<GetAgentQueueResult>;
/**
 * A collection of arguments for invoking getAgentQueue.
 */
export interface GetAgentQueueArgs {
    /**
     * Name of the Agent Queue.
     */
    name: string;
    /**
     * The Project Id.
     */
    projectId: string;
}
/**
 * A collection of values returned by getAgentQueue.
 */
export interface GetAgentQueueResult {
    /**
     * The ID of the Agent pool to which the agent queue belongs.
     */
    readonly agentPoolId: number;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * The name of the agent queue.
     */
    readonly name: string;
    /**
     * The ID of the Project to which the agent queue belongs.
     */
    readonly projectId: string;
}
/**
 * Use this data source to access information about an existing Agent Queue within Azure DevOps.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const exampleProject = new azuredevops.Project("example", {
 *     name: "Example Project",
 *     workItemTemplate: "Agile",
 *     versionControl: "Git",
 *     visibility: "private",
 *     description: "Managed by Pulumi",
 * });
 * const example = azuredevops.getAgentQueueOutput({
 *     projectId: exampleProject.id,
 *     name: "Example Agent Queue",
 * });
 * export const name = example.apply(example => example.name);
 * export const poolId = example.apply(example => example.agentPoolId);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Agent Queues - Get](https://docs.microsoft.com/en-us/rest/api/azure/devops/distributedtask/queues/get?view=azure-devops-rest-7.0)
 */
export declare function getAgentQueueOutput(args: GetAgentQueueOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetAgentQueueResult>;
/**
 * A collection of arguments for invoking getAgentQueue.
 */
export interface GetAgentQueueOutputArgs {
    /**
     * Name of the Agent Queue.
     */
    name: pulumi.Input<string>;
    /**
     * The Project Id.
     */
    projectId: pulumi.Input<string>;
}
