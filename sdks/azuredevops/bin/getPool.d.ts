import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about an existing Agent Pool within Azure DevOps.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getPool({
 *     name: "Example Agent Pool",
 * });
 * export const name = example.then(example => example.name);
 * export const poolType = example.then(example => example.poolType);
 * export const autoProvision = example.then(example => example.autoProvision);
 * export const autoUpdate = example.then(example => example.autoUpdate);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Agent Pools - Get](https://docs.microsoft.com/en-us/rest/api/azure/devops/distributedtask/pools/get?view=azure-devops-rest-7.1)
 */
export declare function getPool(args: GetPoolArgs, opts?: pulumi.InvokeOptions): Promise<GetPoolResult>;
/**
 * A collection of arguments for invoking getPool.
 */
export interface GetPoolArgs {
    /**
     * Name of the Agent Pool.
     */
    name: string;
}
/**
 * A collection of values returned by getPool.
 */
export interface GetPoolResult {
    /**
     * Specifies whether a queue should be automatically provisioned for each project collection.
     */
    readonly autoProvision: boolean;
    /**
     * Specifies whether or not agents within the pool should be automatically updated.
     */
    readonly autoUpdate: boolean;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * The name of the agent pool
     */
    readonly name: string;
    /**
     * Specifies whether the agent pool type is Automation or Deployment.
     */
    readonly poolType: string;
}
/**
 * Use this data source to access information about an existing Agent Pool within Azure DevOps.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getPool({
 *     name: "Example Agent Pool",
 * });
 * export const name = example.then(example => example.name);
 * export const poolType = example.then(example => example.poolType);
 * export const autoProvision = example.then(example => example.autoProvision);
 * export const autoUpdate = example.then(example => example.autoUpdate);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Agent Pools - Get](https://docs.microsoft.com/en-us/rest/api/azure/devops/distributedtask/pools/get?view=azure-devops-rest-7.1)
 */
export declare function getPoolOutput(args: GetPoolOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetPoolResult>;
/**
 * A collection of arguments for invoking getPool.
 */
export interface GetPoolOutputArgs {
    /**
     * Name of the Agent Pool.
     */
    name: pulumi.Input<string>;
}
