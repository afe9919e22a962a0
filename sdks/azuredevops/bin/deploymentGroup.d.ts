import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a Deployment Group used by classic release pipelines.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.Project("example", {
 *     name: "Example Project",
 *     workItemTemplate: "Agile",
 *     versionControl: "Git",
 *     visibility: "private",
 *     description: "Managed by Pulumi",
 * });
 * const exampleDeploymentGroup = new azuredevops.DeploymentGroup("example", {
 *     projectId: example.id,
 *     name: "Example Deployment Group",
 *     description: "Managed by Pulumi",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * * [Azure DevOps Service REST API 7.0 - Deployment Groups](https://docs.microsoft.com/en-us/rest/api/azure/devops/distributedtask/deployment-groups?view=azure-devops-rest-7.0)
 *
 * ## Import
 *
 * Azure DevOps Deployment Groups can be imported using the project ID and deployment group ID, e.g.:
 *
 * ```sh
 * $ pulumi import azuredevops:index/deploymentGroup:DeploymentGroup example 00000000-0000-0000-0000-000000000000/0
 * ```
 */
export declare class DeploymentGroup extends pulumi.CustomResource {
    /**
     * Get an existing DeploymentGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: DeploymentGroupState, opts?: pulumi.CustomResourceOptions): DeploymentGroup;
    /**
     * Returns true if the given object is an instance of DeploymentGroup.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is DeploymentGroup;
    /**
     * A description for the Deployment Group. Defaults to `""`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The number of deployment targets in the Deployment Group.
     */
    readonly machineCount: pulumi.Output<number>;
    /**
     * The name of the Deployment Group.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The ID of the deployment pool in which deployment agents are registered. If not specified, a new pool will be created. Changing this forces a new Deployment Group to be created.
     */
    readonly poolId: pulumi.Output<number>;
    /**
     * The ID of the project. Changing this forces a new Deployment Group to be created.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Create a DeploymentGroup resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: DeploymentGroupArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering DeploymentGroup resources.
 */
export interface DeploymentGroupState {
    /**
     * A description for the Deployment Group. Defaults to `""`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The number of deployment targets in the Deployment Group.
     */
    machineCount?: pulumi.Input<number | undefined>;
    /**
     * The name of the Deployment Group.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the deployment pool in which deployment agents are registered. If not specified, a new pool will be created. Changing this forces a new Deployment Group to be created.
     */
    poolId?: pulumi.Input<number | undefined>;
    /**
     * The ID of the project. Changing this forces a new Deployment Group to be created.
     */
    projectId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a DeploymentGroup resource.
 */
export interface DeploymentGroupArgs {
    /**
     * A description for the Deployment Group. Defaults to `""`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The name of the Deployment Group.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the deployment pool in which deployment agents are registered. If not specified, a new pool will be created. Changing this forces a new Deployment Group to be created.
     */
    poolId?: pulumi.Input<number | undefined>;
    /**
     * The ID of the project. Changing this forces a new Deployment Group to be created.
     */
    projectId: pulumi.Input<string>;
}
