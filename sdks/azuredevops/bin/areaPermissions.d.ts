import * as pulumi from "@pulumi/pulumi";
/**
 * Manages permissions for an Area (Component)
 *
 * > **Note** Permissions can be assigned to group principals and not to single user principals.
 *
 * ## Permission levels
 *
 * Permission for Areas within Azure DevOps can be applied on two different levels.
 * Those levels are reflected by specifying (or omitting) values for the arguments `projectId` and `path`.
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
 * const example_project_readers = azuredevops.getGroupOutput({
 *     projectId: example.id,
 *     name: "Readers",
 * });
 * const example_root_permissions = new azuredevops.AreaPermissions("example-root-permissions", {
 *     projectId: example.id,
 *     principal: example_project_readers.apply(example_project_readers => example_project_readers.id),
 *     path: "/",
 *     permissions: {
 *         CREATE_CHILDREN: "Deny",
 *         GENERIC_READ: "Allow",
 *         DELETE: "Deny",
 *         WORK_ITEM_READ: "Allow",
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
export declare class AreaPermissions extends pulumi.CustomResource {
    /**
     * Get an existing AreaPermissions resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AreaPermissionsState, opts?: pulumi.CustomResourceOptions): AreaPermissions;
    /**
     * Returns true if the given object is an instance of AreaPermissions.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is AreaPermissions;
    /**
     * The name of the branch to assign the permissions.
     */
    readonly path: pulumi.Output<string | undefined>;
    /**
     * the permissions to assign. The following permissions are available.
     *
     * | Permission             | Description                          |
     * |------------------------|--------------------------------------|
     * | GENERIC_READ           | View permissions for this node       |
     * | GENERIC_WRITE          | Edit this node                       |
     * | CREATE_CHILDREN        | Create child nodes                   |
     * | DELETE                 | Delete this node                     |
     * | WORK_ITEM_READ         | View work items in this node         |
     * | WORK_ITEM_WRITE        | Edit work items in this node         |
     * | MANAGE_TEST_PLANS      | Manage test plans                    |
     * | MANAGE_TEST_SUITES     | Manage test suites                   |
     * | WORK_ITEM_SAVE_COMMENT | Edit work item comments in this node |
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
     * Create a AreaPermissions resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: AreaPermissionsArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering AreaPermissions resources.
 */
export interface AreaPermissionsState {
    /**
     * The name of the branch to assign the permissions.
     */
    path?: pulumi.Input<string | undefined>;
    /**
     * the permissions to assign. The following permissions are available.
     *
     * | Permission             | Description                          |
     * |------------------------|--------------------------------------|
     * | GENERIC_READ           | View permissions for this node       |
     * | GENERIC_WRITE          | Edit this node                       |
     * | CREATE_CHILDREN        | Create child nodes                   |
     * | DELETE                 | Delete this node                     |
     * | WORK_ITEM_READ         | View work items in this node         |
     * | WORK_ITEM_WRITE        | Edit work items in this node         |
     * | MANAGE_TEST_PLANS      | Manage test plans                    |
     * | MANAGE_TEST_SUITES     | Manage test suites                   |
     * | WORK_ITEM_SAVE_COMMENT | Edit work item comments in this node |
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
 * The set of arguments for constructing a AreaPermissions resource.
 */
export interface AreaPermissionsArgs {
    /**
     * The name of the branch to assign the permissions.
     */
    path?: pulumi.Input<string | undefined>;
    /**
     * the permissions to assign. The following permissions are available.
     *
     * | Permission             | Description                          |
     * |------------------------|--------------------------------------|
     * | GENERIC_READ           | View permissions for this node       |
     * | GENERIC_WRITE          | Edit this node                       |
     * | CREATE_CHILDREN        | Create child nodes                   |
     * | DELETE                 | Delete this node                     |
     * | WORK_ITEM_READ         | View work items in this node         |
     * | WORK_ITEM_WRITE        | Edit work items in this node         |
     * | MANAGE_TEST_PLANS      | Manage test plans                    |
     * | MANAGE_TEST_SUITES     | Manage test suites                   |
     * | WORK_ITEM_SAVE_COMMENT | Edit work item comments in this node |
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
