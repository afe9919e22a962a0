import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a system control customization for a work item type.
 *
 * System controls are built-in controls like Area Path, Iteration Path, and Reason that can have their visibility and label customized. Unlike regular controls, system controls cannot be removed - only their display properties can be modified.
 *
 * > **Note:** This resource modifies system controls. When the resource is deleted, the system control reverts to its default state rather than being removed.
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
 * const exampleWorkitemtrackingprocessSystemControl = new azuredevops.WorkitemtrackingprocessSystemControl("example", {
 *     processId: example.id,
 *     workItemTypeId: exampleWorkitemtrackingprocessWorkitemtype.referenceName,
 *     controlId: "System.AreaPath",
 *     visible: false,
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - System Controls](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/system-controls?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * System control customizations can be imported using the complete resource id `process_id/work_item_type_id/control_id`, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingprocessSystemControl:WorkitemtrackingprocessSystemControl example 00000000-0000-0000-0000-000000000000/MyProcess.CustomWorkItemType/System.AreaPath
 * ```
 */
export declare class WorkitemtrackingprocessSystemControl extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessSystemControl resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessSystemControlState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessSystemControl;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessSystemControl.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessSystemControl;
    /**
     * The ID of the system control (e.g., `System.AreaPath`, `System.IterationPath`, `System.Reason`). Changing this forces a new resource to be created.
     */
    readonly controlId: pulumi.Output<string>;
    /**
     * Type of the control.
     */
    readonly controlType: pulumi.Output<string>;
    /**
     * Label for the control.
     */
    readonly label: pulumi.Output<string>;
    /**
     * The ID of the process. Changing this forces a new resource to be created.
     */
    readonly processId: pulumi.Output<string>;
    /**
     * Whether the control is read-only.
     */
    readonly readOnly: pulumi.Output<boolean>;
    /**
     * Whether the control should be visible. Defaults to `true`.
     */
    readonly visible: pulumi.Output<boolean | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new resource to be created.
     */
    readonly workItemTypeId: pulumi.Output<string>;
    /**
     * Create a WorkitemtrackingprocessSystemControl resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessSystemControlArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessSystemControl resources.
 */
export interface WorkitemtrackingprocessSystemControlState {
    /**
     * The ID of the system control (e.g., `System.AreaPath`, `System.IterationPath`, `System.Reason`). Changing this forces a new resource to be created.
     */
    controlId?: pulumi.Input<string | undefined>;
    /**
     * Type of the control.
     */
    controlType?: pulumi.Input<string | undefined>;
    /**
     * Label for the control.
     */
    label?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process. Changing this forces a new resource to be created.
     */
    processId?: pulumi.Input<string | undefined>;
    /**
     * Whether the control is read-only.
     */
    readOnly?: pulumi.Input<boolean | undefined>;
    /**
     * Whether the control should be visible. Defaults to `true`.
     */
    visible?: pulumi.Input<boolean | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new resource to be created.
     */
    workItemTypeId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessSystemControl resource.
 */
export interface WorkitemtrackingprocessSystemControlArgs {
    /**
     * The ID of the system control (e.g., `System.AreaPath`, `System.IterationPath`, `System.Reason`). Changing this forces a new resource to be created.
     */
    controlId: pulumi.Input<string>;
    /**
     * Label for the control.
     */
    label?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process. Changing this forces a new resource to be created.
     */
    processId: pulumi.Input<string>;
    /**
     * Whether the control should be visible. Defaults to `true`.
     */
    visible?: pulumi.Input<boolean | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new resource to be created.
     */
    workItemTypeId: pulumi.Input<string>;
}
