import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a Checkmarx SCA service endpoint within Azure DevOps. Using this service endpoint requires you to install: [Checkmarx SAST](https://marketplace.visualstudio.com/items?itemName=checkmarx.cxsast)
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
 * const exampleServiceendpointCheckmarxSca = new azuredevops.ServiceendpointCheckmarxSca("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example Checkmarx SCA",
 *     accessControlUrl: "https://accesscontrol.com",
 *     serverUrl: "https://server.com",
 *     webAppUrl: "https://webapp.com",
 *     account: "account",
 *     username: "username",
 *     password: "password",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Service Endpoints](https://docs.microsoft.com/en-us/rest/api/azure/devops/serviceendpoint/endpoints?view=azure-devops-rest-7.0)
 *
 * ## Import
 *
 * Azure DevOps Service Endpoint Check Marx SCA can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceendpointCheckmarxSca:ServiceendpointCheckmarxSca example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointCheckmarxSca extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointCheckmarxSca resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointCheckmarxScaState, opts?: pulumi.CustomResourceOptions): ServiceendpointCheckmarxSca;
    /**
     * Returns true if the given object is an instance of ServiceendpointCheckmarxSca.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointCheckmarxSca;
    /**
     * The Access Control URL of the Checkmarx SCA.
     */
    readonly accessControlUrl: pulumi.Output<string>;
    /**
     * The account of the Checkmarx SCA.
     */
    readonly account: pulumi.Output<string>;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The password of the Checkmarx SCA.
     */
    readonly password: pulumi.Output<string>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The Server URL of the Checkmarx SCA.
     */
    readonly serverUrl: pulumi.Output<string>;
    /**
     * The Service Endpoint name.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * The full team name of the Checkmarx.
     */
    readonly team: pulumi.Output<string | undefined>;
    /**
     * The username of the Checkmarx SCA.
     */
    readonly username: pulumi.Output<string>;
    /**
     * The Web App URL of the Checkmarx SCA.
     */
    readonly webAppUrl: pulumi.Output<string>;
    /**
     * Create a ServiceendpointCheckmarxSca resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointCheckmarxScaArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointCheckmarxSca resources.
 */
export interface ServiceendpointCheckmarxScaState {
    /**
     * The Access Control URL of the Checkmarx SCA.
     */
    accessControlUrl?: pulumi.Input<string | undefined>;
    /**
     * The account of the Checkmarx SCA.
     */
    account?: pulumi.Input<string | undefined>;
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The password of the Checkmarx SCA.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The Server URL of the Checkmarx SCA.
     */
    serverUrl?: pulumi.Input<string | undefined>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
    /**
     * The full team name of the Checkmarx.
     */
    team?: pulumi.Input<string | undefined>;
    /**
     * The username of the Checkmarx SCA.
     */
    username?: pulumi.Input<string | undefined>;
    /**
     * The Web App URL of the Checkmarx SCA.
     */
    webAppUrl?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceendpointCheckmarxSca resource.
 */
export interface ServiceendpointCheckmarxScaArgs {
    /**
     * The Access Control URL of the Checkmarx SCA.
     */
    accessControlUrl: pulumi.Input<string>;
    /**
     * The account of the Checkmarx SCA.
     */
    account: pulumi.Input<string>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The password of the Checkmarx SCA.
     */
    password: pulumi.Input<string>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The Server URL of the Checkmarx SCA.
     */
    serverUrl: pulumi.Input<string>;
    /**
     * The Service Endpoint name.
     */
    serviceEndpointName: pulumi.Input<string>;
    /**
     * The full team name of the Checkmarx.
     */
    team?: pulumi.Input<string | undefined>;
    /**
     * The username of the Checkmarx SCA.
     */
    username: pulumi.Input<string>;
    /**
     * The Web App URL of the Checkmarx SCA.
     */
    webAppUrl: pulumi.Input<string>;
}
