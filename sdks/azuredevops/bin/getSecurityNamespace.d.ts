import * as pulumi from "@pulumi/pulumi";
import * as outputs from "./types/output";
/**
 * Use this data source to access information about a specific security namespace within Azure DevOps. Security namespaces define the security model for different resources and operations in Azure DevOps.
 *
 * ## Example Usage
 *
 * ### Find a Specific Namespace by Name
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const git = azuredevops.getSecurityNamespace({
 *     name: "Git Repositories",
 * });
 * export const gitId = git.then(git => git.id);
 * export const gitPermissions = git.then(git => git.actions);
 * ```
 *
 * ### Find a Specific Namespace by ID
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const project = azuredevops.getSecurityNamespace({
 *     id: "52d39943-cb85-4d7f-8fa8-c6baac873819",
 * });
 * export const projectNamespaceName = project.then(project => project.name);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Security Namespaces - Query](https://docs.microsoft.com/en-us/rest/api/azure/devops/security/security-namespaces/query?view=azure-devops-rest-7.0)
 * - [Security Namespaces Documentation](https://docs.microsoft.com/en-us/azure/devops/organizations/security/security-glossary?view=azure-devops)
 */
export declare function getSecurityNamespace(args?: GetSecurityNamespaceArgs, opts?: pulumi.InvokeOptions): Promise<GetSecurityNamespaceResult>;
/**
 * A collection of arguments for invoking getSecurityNamespace.
 */
export interface GetSecurityNamespaceArgs {
    /**
     * The ID of the security namespace.
     *
     * > **NOTE:** One of `name` or `id` must be specified.
     */
    id?: string;
    /**
     * The name of the security namespace.
     */
    name?: string;
}
/**
 * A collection of values returned by getSecurityNamespace.
 */
export interface GetSecurityNamespaceResult {
    /**
     * A set of available actions (permissions) in this namespace. Each `action` block exports the following:
     */
    readonly actions: outputs.GetSecurityNamespaceAction[];
    /**
     * The display name of the action/permission.
     */
    readonly displayName: string;
    /**
     * The unique identifier (UUID) of the security namespace.
     */
    readonly id?: string;
    /**
     * The name of the action/permission.
     */
    readonly name?: string;
}
/**
 * Use this data source to access information about a specific security namespace within Azure DevOps. Security namespaces define the security model for different resources and operations in Azure DevOps.
 *
 * ## Example Usage
 *
 * ### Find a Specific Namespace by Name
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const git = azuredevops.getSecurityNamespace({
 *     name: "Git Repositories",
 * });
 * export const gitId = git.then(git => git.id);
 * export const gitPermissions = git.then(git => git.actions);
 * ```
 *
 * ### Find a Specific Namespace by ID
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const project = azuredevops.getSecurityNamespace({
 *     id: "52d39943-cb85-4d7f-8fa8-c6baac873819",
 * });
 * export const projectNamespaceName = project.then(project => project.name);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Security Namespaces - Query](https://docs.microsoft.com/en-us/rest/api/azure/devops/security/security-namespaces/query?view=azure-devops-rest-7.0)
 * - [Security Namespaces Documentation](https://docs.microsoft.com/en-us/azure/devops/organizations/security/security-glossary?view=azure-devops)
 */
export declare function getSecurityNamespaceOutput(args?: GetSecurityNamespaceOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetSecurityNamespaceResult>;
/**
 * A collection of arguments for invoking getSecurityNamespace.
 */
export interface GetSecurityNamespaceOutputArgs {
    /**
     * The ID of the security namespace.
     *
     * > **NOTE:** One of `name` or `id` must be specified.
     */
    id?: pulumi.Input<string | undefined>;
    /**
     * The name of the security namespace.
     */
    name?: pulumi.Input<string | undefined>;
}
