import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a Checkmarx SAST service endpoint within Azure DevOps. Using this service endpoint requires you to install: [Checkmarx SAST](https://marketplace.visualstudio.com/items?itemName=checkmarx.cxsast)
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
 * const exampleServiceendpointCheckmarxSast = new azuredevops.ServiceendpointCheckmarxSast("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example Checkmarx SAST",
 *     serverUrl: "https://server.com",
 *     username: "username",
 *     password: "password",
 *     team: "team",
 *     preset: "preset",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Service Endpoints](https://docs.microsoft.com/en-us/rest/api/azure/devops/serviceendpoint/endpoints?view=azure-devops-rest-7.0)
 *
 * ## Import
 *
 * Azure DevOps Service Endpoint Check Marx SAST can be imported using **projectID/serviceEndpointID** or **projectName/serviceEndpointID**
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceendpointCheckmarxSast:ServiceendpointCheckmarxSast example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointCheckmarxSast extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointCheckmarxSast resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointCheckmarxSastState, opts?: pulumi.CustomResourceOptions): ServiceendpointCheckmarxSast;
    /**
     * Returns true if the given object is an instance of ServiceendpointCheckmarxSast.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointCheckmarxSast;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The password of the Checkmarx SAST.
     */
    readonly password: pulumi.Output<string>;
    /**
     * Predefined sets of queries that you can select when Creating, Configuring and Branching Projects. Predefined presets are provided by Checkmarx and you can configure your own. You can also import and export presets (on the server).In Service Connection if preset(optional) value is added, then it will igonres Preset available in pipeline and uses preset available in service connection only.If Preset is blank in service connection then it will use pipelines preset.
     */
    readonly preset: pulumi.Output<string | undefined>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The Server URL of the Checkmarx SAST.
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
     * The username of the Checkmarx SAST.
     */
    readonly username: pulumi.Output<string>;
    /**
     * Create a ServiceendpointCheckmarxSast resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointCheckmarxSastArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointCheckmarxSast resources.
 */
export interface ServiceendpointCheckmarxSastState {
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The password of the Checkmarx SAST.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * Predefined sets of queries that you can select when Creating, Configuring and Branching Projects. Predefined presets are provided by Checkmarx and you can configure your own. You can also import and export presets (on the server).In Service Connection if preset(optional) value is added, then it will igonres Preset available in pipeline and uses preset available in service connection only.If Preset is blank in service connection then it will use pipelines preset.
     */
    preset?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The Server URL of the Checkmarx SAST.
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
     * The username of the Checkmarx SAST.
     */
    username?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceendpointCheckmarxSast resource.
 */
export interface ServiceendpointCheckmarxSastArgs {
    /**
     * The Service Endpoint description. Defaults to `Managed by Terraform`.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The password of the Checkmarx SAST.
     */
    password: pulumi.Input<string>;
    /**
     * Predefined sets of queries that you can select when Creating, Configuring and Branching Projects. Predefined presets are provided by Checkmarx and you can configure your own. You can also import and export presets (on the server).In Service Connection if preset(optional) value is added, then it will igonres Preset available in pipeline and uses preset available in service connection only.If Preset is blank in service connection then it will use pipelines preset.
     */
    preset?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The Server URL of the Checkmarx SAST.
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
     * The username of the Checkmarx SAST.
     */
    username: pulumi.Input<string>;
}
