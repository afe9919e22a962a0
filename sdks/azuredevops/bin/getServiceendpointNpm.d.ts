import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about an existing NPM Service Endpoint.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getServiceendpointNpm({
 *     projectId: exampleAzuredevopsProject.id,
 *     serviceEndpointName: "Example npm",
 * });
 * export const serviceEndpointId = example.then(example => example.id);
 * ```
 */
export declare function getServiceendpointNpm(args: GetServiceendpointNpmArgs, opts?: pulumi.InvokeOptions): Promise<GetServiceendpointNpmResult>;
/**
 * A collection of arguments for invoking getServiceendpointNpm.
 */
export interface GetServiceendpointNpmArgs {
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
 * A collection of values returned by getServiceendpointNpm.
 */
export interface GetServiceendpointNpmResult {
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
    /**
     * The URL of the NPM registry to connect with.
     */
    readonly url: string;
}
/**
 * Use this data source to access information about an existing NPM Service Endpoint.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getServiceendpointNpm({
 *     projectId: exampleAzuredevopsProject.id,
 *     serviceEndpointName: "Example npm",
 * });
 * export const serviceEndpointId = example.then(example => example.id);
 * ```
 */
export declare function getServiceendpointNpmOutput(args: GetServiceendpointNpmOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetServiceendpointNpmResult>;
/**
 * A collection of arguments for invoking getServiceendpointNpm.
 */
export interface GetServiceendpointNpmOutputArgs {
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
