import * as pulumi from "@pulumi/pulumi";
/**
 * Manages an Other Git service endpoint within Azure DevOps, which can be used to authenticate to any external git service
 * using basic authentication via a username and password. This is mostly useful for importing private git repositories.
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
 * const exampleServiceEndpointGenericGit = new azuredevops.ServiceEndpointGenericGit("example", {
 *     projectId: example.id,
 *     repositoryUrl: "https://dev.azure.com/org/project/_git/repository",
 *     username: "username",
 *     password: "password",
 *     serviceEndpointName: "Example Generic Git",
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
 * Azure DevOps Other Git Service Endpoint can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceEndpointGenericGit:ServiceEndpointGenericGit example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceEndpointGenericGit extends pulumi.CustomResource {
    /**
     * Get an existing ServiceEndpointGenericGit resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceEndpointGenericGitState, opts?: pulumi.CustomResourceOptions): ServiceEndpointGenericGit;
    /**
     * Returns true if the given object is an instance of ServiceEndpointGenericGit.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceEndpointGenericGit;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * A value indicating whether or not to attempt accessing this git server from Azure Pipelines.
     */
    readonly enablePipelinesAccess: pulumi.Output<boolean | undefined>;
    /**
     * The PAT or password used to authenticate to the git repository.
     *
     * > **Note** For AzureDevOps Git, PAT should be used as the password.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The URL of the repository associated with the service endpoint.
     */
    readonly repositoryUrl: pulumi.Output<string>;
    /**
     * The name of the service endpoint.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * The username used to authenticate to the git repository.
     */
    readonly username: pulumi.Output<string | undefined>;
    /**
     * Create a ServiceEndpointGenericGit resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceEndpointGenericGitArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceEndpointGenericGit resources.
 */
export interface ServiceEndpointGenericGitState {
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * A value indicating whether or not to attempt accessing this git server from Azure Pipelines.
     */
    enablePipelinesAccess?: pulumi.Input<boolean | undefined>;
    /**
     * The PAT or password used to authenticate to the git repository.
     *
     * > **Note** For AzureDevOps Git, PAT should be used as the password.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The URL of the repository associated with the service endpoint.
     */
    repositoryUrl?: pulumi.Input<string | undefined>;
    /**
     * The name of the service endpoint.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
    /**
     * The username used to authenticate to the git repository.
     */
    username?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceEndpointGenericGit resource.
 */
export interface ServiceEndpointGenericGitArgs {
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * A value indicating whether or not to attempt accessing this git server from Azure Pipelines.
     */
    enablePipelinesAccess?: pulumi.Input<boolean | undefined>;
    /**
     * The PAT or password used to authenticate to the git repository.
     *
     * > **Note** For AzureDevOps Git, PAT should be used as the password.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The URL of the repository associated with the service endpoint.
     */
    repositoryUrl: pulumi.Input<string>;
    /**
     * The name of the service endpoint.
     */
    serviceEndpointName: pulumi.Input<string>;
    /**
     * The username used to authenticate to the git repository.
     */
    username?: pulumi.Input<string | undefined>;
}
