import * as pulumi from "@pulumi/pulumi";
/**
 * Manages permissions for an Azure DevOps Process
 *
 * ## Example Usage
 *
 * ### Permissions on an inherited process
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.WorkitemtrackingprocessProcess("example", {
 *     name: "Example Process",
 *     parentProcessTypeId: "adcc42ab-9882-485e-a3ed-7678f01f66bc",
 * });
 * const example_group = azuredevops.getGroup({
 *     name: "Example Group",
 * });
 * const exampleWorkitemtrackingprocessProcessPermissions = new azuredevops.WorkitemtrackingprocessProcessPermissions("example", {
 *     processId: example.id,
 *     principal: example_group.then(example_group => example_group.id),
 *     permissions: {
 *         Edit: "Allow",
 *         Delete: "Deny",
 *         AdministerProcessPermissions: "Allow",
 *     },
 * });
 * ```
 *
 * ### Permissions on a system process
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example_group = azuredevops.getGroup({
 *     name: "Example Group",
 * });
 * const example = new azuredevops.WorkitemtrackingprocessProcessPermissions("example", {
 *     processId: "adcc42ab-9882-485e-a3ed-7678f01f66bc",
 *     principal: example_group.then(example_group => example_group.id),
 *     permissions: {
 *         Create: "Deny",
 *     },
 * });
 * ```
 *
 * ## Relevant Links
 *
 * * [Azure DevOps Service REST API 7.1 - Security](https://docs.microsoft.com/en-us/rest/api/azure/devops/security/?view=azure-devops-rest-7.1)
 *
 * ## PAT Permissions Required
 *
 * - **Security**: Manage
 * - **Identity**: Read
 *
 * ## Import
 *
 * The resource does not support import.
 */
export declare class WorkitemtrackingprocessProcessPermissions extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessProcessPermissions resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessProcessPermissionsState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessProcessPermissions;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessProcessPermissions.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessProcessPermissions;
    /**
     * the permissions to assign. The following permissions are available
     *
     * **Inherited process permissions:**
     *
     * | Permission                     | Description                    |
     * |--------------------------------|--------------------------------|
     * | Edit                           | Edit process                   |
     * | Delete                         | Delete process                 |
     * | AdministerProcessPermissions   | Administer process permissions |
     *
     * **System process permissions:**
     *
     * | Permission                     | Description                    |
     * |--------------------------------|--------------------------------|
     * | Create                         | Create inherited process       |
     */
    readonly permissions: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The principal to assign the permissions.
     */
    readonly principal: pulumi.Output<string>;
    /**
     * The ID of the process to assign the permissions.
     */
    readonly processId: pulumi.Output<string>;
    /**
     * Replace (`true`) or merge (`false`) the permissions. Default: `true`
     */
    readonly replace: pulumi.Output<boolean | undefined>;
    /**
     * Create a WorkitemtrackingprocessProcessPermissions resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessProcessPermissionsArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessProcessPermissions resources.
 */
export interface WorkitemtrackingprocessProcessPermissionsState {
    /**
     * the permissions to assign. The following permissions are available
     *
     * **Inherited process permissions:**
     *
     * | Permission                     | Description                    |
     * |--------------------------------|--------------------------------|
     * | Edit                           | Edit process                   |
     * | Delete                         | Delete process                 |
     * | AdministerProcessPermissions   | Administer process permissions |
     *
     * **System process permissions:**
     *
     * | Permission                     | Description                    |
     * |--------------------------------|--------------------------------|
     * | Create                         | Create inherited process       |
     */
    permissions?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The principal to assign the permissions.
     */
    principal?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process to assign the permissions.
     */
    processId?: pulumi.Input<string | undefined>;
    /**
     * Replace (`true`) or merge (`false`) the permissions. Default: `true`
     */
    replace?: pulumi.Input<boolean | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessProcessPermissions resource.
 */
export interface WorkitemtrackingprocessProcessPermissionsArgs {
    /**
     * the permissions to assign. The following permissions are available
     *
     * **Inherited process permissions:**
     *
     * | Permission                     | Description                    |
     * |--------------------------------|--------------------------------|
     * | Edit                           | Edit process                   |
     * | Delete                         | Delete process                 |
     * | AdministerProcessPermissions   | Administer process permissions |
     *
     * **System process permissions:**
     *
     * | Permission                     | Description                    |
     * |--------------------------------|--------------------------------|
     * | Create                         | Create inherited process       |
     */
    permissions: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * The principal to assign the permissions.
     */
    principal: pulumi.Input<string>;
    /**
     * The ID of the process to assign the permissions.
     */
    processId: pulumi.Input<string>;
    /**
     * Replace (`true`) or merge (`false`) the permissions. Default: `true`
     */
    replace?: pulumi.Input<boolean | undefined>;
}
