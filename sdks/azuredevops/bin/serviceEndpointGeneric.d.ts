import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a generic service endpoint within Azure DevOps, which can be used to authenticate to any external server using
 * basic authentication via a username and password.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.Project("example", {
 *     name: "Example Project",
 *     visibility: "private",
 *     versionControl: "Git",
 *     workItemTemplate: "Agile",
 *     description: "Managed by Pulumi",
 * });
 * const exampleServiceEndpointGeneric = new azuredevops.ServiceEndpointGeneric("example", {
 *     projectId: example.id,
 *     serverUrl: "https://some-server.example.com",
 *     username: "username",
 *     password: "password",
 *     serviceEndpointName: "Example Generic",
 *     description: "Managed by Pulumi",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Agent Pools](https://docs.microsoft.com/en-us/rest/api/azure/devops/serviceendpoint/endpoints?view=azure-devops-rest-7.0)
 *
 * ## Import
 *
 * Azure DevOps Generic Service Endpoint can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceEndpointGeneric:ServiceEndpointGeneric example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceEndpointGeneric extends pulumi.CustomResource {
    /**
     * Get an existing ServiceEndpointGeneric resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceEndpointGenericState, opts?: pulumi.CustomResourceOptions): ServiceEndpointGeneric;
    /**
     * Returns true if the given object is an instance of ServiceEndpointGeneric.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceEndpointGeneric;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The password or token key used to authenticate to the server url using basic authentication.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The URL of the server associated with the service endpoint.
     */
    readonly serverUrl: pulumi.Output<string>;
    /**
     * The service endpoint name.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * The username used to authenticate to the server url using basic authentication.
     */
    readonly username: pulumi.Output<string | undefined>;
    /**
     * Create a ServiceEndpointGeneric resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceEndpointGenericArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceEndpointGeneric resources.
 */
export interface ServiceEndpointGenericState {
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The password or token key used to authenticate to the server url using basic authentication.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The URL of the server associated with the service endpoint.
     */
    serverUrl?: pulumi.Input<string | undefined>;
    /**
     * The service endpoint name.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
    /**
     * The username used to authenticate to the server url using basic authentication.
     */
    username?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceEndpointGeneric resource.
 */
export interface ServiceEndpointGenericArgs {
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The password or token key used to authenticate to the server url using basic authentication.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The URL of the server associated with the service endpoint.
     */
    serverUrl: pulumi.Input<string>;
    /**
     * The service endpoint name.
     */
    serviceEndpointName: pulumi.Input<string>;
    /**
     * The username used to authenticate to the server url using basic authentication.
     */
    username?: pulumi.Input<string | undefined>;
}
