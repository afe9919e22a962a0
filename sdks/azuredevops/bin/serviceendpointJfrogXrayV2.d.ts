import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Manages an JFrog XRay V2 service endpoint within an Azure DevOps organization.
 *
 * > **Note:** Using this service endpoint requires you to first install [JFrog Extension](https://marketplace.visualstudio.com/items?itemName=JFrog.jfrog-azure-devops-extension).
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
 * const exampleServiceendpointJfrogXrayV2 = new azuredevops.ServiceendpointJfrogXrayV2("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example Artifactory",
 *     description: "Managed by Pulumi",
 *     url: "https://artifactory.my.com",
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
 * const exampleServiceendpointJfrogXrayV2 = new azuredevops.ServiceendpointJfrogXrayV2("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example Artifactory",
 *     description: "Managed by Pulumi",
 *     url: "https://artifactory.my.com",
 *     authenticationBasic: {
 *         username: "username",
 *         password: "password",
 *     },
 * });
 * ```
 *
 * ## Relevant Links
 *
 * * [Azure DevOps Service Connections](https://docs.microsoft.com/en-us/azure/devops/pipelines/library/service-endpoints?view=azure-devops&tabs=yaml)
 * * [Artifactory User Token](https://docs.artifactory.org/latest/user-guide/user-token/)
 *
 * ## Import
 *
 * Azure DevOps JFrog Platform V2 Service Endpoint can be imported using the **projectID/serviceEndpointID**, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceendpointJfrogXrayV2:ServiceendpointJfrogXrayV2 example 00000000-0000-0000-0000-000000000000/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointJfrogXrayV2 extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointJfrogXrayV2 resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointJfrogXrayV2State, opts?: pulumi.CustomResourceOptions): ServiceendpointJfrogXrayV2;
    /**
     * Returns true if the given object is an instance of ServiceendpointJfrogXrayV2.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointJfrogXrayV2;
    /**
     * An `authenticationBasic` block as documented below.
     */
    readonly authenticationBasic: pulumi.Output<outputs.ServiceendpointJfrogXrayV2AuthenticationBasic | undefined>;
    /**
     * An `authenticationToken` block as documented below.
     */
    readonly authenticationToken: pulumi.Output<outputs.ServiceendpointJfrogXrayV2AuthenticationToken | undefined>;
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
     * URL of the Artifactory server to connect with.
     *
     * > **NOTE:** URL should not end in a slash character.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Create a ServiceendpointJfrogXrayV2 resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointJfrogXrayV2Args, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointJfrogXrayV2 resources.
 */
export interface ServiceendpointJfrogXrayV2State {
    /**
     * An `authenticationBasic` block as documented below.
     */
    authenticationBasic?: pulumi.Input<inputs.ServiceendpointJfrogXrayV2AuthenticationBasic | undefined>;
    /**
     * An `authenticationToken` block as documented below.
     */
    authenticationToken?: pulumi.Input<inputs.ServiceendpointJfrogXrayV2AuthenticationToken | undefined>;
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
     * URL of the Artifactory server to connect with.
     *
     * > **NOTE:** URL should not end in a slash character.
     */
    url?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceendpointJfrogXrayV2 resource.
 */
export interface ServiceendpointJfrogXrayV2Args {
    /**
     * An `authenticationBasic` block as documented below.
     */
    authenticationBasic?: pulumi.Input<inputs.ServiceendpointJfrogXrayV2AuthenticationBasic | undefined>;
    /**
     * An `authenticationToken` block as documented below.
     */
    authenticationToken?: pulumi.Input<inputs.ServiceendpointJfrogXrayV2AuthenticationToken | undefined>;
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
     * URL of the Artifactory server to connect with.
     *
     * > **NOTE:** URL should not end in a slash character.
     */
    url: pulumi.Input<string>;
}
