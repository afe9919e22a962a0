import * as pulumi from "@pulumi/pulumi";
/**
 * Manages an Environment.
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
 * const exampleEnvironment = new azuredevops.Environment("example", {
 *     projectId: example.id,
 *     name: "Example Environment",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * * [Azure DevOps Service REST API 7.0 - Environments](https://docs.microsoft.com/en-us/rest/api/azure/devops/distributedtask/environments?view=azure-devops-rest-7.0)
 *
 * ## Import
 *
 * Azure DevOps Environments can be imported using the project ID and environment ID, e.g.:
 *
 * ```sh
 * $ pulumi import azuredevops:index/environment:Environment example 00000000-0000-0000-0000-000000000000/0
 * ```
 */
export declare class Environment extends pulumi.CustomResource {
    /**
     * Get an existing Environment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: EnvironmentState, opts?: pulumi.CustomResourceOptions): Environment;
    /**
     * Returns true if the given object is an instance of Environment.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Environment;
    /**
     * A description for the Environment.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The name which should be used for this Environment.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The ID of the project. Changing this forces a new Environment to be created.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Create a Environment resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: EnvironmentArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Environment resources.
 */
export interface EnvironmentState {
    /**
     * A description for the Environment.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The name which should be used for this Environment.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project. Changing this forces a new Environment to be created.
     */
    projectId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a Environment resource.
 */
export interface EnvironmentArgs {
    /**
     * A description for the Environment.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The name which should be used for this Environment.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project. Changing this forces a new Environment to be created.
     */
    projectId: pulumi.Input<string>;
}
