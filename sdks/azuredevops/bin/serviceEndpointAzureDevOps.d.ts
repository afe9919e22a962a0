import * as pulumi from "@pulumi/pulumi";
/**
 * Manages an Azure DevOps service endpoint within Azure DevOps.
 *
 * > **Note** This resource is duplicate with `azuredevops.ServiceEndpointPipeline`,  will be removed in the future, use `azuredevops.ServiceEndpointPipeline` instead.
 *
 * > **Note** Prerequisite: Extension [Configurable Pipeline Runner](https://marketplace.visualstudio.com/items?itemName=CSE-DevOps.RunPipelines) has been installed for the organization.
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
 * const exampleServiceEndpointAzureDevOps = new azuredevops.ServiceEndpointAzureDevOps("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example Azure DevOps",
 *     orgUrl: "https://dev.azure.com/testorganization",
 *     releaseApiUrl: "https://vsrm.dev.azure.com/testorganization",
 *     personalAccessToken: "0000000000000000000000000000000000000000000000000000",
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
 * Azure DevOps Service Endpoint Azure DevOps can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceEndpointAzureDevOps:ServiceEndpointAzureDevOps example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceEndpointAzureDevOps extends pulumi.CustomResource {
    /**
     * Get an existing ServiceEndpointAzureDevOps resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceEndpointAzureDevOpsState, opts?: pulumi.CustomResourceOptions): ServiceEndpointAzureDevOps;
    /**
     * Returns true if the given object is an instance of ServiceEndpointAzureDevOps.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceEndpointAzureDevOps;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The organization URL.
     */
    readonly orgUrl: pulumi.Output<string>;
    /**
     * The Azure DevOps personal access token.
     */
    readonly personalAccessToken: pulumi.Output<string>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The URL of the release API.
     */
    readonly releaseApiUrl: pulumi.Output<string>;
    /**
     * The Service Endpoint name.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * Create a ServiceEndpointAzureDevOps resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceEndpointAzureDevOpsArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceEndpointAzureDevOps resources.
 */
export interface ServiceEndpointAzureDevOpsState {
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The organization URL.
     */
    orgUrl?: pulumi.Input<string | undefined>;
    /**
     * The Azure DevOps personal access token.
     */
    personalAccessToken?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The URL of the release API.
     */
    releaseApiUrl?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceEndpointAzureDevOps resource.
 */
export interface ServiceEndpointAzureDevOpsArgs {
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The organization URL.
     */
    orgUrl?: pulumi.Input<string | undefined>;
    /**
     * The Azure DevOps personal access token.
     */
    personalAccessToken?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The URL of the release API.
     */
    releaseApiUrl?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName: pulumi.Input<string>;
}
