import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about an existing Group Memberships within Azure DevOps
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getGroupMembership({
 *     groupDescriptor: "groupdescroptpr",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Memberships](https://docs.microsoft.com/en-us/rest/api/azure/devops/graph/memberships?view=azure-devops-rest-7.1)
 */
export declare function getGroupMembership(args: GetGroupMembershipArgs, opts?: pulumi.InvokeOptions): Promise<GetGroupMembershipResult>;
/**
 * A collection of arguments for invoking getGroupMembership.
 */
export interface GetGroupMembershipArgs {
    /**
     * The descriptor of the group.
     */
    groupDescriptor: string;
}
/**
 * A collection of values returned by getGroupMembership.
 */
export interface GetGroupMembershipResult {
    readonly groupDescriptor: string;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * A list of user or group descriptors.
     */
    readonly members: string[];
}
/**
 * Use this data source to access information about an existing Group Memberships within Azure DevOps
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getGroupMembership({
 *     groupDescriptor: "groupdescroptpr",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Memberships](https://docs.microsoft.com/en-us/rest/api/azure/devops/graph/memberships?view=azure-devops-rest-7.1)
 */
export declare function getGroupMembershipOutput(args: GetGroupMembershipOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetGroupMembershipResult>;
/**
 * A collection of arguments for invoking getGroupMembership.
 */
export interface GetGroupMembershipOutputArgs {
    /**
     * The descriptor of the group.
     */
    groupDescriptor: pulumi.Input<string>;
}
