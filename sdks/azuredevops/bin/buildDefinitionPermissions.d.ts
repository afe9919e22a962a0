import * as pulumi from "@pulumi/pulumi";
/**
 * Manages permissions for a Build Definition
 *
 * > **Note** Permissions can be assigned to group principals and not to single user principals.
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
 * const example_readers = azuredevops.getGroupOutput({
 *     projectId: example.id,
 *     name: "Readers",
 * });
 * const exampleGit = new azuredevops.Git("example", {
 *     projectId: example.id,
 *     name: "Example Repository",
 *     initialization: {
 *         initType: "Clean",
 *     },
 * });
 * const exampleBuildDefinition = new azuredevops.BuildDefinition("example", {
 *     projectId: example.id,
 *     name: "Example Build Definition",
 *     path: "\\ExampleFolder",
 *     ciTrigger: {
 *         useYaml: true,
 *     },
 *     repository: {
 *         repoType: "TfsGit",
 *         repoId: exampleGit.id,
 *         branchName: exampleGit.defaultBranch,
 *         ymlPath: "azure-pipelines.yml",
 *     },
 * });
 * const exampleBuildDefinitionPermissions = new azuredevops.BuildDefinitionPermissions("example", {
 *     projectId: example.id,
 *     principal: example_readers.apply(example_readers => example_readers.id),
 *     buildDefinitionId: exampleBuildDefinition.id,
 *     permissions: {
 *         ViewBuilds: "Allow",
 *         EditBuildQuality: "Deny",
 *         DeleteBuilds: "Deny",
 *         StopBuilds: "Allow",
 *     },
 * });
 * ```
 *
 * ## Relevant Links
 *
 * * [Azure DevOps Service REST API 7.0 - Security](https://docs.microsoft.com/en-us/rest/api/azure/devops/security/?view=azure-devops-rest-7.0)
 *
 * ## PAT Permissions Required
 *
 * - **Project & Team**: vso.security_manage - Grants the ability to read, write, and manage security permissions.
 *
 * ## Import
 *
 * The resource does not support import.
 */
