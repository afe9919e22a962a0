import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a project within Azure DevOps.
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
 *     features: {
 *         testplans: "disabled",
 *         artifacts: "disabled",
 *     },
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Projects](https://docs.microsoft.com/en-us/rest/api/azure/devops/core/projects?view=azure-devops-rest-7.0)
 *
 * ## PAT Permissions Required
 *
 * - **Project & Team**: Read, Write, & Manage
 * - **Work Items**: Read
 *
 * ## Import
 *
 * Azure DevOps Projects can be imported using the project name or by the project Guid, e.g.
 *
 * ```sh
 * terraform import azuredevops_project.example "Example Project"
 * ```
 *
 * or
 *
 * ```sh
 * $ pulumi import azuredevops:index/project:Project example 00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class Project extends pulumi.CustomResource {
    /**
     * Get an existing Project resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ProjectState, opts?: pulumi.CustomResourceOptions): Project;
    /**
     * Returns true if the given object is an instance of Project.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Project;
    /**
     * The Description of the Project.
     * *
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Defines the status (`enabled`, `disabled`) of the project features. Valid features are `boards`, `repositories`, `pipelines`, `testplans`, `artifacts`
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
    } | undefined>;
    /**
     * The Project Name.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The Process Template ID used by the Project.
     */
    readonly processTemplateId: pulumi.Output<string>;
    /**
     * Specifies the version control system. Possbile values are: `Git` or `Tfvc`. Defaults to `Git`.
     */
    readonly versionControl: pulumi.Output<string | undefined>;
    /**
     * Specifies the visibility of the Project. Possible values are: `private` or `public`. Defaults to `private`.
     */
    readonly visibility: pulumi.Output<string | undefined>;
    /**
     * Specifies the work item template. Possible values are: `Agile`, `Basic`, `CMMI`, `Scrum` or a custom, pre-existing one. Defaults to `Agile`. An empty string will use the parent organization default.
     */
    readonly workItemTemplate: pulumi.Output<string | undefined>;
    /**
     * Create a Project resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ProjectArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Project resources.
 */
export interface ProjectState {
    /**
     * The Description of the Project.
     * *
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Defines the status (`enabled`, `disabled`) of the project features. Valid features are `boards`, `repositories`, `pipelines`, `testplans`, `artifacts`
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
    /**
     * The Project Name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The Process Template ID used by the Project.
     */
    processTemplateId?: pulumi.Input<string | undefined>;
    /**
     * Specifies the version control system. Possbile values are: `Git` or `Tfvc`. Defaults to `Git`.
     */
    versionControl?: pulumi.Input<string | undefined>;
    /**
     * Specifies the visibility of the Project. Possible values are: `private` or `public`. Defaults to `private`.
     */
    visibility?: pulumi.Input<string | undefined>;
    /**
     * Specifies the work item template. Possible values are: `Agile`, `Basic`, `CMMI`, `Scrum` or a custom, pre-existing one. Defaults to `Agile`. An empty string will use the parent organization default.
     */
    workItemTemplate?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a Project resource.
 */
export interface ProjectArgs {
    /**
     * The Description of the Project.
     * *
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Defines the status (`enabled`, `disabled`) of the project features. Valid features are `boards`, `repositories`, `pipelines`, `testplans`, `artifacts`
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
    /**
     * The Project Name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Specifies the version control system. Possbile values are: `Git` or `Tfvc`. Defaults to `Git`.
     */
    versionControl?: pulumi.Input<string | undefined>;
    /**
     * Specifies the visibility of the Project. Possible values are: `private` or `public`. Defaults to `private`.
     */
    visibility?: pulumi.Input<string | undefined>;
    /**
     * Specifies the work item template. Possible values are: `Agile`, `Basic`, `CMMI`, `Scrum` or a custom, pre-existing one. Defaults to `Agile`. An empty string will use the parent organization default.
     */
    workItemTemplate?: pulumi.Input<string | undefined>;
}
