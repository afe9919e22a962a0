import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about an existing Generic Service Endpoint (v2) within Azure DevOps.
 */
export declare function getServiceendpointGenericV2(args: GetServiceendpointGenericV2Args, opts?: pulumi.InvokeOptions): Promise<GetServiceendpointGenericV2Result>;
/**
 * A collection of arguments for invoking getServiceendpointGenericV2.
 */
export interface GetServiceendpointGenericV2Args {
    /**
     * The ID of the service endpoint to retrieve. One of `serviceEndpointId` or `serviceEndpointName` must be specified.
     */
    id?: string;
    /**
     * The name of the service endpoint to retrieve. One of `serviceEndpointId` or `serviceEndpointName` must be specified.
     */
    name?: string;
    /**
     * The ID of the project to which the service endpoint belongs.
     */
    projectId: string;
}
/**
 * A collection of values returned by getServiceendpointGenericV2.
 */
export interface GetServiceendpointGenericV2Result {
    /**
     * The authorization parameters of the service endpoint.
     */
    readonly authorizationParameters: {
        [key: string]: string;
    };
    /**
     * The authorization type of the service endpoint.
     */
    readonly authorizationScheme: string;
    /**
     * Additional data of the service endpoint.
     */
    readonly data: {
        [key: string]: string;
    };
    /**
     * The description of the service endpoint.
     */
    readonly description: string;
    /**
     * The ID of the service endpoint.
     */
    readonly id: string;
    readonly name: string;
    readonly projectId: string;
    /**
     * The URL of the server associated with the service endpoint.
     */
    readonly serverUrl: string;
    /**
     * The list of project IDs where the service endpoint is shared.
     */
    readonly sharedProjectIds: string[];
    /**
     * The type of the service endpoint.
     */
    readonly type: string;
}
/**
 * Use this data source to access information about an existing Generic Service Endpoint (v2) within Azure DevOps.
 */
export declare function getServiceendpointGenericV2Output(args: GetServiceendpointGenericV2OutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetServiceendpointGenericV2Result>;
/**
 * A collection of arguments for invoking getServiceendpointGenericV2.
 */
export interface GetServiceendpointGenericV2OutputArgs {
    /**
     * The ID of the service endpoint to retrieve. One of `serviceEndpointId` or `serviceEndpointName` must be specified.
     */
    id?: pulumi.Input<string | undefined>;
    /**
     * The name of the service endpoint to retrieve. One of `serviceEndpointId` or `serviceEndpointName` must be specified.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project to which the service endpoint belongs.
     */
    projectId: pulumi.Input<string>;
}
