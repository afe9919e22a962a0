import * as pulumi from "@pulumi/pulumi";
/**
 * Manages permissions for a Library
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const project = new azuredevops.Project("project", {
 *     name: "Testing",
 *     description: "Testing-description",
 *     visibility: "private",
 *     versionControl: "Git",
 *     workItemTemplate: "Agile",
 * });
 * const tf_project_readers = azuredevops.getGroupOutput({
 *     projectId: project.id,
 *     name: "Readers",
 * });
 * const permissions = new azuredevops.LibraryPermissions("permissions", {
 *     projectId: project.id,
 *     principal: tf_project_readers.apply(tf_project_readers => tf_project_readers.id),
 *     permissions: {
 *         View: "allow",
 *         Administer: "allow",
 *         Use: "allow",
 *     },
 * });
 * ```
 *
 * ## Roles
 *
 * The Azure DevOps UI uses roles to assign permissions for the Library.
 *
 * | Role          | Allowed Permissions   |
 * |---------------|-----------------------|
 * | Reader        | View                  |
 * | Creator       | View, Create          |
 * | User          | View, Use             |
 * | Administrator | View, Use, Administer |
 *
 * ## Relevant Links
 *
 * * [Azure DevOps Service REST API 6.0 - Security](https://docs.microsoft.com/en-us/rest/api/azure/devops/security/?view=azure-devops-rest-6.0)
 *
 * ## PAT Permissions Required
 *
 * - **Project & Team**: vso.security_manage - Grants the ability to read, write, and manage security permissions.
 *
 * ## Import
 *
 * The resource does not support import.
 */
export declare class LibraryPermissions extends pulumi.CustomResource {
    /**
     * Get an existing LibraryPermissions resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: LibraryPermissionsState, opts?: pulumi.CustomResourceOptions): LibraryPermissions;
    /**
     * Returns true if the given object is an instance of LibraryPermissions.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is LibraryPermissions;
    /**
     * the permissions to assign. The following permissions are available.
     *
     * | Permission  | Description               |
     * |-------------|---------------------------|
     * | View        | View library item         |
     * | Administer  | Administer library item   |
     * | Create      | Create library item       |
     * | ViewSecrets | View library item secrets |
     * | Use         | Use library item          |
     * | Owner       | Owner library item        |
     */
    readonly permissions: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The **group** principal to assign the permissions.
     */
    readonly principal: pulumi.Output<string>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Replace (`true`) or merge (`false`) the permissions. Default: `true`
     */
    readonly replace: pulumi.Output<boolean | undefined>;
    /**
     * Create a LibraryPermissions resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: LibraryPermissionsArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering LibraryPermissions resources.
 */
export interface LibraryPermissionsState {
    /**
     * the permissions to assign. The following permissions are available.
     *
     * | Permission  | Description               |
     * |-------------|---------------------------|
     * | View        | View library item         |
     * | Administer  | Administer library item   |
     * | Create      | Create library item       |
     * | ViewSecrets | View library item secrets |
     * | Use         | Use library item          |
     * | Owner       | Owner library item        |
     */
    permissions?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The **group** principal to assign the permissions.
     */
    principal?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * Replace (`true`) or merge (`false`) the permissions. Default: `true`
     */
    replace?: pulumi.Input<boolean | undefined>;
}
/**
 * The set of arguments for constructing a LibraryPermissions resource.
 */
export interface LibraryPermissionsArgs {
    /**
     * the permissions to assign. The following permissions are available.
     *
     * | Permission  | Description               |
     * |-------------|---------------------------|
     * | View        | View library item         |
     * | Administer  | Administer library item   |
     * | Create      | Create library item       |
     * | ViewSecrets | View library item secrets |
     * | Use         | Use library item          |
     * | Owner       | Owner library item        |
     */
    permissions: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * The **group** principal to assign the permissions.
     */
    principal: pulumi.Input<string>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * Replace (`true`) or merge (`false`) the permissions. Default: `true`
     */
    replace?: pulumi.Input<boolean | undefined>;
}
