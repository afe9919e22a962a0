import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about the Azure DevOps organization configured for the provider.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getClientConfig({});
 * export const orgUrl = example.then(example => example.organizationUrl);
 * ```
 */
export declare function getClientConfig(opts?: pulumi.InvokeOptions): Promise<GetClientConfigResult>;
/**
 * A collection of values returned by getClientConfig.
 */
export interface GetClientConfigResult {
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * The name of the organization.
     */
    readonly name: string;
    /**
     * The URL of the organization.
     */
    readonly organizationUrl: string;
    /**
     * The owner ID of the organization.
     */
    readonly ownerId: string;
    /**
     * The status of the organization.
     */
    readonly status: string;
    /**
     * The Tenant ID of the connected Azure Directory.
     */
    readonly tenantId: string;
}
/**
 * Use this data source to access information about the Azure DevOps organization configured for the provider.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getClientConfig({});
 * export const orgUrl = example.then(example => example.organizationUrl);
 * ```
 */
export declare function getClientConfigOutput(opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetClientConfigResult>;
