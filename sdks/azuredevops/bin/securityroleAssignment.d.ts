import * as pulumi from "@pulumi/pulumi";
/**
 * Manages assignment of security roles to various resources within Azure DevOps organization.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 * import * as std from "@pulumi/std";
 *
 * const example = new azuredevops.Project("example", {
 *     name: "Example Project",
 *     visibility: "private",
 *     versionControl: "Git",
 *     workItemTemplate: "Agile",
 *     description: "Managed by Pulumi",
 * });
 * const exampleEnvironment = new azuredevops.Environment("example", {
 *     projectId: example.id,
 *     name: "Example Environment",
 *     description: "Example pipeline deployment environment",
 * });
 * const exampleGroup = new azuredevops.Group("example", {
 *     scope: example.id,
 *     displayName: "Example group",
 *     description: "Description of example group",
 * });
 * const exampleSecurityroleAssignment = new azuredevops.SecurityroleAssignment("example", {
 *     scope: "distributedtask.environmentreferencerole",
 *     resourceId: std.format({
 *         input: "%s_%s",
 *         args: [
 *             example.id,
 *             exampleEnvironment.id,
 *         ],
 *     }).result,
 *     identityId: exampleGroup.groupId,
 *     roleName: "Administrator",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Authorize Definition Resource](https://learn.microsoft.com/en-us/rest/api/azure/devops/securityroles/roleassignments/set-role-assignments?view=azure-devops-rest-7.0&tabs=HTTP)
 */
export declare class SecurityroleAssignment extends pulumi.CustomResource {
    /**
     * Get an existing SecurityroleAssignment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: SecurityroleAssignmentState, opts?: pulumi.CustomResourceOptions): SecurityroleAssignment;
    /**
     * Returns true if the given object is an instance of SecurityroleAssignment.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is SecurityroleAssignment;
    /**
     * The ID of the identity to authorize.
     */
    readonly identityId: pulumi.Output<string>;
    /**
     * The ID of the resource on which the role is to be assigned. Changing this forces a new resource to be created.
     */
    readonly resourceId: pulumi.Output<string>;
    /**
     * Name of the role to assign.
     */
    readonly roleName: pulumi.Output<string>;
    /**
     * The scope in which this assignment should exist.
     */
    readonly scope: pulumi.Output<string>;
    /**
     * Create a SecurityroleAssignment resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: SecurityroleAssignmentArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering SecurityroleAssignment resources.
 */
export interface SecurityroleAssignmentState {
    /**
     * The ID of the identity to authorize.
     */
    identityId?: pulumi.Input<string | undefined>;
    /**
     * The ID of the resource on which the role is to be assigned. Changing this forces a new resource to be created.
     */
    resourceId?: pulumi.Input<string | undefined>;
    /**
     * Name of the role to assign.
     */
    roleName?: pulumi.Input<string | undefined>;
    /**
     * The scope in which this assignment should exist.
     */
    scope?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a SecurityroleAssignment resource.
 */
export interface SecurityroleAssignmentArgs {
    /**
     * The ID of the identity to authorize.
     */
    identityId: pulumi.Input<string>;
    /**
     * The ID of the resource on which the role is to be assigned. Changing this forces a new resource to be created.
     */
    resourceId: pulumi.Input<string>;
    /**
     * Name of the role to assign.
     */
    roleName: pulumi.Input<string>;
    /**
     * The scope in which this assignment should exist.
     */
    scope: pulumi.Input<string>;
}
