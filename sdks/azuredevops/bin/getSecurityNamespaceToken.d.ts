import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to generate security tokens for Azure DevOps security namespaces. Security tokens are required when managing permissions with the `azuredevops.SecurityPermissions` resource.
 *
 * ## Example Usage
 *
 * ### Discovering Required Identifiers for a Namespace
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const gitInfo = azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Git Repositories",
 *     returnIdentifierInfo: true,
 * });
 * export const gitRequiredIdentifiers = gitInfo.then(gitInfo => gitInfo.requiredIdentifiers);
 * export const gitOptionalIdentifiers = gitInfo.then(gitInfo => gitInfo.optionalIdentifiers);
 * ```
 *
 * ### Collection-level Token
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const collection = azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Collection",
 * });
 * export const collectionToken = collection.then(collection => collection.token);
 * ```
 *
 * ### Project-level Token
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getProject({
 *     name: "Example Project",
 * });
 * const project = example.then(example => azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Project",
 *     identifiers: {
 *         project_id: example.id,
 *     },
 * }));
 * export const projectToken = project.then(project => project.token);
 * ```
 *
 * ### Git Repository Token
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
 * const gitRepo = Promise.all([example, exampleGetGitRepository]).then(([example, exampleGetGitRepository]) => azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Git Repositories",
 *     identifiers: {
 *         project_id: example.id,
 *         repository_id: exampleGetGitRepository.id,
 *     },
 * }));
 * export const gitRepoToken = gitRepo.then(gitRepo => gitRepo.token);
 * ```
 *
 * ### Git Repository Branch Token
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
 * const gitBranch = Promise.all([example, exampleGetGitRepository]).then(([example, exampleGetGitRepository]) => azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Git Repositories",
 *     identifiers: {
 *         project_id: example.id,
 *         repository_id: exampleGetGitRepository.id,
 *         ref_name: "refs/heads/main",
 *     },
 * }));
 * export const gitBranchToken = gitBranch.then(gitBranch => gitBranch.token);
 * ```
 *
 * ### Build Definition Token
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getProject({
 *     name: "Example Project",
 * });
 * const exampleGetBuildDefinition = example.then(example => azuredevops.getBuildDefinition({
 *     projectId: example.id,
 *     name: "Example Build Pipeline",
 * }));
 * const buildDef = Promise.all([example, exampleGetBuildDefinition]).then(([example, exampleGetBuildDefinition]) => azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Build",
 *     identifiers: {
 *         project_id: example.id,
 *         definition_id: exampleGetBuildDefinition.id,
 *     },
 * }));
 * export const buildDefToken = buildDef.then(buildDef => buildDef.token);
 * ```
 *
 * ### Using Namespace ID
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const analytics = azuredevops.getSecurityNamespaceToken({
 *     namespaceId: "58450c49-b02d-465a-ab12-59ae512d6531",
 *     identifiers: {
 *         project_id: example.id,
 *     },
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Security](https://docs.microsoft.com/en-us/rest/api/azure/devops/security/?view=azure-devops-rest-7.0)
 * - [Security Namespaces Documentation](https://docs.microsoft.com/en-us/azure/devops/organizations/security/security-glossary?view=azure-devops)
 *
 * ## Notes
 *
 * - Security tokens are namespace-specific string identifiers that represent resources within Azure DevOps
 * - Tokens are used in conjunction with security permissions to control access to various resources
 * - The format of the token varies depending on the namespace and the resource being targeted
 * - For Git repositories, you can specify tokens at the repository level or branch level by providing the `refName` identifier
 * - Branch reference names must follow the Git reference format (e.g., `refs/heads/main`, `refs/tags/v1.0.0`)
 */
export declare function getSecurityNamespaceToken(args?: GetSecurityNamespaceTokenArgs, opts?: pulumi.InvokeOptions): Promise<GetSecurityNamespaceTokenResult>;
/**
 * A collection of arguments for invoking getSecurityNamespaceToken.
 */
export interface GetSecurityNamespaceTokenArgs {
    /**
     * A map of identifiers required for token generation. The required identifiers depend on the namespace. Not used when `returnIdentifierInfo` is `true`.
     */
    identifiers?: {
        [key: string]: string;
    };
    /**
     * The ID of the security namespace. Conflicts with `namespaceName`.
     */
    namespaceId?: string;
    /**
     * The name of the security namespace. Conflicts with `namespaceId`. Common values include:
     * - `Collection` - Organization/collection-level permissions
     * - `Project` - Project-level permissions
     * - `Git Repositories` - Git repository permissions
     * - `Analytics` - Analytics permissions
     * - `AnalyticsViews` - Analytics Views permissions
     * - `Process` - Process permissions
     * - `AuditLog` - Audit log permissions
     * - `BuildAdministration` - Build administration permissions
     * - `Server` - Server-level permissions
     * - `VersionControlPrivileges` - Version control privileges
     */
    namespaceName?: string;
    /**
     * When set to `true`, the data source will return the lists of required and optional identifiers for the namespace instead of generating a token. This is useful for discovering what identifiers are needed for a particular namespace. Default: `false`.
     *
     * > **NOTE:** One of either `namespaceId` or `namespaceName` must be specified.
     */
    returnIdentifierInfo?: boolean;
}
/**
 * A collection of values returned by getSecurityNamespaceToken.
 */
export interface GetSecurityNamespaceTokenResult {
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    readonly identifiers?: {
        [key: string]: string;
    };
    readonly namespaceId?: string;
    readonly namespaceName?: string;
    /**
     * A list of optional identifier names for this namespace. Only populated when `returnIdentifierInfo` is `true`.
     */
    readonly optionalIdentifiers: string[];
    /**
     * A list of required identifier names for this namespace. Only populated when `returnIdentifierInfo` is `true`.
     */
    readonly requiredIdentifiers: string[];
    readonly returnIdentifierInfo?: boolean;
    /**
     * The generated security token for the namespace. This token can be used with the `azuredevops.SecurityPermissions` resource. Only populated when `returnIdentifierInfo` is `false`.
     */
    readonly token: string;
}
/**
 * Use this data source to generate security tokens for Azure DevOps security namespaces. Security tokens are required when managing permissions with the `azuredevops.SecurityPermissions` resource.
 *
 * ## Example Usage
 *
 * ### Discovering Required Identifiers for a Namespace
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const gitInfo = azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Git Repositories",
 *     returnIdentifierInfo: true,
 * });
 * export const gitRequiredIdentifiers = gitInfo.then(gitInfo => gitInfo.requiredIdentifiers);
 * export const gitOptionalIdentifiers = gitInfo.then(gitInfo => gitInfo.optionalIdentifiers);
 * ```
 *
 * ### Collection-level Token
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const collection = azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Collection",
 * });
 * export const collectionToken = collection.then(collection => collection.token);
 * ```
 *
 * ### Project-level Token
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getProject({
 *     name: "Example Project",
 * });
 * const project = example.then(example => azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Project",
 *     identifiers: {
 *         project_id: example.id,
 *     },
 * }));
 * export const projectToken = project.then(project => project.token);
 * ```
 *
 * ### Git Repository Token
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
 * const gitRepo = Promise.all([example, exampleGetGitRepository]).then(([example, exampleGetGitRepository]) => azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Git Repositories",
 *     identifiers: {
 *         project_id: example.id,
 *         repository_id: exampleGetGitRepository.id,
 *     },
 * }));
 * export const gitRepoToken = gitRepo.then(gitRepo => gitRepo.token);
 * ```
 *
 * ### Git Repository Branch Token
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
 * const gitBranch = Promise.all([example, exampleGetGitRepository]).then(([example, exampleGetGitRepository]) => azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Git Repositories",
 *     identifiers: {
 *         project_id: example.id,
 *         repository_id: exampleGetGitRepository.id,
 *         ref_name: "refs/heads/main",
 *     },
 * }));
 * export const gitBranchToken = gitBranch.then(gitBranch => gitBranch.token);
 * ```
 *
 * ### Build Definition Token
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getProject({
 *     name: "Example Project",
 * });
 * const exampleGetBuildDefinition = example.then(example => azuredevops.getBuildDefinition({
 *     projectId: example.id,
 *     name: "Example Build Pipeline",
 * }));
 * const buildDef = Promise.all([example, exampleGetBuildDefinition]).then(([example, exampleGetBuildDefinition]) => azuredevops.getSecurityNamespaceToken({
 *     namespaceName: "Build",
 *     identifiers: {
 *         project_id: example.id,
 *         definition_id: exampleGetBuildDefinition.id,
 *     },
 * }));
 * export const buildDefToken = buildDef.then(buildDef => buildDef.token);
 * ```
 *
 * ### Using Namespace ID
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const analytics = azuredevops.getSecurityNamespaceToken({
 *     namespaceId: "58450c49-b02d-465a-ab12-59ae512d6531",
 *     identifiers: {
 *         project_id: example.id,
 *     },
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Security](https://docs.microsoft.com/en-us/rest/api/azure/devops/security/?view=azure-devops-rest-7.0)
 * - [Security Namespaces Documentation](https://docs.microsoft.com/en-us/azure/devops/organizations/security/security-glossary?view=azure-devops)
 *
 * ## Notes
 *
 * - Security tokens are namespace-specific string identifiers that represent resources within Azure DevOps
 * - Tokens are used in conjunction with security permissions to control access to various resources
 * - The format of the token varies depending on the namespace and the resource being targeted
 * - For Git repositories, you can specify tokens at the repository level or branch level by providing the `refName` identifier
 * - Branch reference names must follow the Git reference format (e.g., `refs/heads/main`, `refs/tags/v1.0.0`)
 */
export declare function getSecurityNamespaceTokenOutput(args?: GetSecurityNamespaceTokenOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetSecurityNamespaceTokenResult>;
/**
 * A collection of arguments for invoking getSecurityNamespaceToken.
 */
export interface GetSecurityNamespaceTokenOutputArgs {
    /**
     * A map of identifiers required for token generation. The required identifiers depend on the namespace. Not used when `returnIdentifierInfo` is `true`.
     */
    identifiers?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The ID of the security namespace. Conflicts with `namespaceName`.
     */
    namespaceId?: pulumi.Input<string | undefined>;
    /**
     * The name of the security namespace. Conflicts with `namespaceId`. Common values include:
     * - `Collection` - Organization/collection-level permissions
     * - `Project` - Project-level permissions
     * - `Git Repositories` - Git repository permissions
     * - `Analytics` - Analytics permissions
     * - `AnalyticsViews` - Analytics Views permissions
     * - `Process` - Process permissions
     * - `AuditLog` - Audit log permissions
     * - `BuildAdministration` - Build administration permissions
     * - `Server` - Server-level permissions
     * - `VersionControlPrivileges` - Version control privileges
     */
    namespaceName?: pulumi.Input<string | undefined>;
    /**
     * When set to `true`, the data source will return the lists of required and optional identifiers for the namespace instead of generating a token. This is useful for discovering what identifiers are needed for a particular namespace. Default: `false`.
     *
     * > **NOTE:** One of either `namespaceId` or `namespaceName` must be specified.
     */
    returnIdentifierInfo?: pulumi.Input<boolean | undefined>;
}
