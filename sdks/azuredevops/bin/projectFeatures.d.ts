import * as pulumi from "@pulumi/pulumi";
/**
 * Manages features for Azure DevOps projects
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.Project("example", {
 *     name: "Example Project",
 *     visibility: "private",
 *     versionControl: "Git",
 *     workItemTemplate: "Agile",
 *     description: "Managed by Pulumi",
 * });
 * const example_features = new azuredevops.ProjectFeatures("example-features", {
 *     projectId: example.id,
 *     features: {
 *         testplans: "disabled",
 *         artifacts: "enabled",
 *     },
 * });
 * ```
 *
 * ## Relevant Links
 *
 * No official documentation available
 *
 * ## PAT Permissions Required
 *
 * - **Project & Team**: Read, Write, & Manage
 *
 * ## Import
 *
 * Azure DevOps feature settings can be imported using the project id, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/projectFeatures:ProjectFeatures example 00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ProjectFeatures extends pulumi.CustomResource {
    /**
     * Get an existing ProjectFeatures resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ProjectFeaturesState, opts?: pulumi.CustomResourceOptions): ProjectFeatures;
    /**
     * Returns true if the given object is an instance of ProjectFeatures.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ProjectFeatures;
    /**
     * Defines the status (`enabled`, `disabled`) of the project features.  Valid features `boards`, `repositories`, `pipelines`, `testplans`, `artifacts`
     *
     * | Features     | Possible Values   |
     * |--------------|-------------------|
     * | boards       | enabled, disabled |
     * | repositories | enabled, disabled |
     * | pipelines    | enabled, disabled |
     * | testplans    | enabled, disabled |
     * | artifacts    | enabled, disabled |
     *
     * > **NOTE:** It's possible to define project features both within the `azuredevops.ProjectFeatures` resource and
     * via the `features` block by using the `azuredevops.Project` resource.
     * However it's not possible to use both methods to manage features, since there'll be conflicts.
     */
    readonly features: pulumi.Output<{
        [key: string]: string;
    }>;
    readonly projectId: pulumi.Output<string>;
    /**
     * Create a ProjectFeatures resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ProjectFeaturesArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ProjectFeatures resources.
 */
export interface ProjectFeaturesState {
    /**
     * Defines the status (`enabled`, `disabled`) of the project features.  Valid features `boards`, `repositories`, `pipelines`, `testplans`, `artifacts`
     *
     * | Features     | Possible Values   |
     * |--------------|-------------------|
     * | boards       | enabled, disabled |
     * | repositories | enabled, disabled |
     * | pipelines    | enabled, disabled |
     * | testplans    | enabled, disabled |
     * | artifacts    | enabled, disabled |
     *
     * > **NOTE:** It's possible to define project features both within the `azuredevops.ProjectFeatures` resource and
     * via the `features` block by using the `azuredevops.Project` resource.
     * However it's not possible to use both methods to manage features, since there'll be conflicts.
     */
    features?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    projectId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ProjectFeatures resource.
 */
export interface ProjectFeaturesArgs {
    /**
     * Defines the status (`enabled`, `disabled`) of the project features.  Valid features `boards`, `repositories`, `pipelines`, `testplans`, `artifacts`
     *
     * | Features     | Possible Values   |
     * |--------------|-------------------|
     * | boards       | enabled, disabled |
     * | repositories | enabled, disabled |
     * | pipelines    | enabled, disabled |
     * | testplans    | enabled, disabled |
     * | artifacts    | enabled, disabled |
     *
     * > **NOTE:** It's possible to define project features both within the `azuredevops.ProjectFeatures` resource and
     * via the `features` block by using the `azuredevops.Project` resource.
     * However it's not possible to use both methods to manage features, since there'll be conflicts.
     */
    features: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    projectId: pulumi.Input<string>;
}
