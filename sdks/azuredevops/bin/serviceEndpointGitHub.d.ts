import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Manages a GitHub service endpoint within Azure DevOps.
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
 * const exampleServiceEndpointGitHub = new azuredevops.ServiceEndpointGitHub("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example GitHub Personal Access Token",
 *     authPersonal: {
 *         personalAccessToken: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
 *     },
 * });
 * ```
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
 * const exampleServiceEndpointGitHub = new azuredevops.ServiceEndpointGitHub("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example GitHub",
 *     authOauth: {
 *         oauthConfigurationId: "00000000-0000-0000-0000-000000000000",
 *     },
 * });
 * ```
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
 * const exampleServiceEndpointGitHub = new azuredevops.ServiceEndpointGitHub("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example GitHub Apps: Azure Pipelines",
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
 * Azure DevOps GitHub Service Endpoint can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceEndpointGitHub:ServiceEndpointGitHub example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceEndpointGitHub extends pulumi.CustomResource {
    /**
     * Get an existing ServiceEndpointGitHub resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceEndpointGitHubState, opts?: pulumi.CustomResourceOptions): ServiceEndpointGitHub;
    /**
     * Returns true if the given object is an instance of ServiceEndpointGitHub.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceEndpointGitHub;
    /**
     * An `authOauth` block as documented below. Allows connecting using an Oauth token.
     */
    readonly authOauth: pulumi.Output<outputs.ServiceEndpointGitHubAuthOauth | undefined>;
    /**
     * An `authPersonal` block as documented below. Allows connecting using a personal access token.
     */
    readonly authPersonal: pulumi.Output<outputs.ServiceEndpointGitHubAuthPersonal | undefined>;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     *
     * ~>**NOTE:** GitHub Apps can not be created or updated via terraform. You must install and configure the app on GitHub and then import it. You must also set the `description` to "" explicitly."
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
     * Create a ServiceEndpointGitHub resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceEndpointGitHubArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceEndpointGitHub resources.
 */
export interface ServiceEndpointGitHubState {
    /**
     * An `authOauth` block as documented below. Allows connecting using an Oauth token.
     */
    authOauth?: pulumi.Input<inputs.ServiceEndpointGitHubAuthOauth | undefined>;
    /**
     * An `authPersonal` block as documented below. Allows connecting using a personal access token.
     */
    authPersonal?: pulumi.Input<inputs.ServiceEndpointGitHubAuthPersonal | undefined>;
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     *
     * ~>**NOTE:** GitHub Apps can not be created or updated via terraform. You must install and configure the app on GitHub and then import it. You must also set the `description` to "" explicitly."
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
}
/**
 * The set of arguments for constructing a ServiceEndpointGitHub resource.
 */
export interface ServiceEndpointGitHubArgs {
    /**
     * An `authOauth` block as documented below. Allows connecting using an Oauth token.
     */
    authOauth?: pulumi.Input<inputs.ServiceEndpointGitHubAuthOauth | undefined>;
    /**
     * An `authPersonal` block as documented below. Allows connecting using a personal access token.
     */
    authPersonal?: pulumi.Input<inputs.ServiceEndpointGitHubAuthPersonal | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     *
     * ~>**NOTE:** GitHub Apps can not be created or updated via terraform. You must install and configure the app on GitHub and then import it. You must also set the `description` to "" explicitly."
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
}
