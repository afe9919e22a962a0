import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a Checkmarx One service endpoint within Azure DevOps. Using this service endpoint requires you to install: [Checkmarx AST](https://marketplace.visualstudio.com/items?itemName=checkmarx.checkmarx-ast-azure-plugin)
 *
 * ## Example Usage
 *
 * ### Authorize with API Key
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
 * const exampleServiceendpointCheckmarxOne = new azuredevops.ServiceendpointCheckmarxOne("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example Checkmarx One",
 *     serverUrl: "https://server.com",
 *     apiKey: "apikey",
 * });
 * ```
 *
 * ### Authorize with Client ID and Secret
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
 * const exampleServiceendpointCheckmarxOne = new azuredevops.ServiceendpointCheckmarxOne("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example Checkmarx One",
 *     serverUrl: "https://server.com",
 *     clientId: "clientid",
 *     clientSecret: "secret",
 *     authorizationUrl: "https://authurl.com",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Service Endpoints](https://docs.microsoft.com/en-us/rest/api/azure/devops/serviceendpoint/endpoints?view=azure-devops-rest-7.0)
 *
 * ## Import
 *
 * Azure DevOps Service Endpoint Check Marx One can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceendpointCheckmarxOne:ServiceendpointCheckmarxOne example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointCheckmarxOne extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointCheckmarxOne resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointCheckmarxOneState, opts?: pulumi.CustomResourceOptions): ServiceendpointCheckmarxOne;
    /**
     * Returns true if the given object is an instance of ServiceendpointCheckmarxOne.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointCheckmarxOne;
    /**
     * The account of the Checkmarx One. Conflict with `clientId` and `clientSecret`.
     */
    readonly apiKey: pulumi.Output<string | undefined>;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The URL of Checkmarx Authorization. Used when using `clientId` and `clientSecret` authorization.
     */
    readonly authorizationUrl: pulumi.Output<string | undefined>;
    /**
     * The Client ID of the Checkmarx One. Conflict with `apiKey`
     */
    readonly clientId: pulumi.Output<string | undefined>;
    /**
     * The Client Secret of the Checkmarx One. Conflict with `apiKey`
     *
     * > **Note** At least one of `apiKey` and `clientId`, `clientSecret` must be set
     */
    readonly clientSecret: pulumi.Output<string | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The Server URL of the Checkmarx One Service.
     */
    readonly serverUrl: pulumi.Output<string>;
    /**
     * The Service Endpoint name.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * Create a ServiceendpointCheckmarxOne resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointCheckmarxOneArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointCheckmarxOne resources.
 */
export interface ServiceendpointCheckmarxOneState {
    /**
     * The account of the Checkmarx One. Conflict with `clientId` and `clientSecret`.
     */
    apiKey?: pulumi.Input<string | undefined>;
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The URL of Checkmarx Authorization. Used when using `clientId` and `clientSecret` authorization.
     */
    authorizationUrl?: pulumi.Input<string | undefined>;
    /**
     * The Client ID of the Checkmarx One. Conflict with `apiKey`
     */
    clientId?: pulumi.Input<string | undefined>;
    /**
     * The Client Secret of the Checkmarx One. Conflict with `apiKey`
     *
     * > **Note** At least one of `apiKey` and `clientId`, `clientSecret` must be set
     */
    clientSecret?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The Server URL of the Checkmarx One Service.
     */
    serverUrl?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceendpointCheckmarxOne resource.
 */
export interface ServiceendpointCheckmarxOneArgs {
    /**
     * The account of the Checkmarx One. Conflict with `clientId` and `clientSecret`.
     */
    apiKey?: pulumi.Input<string | undefined>;
    /**
     * The URL of Checkmarx Authorization. Used when using `clientId` and `clientSecret` authorization.
     */
    authorizationUrl?: pulumi.Input<string | undefined>;
    /**
     * The Client ID of the Checkmarx One. Conflict with `apiKey`
     */
    clientId?: pulumi.Input<string | undefined>;
    /**
     * The Client Secret of the Checkmarx One. Conflict with `apiKey`
     *
     * > **Note** At least one of `apiKey` and `clientId`, `clientSecret` must be set
     */
    clientSecret?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The Server URL of the Checkmarx One Service.
     */
    serverUrl: pulumi.Input<string>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName: pulumi.Input<string>;
}
