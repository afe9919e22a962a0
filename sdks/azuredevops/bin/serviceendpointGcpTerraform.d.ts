import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a GCP for Terraform service endpoint for Terraform within Azure DevOps. Using this service endpoint requires you to first install the Azure Terraform Extension for Azure DevOps from Microsoft DevLabs.
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
 * const exampleServiceendpointGcpTerraform = new azuredevops.ServiceendpointGcpTerraform("example", {
 *     projectId: example.id,
 *     tokenUri: "https://oauth2.example.com/token",
 *     clientEmail: "gcp-sa-example@example.iam.gserviceaccount.com",
 *     privateKey: "0000000000000000000000000000000000000",
 *     serviceEndpointName: "Example GCP Terraform extension",
 *     gcpProjectId: "Example GCP Project",
 *     description: "Managed by Pulumi",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Service Endpoints](https://docs.microsoft.com/en-us/rest/api/azure/devops/serviceendpoint/endpoints?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * Azure DevOps GCP for Terraform Service Endpoint can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 *  $ pulumi import azuredevops:index/serviceendpointGcpTerraform:ServiceendpointGcpTerraform example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointGcpTerraform extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointGcpTerraform resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointGcpTerraformState, opts?: pulumi.CustomResourceOptions): ServiceendpointGcpTerraform;
    /**
     * Returns true if the given object is an instance of ServiceendpointGcpTerraform.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointGcpTerraform;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The client email field in the JSON key file for creating the JSON Web Token.
     */
    readonly clientEmail: pulumi.Output<string | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * GCP project associated with the Service Connection.
     */
    readonly gcpProjectId: pulumi.Output<string>;
    /**
     * The Private Key for connecting to the endpoint.
     */
    readonly privateKey: pulumi.Output<string>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Scope to be provided.
     */
    readonly scope: pulumi.Output<string | undefined>;
    /**
     * The Service Endpoint name.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * The token uri field in the JSON key file for creating the JSON Web Token.
     */
    readonly tokenUri: pulumi.Output<string>;
    /**
     * Create a ServiceendpointGcpTerraform resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointGcpTerraformArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointGcpTerraform resources.
 */
export interface ServiceendpointGcpTerraformState {
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The client email field in the JSON key file for creating the JSON Web Token.
     */
    clientEmail?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * GCP project associated with the Service Connection.
     */
    gcpProjectId?: pulumi.Input<string | undefined>;
    /**
     * The Private Key for connecting to the endpoint.
     */
    privateKey?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * Scope to be provided.
     */
    scope?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
    /**
     * The token uri field in the JSON key file for creating the JSON Web Token.
     */
    tokenUri?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceendpointGcpTerraform resource.
 */
export interface ServiceendpointGcpTerraformArgs {
    /**
     * The client email field in the JSON key file for creating the JSON Web Token.
     */
    clientEmail?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * GCP project associated with the Service Connection.
     */
    gcpProjectId?: pulumi.Input<string | undefined>;
    /**
     * The Private Key for connecting to the endpoint.
     */
    privateKey?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * Scope to be provided.
     */
    scope?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName: pulumi.Input<string>;
    /**
     * The token uri field in the JSON key file for creating the JSON Web Token.
     */
    tokenUri?: pulumi.Input<string | undefined>;
}
