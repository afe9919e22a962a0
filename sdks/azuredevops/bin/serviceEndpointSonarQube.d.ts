import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a SonarQube Server service endpoint within Azure DevOps.
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
 * const exampleServiceEndpointSonarQube = new azuredevops.ServiceEndpointSonarQube("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example SonarQube",
 *     url: "https://sonarqube.my.com",
 *     token: "0000000000000000000000000000000000000000",
 *     description: "Managed by Pulumi",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Endpoints](https://docs.microsoft.com/en-us/rest/api/azure/devops/serviceendpoint/endpoints?view=azure-devops-rest-7.0)
 * - [Azure DevOps Service Connections](https://docs.microsoft.com/en-us/azure/devops/pipelines/library/service-endpoints?view=azure-devops&tabs=yaml)
 * - [SonarQube User Token](https://docs.sonarqube.org/latest/user-guide/user-token/)
 *
 * ## Import
 *
 * Azure DevOps SonarQube Server Service Endpoint can be imported using the **projectID/serviceEndpointID**, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceEndpointSonarQube:ServiceEndpointSonarQube example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceEndpointSonarQube extends pulumi.CustomResource {
    /**
     * Get an existing ServiceEndpointSonarQube resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceEndpointSonarQubeState, opts?: pulumi.CustomResourceOptions): ServiceEndpointSonarQube;
    /**
     * Returns true if the given object is an instance of ServiceEndpointSonarQube.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceEndpointSonarQube;
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
     * The Authentication Token generated through SonarQube (go to My Account > Security > Generate Tokens).
     */
    readonly token: pulumi.Output<string>;
    /**
     * URL of the SonarQube server to connect with.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Create a ServiceEndpointSonarQube resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceEndpointSonarQubeArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceEndpointSonarQube resources.
 */
export interface ServiceEndpointSonarQubeState {
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
     * The Authentication Token generated through SonarQube (go to My Account > Security > Generate Tokens).
     */
    token?: pulumi.Input<string | undefined>;
    /**
     * URL of the SonarQube server to connect with.
     */
    url?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceEndpointSonarQube resource.
 */
export interface ServiceEndpointSonarQubeArgs {
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
     * The Authentication Token generated through SonarQube (go to My Account > Security > Generate Tokens).
     */
    token: pulumi.Input<string>;
    /**
     * URL of the SonarQube server to connect with.
     */
    url: pulumi.Input<string>;
}
