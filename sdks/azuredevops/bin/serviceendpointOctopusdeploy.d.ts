import * as pulumi from "@pulumi/pulumi";
/**
 * Manages an Octopus Deploy service endpoint within Azure DevOps. Using this service endpoint requires you to install [Octopus Deploy](https://marketplace.visualstudio.com/items?itemName=octopusdeploy.octopus-deploy-build-release-tasks).
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
 * const exampleServiceendpointOctopusdeploy = new azuredevops.ServiceendpointOctopusdeploy("example", {
 *     projectId: example.id,
 *     url: "https://octopus.com",
 *     apiKey: "000000000000000000000000000000000000",
 *     serviceEndpointName: "Example Octopus Deploy",
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
 * Azure DevOps Octopus Deploy Service Endpoint can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceendpointOctopusdeploy:ServiceendpointOctopusdeploy example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointOctopusdeploy extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointOctopusdeploy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointOctopusdeployState, opts?: pulumi.CustomResourceOptions): ServiceendpointOctopusdeploy;
    /**
     * Returns true if the given object is an instance of ServiceendpointOctopusdeploy.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointOctopusdeploy;
    /**
     * API key to connect to Octopus Deploy.
     */
    readonly apiKey: pulumi.Output<string>;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Whether to ignore SSL errors when connecting to the Octopus server from the agent. Default to `false`.
     */
    readonly ignoreSslError: pulumi.Output<boolean | undefined>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The Service Endpoint name.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * Octopus Server url.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Create a ServiceendpointOctopusdeploy resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointOctopusdeployArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointOctopusdeploy resources.
 */
export interface ServiceendpointOctopusdeployState {
    /**
     * API key to connect to Octopus Deploy.
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
     * Whether to ignore SSL errors when connecting to the Octopus server from the agent. Default to `false`.
     */
    ignoreSslError?: pulumi.Input<boolean | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
    /**
     * Octopus Server url.
     */
    url?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceendpointOctopusdeploy resource.
 */
export interface ServiceendpointOctopusdeployArgs {
    /**
     * API key to connect to Octopus Deploy.
     */
    apiKey: pulumi.Input<string>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Whether to ignore SSL errors when connecting to the Octopus server from the agent. Default to `false`.
     */
    ignoreSslError?: pulumi.Input<boolean | undefined>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName: pulumi.Input<string>;
    /**
     * Octopus Server url.
     */
    url: pulumi.Input<string>;
}
