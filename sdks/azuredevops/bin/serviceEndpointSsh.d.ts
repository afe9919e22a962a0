import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a SSH service endpoint within Azure DevOps.
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
 * const exampleServiceEndpointSsh = new azuredevops.ServiceEndpointSsh("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example SSH",
 *     host: "1.2.3.4",
 *     username: "username",
 *     description: "Managed by Pulumi",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Service Endpoints](https://docs.microsoft.com/en-us/rest/api/azure/devops/serviceendpoint/endpoints?view=azure-devops-rest-7.0)
 *
 * ## Import
 *
 * Azure DevOps SSH Service Endpoint can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceEndpointSsh:ServiceEndpointSsh example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceEndpointSsh extends pulumi.CustomResource {
    /**
     * Get an existing ServiceEndpointSsh resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceEndpointSshState, opts?: pulumi.CustomResourceOptions): ServiceEndpointSsh;
    /**
     * Returns true if the given object is an instance of ServiceEndpointSsh.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceEndpointSsh;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The Host name or IP address of the remote machine.
     */
    readonly host: pulumi.Output<string>;
    /**
     * Password for connecting to the endpoint.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * Port number on the remote machine to use for connecting. Defaults to `22`.
     */
    readonly port: pulumi.Output<number | undefined>;
    /**
     * Private Key for connecting to the endpoint.
     */
    readonly privateKey: pulumi.Output<string | undefined>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The Service Endpoint name.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * Username for connecting to the endpoint.
     */
    readonly username: pulumi.Output<string>;
    /**
     * Create a ServiceEndpointSsh resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceEndpointSshArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceEndpointSsh resources.
 */
export interface ServiceEndpointSshState {
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The Host name or IP address of the remote machine.
     */
    host?: pulumi.Input<string | undefined>;
    /**
     * Password for connecting to the endpoint.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * Port number on the remote machine to use for connecting. Defaults to `22`.
     */
    port?: pulumi.Input<number | undefined>;
    /**
     * Private Key for connecting to the endpoint.
     */
    privateKey?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
    /**
     * Username for connecting to the endpoint.
     */
    username?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceEndpointSsh resource.
 */
export interface ServiceEndpointSshArgs {
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The Host name or IP address of the remote machine.
     */
    host: pulumi.Input<string>;
    /**
     * Password for connecting to the endpoint.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * Port number on the remote machine to use for connecting. Defaults to `22`.
     */
    port?: pulumi.Input<number | undefined>;
    /**
     * Private Key for connecting to the endpoint.
     */
    privateKey?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName: pulumi.Input<string>;
    /**
     * Username for connecting to the endpoint.
     */
    username: pulumi.Input<string>;
}
