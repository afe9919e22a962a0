import * as pulumi from "@pulumi/pulumi";
/**
 * Manages permissions for Service Hook permissions.
 *
 * ## Permission levels
 *
 * Permissions for service hooks within Azure DevOps can be applied on the Organizational level or, if the optional attribute `projectId` is specified, on Project level.
 * Those levels are reflected by specifying (or omitting) values for the argument `projectId`.
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
 * const example_permissions = new azuredevops.ServicehookPermissions("example-permissions", {
 *     projectId: example.id,
 *     principal: example_readers.apply(example_readers => example_readers.id),
 *     permissions: {
 *         ViewSubscriptions: "allow",
 *         EditSubscriptions: "allow",
 *         DeleteSubscriptions: "allow",
 *         PublishEvents: "allow",
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
export declare class ServicehookPermissions extends pulumi.CustomResource {
    /**
     * Get an existing ServicehookPermissions resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServicehookPermissionsState, opts?: pulumi.CustomResourceOptions): ServicehookPermissions;
    /**
     * Returns true if the given object is an instance of ServicehookPermissions.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServicehookPermissions;
    /**
     * the permissions to assign. The following permissions are available.
     *
     * | Name                | Permission Description |
     * |---------------------|------------------------|
     * | ViewSubscriptions   | View Subscriptions     |
     * | EditSubscriptions   | Edit Subscription      |
     * | DeleteSubscriptions | Delete Subscriptions   |
     * | PublishEvents       | Publish Events         |
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
    readonly projectId: pulumi.Output<string | undefined>;
    /**
     * Replace (`true`) or merge (`false`) the permissions. Default: `true`
     */
    readonly replace: pulumi.Output<boolean | undefined>;
    /**
     * Create a ServicehookPermissions resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServicehookPermissionsArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServicehookPermissions resources.
 */
export interface ServicehookPermissionsState {
    /**
     * the permissions to assign. The following permissions are available.
     *
     * | Name                | Permission Description |
     * |---------------------|------------------------|
     * | ViewSubscriptions   | View Subscriptions     |
     * | EditSubscriptions   | Edit Subscription      |
     * | DeleteSubscriptions | Delete Subscriptions   |
     * | PublishEvents       | Publish Events         |
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
 * The set of arguments for constructing a ServicehookPermissions resource.
 */
export interface ServicehookPermissionsArgs {
    /**
     * the permissions to assign. The following permissions are available.
     *
     * | Name                | Permission Description |
     * |---------------------|------------------------|
     * | ViewSubscriptions   | View Subscriptions     |
     * | EditSubscriptions   | Edit Subscription      |
     * | DeleteSubscriptions | Delete Subscriptions   |
     * | PublishEvents       | Publish Events         |
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
    projectId?: pulumi.Input<string | undefined>;
    /**
     * Replace (`true`) or merge (`false`) the permissions. Default: `true`
     */
    replace?: pulumi.Input<boolean | undefined>;
}
