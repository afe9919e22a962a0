import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a Nexus IQ service endpoint within Azure DevOps, which can be used as a resource in YAML pipelines to connect to a Nexus IQ instance.
 * Nexus IQ is not supported by default, to manage a nexus service connection resource, it is necessary to install the [Nexus Extension](https://marketplace.visualstudio.com/items?itemName=SonatypeIntegrations.nexus-iq-azure-extension) in Azure DevOps.
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
 * const exampleServiceendpointNexus = new azuredevops.ServiceendpointNexus("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "nexus-example",
 *     description: "Service Endpoint for 'Nexus IQ' (Managed by Terraform)",
 *     url: "https://example.com",
 *     username: "username",
 *     password: "password",
 * });
 * ```
 *
 * ## Import
 *
 * Azure DevOps Nexus Service Connection can be imported using the `projectId/id` or or `projectName/id`, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceendpointNexus:ServiceendpointNexus example projectName/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointNexus extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointNexus resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointNexusState, opts?: pulumi.CustomResourceOptions): ServiceendpointNexus;
    /**
     * Returns true if the given object is an instance of ServiceendpointNexus.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointNexus;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to Managed by Terraform.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The Service Endpoint password to authenticate at the Nexus IQ Instance.
     */
    readonly password: pulumi.Output<string>;
    /**
     * The ID of the project. Changing this forces a new Service Connection Nexus to be created.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The name of the service endpoint. Changing this forces a new Service Connection Nexus to be created.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * The Service Endpoint url.
     */
    readonly url: pulumi.Output<string>;
    /**
     * The Service Endpoint username to authenticate at the Nexus IQ Instance.
     */
    readonly username: pulumi.Output<string>;
    /**
     * Create a ServiceendpointNexus resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointNexusArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointNexus resources.
 */
export interface ServiceendpointNexusState {
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description. Defaults to Managed by Terraform.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint password to authenticate at the Nexus IQ Instance.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project. Changing this forces a new Service Connection Nexus to be created.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The name of the service endpoint. Changing this forces a new Service Connection Nexus to be created.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint url.
     */
    url?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint username to authenticate at the Nexus IQ Instance.
     */
    username?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceendpointNexus resource.
 */
export interface ServiceendpointNexusArgs {
    /**
     * The Service Endpoint description. Defaults to Managed by Terraform.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint password to authenticate at the Nexus IQ Instance.
     */
    password: pulumi.Input<string>;
    /**
     * The ID of the project. Changing this forces a new Service Connection Nexus to be created.
     */
    projectId: pulumi.Input<string>;
    /**
     * The name of the service endpoint. Changing this forces a new Service Connection Nexus to be created.
     */
    serviceEndpointName: pulumi.Input<string>;
    /**
     * The Service Endpoint url.
     */
    url: pulumi.Input<string>;
    /**
     * The Service Endpoint username to authenticate at the Nexus IQ Instance.
     */
    username: pulumi.Input<string>;
}
