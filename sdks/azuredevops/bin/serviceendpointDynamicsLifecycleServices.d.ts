import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a Dynamics Lifecycle Services service endpoint within Azure DevOps. Using this service endpoint requires you to install: [Dynamics Lifecycle Services](https://marketplace.visualstudio.com/items?itemName=Dyn365FinOps.dynamics365-finops-tools)
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
 * const exampleServiceendpointDynamicsLifecycleServices = new azuredevops.ServiceendpointDynamicsLifecycleServices("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example Service connection",
 *     authorizationEndpoint: "https://login.microsoftonline.com/organization",
 *     lifecycleServicesApiEndpoint: "https://lcsapi.lcs.dynamics.com",
 *     clientId: "00000000-0000-0000-0000-000000000000",
 *     username: "username",
 *     password: "password",
 *     description: "Managed by Pulumi",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Endpoints](https://docs.microsoft.com/en-us/rest/api/azure/devops/serviceendpoint/endpoints?view=azure-devops-rest-7.0)
 *
 * ## Import
 *
 * Azure DevOps Dynamics Life Cycle Service Endpoint can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceendpointDynamicsLifecycleServices:ServiceendpointDynamicsLifecycleServices example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointDynamicsLifecycleServices extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointDynamicsLifecycleServices resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointDynamicsLifecycleServicesState, opts?: pulumi.CustomResourceOptions): ServiceendpointDynamicsLifecycleServices;
    /**
     * Returns true if the given object is an instance of ServiceendpointDynamicsLifecycleServices.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointDynamicsLifecycleServices;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The URL of the Authentication Endpoint.
     */
    readonly authorizationEndpoint: pulumi.Output<string>;
    /**
     * The client ID for a native application registration in Azure Active Directory with API permissions for Dynamics Lifecycle Services.
     */
    readonly clientId: pulumi.Output<string>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The URL of the Lifecycle Services API Endpoint.
     */
    readonly lifecycleServicesApiEndpoint: pulumi.Output<string>;
    /**
     * The Password for the Azure Active Directory account.
     */
    readonly password: pulumi.Output<string>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The Service Endpoint name.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * The E-mail address of user with sufficient permissions to interact with LCS asset library and environments.
     */
    readonly username: pulumi.Output<string>;
    /**
     * Create a ServiceendpointDynamicsLifecycleServices resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointDynamicsLifecycleServicesArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointDynamicsLifecycleServices resources.
 */
export interface ServiceendpointDynamicsLifecycleServicesState {
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The URL of the Authentication Endpoint.
     */
    authorizationEndpoint?: pulumi.Input<string | undefined>;
    /**
     * The client ID for a native application registration in Azure Active Directory with API permissions for Dynamics Lifecycle Services.
     */
    clientId?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The URL of the Lifecycle Services API Endpoint.
     */
    lifecycleServicesApiEndpoint?: pulumi.Input<string | undefined>;
    /**
     * The Password for the Azure Active Directory account.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
    /**
     * The E-mail address of user with sufficient permissions to interact with LCS asset library and environments.
     */
    username?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceendpointDynamicsLifecycleServices resource.
 */
export interface ServiceendpointDynamicsLifecycleServicesArgs {
    /**
     * The URL of the Authentication Endpoint.
     */
    authorizationEndpoint: pulumi.Input<string>;
    /**
     * The client ID for a native application registration in Azure Active Directory with API permissions for Dynamics Lifecycle Services.
     */
    clientId: pulumi.Input<string>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The URL of the Lifecycle Services API Endpoint.
     */
    lifecycleServicesApiEndpoint: pulumi.Input<string>;
    /**
     * The Password for the Azure Active Directory account.
     */
    password: pulumi.Input<string>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName: pulumi.Input<string>;
    /**
     * The E-mail address of user with sufficient permissions to interact with LCS asset library and environments.
     */
    username: pulumi.Input<string>;
}
