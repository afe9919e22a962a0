import * as pulumi from "@pulumi/pulumi";
import * as outputs from "./types/output";
/**
 * Use this data source to access information about security namespaces within Azure DevOps. Security namespaces define the security model for different resources and operations in Azure DevOps.
 *
 * > **NOTE:** If you need to find a specific security namespace by name or ID, consider using the azuredevops.getSecurityNamespace data source.
 *
 * ## Example Usage
 *
 * ### List All Security Namespaces
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const all = azuredevops.getSecurityNamespaces({});
 * export const namespaces = all.then(all => all.namespaces);
 * ```
 *
 * ### Discover Available Permissions for a Namespace
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const all = azuredevops.getSecurityNamespaces({});
 * const projectNamespace = all.then(all => .filter(ns => ns.name == "Project").map(ns => (ns))[0]);
 * export const projectPermissions = .reduce((__obj, action) => ({ ...__obj, [action.name]: {
 *     displayName: action.displayName,
 *     bit: action.bit,
 * } }), {});
 * ```
 *
 * ## Common Security Namespaces
 *
 * The following are common security namespaces available in Azure DevOps:
 *
 * | Namespace Name | Namespace ID | Description |
 * |---------------|--------------|-------------|
 * | **Collection** | `3e65f728-f8bc-4ecd-8764-7e378b19bfa7` | Organization/collection-level security |
 * | **Project** | `52d39943-cb85-4d7f-8fa8-c6baac873819` | Project-level security |
 * | **Git Repositories** | `2e9eb7ed-3c0a-47d4-87c1-0ffdd275fd87` | Git repository security |
 * | **Analytics** | `58450c49-b02d-465a-ab12-59ae512d6531` | Analytics security |
 * | **AnalyticsViews** | `d34d3680-dfe5-4cc6-a949-7d9c68f73cba` | Analytics Views security |
 * | **Process** | `2dab47f9-bd70-49ed-9bd5-8eb051e59c02` | Process template security |
 * | **AuditLog** | `a6cc6381-a1ca-4b36-b3c1-4e65211e82b6` | Audit log security |
 * | **BuildAdministration** | `302acaca-b667-436d-a946-87133492041c` | Build administration security |
 * | **Server** | `1f4179b3-6bac-4d01-b421-71ea09171400` | Server-level security |
 * | **VersionControlPrivileges** | `66312704-deb5-43f9-b51c-ab4ff5e351c3` | Version control privileges |
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Security Namespaces - Query](https://docs.microsoft.com/en-us/rest/api/azure/devops/security/security-namespaces/query?view=azure-devops-rest-7.0)
 * - [Security Namespaces Documentation](https://docs.microsoft.com/en-us/azure/devops/organizations/security/security-glossary?view=azure-devops)
 *
 * ## PAT Permissions Required
 *
 * - **Project & Team**: Read
 *
 * ## Notes
 *
 * - Security namespaces define the security model for different resources and operations in Azure DevOps
 * - Each namespace has a unique identifier (UUID) that doesn't change across organizations
 * - Namespaces contain actions (permissions) that can be granted or denied to users and groups
 * - Permission bits are used to calculate effective permissions when multiple permissions are set
 * - This data source is useful for discovering available permissions and namespace IDs for use with `azuredevops.SecurityPermissions` resources
 */
export declare function getSecurityNamespaces(opts?: pulumi.InvokeOptions): Promise<GetSecurityNamespacesResult>;
/**
 * A collection of values returned by getSecurityNamespaces.
 */
export interface GetSecurityNamespacesResult {
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * A set of security namespaces. Each `namespace` block exports the following:
     */
    readonly namespaces: outputs.GetSecurityNamespacesNamespace[];
}
/**
 * Use this data source to access information about security namespaces within Azure DevOps. Security namespaces define the security model for different resources and operations in Azure DevOps.
 *
 * > **NOTE:** If you need to find a specific security namespace by name or ID, consider using the azuredevops.getSecurityNamespace data source.
 *
 * ## Example Usage
 *
 * ### List All Security Namespaces
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const all = azuredevops.getSecurityNamespaces({});
 * export const namespaces = all.then(all => all.namespaces);
 * ```
 *
 * ### Discover Available Permissions for a Namespace
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const all = azuredevops.getSecurityNamespaces({});
 * const projectNamespace = all.then(all => .filter(ns => ns.name == "Project").map(ns => (ns))[0]);
 * export const projectPermissions = .reduce((__obj, action) => ({ ...__obj, [action.name]: {
 *     displayName: action.displayName,
 *     bit: action.bit,
 * } }), {});
 * ```
 *
 * ## Common Security Namespaces
 *
 * The following are common security namespaces available in Azure DevOps:
 *
 * | Namespace Name | Namespace ID | Description |
 * |---------------|--------------|-------------|
 * | **Collection** | `3e65f728-f8bc-4ecd-8764-7e378b19bfa7` | Organization/collection-level security |
 * | **Project** | `52d39943-cb85-4d7f-8fa8-c6baac873819` | Project-level security |
 * | **Git Repositories** | `2e9eb7ed-3c0a-47d4-87c1-0ffdd275fd87` | Git repository security |
 * | **Analytics** | `58450c49-b02d-465a-ab12-59ae512d6531` | Analytics security |
 * | **AnalyticsViews** | `d34d3680-dfe5-4cc6-a949-7d9c68f73cba` | Analytics Views security |
 * | **Process** | `2dab47f9-bd70-49ed-9bd5-8eb051e59c02` | Process template security |
 * | **AuditLog** | `a6cc6381-a1ca-4b36-b3c1-4e65211e82b6` | Audit log security |
 * | **BuildAdministration** | `302acaca-b667-436d-a946-87133492041c` | Build administration security |
 * | **Server** | `1f4179b3-6bac-4d01-b421-71ea09171400` | Server-level security |
 * | **VersionControlPrivileges** | `66312704-deb5-43f9-b51c-ab4ff5e351c3` | Version control privileges |
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Security Namespaces - Query](https://docs.microsoft.com/en-us/rest/api/azure/devops/security/security-namespaces/query?view=azure-devops-rest-7.0)
 * - [Security Namespaces Documentation](https://docs.microsoft.com/en-us/azure/devops/organizations/security/security-glossary?view=azure-devops)
 *
 * ## PAT Permissions Required
 *
 * - **Project & Team**: Read
 *
 * ## Notes
 *
 * - Security namespaces define the security model for different resources and operations in Azure DevOps
 * - Each namespace has a unique identifier (UUID) that doesn't change across organizations
 * - Namespaces contain actions (permissions) that can be granted or denied to users and groups
 * - Permission bits are used to calculate effective permissions when multiple permissions are set
 * - This data source is useful for discovering available permissions and namespace IDs for use with `azuredevops.SecurityPermissions` resources
 */
export declare function getSecurityNamespacesOutput(opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetSecurityNamespacesResult>;
