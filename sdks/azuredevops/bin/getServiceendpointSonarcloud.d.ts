import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about an existing Sonar Cloud Service Endpoint.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getServiceendpointSonarcloud({
 *     projectId: exampleAzuredevopsProject.id,
 *     serviceEndpointName: "Example Sonar Cloud",
 * });
 * export const serviceEndpointId = example.then(example => example.id);
 * ```
 */
export declare function getServiceendpointSonarcloud(args: GetServiceendpointSonarcloudArgs, opts?: pulumi.InvokeOptions): Promise<GetServiceendpointSonarcloudResult>;
/**
 * A collection of arguments for invoking getServiceendpointSonarcloud.
 */
export interface GetServiceendpointSonarcloudArgs {
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
     * > **NOTE:** One of either `serviceEndpointId` or `serviceEndpointName` must be specified.
     */
    serviceEndpointName?: string;
}
/**
 * A collection of values returned by getServiceendpointSonarcloud.
 */
export interface GetServiceendpointSonarcloudResult {
    /**
     * The Authorization scheme.
     */
    readonly authorization: {
        [key: string]: string;
    };
    /**
     * The description of the Service Endpoint.
     */
    readonly description: string;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    readonly projectId: string;
    readonly serviceEndpointId: string;
    readonly serviceEndpointName: string;
}
/**
 * Use this data source to access information about an existing Sonar Cloud Service Endpoint.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getServiceendpointSonarcloud({
 *     projectId: exampleAzuredevopsProject.id,
 *     serviceEndpointName: "Example Sonar Cloud",
 * });
 * export const serviceEndpointId = example.then(example => example.id);
 * ```
 */
export declare function getServiceendpointSonarcloudOutput(args: GetServiceendpointSonarcloudOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetServiceendpointSonarcloudResult>;
/**
 * A collection of arguments for invoking getServiceendpointSonarcloud.
 */
export interface GetServiceendpointSonarcloudOutputArgs {
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
     * > **NOTE:** One of either `serviceEndpointId` or `serviceEndpointName` must be specified.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
}
