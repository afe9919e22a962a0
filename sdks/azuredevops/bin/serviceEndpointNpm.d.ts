import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a NPM service endpoint within Azure DevOps.
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
 * const exampleServiceEndpointNpm = new azuredevops.ServiceEndpointNpm("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example npm",
 *     url: "https://registry.npmjs.org",
 *     accessToken: "00000000-0000-0000-0000-000000000000",
 *     description: "Managed by Pulumi",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Endpoints](https://docs.microsoft.com/en-us/rest/api/azure/devops/serviceendpoint/endpoints?view=azure-devops-rest-7.0)
 * - [Azure DevOps Service Connections](https://docs.microsoft.com/en-us/azure/devops/pipelines/library/service-endpoints?view=azure-devops&tabs=yaml)
 * - [npm User Token](https://docs.npmjs.com/about-access-tokens)
 *
 * ## Import
 *
 * Azure DevOps NPM Service Endpoint can be imported using the **projectID/serviceEndpointID**, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceEndpointNpm:ServiceEndpointNpm example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceEndpointNpm extends pulumi.CustomResource {
    /**
     * Get an existing ServiceEndpointNpm resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceEndpointNpmState, opts?: pulumi.CustomResourceOptions): ServiceEndpointNpm;
    /**
     * Returns true if the given object is an instance of ServiceEndpointNpm.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceEndpointNpm;
    /**
     * The access token for npm registry.
     */
    readonly accessToken: pulumi.Output<string>;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The Service Endpoint name.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * URL of the npm registry to connect with.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Create a ServiceEndpointNpm resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceEndpointNpmArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceEndpointNpm resources.
 */
export interface ServiceEndpointNpmState {
    /**
     * The access token for npm registry.
     */
    accessToken?: pulumi.Input<string | undefined>;
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
    /**
     * URL of the npm registry to connect with.
     */
    url?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceEndpointNpm resource.
 */
export interface ServiceEndpointNpmArgs {
    /**
     * The access token for npm registry.
     */
    accessToken: pulumi.Input<string>;
    /**
     * The Service Endpoint description.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName: pulumi.Input<string>;
    /**
     * URL of the npm registry to connect with.
     */
    url: pulumi.Input<string>;
}
