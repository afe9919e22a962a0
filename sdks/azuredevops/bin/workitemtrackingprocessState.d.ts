import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a state for a work item type.
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
 *     name: "example",
 * });
 * const exampleWorkitemtrackingprocessState = new azuredevops.WorkitemtrackingprocessState("example", {
 *     processId: example.id,
 *     workItemTypeId: exampleWorkitemtrackingprocessWorkitemtype.referenceName,
 *     name: "Ready",
 *     color: "#5688E0",
 *     stateCategory: "Proposed",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - States](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/states?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * States can be imported using the complete resource id `process_id/work_item_type_id/state_id`, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingprocessState:WorkitemtrackingprocessState example 00000000-0000-0000-0000-000000000000/MyProcess.CustomWorkItemType/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class WorkitemtrackingprocessState extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessState resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessStateState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessState;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessState.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessState;
    /**
     * Color hexadecimal code to represent the state, e.g. `#b2b2b2`.
     */
    readonly color: pulumi.Output<string>;
    /**
     * Name of the state. Changing this forces a new state to be created.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Order within the category where the state should appear.
     */
    readonly order: pulumi.Output<number>;
    /**
     * The ID of the process. Changing this forces a new state to be created.
     */
    readonly processId: pulumi.Output<string>;
    /**
     * Category of the state. Valid values: `Proposed`, `InProgress`, `Resolved`, `Completed`, `Removed`.
     */
    readonly stateCategory: pulumi.Output<string>;
    /**
     * URL of the state.
     */
    readonly url: pulumi.Output<string>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new state to be created.
     */
    readonly workItemTypeId: pulumi.Output<string>;
    /**
     * Create a WorkitemtrackingprocessState resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessStateArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessState resources.
 */
export interface WorkitemtrackingprocessStateState {
    /**
     * Color hexadecimal code to represent the state, e.g. `#b2b2b2`.
     */
    color?: pulumi.Input<string | undefined>;
    /**
     * Name of the state. Changing this forces a new state to be created.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Order within the category where the state should appear.
     */
    order?: pulumi.Input<number | undefined>;
    /**
     * The ID of the process. Changing this forces a new state to be created.
     */
    processId?: pulumi.Input<string | undefined>;
    /**
     * Category of the state. Valid values: `Proposed`, `InProgress`, `Resolved`, `Completed`, `Removed`.
     */
    stateCategory?: pulumi.Input<string | undefined>;
    /**
     * URL of the state.
     */
    url?: pulumi.Input<string | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new state to be created.
     */
    workItemTypeId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessState resource.
 */
export interface WorkitemtrackingprocessStateArgs {
    /**
     * Color hexadecimal code to represent the state, e.g. `#b2b2b2`.
     */
    color: pulumi.Input<string>;
    /**
     * Name of the state. Changing this forces a new state to be created.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Order within the category where the state should appear.
     */
    order?: pulumi.Input<number | undefined>;
    /**
     * The ID of the process. Changing this forces a new state to be created.
     */
    processId: pulumi.Input<string>;
    /**
     * Category of the state. Valid values: `Proposed`, `InProgress`, `Resolved`, `Completed`, `Removed`.
     */
    stateCategory: pulumi.Input<string>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new state to be created.
     */
    workItemTypeId: pulumi.Input<string>;
}
