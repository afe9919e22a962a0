import * as pulumi from "@pulumi/pulumi";
import * as outputs from "./types/output";
/**
 * Use this data source to access information about existing Security Role Definitions within a given scope in Azure DevOps.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getSecurityroleDefinitions({
 *     scope: "distributedtask.environmentreferencerole",
 * });
 * export const securityroleDefinitions = exampleAazuredevopsSecurityroleDefinitions.definitions;
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Role Definitions - List](https://learn.microsoft.com/en-us/rest/api/azure/devops/securityroles/roledefinitions/list?view=azure-devops-rest-7.1)
 */
export declare function getSecurityroleDefinitions(args: GetSecurityroleDefinitionsArgs, opts?: pulumi.InvokeOptions): Promise<GetSecurityroleDefinitionsResult>;
/**
 * A collection of arguments for invoking getSecurityroleDefinitions.
 */
export interface GetSecurityroleDefinitionsArgs {
    /**
     * Name of the Scope for which Security Role Definitions will be returned.
     *
     * > **NOTE:** DataSource without specifying any arguments will return all projects.
     */
    scope: string;
}
/**
 * A collection of values returned by getSecurityroleDefinitions.
 */
export interface GetSecurityroleDefinitionsResult {
    /**
     * A list of existing Security Role Definitions in a Scope in your Azure DevOps Organization with details about every definition which includes. A `definitions` block as defined below.
     */
    readonly definitions: outputs.GetSecurityroleDefinitionsDefinition[];
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * The scope of the Security Role Definition.
     */
    readonly scope: string;
}
/**
 * Use this data source to access information about existing Security Role Definitions within a given scope in Azure DevOps.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getSecurityroleDefinitions({
 *     scope: "distributedtask.environmentreferencerole",
 * });
 * export const securityroleDefinitions = exampleAazuredevopsSecurityroleDefinitions.definitions;
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Role Definitions - List](https://learn.microsoft.com/en-us/rest/api/azure/devops/securityroles/roledefinitions/list?view=azure-devops-rest-7.1)
 */
export declare function getSecurityroleDefinitionsOutput(args: GetSecurityroleDefinitionsOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetSecurityroleDefinitionsResult>;
/**
 * A collection of arguments for invoking getSecurityroleDefinitions.
 */
export interface GetSecurityroleDefinitionsOutputArgs {
    /**
     * Name of the Scope for which Security Role Definitions will be returned.
     *
     * > **NOTE:** DataSource without specifying any arguments will return all projects.
     */
    scope: pulumi.Input<string>;
}
