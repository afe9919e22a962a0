import * as pulumi from "@pulumi/pulumi";
/**
 * Manages an agent pool within Azure DevOps.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.Pool("example", {
 *     name: "Example-pool",
 *     autoProvision: false,
 *     autoUpdate: false,
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Agent Pools](https://docs.microsoft.com/en-us/rest/api/azure/devops/distributedtask/pools?view=azure-devops-rest-7.0)
 *
 * ## Import*
 *
 * Azure DevOps Agent Pools can be imported using the agent pool ID, e.g.
 *
 * ```sh
 * terraform import azuredevops_agent_pool.example 0
 * ```
 */
export declare class Pool extends pulumi.CustomResource {
    /**
     * Get an existing Pool resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: PoolState, opts?: pulumi.CustomResourceOptions): Pool;
    /**
     * Returns true if the given object is an instance of Pool.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Pool;
    /**
     * Specifies whether a queue should be automatically provisioned for each project collection. Defaults to `false`.
     */
    readonly autoProvision: pulumi.Output<boolean | undefined>;
    /**
     * Specifies whether or not agents within the pool should be automatically updated. Defaults to `true`.
     */
    readonly autoUpdate: pulumi.Output<boolean | undefined>;
    /**
     * The name of the agent pool.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Specifies whether the agent pool type is Automation or Deployment. Defaults to `automation`.
     */
    readonly poolType: pulumi.Output<string | undefined>;
    /**
     * Create a Pool resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: PoolArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Pool resources.
 */
export interface PoolState {
    /**
     * Specifies whether a queue should be automatically provisioned for each project collection. Defaults to `false`.
     */
    autoProvision?: pulumi.Input<boolean | undefined>;
    /**
     * Specifies whether or not agents within the pool should be automatically updated. Defaults to `true`.
     */
    autoUpdate?: pulumi.Input<boolean | undefined>;
    /**
     * The name of the agent pool.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Specifies whether the agent pool type is Automation or Deployment. Defaults to `automation`.
     */
    poolType?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a Pool resource.
 */
export interface PoolArgs {
    /**
     * Specifies whether a queue should be automatically provisioned for each project collection. Defaults to `false`.
     */
    autoProvision?: pulumi.Input<boolean | undefined>;
    /**
     * Specifies whether or not agents within the pool should be automatically updated. Defaults to `true`.
     */
    autoUpdate?: pulumi.Input<boolean | undefined>;
    /**
     * The name of the agent pool.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Specifies whether the agent pool type is Automation or Deployment. Defaults to `automation`.
     */
    poolType?: pulumi.Input<string | undefined>;
}
