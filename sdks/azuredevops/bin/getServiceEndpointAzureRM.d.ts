import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about an existing AzureRM service Endpoint.
 *
 * ## Example Usage
 *
 * ### By Service Endpoint ID
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const sample = azuredevops.getProject({
 *     name: "Sample Project",
 * });
 * const serviceendpoint = sample.then(sample => azuredevops.getServiceEndpointAzureRM({
 *     projectId: sample.id,
 *     serviceEndpointId: "00000000-0000-0000-0000-000000000000",
 * }));
 * export const serviceEndpointName = serviceendpoint.then(serviceendpoint => serviceendpoint.serviceEndpointName);
 * ```
 *
 * ### By Service Endpoint Name
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const sample = azuredevops.getProject({
 *     name: "Sample Project",
 * });
 * const serviceendpoint = sample.then(sample => azuredevops.getServiceEndpointAzureRM({
 *     projectId: sample.id,
 *     serviceEndpointName: "Example-Service-Endpoint",
 * }));
 * export const serviceEndpointId = serviceendpoint.then(serviceendpoint => serviceendpoint.id);
 * ```
 */
export declare function getServiceEndpointAzureRM(args: GetServiceEndpointAzureRMArgs, opts?: pulumi.InvokeOptions): Promise<GetServiceEndpointAzureRMResult>;
/**
 * A collection of arguments for invoking getServiceEndpointAzureRM.
 */
export interface GetServiceEndpointAzureRMArgs {
    /**
     * The ID of the project.
     */
    projectId: string;
    /**
     * the ID of the Service Endpoint.
     */
    serviceEndpointId?: string;
    /**
     * the Name of the Service Endpoint.
     *
     * > **NOTE:** 1. One of either `serviceEndpointId` or `serviceEndpointName` must be specified.
     * <br>2. When supplying `serviceEndpointName`, take care to ensure that this is a unique name.
     */
    serviceEndpointName?: string;
}
/**
 * A collection of values returned by getServiceEndpointAzureRM.
 */
export interface GetServiceEndpointAzureRMResult {
    /**
     * The Authorization scheme.
     */
    readonly authorization: {
        [key: string]: string;
    };
    /**
     * The Management Group ID of the Service Endpoint is target, if available.
     */
    readonly azurermManagementGroupId: string;
    /**
     * The Management Group Name of the Service Endpoint target, if available.
     */
    readonly azurermManagementGroupName: string;
    /**
     * The Tenant ID of the Azure targets.
     */
    readonly azurermSpnTenantid: string;
    /**
     * The Subscription ID of the Service Endpoint target, if available.
     */
    readonly azurermSubscriptionId: string;
    /**
     * The Subscription Name of the Service Endpoint target, if available.
     */
    readonly azurermSubscriptionName: string;
    /**
     * The description of the Service Endpoint.
     */
    readonly description: string;
    /**
     * The Cloud Environment.
     */
    readonly environment: string;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    readonly projectId: string;
    /**
     * The Resource Group of the Service Endpoint target, if available.
     */
    readonly resourceGroup: string;
    /**
     * The server URL of the service Endpoint.
     */
    readonly serverUrl: string;
    /**
     * The authentication scheme of Azure Resource Management Endpoint
     */
    readonly serviceEndpointAuthenticationScheme: string;
    readonly serviceEndpointId: string;
    readonly serviceEndpointName: string;
    /**
     * The Application(Client) ID of the Service Principal.
     */
    readonly servicePrincipalId: string;
    /**
     * The issuer if `of the Workload Identity Federation Subject
     */
    readonly workloadIdentityFederationIssuer: string;
    /**
     * The subject of the Workload Identity Federation Subject.
     */
    readonly workloadIdentityFederationSubject: string;
}
/**
 * Use this data source to access information about an existing AzureRM service Endpoint.
 *
 * ## Example Usage
 *
 * ### By Service Endpoint ID
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const sample = azuredevops.getProject({
 *     name: "Sample Project",
 * });
 * const serviceendpoint = sample.then(sample => azuredevops.getServiceEndpointAzureRM({
 *     projectId: sample.id,
 *     serviceEndpointId: "00000000-0000-0000-0000-000000000000",
 * }));
 * export const serviceEndpointName = serviceendpoint.then(serviceendpoint => serviceendpoint.serviceEndpointName);
 * ```
 *
 * ### By Service Endpoint Name
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const sample = azuredevops.getProject({
 *     name: "Sample Project",
 * });
 * const serviceendpoint = sample.then(sample => azuredevops.getServiceEndpointAzureRM({
 *     projectId: sample.id,
 *     serviceEndpointName: "Example-Service-Endpoint",
 * }));
 * export const serviceEndpointId = serviceendpoint.then(serviceendpoint => serviceendpoint.id);
 * ```
 */
export declare function getServiceEndpointAzureRMOutput(args: GetServiceEndpointAzureRMOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetServiceEndpointAzureRMResult>;
/**
 * A collection of arguments for invoking getServiceEndpointAzureRM.
 */
export interface GetServiceEndpointAzureRMOutputArgs {
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * the ID of the Service Endpoint.
     */
    serviceEndpointId?: pulumi.Input<string | undefined>;
    /**
     * the Name of the Service Endpoint.
     *
     * > **NOTE:** 1. One of either `serviceEndpointId` or `serviceEndpointName` must be specified.
     * <br>2. When supplying `serviceEndpointName`, take care to ensure that this is a unique name.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
}