export declare class BuildDefinitionPermissions extends pulumi.CustomResource {
    /**
     * Get an existing BuildDefinitionPermissions resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: BuildDefinitionPermissionsState, opts?: pulumi.CustomResourceOptions): BuildDefinitionPermissions;
    /**
     * Returns true if the given object is an instance of BuildDefinitionPermissions.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is BuildDefinitionPermissions;
    /**
     * The id of the build definition to assign the permissions.
     */
    readonly buildDefinitionId: pulumi.Output<string>;
    /**
     * the permissions to assign. The following permissions are available.
     *
     * | Permission                               | Description                           |
     * |------------------------------------------|---------------------------------------|
     * | ViewBuilds                               | View builds                           |
     * | EditBuildQuality                         | Edit build quality                    |
     * | RetainIndefinitely                       | Retain indefinitely                   |
     * | DeleteBuilds                             | Delete builds                         |
     * | ManageBuildQualities                     | Manage build qualities                |
     * | DestroyBuilds                            | Destroy builds                        |
     * | UpdateBuildInformation                   | Update build information              |
     * | QueueBuilds                              | Queue builds                          |
     * | ManageBuildQueue                         | Manage build queue                    |
     * | StopBuilds                               | Stop builds                           |
     * | ViewBuildDefinition                      | View build pipeline                   |
     * | EditBuildDefinition                      | Edit build pipeline                   |
     * | DeleteBuildDefinition                    | Delete build pipeline                 |
     * | OverrideBuildCheckInValidation           | Override check-in validation by build |
     * | AdministerBuildPermissions               | Administer build permissions          |
     * | CreateBuildDefinition                    | Create build pipeline                 |
     * | EditPipelineQueueConfigurationPermission | Edit queue build configuration        |
     */
    readonly permissions: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The **group** principal to assign the permissions.
     */
    readonly principal: pulumi.Output<string>;
    /**
     * The ID of the project to assign the permissions.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Replace (`true`) or merge (`false`) the permissions. Default: `true`.
     */
    readonly replace: pulumi.Output<boolean | undefined>;
    /**
     * Create a BuildDefinitionPermissions resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: BuildDefinitionPermissionsArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering BuildDefinitionPermissions resources.
 */
export interface BuildDefinitionPermissionsState {
    /**
     * The id of the build definition to assign the permissions.
     */
    buildDefinitionId?: pulumi.Input<string | undefined>;
    /**
     * the permissions to assign. The following permissions are available.
     *
     * | Permission                               | Description                           |
     * |------------------------------------------|---------------------------------------|
     * | ViewBuilds                               | View builds                           |
     * | EditBuildQuality                         | Edit build quality                    |
     * | RetainIndefinitely                       | Retain indefinitely                   |
     * | DeleteBuilds                             | Delete builds                         |
     * | ManageBuildQualities                     | Manage build qualities                |
     * | DestroyBuilds                            | Destroy builds                        |
     * | UpdateBuildInformation                   | Update build information              |
     * | QueueBuilds                              | Queue builds                          |
     * | ManageBuildQueue                         | Manage build queue                    |
     * | StopBuilds                               | Stop builds                           |
     * | ViewBuildDefinition                      | View build pipeline                   |
     * | EditBuildDefinition                      | Edit build pipeline                   |
     * | DeleteBuildDefinition                    | Delete build pipeline                 |
     * | OverrideBuildCheckInValidation           | Override check-in validation by build |
     * | AdministerBuildPermissions               | Administer build permissions          |
     * | CreateBuildDefinition                    | Create build pipeline                 |
     * | EditPipelineQueueConfigurationPermission | Edit queue build configuration        |
     */
    permissions?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The **group** principal to assign the permissions.
     */
    principal?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project to assign the permissions.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * Replace (`true`) or merge (`false`) the permissions. Default: `true`.
     */
    replace?: pulumi.Input<boolean | undefined>;
}
/**
 * The set of arguments for constructing a BuildDefinitionPermissions resource.
 */
export interface BuildDefinitionPermissionsArgs {
    /**
     * The id of the build definition to assign the permissions.
     */
    buildDefinitionId: pulumi.Input<string>;
    /**
     * the permissions to assign. The following permissions are available.
     *
     * | Permission                               | Description                           |
     * |------------------------------------------|---------------------------------------|
     * | ViewBuilds                               | View builds                           |
     * | EditBuildQuality                         | Edit build quality                    |
     * | RetainIndefinitely                       | Retain indefinitely                   |
     * | DeleteBuilds                             | Delete builds                         |
     * | ManageBuildQualities                     | Manage build qualities                |
     * | DestroyBuilds                            | Destroy builds                        |
     * | UpdateBuildInformation                   | Update build information              |
     * | QueueBuilds                              | Queue builds                          |
     * | ManageBuildQueue                         | Manage build queue                    |
     * | StopBuilds                               | Stop builds                           |
     * | ViewBuildDefinition                      | View build pipeline                   |
     * | EditBuildDefinition                      | Edit build pipeline                   |
     * | DeleteBuildDefinition                    | Delete build pipeline                 |
     * | OverrideBuildCheckInValidation           | Override check-in validation by build |
     * | AdministerBuildPermissions               | Administer build permissions          |
     * | CreateBuildDefinition                    | Create build pipeline                 |
     * | EditPipelineQueueConfigurationPermission | Edit queue build configuration        |
     */
    permissions: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * The **group** principal to assign the permissions.
     */
    principal: pulumi.Input<string>;
    /**
     * The ID of the project to assign the permissions.
     */
    projectId: pulumi.Input<string>;
    /**
     * Replace (`true`) or merge (`false`) the permissions. Default: `true`.
     */
    replace?: pulumi.Input<boolean | undefined>;
}
