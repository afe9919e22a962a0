import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a NuGet service endpoint within Azure DevOps.
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
 * const exampleServiceendpointNuget = new azuredevops.ServiceendpointNuget("example", {
 *     projectId: example.id,
 *     apiKey: "apikey",
 *     serviceEndpointName: "Example NuGet",
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
 * Azure DevOps NuGet Service Endpoint can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceendpointNuget:ServiceendpointNuget example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointNuget extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointNuget resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointNugetState, opts?: pulumi.CustomResourceOptions): ServiceendpointNuget;
    /**
     * Returns true if the given object is an instance of ServiceendpointNuget.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointNuget;
    /**
     * The API Key used to connect to the endpoint.
     */
    readonly apiKey: pulumi.Output<string | undefined>;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The URL for the feed. This will generally end with `index.json`.
     */
    readonly feedUrl: pulumi.Output<string>;
    /**
     * The account password used to connect to the endpoint
     *
     * > **Note** Only one of `apiKey` or `personalAccessToken` or  `username`, `password` can be set at the same time.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * The Personal access token used to  connect to the endpoint. Personal access tokens are applicable only for NuGet feeds hosted on other Azure DevOps Services organizations or Azure DevOps Server 2019 (or later).
     */
    readonly personalAccessToken: pulumi.Output<string | undefined>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The Service Endpoint name.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * The account username used to connect to the endpoint.
     */
    readonly username: pulumi.Output<string | undefined>;
    /**
     * Create a ServiceendpointNuget resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointNugetArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointNuget resources.
 */
export interface ServiceendpointNugetState {
    /**
     * The API Key used to connect to the endpoint.
     */
    apiKey?: pulumi.Input<string | undefined>;
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The URL for the feed. This will generally end with `index.json`.
     */
    feedUrl?: pulumi.Input<string | undefined>;
    /**
     * The account password used to connect to the endpoint
     *
     * > **Note** Only one of `apiKey` or `personalAccessToken` or  `username`, `password` can be set at the same time.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * The Personal access token used to  connect to the endpoint. Personal access tokens are applicable only for NuGet feeds hosted on other Azure DevOps Services organizations or Azure DevOps Server 2019 (or later).
     */
    personalAccessToken?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
    /**
     * The account username used to connect to the endpoint.
     */
    username?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceendpointNuget resource.
 */
export interface ServiceendpointNugetArgs {
    /**
     * The API Key used to connect to the endpoint.
     */
    apiKey?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The URL for the feed. This will generally end with `index.json`.
     */
    feedUrl: pulumi.Input<string>;
    /**
     * The account password used to connect to the endpoint
     *
     * > **Note** Only one of `apiKey` or `personalAccessToken` or  `username`, `password` can be set at the same time.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * The Personal access token used to  connect to the endpoint. Personal access tokens are applicable only for NuGet feeds hosted on other Azure DevOps Services organizations or Azure DevOps Server 2019 (or later).
     */
    personalAccessToken?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName: pulumi.Input<string>;
    /**
     * The account username used to connect to the endpoint.
     */
    username?: pulumi.Input<string | undefined>;
}
