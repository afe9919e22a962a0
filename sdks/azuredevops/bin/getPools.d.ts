import * as pulumi from "@pulumi/pulumi";
import * as outputs from "./types/output";
/**
 * Use this data source to access information about existing Agent Pools within Azure DevOps.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getPools({});
 * export const agentPoolName = example.then(example => example.agentPools.map(__item => __item.name));
 * export const autoProvision = example.then(example => example.agentPools.map(__item => __item.autoProvision));
 * export const autoUpdate = example.then(example => example.agentPools.map(__item => __item.autoUpdate));
 * export const poolType = example.then(example => example.agentPools.map(__item => __item.poolType));
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Agent Pools - Get](https://docs.microsoft.com/en-us/rest/api/azure/devops/distributedtask/pools/get?view=azure-devops-rest-7.1)
 */
export declare function getPools(opts?: pulumi.InvokeOptions): Promise<GetPoolsResult>;
/**
 * A collection of values returned by getPools.
 */
export interface GetPoolsResult {
    /**
     * An `agentPools` blocks as documented below. A list of existing agent pools in your Azure DevOps Organization with the following details about every agent pool:
     */
    readonly agentPools: outputs.GetPoolsAgentPool[];
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
}
/**
 * Use this data source to access information about existing Agent Pools within Azure DevOps.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getPools({});
 * export const agentPoolName = example.then(example => example.agentPools.map(__item => __item.name));
 * export const autoProvision = example.then(example => example.agentPools.map(__item => __item.autoProvision));
 * export const autoUpdate = example.then(example => example.agentPools.map(__item => __item.autoUpdate));
 * export const poolType = example.then(example => example.agentPools.map(__item => __item.poolType));
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Agent Pools - Get](https://docs.microsoft.com/en-us/rest/api/azure/devops/distributedtask/pools/get?view=azure-devops-rest-7.1)
 */
export declare function getPoolsOutput(opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetPoolsResult>;
