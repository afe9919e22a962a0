import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Manages an Azure Repository/Team Foundation Server service endpoint within Azure DevOps.
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
 * const exampleServiceendpointExternaltfs = new azuredevops.ServiceendpointExternaltfs("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example External TFS Name",
 *     connectionUrl: "https://dev.azure.com/myorganization",
 *     description: "Managed by Pulumi",
 *     authPersonal: {
 *         personalAccessToken: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
 *     },
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Service Endpoints](https://docs.microsoft.com/en-us/rest/api/azure/devops/serviceendpoint/endpoints?view=azure-devops-rest-7.0)
 *
 * ## Import
 *
 * Azure DevOps Azure Repository/Team Foundation Server Service Endpoint can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceendpointExternaltfs:ServiceendpointExternaltfs example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointExternaltfs extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointExternaltfs resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointExternaltfsState, opts?: pulumi.CustomResourceOptions): ServiceendpointExternaltfs;
    /**
     * Returns true if the given object is an instance of ServiceendpointExternaltfs.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointExternaltfs;
    /**
     * An `authPersonal` block as documented below. Allows connecting using a personal access token.
     */
    readonly authPersonal: pulumi.Output<outputs.ServiceendpointExternaltfsAuthPersonal>;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * Azure DevOps Organization or TFS Project Collection Url.
     */
    readonly connectionUrl: pulumi.Output<string>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
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
     * Create a ServiceendpointExternaltfs resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointExternaltfsArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointExternaltfs resources.
 */
export interface ServiceendpointExternaltfsState {
    /**
     * An `authPersonal` block as documented below. Allows connecting using a personal access token.
     */
    authPersonal?: pulumi.Input<inputs.ServiceendpointExternaltfsAuthPersonal | undefined>;
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * Azure DevOps Organization or TFS Project Collection Url.
     */
    connectionUrl?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
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
 * The set of arguments for constructing a ServiceendpointExternaltfs resource.
 */
export interface ServiceendpointExternaltfsArgs {
    /**
     * An `authPersonal` block as documented below. Allows connecting using a personal access token.
     */
    authPersonal: pulumi.Input<inputs.ServiceendpointExternaltfsAuthPersonal>;
    /**
     * Azure DevOps Organization or TFS Project Collection Url.
     */
    connectionUrl: pulumi.Input<string>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
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
