import * as pulumi from "@pulumi/pulumi";
/**
 * Manages an Incoming WebHook service endpoint within Azure DevOps, which can be used as a resource in YAML pipelines to subscribe to a webhook event.
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
 * const exampleServiceendpointIncomingwebhook = new azuredevops.ServiceendpointIncomingwebhook("example", {
 *     projectId: example.id,
 *     webhookName: "example_webhook",
 *     secret: "secret",
 *     httpHeader: "X-Hub-Signature",
 *     serviceEndpointName: "Example IncomingWebhook",
 *     description: "Managed by Pulumi",
 * });
 * ```
 *
 * ## Import
 *
 * Azure DevOps Incoming WebHook Service Endpoint can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceendpointIncomingwebhook:ServiceendpointIncomingwebhook example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointIncomingwebhook extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointIncomingwebhook resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointIncomingwebhookState, opts?: pulumi.CustomResourceOptions): ServiceendpointIncomingwebhook;
    /**
     * Returns true if the given object is an instance of ServiceendpointIncomingwebhook.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointIncomingwebhook;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to Managed by Terraform.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Http header name on which checksum will be sent.
     */
    readonly httpHeader: pulumi.Output<string | undefined>;
    /**
     * The ID of the project. Changing this forces a new Service Connection Incoming WebHook to be created.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Secret for the WebHook. WebHook service will use this secret to calculate the payload checksum.
     */
    readonly secret: pulumi.Output<string | undefined>;
    /**
     * The name of the service endpoint. Changing this forces a new Service Connection Incoming WebHook to be created.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * The name of the WebHook.
     */
    readonly webhookName: pulumi.Output<string>;
    /**
     * Create a ServiceendpointIncomingwebhook resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointIncomingwebhookArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointIncomingwebhook resources.
 */
export interface ServiceendpointIncomingwebhookState {
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description. Defaults to Managed by Terraform.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Http header name on which checksum will be sent.
     */
    httpHeader?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project. Changing this forces a new Service Connection Incoming WebHook to be created.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * Secret for the WebHook. WebHook service will use this secret to calculate the payload checksum.
     */
    secret?: pulumi.Input<string | undefined>;
    /**
     * The name of the service endpoint. Changing this forces a new Service Connection Incoming WebHook to be created.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
    /**
     * The name of the WebHook.
     */
    webhookName?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceendpointIncomingwebhook resource.
 */
export interface ServiceendpointIncomingwebhookArgs {
    /**
     * The Service Endpoint description. Defaults to Managed by Terraform.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Http header name on which checksum will be sent.
     */
    httpHeader?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project. Changing this forces a new Service Connection Incoming WebHook to be created.
     */
    projectId: pulumi.Input<string>;
    /**
     * Secret for the WebHook. WebHook service will use this secret to calculate the payload checksum.
     */
    secret?: pulumi.Input<string | undefined>;
    /**
     * The name of the service endpoint. Changing this forces a new Service Connection Incoming WebHook to be created.
     */
    serviceEndpointName: pulumi.Input<string>;
    /**
     * The name of the WebHook.
     */
    webhookName?: pulumi.Input<string | undefined>;
}
