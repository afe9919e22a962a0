import * as pulumi from "@pulumi/pulumi";
/**
 * Manages an inherited control customization for a work item type.
 *
 * Inherited controls are controls that exist in the parent process template and are inherited by derived processes. This resource allows you to customize inherited controls.
 *
 * > **Note:** This resource customizes inherited controls. When the resource is deleted, the control reverts to its inherited state rather than being removed.
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
 * // Customize the first control in the first group
 * const exampleWorkitemtrackingprocessInheritedControl = new azuredevops.WorkitemtrackingprocessInheritedControl("example", {
 *     processId: example.id,
 *     workItemTypeId: exampleWorkitemtrackingprocessWorkitemtype.referenceName,
 *     groupId: exampleWorkitemtrackingprocessWorkitemtype.pages.apply(pages => pages[0].sections?.[0]?.groups?.[0]?.id),
 *     controlId: exampleWorkitemtrackingprocessWorkitemtype.pages.apply(pages => pages[0].sections?.[0]?.groups?.[0]?.controls?.[0]?.id),
 *     visible: false,
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Controls](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/controls?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * Inherited control customizations can be imported using the complete resource id `process_id/work_item_type_id/group_id/control_id`, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingprocessInheritedControl:WorkitemtrackingprocessInheritedControl example 00000000-0000-0000-0000-000000000000/MyProcess.CustomWorkItemType/group-id/System.Title
 * ```
 */
export declare class WorkitemtrackingprocessInheritedControl extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessInheritedControl resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessInheritedControlState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessInheritedControl;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessInheritedControl.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessInheritedControl;
    /**
     * The ID of the inherited control to customize. Changing this forces a new resource to be created.
     */
    readonly controlId: pulumi.Output<string>;
    /**
     * The ID of the group containing the control. Changing this forces a new resource to be created.
     */
    readonly groupId: pulumi.Output<string>;
    /**
     * Label for the control.
     */
    readonly label: pulumi.Output<string>;
    /**
     * The ID of the process. Changing this forces a new resource to be created.
     */
    readonly processId: pulumi.Output<string>;
    /**
     * Whether the control should be visible.
     */
    readonly visible: pulumi.Output<boolean>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new resource to be created.
     */
    readonly workItemTypeId: pulumi.Output<string>;
    /**
     * Create a WorkitemtrackingprocessInheritedControl resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessInheritedControlArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessInheritedControl resources.
 */
export interface WorkitemtrackingprocessInheritedControlState {
    /**
     * The ID of the inherited control to customize. Changing this forces a new resource to be created.
     */
    controlId?: pulumi.Input<string | undefined>;
    /**
     * The ID of the group containing the control. Changing this forces a new resource to be created.
     */
    groupId?: pulumi.Input<string | undefined>;
    /**
     * Label for the control.
     */
    label?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process. Changing this forces a new resource to be created.
     */
    processId?: pulumi.Input<string | undefined>;
    /**
     * Whether the control should be visible.
     */
    visible?: pulumi.Input<boolean | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new resource to be created.
     */
    workItemTypeId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessInheritedControl resource.
 */
export interface WorkitemtrackingprocessInheritedControlArgs {
    /**
     * The ID of the inherited control to customize. Changing this forces a new resource to be created.
     */
    controlId: pulumi.Input<string>;
    /**
     * The ID of the group containing the control. Changing this forces a new resource to be created.
     */
    groupId: pulumi.Input<string>;
    /**
     * Label for the control.
     */
    label?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process. Changing this forces a new resource to be created.
     */
    processId: pulumi.Input<string>;
    /**
     * Whether the control should be visible.
     */
    visible?: pulumi.Input<boolean | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new resource to be created.
     */
    workItemTypeId: pulumi.Input<string>;
}
