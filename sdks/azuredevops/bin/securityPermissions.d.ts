import * as pulumi from "@pulumi/pulumi";
/**
 * Manages permissions for Azure DevOps security namespaces. This is a generic permissions resource that can be used to manage permissions for any security namespace in Azure DevOps.
 *
 * > **Note** This is a low-level generic permissions resource. For specific resource types, consider using the dedicated permission resources such as `azuredevops.ProjectPermissions`, `azuredevops.GitPermissions`, `azuredevops.BuildDefinitionPermissions`, etc.
 *
 * ## Example Usage
 *
 * ### Collection-level Permissions
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const collection = azuredevops.getSecurityNamespace({
 *     name: "Collection",
 * });
 * const collectionGetSecurityNamespaceToken = azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Collection",
 * });
 * const example = azuredevops.getGroup({
 *     name: "Project Collection Administrators",
 * });
 * const collectionPerms = new azuredevops.SecurityPermissions("collection_perms", {
 *     namespaceId: collection.then(collection => collection.id),
 *     token: collectionGetSecurityNamespaceToken.then(collectionGetSecurityNamespaceToken => collectionGetSecurityNamespaceToken.token),
 *     principal: example.then(example => example.descriptor),
 *     permissions: {
 *         GENERIC_READ: "allow",
 *         GENERIC_WRITE: "allow",
 *     },
 * });
 * ```
 *
 * ### Git Repository Permissions
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getProject({
 *     name: "Example Project",
 * });
 * const exampleGetGitRepository = example.then(example => azuredevops.getGitRepository({
 *     projectId: example.id,
 *     name: "Example Repository",
 * }));
 * const gitRepos = azuredevops.getSecurityNamespace({
 *     name: "Git Repositories",
 * });
 * const gitRepo = Promise.all([example, exampleGetGitRepository]).then(([example, exampleGetGitRepository]) => azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Git Repositories",
 *     identifiers: {
 *         project_id: example.id,
 *         repository_id: exampleGetGitRepository.id,
 *     },
 * }));
 * const exampleContributors = example.then(example => azuredevops.getGroup({
 *     projectId: example.id,
 *     name: "Contributors",
 * }));
 * const gitPerms = new azuredevops.SecurityPermissions("git_perms", {
 *     namespaceId: gitRepos.then(gitRepos => gitRepos.id),
 *     token: gitRepo.then(gitRepo => gitRepo.token),
 *     principal: exampleContributors.then(exampleContributors => exampleContributors.descriptor),
 *     permissions: {
 *         GenericRead: "allow",
 *         GenericContribute: "allow",
 *         ForcePush: "deny",
 *         ManagePermissions: "deny",
 *     },
 *     replace: false,
 * });
 * ```
 *
 * ### Git Branch Permissions
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getProject({
 *     name: "Example Project",
 * });
 * const exampleGetGitRepository = example.then(example => azuredevops.getGitRepository({
 *     projectId: example.id,
 *     name: "Example Repository",
 * }));
 * const gitRepos = azuredevops.getSecurityNamespace({
 *     name: "Git Repositories",
 * });
 * const mainBranch = Promise.all([example, exampleGetGitRepository]).then(([example, exampleGetGitRepository]) => azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Git Repositories",
 *     identifiers: {
 *         project_id: example.id,
 *         repository_id: exampleGetGitRepository.id,
 *         ref_name: "refs/heads/main",
 *     },
 * }));
 * const exampleContributors = example.then(example => azuredevops.getGroup({
 *     projectId: example.id,
 *     name: "Contributors",
 * }));
 * const mainBranchPerms = new azuredevops.SecurityPermissions("main_branch_perms", {
 *     namespaceId: "2e9eb7ed-3c0a-47d4-87c1-0ffdd275fd87",
 *     token: mainBranch.then(mainBranch => mainBranch.token),
 *     principal: exampleContributors.then(exampleContributors => exampleContributors.descriptor),
 *     permissions: {
 *         ForcePush: "Deny",
 *         RemoveOthersLocks: "Deny",
 *     },
 *     replace: false,
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Security](https://docs.microsoft.com/en-us/rest/api/azure/devops/security/?view=azure-devops-rest-7.0)
 * - [Azure DevOps Security Namespaces](https://docs.microsoft.com/en-us/azure/devops/organizations/security/security-glossary?view=azure-devops)
 *
 * ## PAT Permissions Required
 *
 * - **Project & Team**: vso.security_manage - Grants the ability to read, write, and manage security permissions.
 *
 * ## Notes
 *
 * - This is a generic low-level resource for managing permissions across any Azure DevOps security namespace
 * - For better user experience and type safety, consider using dedicated permission resources when available (e.g., `azuredevops.ProjectPermissions`, `azuredevops.GitPermissions`)
 * - Permission names are namespace-specific and case-sensitive. All permission names in the `permissions` map are validated against the namespace - if any permission name is invalid, an error will be returned
 * - When `replace = true`, all existing permissions for the principal will be removed and replaced with the specified permissions
 * - When `replace = false`, the specified permissions will be merged with existing permissions, allowing you to manage only a subset of permissions
 * - when `replace = false`, deletion of the resource only removes the permissions specified in the `permissions` map, rather than all permissions for the principal
 * - The `principal` must be a group descriptor or identity ID. Individual user principals are not supported
 * - Use the `azuredevops.getSecurityNamespaceToken` data source to generate correct tokens for different resource types
 * - Permissions are propagated asynchronously and may take a few moments to take effect
 *
 * ## Import
 *
 * The resource does not support import.
 */
