import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Manages a Maven service endpoint within Azure DevOps, which can be used as a resource in YAML pipelines to connect to a Maven instance.
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
 * const exampleServiceendpointMaven = new azuredevops.ServiceendpointMaven("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "maven-example",
 *     description: "Service Endpoint for 'Maven' (Managed by Terraform)",
 *     url: "https://example.com",
 *     repositoryId: "example",
 *     authenticationToken: {
 *         token: "0000000000000000000000000000000000000000",
 *     },
 * });
 * ```
 *
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
 * const exampleServiceendpointMaven = new azuredevops.ServiceendpointMaven("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "maven-example",
 *     description: "Service Endpoint for 'Maven' (Managed by Terraform)",
 *     url: "https://example.com",
 *     repositoryId: "example",
 *     authenticationBasic: {
 *         username: "username",
 *         password: "password",
 *     },
 * });
 * ```
 *
 * ## Import
 *
 * Azure DevOps Maven Service Connection can be imported using the `projectId/id` or `projectName/id`, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/serviceendpointMaven:ServiceendpointMaven example projectName/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class ServiceendpointMaven extends pulumi.CustomResource {
    /**
     * Get an existing ServiceendpointMaven resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceendpointMavenState, opts?: pulumi.CustomResourceOptions): ServiceendpointMaven;
    /**
     * Returns true if the given object is an instance of ServiceendpointMaven.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ServiceendpointMaven;
    /**
     * A `authenticationBasic` block as documented below.
     */
    readonly authenticationBasic: pulumi.Output<outputs.ServiceendpointMavenAuthenticationBasic | undefined>;
    /**
     * A `authenticationToken` block as documented below.
     */
    readonly authenticationToken: pulumi.Output<outputs.ServiceendpointMavenAuthenticationToken | undefined>;
    readonly authorization: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The Service Endpoint description. Defaults to Managed by Terraform.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The ID of the project. Changing this forces a new Service Connection Maven to be created.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The ID of the server that matches the id element of the `repository/mirror` that Maven tries to connect to.
     */
    readonly repositoryId: pulumi.Output<string>;
    /**
     * The name of the service endpoint. Changing this forces a new Service Connection Maven to be created.
     */
    readonly serviceEndpointName: pulumi.Output<string>;
    /**
     * The URL of the Maven Repository.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Create a ServiceendpointMaven resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ServiceendpointMavenArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ServiceendpointMaven resources.
 */
export interface ServiceendpointMavenState {
    /**
     * A `authenticationBasic` block as documented below.
     */
    authenticationBasic?: pulumi.Input<inputs.ServiceendpointMavenAuthenticationBasic | undefined>;
    /**
     * A `authenticationToken` block as documented below.
     */
    authenticationToken?: pulumi.Input<inputs.ServiceendpointMavenAuthenticationToken | undefined>;
    authorization?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The Service Endpoint description. Defaults to Managed by Terraform.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project. Changing this forces a new Service Connection Maven to be created.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The ID of the server that matches the id element of the `repository/mirror` that Maven tries to connect to.
     */
    repositoryId?: pulumi.Input<string | undefined>;
    /**
     * The name of the service endpoint. Changing this forces a new Service Connection Maven to be created.
     */
    serviceEndpointName?: pulumi.Input<string | undefined>;
    /**
     * The URL of the Maven Repository.
     */
    url?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ServiceendpointMaven resource.
 */
export interface ServiceendpointMavenArgs {
    /**
     * A `authenticationBasic` block as documented below.
     */
    authenticationBasic?: pulumi.Input<inputs.ServiceendpointMavenAuthenticationBasic | undefined>;
    /**
     * A `authenticationToken` block as documented below.
     */
    authenticationToken?: pulumi.Input<inputs.ServiceendpointMavenAuthenticationToken | undefined>;
    /**
     * The Service Endpoint description. Defaults to Managed by Terraform.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project. Changing this forces a new Service Connection Maven to be created.
     */
    projectId: pulumi.Input<string>;
    /**
     * The ID of the server that matches the id element of the `repository/mirror` that Maven tries to connect to.
     */
    repositoryId: pulumi.Input<string>;
    /**
     * The name of the service endpoint. Changing this forces a new Service Connection Maven to be created.
     */
    serviceEndpointName: pulumi.Input<string>;
    /**
     * The URL of the Maven Repository.
     */
    url: pulumi.Input<string>;
}
