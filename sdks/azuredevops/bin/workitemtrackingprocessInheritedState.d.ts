import * as pulumi from "@pulumi/pulumi";
/**
 * Manage a state inherited from an inherited work item type.
 *
 * > **Note:** When the resource is deleted, the state is reverted to default inherited state.
 *
 * > **Note:** Only inherited states can be managed by this resource. Use `azuredevops.WorkitemtrackingprocessState` to manage custom states.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.WorkitemtrackingprocessProcess("example", {
 *     name: "example-process",
 *     parentProcessTypeId: "adcc42ab-9882-485e-a3ed-7678f01f66bc",
 * });
 * const exampleWorkitemtrackingprocessWorkitemtype = new azuredevops.WorkitemtrackingprocessWorkitemtype("example", {
 *     processId: example.id,
 *     name: "Bug",
 *     parentWorkItemReferenceName: "Microsoft.VSTS.WorkItemTypes.Bug",
 * });
 * // Hide an inherited state
 * const exampleWorkitemtrackingprocessInheritedState = new azuredevops.WorkitemtrackingprocessInheritedState("example", {
 *     processId: example.id,
 *     workItemTypeId: exampleWorkitemtrackingprocessWorkitemtype.referenceName,
 *     name: "New",
 *     visible: false,
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - States](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/states?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * Inherited states can be imported using the complete resource id `process_id/work_item_type_id/name`, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingprocessInheritedState:WorkitemtrackingprocessInheritedState example 00000000-0000-0000-0000-000000000000/MyProcess.CustomWorkItemType/New
 * ```
 */
export declare class WorkitemtrackingprocessInheritedState extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessInheritedState resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessInheritedStateState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessInheritedState;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessInheritedState.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessInheritedState;
    /**
     * Name of the inherited state to manage. This is used to look up the state and must match an existing inherited state name. Changing this forces a new resource to be created.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The ID of the process. Changing this forces a new resource to be created.
     */
    readonly processId: pulumi.Output<string>;
    /**
     * Whether the state is visible.
     */
    readonly visible: pulumi.Output<boolean>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new resource to be created.
     */
    readonly workItemTypeId: pulumi.Output<string>;
    /**
     * Create a WorkitemtrackingprocessInheritedState resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessInheritedStateArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessInheritedState resources.
 */
export interface WorkitemtrackingprocessInheritedStateState {
    /**
     * Name of the inherited state to manage. This is used to look up the state and must match an existing inherited state name. Changing this forces a new resource to be created.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process. Changing this forces a new resource to be created.
     */
    processId?: pulumi.Input<string | undefined>;
    /**
     * Whether the state is visible.
     */
    visible?: pulumi.Input<boolean | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new resource to be created.
     */
    workItemTypeId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessInheritedState resource.
 */
export interface WorkitemtrackingprocessInheritedStateArgs {
    /**
     * Name of the inherited state to manage. This is used to look up the state and must match an existing inherited state name. Changing this forces a new resource to be created.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process. Changing this forces a new resource to be created.
     */
    processId: pulumi.Input<string>;
    /**
     * Whether the state is visible.
     */
    visible?: pulumi.Input<boolean | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new resource to be created.
     */
    workItemTypeId: pulumi.Input<string>;
}
