import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Use this data source to access information about an existing users within Azure DevOps.
 *
 * > **NOTE:** This resource will try to get all the users within the organization which may result in poor performance. `azuredevops.getIdentityUsers`, `azuredevops.getUser` can be used to replace this resource.
 */
export declare function getUsers(args?: GetUsersArgs, opts?: pulumi.InvokeOptions): Promise<GetUsersResult>;
/**
 * A collection of arguments for invoking getUsers.
 */
export interface GetUsersArgs {
    /**
     * A `features` block as defined below.
     */
    features?: inputs.GetUsersFeatures;
    /**
     * The type of source provider for the `originId` parameter (ex:AD, AAD, MSA) The supported origins are listed below.
     * <pre>List of possible origins
     * ```hcl
     * ActiveDirectory          = "ad"   # Windows Active Directory
     * AzureActiveDirectory     = "aad"  # Azure Active Directory
     * MicrosoftAccount         = "msa"  # Windows Live Account
     * VisualStudioTeamServices = "vsts" # DevOps
     * GitHubDirectory          = "ghb"  # GitHub
     * ```
     * </pre>
     */
    origin?: string;
    /**
     * The unique identifier from the system of origin.
     */
    originId?: string;
    /**
     * The PrincipalName of this graph member from the source provider.
     */
    principalName?: string;
    /**
     * A list of user subject subtypes to reduce the retrieved results, e.g. `msa`, `aad`, `svc` (service identity), `imp` (imported identity), etc. The supported subject types are listed below.
     * <pre>List of possible subject types
     * ```hcl
     * AadUser                 = "aad" # Azure Active Directory Tenant
     * MsaUser                 = "msa" # Windows Live
     * UnknownUser             = "unusr"
     * BindPendingUser         = "bnd" # Invited user with pending redeem status
     * WindowsIdentity         = "win" # Windows Active Directory user
     * UnauthenticatedIdentity = "uauth"
     * ServiceIdentity         = "svc"
     * AggregateIdentity       = "agg"
     * ImportedIdentity        = "imp"
     * ServerTestIdentity      = "tst"
     * GroupScopeType          = "scp"
     * CspPartnerIdentity      = "csp"
     * SystemServicePrincipal  = "s2s"
     * SystemLicense           = "slic"
     * SystemScope             = "sscp"
     * SystemCspPartner        = "scsp"
     * SystemPublicAccess      = "spa"
     * SystemAccessControl     = "sace"
     * AcsServiceIdentity      = "acs"
     * Unknown                 = "ukn"
     * ```
     * </pre>
     */
    subjectTypes?: string[];
}
/**
 * A collection of values returned by getUsers.
 */
export interface GetUsersResult {
    readonly features?: outputs.GetUsersFeatures;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * The type of source provider for the origin identifier (ex:AD, AAD, MSA)
     */
    readonly origin?: string;
    /**
     * The unique identifier from the system of origin. Typically a sid, object id or Guid. Linking and unlinking operations can cause this value to change for a user because the user is not backed by a different provider and has a different unique id in the new provider.
     */
    readonly originId?: string;
    /**
     * This is the PrincipalName of this graph member from the source provider. The source provider may change this field over time and it is not guaranteed to be immutable for the life of the graph member by VSTS.
     */
    readonly principalName?: string;
    readonly subjectTypes?: string[];
    /**
     * A `users` block as defined below. A set of existing users in your Azure DevOps Organization with details about every single user.
     */
    readonly users: outputs.GetUsersUser[];
}
/**
 * Use this data source to access information about an existing users within Azure DevOps.
 *
 * > **NOTE:** This resource will try to get all the users within the organization which may result in poor performance. `azuredevops.getIdentityUsers`, `azuredevops.getUser` can be used to replace this resource.
 */
export declare function getUsersOutput(args?: GetUsersOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetUsersResult>;
/**
 * A collection of arguments for invoking getUsers.
 */
export interface GetUsersOutputArgs {
    /**
     * A `features` block as defined below.
     */
    features?: pulumi.Input<inputs.GetUsersFeaturesArgs | undefined>;
    /**
     * The type of source provider for the `originId` parameter (ex:AD, AAD, MSA) The supported origins are listed below.
     * <pre>List of possible origins
     * ```hcl
     * ActiveDirectory          = "ad"   # Windows Active Directory
     * AzureActiveDirectory     = "aad"  # Azure Active Directory
     * MicrosoftAccount         = "msa"  # Windows Live Account
     * VisualStudioTeamServices = "vsts" # DevOps
     * GitHubDirectory          = "ghb"  # GitHub
     * ```
     * </pre>
     */
    origin?: pulumi.Input<string | undefined>;
    /**
     * The unique identifier from the system of origin.
     */
    originId?: pulumi.Input<string | undefined>;
    /**
     * The PrincipalName of this graph member from the source provider.
     */
    principalName?: pulumi.Input<string | undefined>;
    /**
     * A list of user subject subtypes to reduce the retrieved results, e.g. `msa`, `aad`, `svc` (service identity), `imp` (imported identity), etc. The supported subject types are listed below.
     * <pre>List of possible subject types
     * ```hcl
     * AadUser                 = "aad" # Azure Active Directory Tenant
     * MsaUser                 = "msa" # Windows Live
     * UnknownUser             = "unusr"
     * BindPendingUser         = "bnd" # Invited user with pending redeem status
     * WindowsIdentity         = "win" # Windows Active Directory user
     * UnauthenticatedIdentity = "uauth"
     * ServiceIdentity         = "svc"
     * AggregateIdentity       = "agg"
     * ImportedIdentity        = "imp"
     * ServerTestIdentity      = "tst"
     * GroupScopeType          = "scp"
     * CspPartnerIdentity      = "csp"
     * SystemServicePrincipal  = "s2s"
     * SystemLicense           = "slic"
     * SystemScope             = "sscp"
     * SystemCspPartner        = "scsp"
     * SystemPublicAccess      = "spa"
     * SystemAccessControl     = "sace"
     * AcsServiceIdentity      = "acs"
     * Unknown                 = "ukn"
     * ```
     * </pre>
     */
    subjectTypes?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
