import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about an existing Group within Azure DevOps On-Premise(Azure DevOps Server).
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * // load existing group with specific name
 * const example_project_group = azuredevops.getIdentityGroup({
 *     projectId: example.id,
 *     name: "[Project-Name]\\Group-Name",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Identities](https://docs.microsoft.com/en-us/rest/api/azure/devops/ims/?view=azure-devops-rest-7.2)
 */
export declare function getIdentityGroup(args: GetIdentityGroupArgs, opts?: pulumi.InvokeOptions): Promise<GetIdentityGroupResult>;
/**
 * A collection of arguments for invoking getIdentityGroup.
 */
export interface GetIdentityGroupArgs {
    /**
     * The name of the group.
     */
    name: string;
    /**
     * The Project ID.
     */
    projectId: string;
}
/**
 * A collection of values returned by getIdentityGroup.
 */
export interface GetIdentityGroupResult {
    /**
     * The descriptor of the identity group.
     */
    readonly descriptor: string;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * This is the non-unique display name of the identity subject. To change this field, you must alter its value in the source provider.
     */
    readonly name: string;
    readonly projectId: string;
    /**
     * The subject descriptor of the identity group.
     */
    readonly subjectDescriptor: string;
}
/**
 * Use this data source to access information about an existing Group within Azure DevOps On-Premise(Azure DevOps Server).
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * // load existing group with specific name
 * const example_project_group = azuredevops.getIdentityGroup({
 *     projectId: example.id,
 *     name: "[Project-Name]\\Group-Name",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Identities](https://docs.microsoft.com/en-us/rest/api/azure/devops/ims/?view=azure-devops-rest-7.2)
 */
export declare function getIdentityGroupOutput(args: GetIdentityGroupOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetIdentityGroupResult>;
/**
 * A collection of arguments for invoking getIdentityGroup.
 */
export interface GetIdentityGroupOutputArgs {
    /**
     * The name of the group.
     */
    name: pulumi.Input<string>;
    /**
     * The Project ID.
     */
    projectId: pulumi.Input<string>;
}