export declare class SecurityPermissions extends pulumi.CustomResource {
    /**
     * Get an existing SecurityPermissions resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: SecurityPermissionsState, opts?: pulumi.CustomResourceOptions): SecurityPermissions;
    /**
     * Returns true if the given object is an instance of SecurityPermissions.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is SecurityPermissions;
    /**
     * The ID of the security namespace. Use the `azuredevops.getSecurityNamespaces` data source to discover available namespaces. Changing this forces a new resource to be created.
     */
    readonly namespaceId: pulumi.Output<string>;
    /**
     * A map of permission names to permission values. All permission names specified must be valid for the given namespace, or an error will be returned. Permission values must be one of:
     * - `Allow` (or `allow`, `ALLOW`) - Grant the permission
     * - `Deny` (or `deny`, `DENY`) - Explicitly deny the permission
     * - `NotSet` (or `notset`, `NOTSET`) - Remove the permission (inherit from parent)
     */
    readonly permissions: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The descriptor or identity ID of the principal (user or group). Changing this forces a new resource to be created.
     */
    readonly principal: pulumi.Output<string>;
    /**
     * Replace (`true`) or merge (`false`) the permissions with existing permissions. When `true`, all existing permissions for the principal on this token will be replaced with the specified permissions. When `false`, the specified permissions will be merged with existing permissions. Default: `true`.
     */
    readonly replace: pulumi.Output<boolean | undefined>;
    /**
     * The security token for the resource. Use the `azuredevops.getSecurityNamespaceToken` data source to generate tokens for specific resources. Changing this forces a new resource to be created.
     */
    readonly token: pulumi.Output<string>;
    /**
     * Create a SecurityPermissions resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: SecurityPermissionsArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering SecurityPermissions resources.
 */
export interface SecurityPermissionsState {
    /**
     * The ID of the security namespace. Use the `azuredevops.getSecurityNamespaces` data source to discover available namespaces. Changing this forces a new resource to be created.
     */
    namespaceId?: pulumi.Input<string | undefined>;
    /**
     * A map of permission names to permission values. All permission names specified must be valid for the given namespace, or an error will be returned. Permission values must be one of:
     * - `Allow` (or `allow`, `ALLOW`) - Grant the permission
     * - `Deny` (or `deny`, `DENY`) - Explicitly deny the permission
     * - `NotSet` (or `notset`, `NOTSET`) - Remove the permission (inherit from parent)
     */
    permissions?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The descriptor or identity ID of the principal (user or group). Changing this forces a new resource to be created.
     */
    principal?: pulumi.Input<string | undefined>;
    /**
     * Replace (`true`) or merge (`false`) the permissions with existing permissions. When `true`, all existing permissions for the principal on this token will be replaced with the specified permissions. When `false`, the specified permissions will be merged with existing permissions. Default: `true`.
     */
    replace?: pulumi.Input<boolean | undefined>;
    /**
     * The security token for the resource. Use the `azuredevops.getSecurityNamespaceToken` data source to generate tokens for specific resources. Changing this forces a new resource to be created.
     */
    token?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a SecurityPermissions resource.
 */
export interface SecurityPermissionsArgs {
    /**
     * The ID of the security namespace. Use the `azuredevops.getSecurityNamespaces` data source to discover available namespaces. Changing this forces a new resource to be created.
     */
    namespaceId: pulumi.Input<string>;
    /**
     * A map of permission names to permission values. All permission names specified must be valid for the given namespace, or an error will be returned. Permission values must be one of:
     * - `Allow` (or `allow`, `ALLOW`) - Grant the permission
     * - `Deny` (or `deny`, `DENY`) - Explicitly deny the permission
     * - `NotSet` (or `notset`, `NOTSET`) - Remove the permission (inherit from parent)
     */
    permissions: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * The descriptor or identity ID of the principal (user or group). Changing this forces a new resource to be created.
     */
    principal: pulumi.Input<string>;
    /**
     * Replace (`true`) or merge (`false`) the permissions with existing permissions. When `true`, all existing permissions for the principal on this token will be replaced with the specified permissions. When `false`, the specified permissions will be merged with existing permissions. Default: `true`.
     */
    replace?: pulumi.Input<boolean | undefined>;
    /**
     * The security token for the resource. Use the `azuredevops.getSecurityNamespaceToken` data source to generate tokens for specific resources. Changing this forces a new resource to be created.
     */
    token: pulumi.Input<string>;
}
