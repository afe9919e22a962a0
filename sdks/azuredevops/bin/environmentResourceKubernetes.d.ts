import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a Kubernetes Resource for an Environment.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.Project("example", {
 *     name: "Example Project",
 *     workItemTemplate: "Agile",
 *     versionControl: "Git",
 *     visibility: "private",
 *     description: "Managed by Pulumi",
 * });
 * const exampleEnvironment = new azuredevops.Environment("example", {
 *     projectId: example.id,
 *     name: "Example Environment",
 * });
 * const exampleServiceEndpointKubernetes = new azuredevops.ServiceEndpointKubernetes("example", {
 *     projectId: example.id,
 *     serviceEndpointName: "Example Kubernetes",
 *     apiserverUrl: "https://sample-kubernetes-cluster.hcp.westeurope.azmk8s.io",
 *     authorizationType: "AzureSubscription",
 *     azureSubscriptions: [{
 *         subscriptionId: "00000000-0000-0000-0000-000000000000",
 *         subscriptionName: "Example",
 *         tenantId: "00000000-0000-0000-0000-000000000000",
 *         resourcegroupId: "example-rg",
 *         namespace: "default",
 *         clusterName: "example-aks",
 *     }],
 * });
 * const exampleEnvironmentResourceKubernetes = new azuredevops.EnvironmentResourceKubernetes("example", {
 *     projectId: example.id,
 *     environmentId: exampleEnvironment.id.apply(x =>Number(x)),
 *     serviceEndpointId: exampleServiceEndpointKubernetes.id,
 *     name: "Example",
 *     namespace: "default",
 *     clusterName: "example-aks",
 *     tags: [
 *         "tag1",
 *         "tag2",
 *     ],
 * });
 * ```
 *
 * ## Relevant Links
 *
 * * [Azure DevOps Service REST API 6.0 - Kubernetes](https://docs.microsoft.com/en-us/rest/api/azure/devops/distributedtask/kubernetes?view=azure-devops-rest-6.0)
 *
 * ## Import
 *
 * The resource does not support import.
 */
export declare class EnvironmentResourceKubernetes extends pulumi.CustomResource {
    /**
     * Get an existing EnvironmentResourceKubernetes resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: EnvironmentResourceKubernetesState, opts?: pulumi.CustomResourceOptions): EnvironmentResourceKubernetes;
    /**
     * Returns true if the given object is an instance of EnvironmentResourceKubernetes.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is EnvironmentResourceKubernetes;
    /**
     * A cluster name for the Kubernetes Resource.
     */
    readonly clusterName: pulumi.Output<string | undefined>;
    /**
     * The ID of the environment under which to create the Kubernetes Resource.
     */
    readonly environmentId: pulumi.Output<number>;
    /**
     * The name for the Kubernetes Resource.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The namespace for the Kubernetes Resource.
     */
    readonly namespace: pulumi.Output<string>;
    /**
     * The ID of the project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The ID of the service endpoint to associate with the Kubernetes Resource.
     */
    readonly serviceEndpointId: pulumi.Output<string>;
    /**
     * A set of tags for the Kubernetes Resource.
     */
    readonly tags: pulumi.Output<string[] | undefined>;
    /**
     * Create a EnvironmentResourceKubernetes resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: EnvironmentResourceKubernetesArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering EnvironmentResourceKubernetes resources.
 */
export interface EnvironmentResourceKubernetesState {
    /**
     * A cluster name for the Kubernetes Resource.
     */
    clusterName?: pulumi.Input<string | undefined>;
    /**
     * The ID of the environment under which to create the Kubernetes Resource.
     */
    environmentId?: pulumi.Input<number | undefined>;
    /**
     * The name for the Kubernetes Resource.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The namespace for the Kubernetes Resource.
     */
    namespace?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The ID of the service endpoint to associate with the Kubernetes Resource.
     */
    serviceEndpointId?: pulumi.Input<string | undefined>;
    /**
     * A set of tags for the Kubernetes Resource.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
/**
 * The set of arguments for constructing a EnvironmentResourceKubernetes resource.
 */
export interface EnvironmentResourceKubernetesArgs {
    /**
     * A cluster name for the Kubernetes Resource.
     */
    clusterName?: pulumi.Input<string | undefined>;
    /**
     * The ID of the environment under which to create the Kubernetes Resource.
     */
    environmentId: pulumi.Input<number>;
    /**
     * The name for the Kubernetes Resource.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The namespace for the Kubernetes Resource.
     */
    namespace: pulumi.Input<string>;
    /**
     * The ID of the project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The ID of the service endpoint to associate with the Kubernetes Resource.
     */
    serviceEndpointId: pulumi.Input<string>;
    /**
     * A set of tags for the Kubernetes Resource.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
