import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a SonarQube Cloud service endpoint within Azure DevOps.
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
 * const exampleServiceEndpointSonarCloud = new azuredevops.ServiceEndpointSonarCloud("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example SonarCloud",
 *     token: "0000000000000000000000000000000000000000",
 *     description: "Managed by Pulumi",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Endpoints](https://docs.microsoft.com/en-us/rest/api/azure/devops/serviceendpoint/endpoints?view=azure-devops-rest-7.0)
 * - [Azure DevOps Service Connections](https://docs.microsoft.com/en-us/azure/devops/pipelines/library/service-endpoints?view=azure-devops&tabs=yaml)
 * - [SonarCloud User Token](https://docs.sonarcloud.io/advanced-setup/user-accounts/)
 *
 * ## Import
 *
 * Azure DevOps SonarQube Cloud Service Endpoint can be imported using the **projectID/serviceEndpointID**, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceEndpointSonarCloud:ServiceEndpointSonarCloud example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceEndpointSonarCloud extends pulumi.CustomResource {
    /**
     * Get an existing ServiceEndpointSonarCloud resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceEndpointSonarCloudState, opts?: pulumi.CustomResourceOptions): ServiceEndpointSonarCloud;
    /**
     * Returns true if the given object is an instance of ServiceEndpointSonarCloud.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceEndpointSonarCloud;
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
     * The Authentication Token generated through SonarCloud (go to `My Account > Security > Generate Tokens`).
     */
    readonly token: pulumi.Output<string>;
    /**
     * Create a ServiceEndpointSonarCloud resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceEndpointSonarCloudArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceEndpointSonarCloud resources.
 */
export interface ServiceEndpointSonarCloudState {
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
     * The Authentication Token generated through SonarCloud (go to `My Account > Security > Generate Tokens`).
     */
    token?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceEndpointSonarCloud resource.
 */
export interface ServiceEndpointSonarCloudArgs {
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
     * The Authentication Token generated through SonarCloud (go to `My Account > Security > Generate Tokens`).
     */
    token: pulumi.Input<string>;
}
