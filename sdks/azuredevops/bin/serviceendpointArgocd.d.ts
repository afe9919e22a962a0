import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Manages a ArgoCD service endpoint within Azure DevOps. Using this service endpoint requires you to first install [Argo CD Extension](https://marketplace.visualstudio.com/items?itemName=scb-tomasmortensen.vsix-argocd).
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
 * });
 * const exampleServiceendpointArgocd = new azuredevops.ServiceendpointArgocd("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example ArgoCD",
 *     description: "Managed by Pulumi",
 *     url: "https://argocd.my.com",
 *     authenticationToken: {
 *         token: "0000000000000000000000000000000000000000",
 *     },
 * });
 * ```
 * Alternatively a username and password may be used.
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
 * const exampleServiceendpointArgocd = new azuredevops.ServiceendpointArgocd("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example ArgoCD",
 *     description: "Managed by Pulumi",
 *     url: "https://argocd.my.com",
 *     authenticationBasic: {
 *         username: "username",
 *         password: "password",
 *     },
 * });
 * ```
 * ## Relevant Links
 *
 * - [Azure DevOps Service Connections](https://docs.microsoft.com/en-us/azure/devops/pipelines/library/service-endpoints?view=azure-devops&tabs=yaml)
 * - [ArgoCD Project/User Token](https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_account_generate-token/)
 * - [Argo CD Extension](https://marketplace.visualstudio.com/items?itemName=scb-tomasmortensen.vsix-argocd)
 *
 * ## Import
 *
 * Azure DevOps Argo CD Service Endpoint can be imported using the **projectID/serviceEndpointID**, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceendpointArgocd:ServiceendpointArgocd example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointArgocd extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointArgocd resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointArgocdState, opts?: pulumi.CustomResourceOptions): ServiceendpointArgocd;
    /**
     * Returns true if the given object is an instance of ServiceendpointArgocd.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointArgocd;
    /**
     * An `authenticationBasic` block for the ArgoCD as documented below.
     *
     * > **NOTE:** `authenticationBasic` and `authenticationToken` conflict with each other, only one is required.
     */
    readonly authenticationBasic: pulumi.Output<outputs.ServiceendpointArgocdAuthenticationBasic | undefined>;
    /**
     * An `authenticationToken` block for the ArgoCD as documented below.
     */
    readonly authenticationToken: pulumi.Output<outputs.ServiceendpointArgocdAuthenticationToken | undefined>;
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
     * URL of the ArgoCD server to connect with.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Create a ServiceendpointArgocd resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointArgocdArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointArgocd resources.
 */
export interface ServiceendpointArgocdState {
    /**
     * An `authenticationBasic` block for the ArgoCD as documented below.
     *
     * > **NOTE:** `authenticationBasic` and `authenticationToken` conflict with each other, only one is required.
     */
    authenticationBasic?: pulumi.Input<inputs.ServiceendpointArgocdAuthenticationBasic | undefined>;
    /**
     * An `authenticationToken` block for the ArgoCD as documented below.
     */
    authenticationToken?: pulumi.Input<inputs.ServiceendpointArgocdAuthenticationToken | undefined>;
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
     * URL of the ArgoCD server to connect with.
     */
    url?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceendpointArgocd resource.
 */
export interface ServiceendpointArgocdArgs {
    /**
     * An `authenticationBasic` block for the ArgoCD as documented below.
     *
     * > **NOTE:** `authenticationBasic` and `authenticationToken` conflict with each other, only one is required.
     */
    authenticationBasic?: pulumi.Input<inputs.ServiceendpointArgocdAuthenticationBasic | undefined>;
    /**
     * An `authenticationToken` block for the ArgoCD as documented below.
     */
    authenticationToken?: pulumi.Input<inputs.ServiceendpointArgocdAuthenticationToken | undefined>;
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
     * URL of the ArgoCD server to connect with.
     */
    url: pulumi.Input<string>;
}
