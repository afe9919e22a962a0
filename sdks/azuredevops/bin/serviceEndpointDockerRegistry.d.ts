import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a Docker Registry service endpoint within Azure DevOps.
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
 * // dockerhub registry service connection
 * const exampleServiceEndpointDockerRegistry = new azuredevops.ServiceEndpointDockerRegistry("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example Docker Hub",
 *     dockerUsername: "example",
 *     dockerEmail: "email@example.com",
 *     dockerPassword: "12345",
 *     registryType: "DockerHub",
 * });
 * // other docker registry service connection
 * const example_other = new azuredevops.ServiceEndpointDockerRegistry("example-other", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example Docker Registry",
 *     dockerRegistry: "https://sample.azurecr.io/v1",
 *     dockerUsername: "sample",
 *     dockerPassword: "12345",
 *     registryType: "Others",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Service Endpoints](https://docs.microsoft.com/en-us/rest/api/azure/devops/serviceendpoint/endpoints?view=azure-devops-rest-7.0)
 * - [Docker Registry Service Connection](https://docs.microsoft.com/en-us/azure/devops/pipelines/library/service-endpoints?view=azure-devops&tabs=yaml#sep-docreg)
 *
 * ## Import
 *
 * Azure DevOps Docker Registry Service Endpoint can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceEndpointDockerRegistry:ServiceEndpointDockerRegistry example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceEndpointDockerRegistry extends pulumi.CustomResource {
    /**
     * Get an existing ServiceEndpointDockerRegistry resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceEndpointDockerRegistryState, opts?: pulumi.CustomResourceOptions): ServiceEndpointDockerRegistry;
    /**
     * Returns true if the given object is an instance of ServiceEndpointDockerRegistry.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceEndpointDockerRegistry;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The email for Docker account user.
     */
    readonly dockerEmail: pulumi.Output<string | undefined>;
    /**
     * The password for the account user identified above.
     */
    readonly dockerPassword: pulumi.Output<string | undefined>;
    /**
     * The URL of the Docker registry. (Default: "https://index.docker.io/v1/")
     */
    readonly dockerRegistry: pulumi.Output<string>;
    /**
     * The identifier of the Docker account user.
     */
    readonly dockerUsername: pulumi.Output<string | undefined>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Can be "DockerHub" or "Others" (Default "DockerHub")
     */
    readonly registryType: pulumi.Output<string>;
    /**
     * The name you will use to refer to this service connection in task inputs.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * Create a ServiceEndpointDockerRegistry resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceEndpointDockerRegistryArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceEndpointDockerRegistry resources.
 */
export interface ServiceEndpointDockerRegistryState {
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The email for Docker account user.
     */
    dockerEmail?: pulumi.Input<string | undefined>;
    /**
     * The password for the account user identified above.
     */
    dockerPassword?: pulumi.Input<string | undefined>;
    /**
     * The URL of the Docker registry. (Default: "https://index.docker.io/v1/")
     */
    dockerRegistry?: pulumi.Input<string | undefined>;
    /**
     * The identifier of the Docker account user.
     */
    dockerUsername?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * Can be "DockerHub" or "Others" (Default "DockerHub")
     */
    registryType?: pulumi.Input<string | undefined>;
    /**
     * The name you will use to refer to this service connection in task inputs.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceEndpointDockerRegistry resource.
 */
export interface ServiceEndpointDockerRegistryArgs {
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The email for Docker account user.
     */
    dockerEmail?: pulumi.Input<string | undefined>;
    /**
     * The password for the account user identified above.
     */
    dockerPassword?: pulumi.Input<string | undefined>;
    /**
     * The URL of the Docker registry. (Default: "https://index.docker.io/v1/")
     */
    dockerRegistry?: pulumi.Input<string | undefined>;
    /**
     * The identifier of the Docker account user.
     */
    dockerUsername?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * Can be "DockerHub" or "Others" (Default "DockerHub")
     */
    registryType?: pulumi.Input<string | undefined>;
    /**
     * The name you will use to refer to this service connection in task inputs.
     */
    serviceEndpointName: pulumi.Input<string>;
}
