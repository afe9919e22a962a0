import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Manages a control within a group for a work item type. Controls can be field controls or contribution controls (extensions).
 *
 * ## Example Usage
 *
 * ### Basic Field Control
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
 * const exampleWorkitemtrackingprocessGroup = new azuredevops.WorkitemtrackingprocessGroup("example", {
 *     processId: example.id,
 *     workItemTypeReferenceName: exampleWorkitemtrackingprocessWorkitemtype.referenceName,
 *     pageId: exampleWorkitemtrackingprocessWorkitemtype.pages.apply(pages => pages[0].id),
 *     sectionId: exampleWorkitemtrackingprocessWorkitemtype.pages.apply(pages => pages[0].sections?.[0]?.id),
 *     label: "Custom Group",
 * });
 * const exampleWorkitemtrackingprocessControl = new azuredevops.WorkitemtrackingprocessControl("example", {
 *     processId: example.id,
 *     workItemTypeReferenceName: exampleWorkitemtrackingprocessWorkitemtype.referenceName,
 *     groupId: exampleWorkitemtrackingprocessGroup.id,
 *     controlId: "System.Title",
 *     label: "Title",
 * });
 * ```
 *
 * ### Contribution Control (Extension)
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
 * const exampleWorkitemtrackingprocessGroup = new azuredevops.WorkitemtrackingprocessGroup("example", {
 *     processId: example.id,
 *     workItemTypeReferenceName: exampleWorkitemtrackingprocessWorkitemtype.referenceName,
 *     pageId: exampleWorkitemtrackingprocessWorkitemtype.pages.apply(pages => pages[0].id),
 *     sectionId: exampleWorkitemtrackingprocessWorkitemtype.pages.apply(pages => pages[0].sections?.[0]?.id),
 *     label: "Custom Group",
 * });
 * const exampleWorkitemtrackingprocessControl = new azuredevops.WorkitemtrackingprocessControl("example", {
 *     processId: example.id,
 *     workItemTypeReferenceName: exampleWorkitemtrackingprocessWorkitemtype.referenceName,
 *     groupId: exampleWorkitemtrackingprocessGroup.id,
 *     controlId: "MultiValueControl",
 *     isContribution: true,
 *     contribution: {
 *         contributionId: "ms-devlabs.vsts-extensions-multivalue-control.multivalue-form-control",
 *         height: 50,
 *         inputs: {
 *             FieldName: "System.Tags",
 *             Values: "Option1;Option2;Option3",
 *         },
 *     },
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Controls](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/controls?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * Controls can be imported using the complete resource id `process_id/work_item_type_reference_name/group_id/control_id`, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingprocessControl:WorkitemtrackingprocessControl example 00000000-0000-0000-0000-000000000000/MyProcess.CustomWorkItemType/group-id/System.Title
 * ```
 */
export declare class WorkitemtrackingprocessControl extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessControl resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessControlState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessControl;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessControl.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessControl;
    /**
     * Contribution configuration for extension controls. A `contribution` block as defined below.
     */
    readonly contribution: pulumi.Output<outputs.WorkitemtrackingprocessControlContribution | undefined>;
    /**
     * The ID for the control. For field controls, this is the field reference name. Changing this forces a new control to be created.
     */
    readonly controlId: pulumi.Output<string>;
    /**
     * The type of the control (e.g., FieldControl, HtmlFieldControl, DateTimeControl).
     */
    readonly controlType: pulumi.Output<string>;
    /**
     * The ID of the group to add the control to. Changing this moves the control to the new group.
     */
    readonly groupId: pulumi.Output<string>;
    /**
     * A value indicating whether this layout node has been inherited from a parent layout.
     */
    readonly inherited: pulumi.Output<boolean>;
    /**
     * A value indicating if the control is a contribution (extension) control. Default: `false`
     */
    readonly isContribution: pulumi.Output<boolean | undefined>;
    /**
     * Label for the control.
     */
    readonly label: pulumi.Output<string>;
    /**
     * Inner text of the control.
     */
    readonly metadata: pulumi.Output<string>;
    /**
     * Order in which the control should appear in its group.
     */
    readonly order: pulumi.Output<number>;
    /**
     * A value indicating whether this layout node has been overridden by a child layout.
     */
    readonly overridden: pulumi.Output<boolean>;
    /**
     * The ID of the process. Changing this forces a new control to be created.
     */
    readonly processId: pulumi.Output<string>;
    /**
     * A value indicating if the control is readonly. Default: `false`
     */
    readonly readOnly: pulumi.Output<boolean | undefined>;
    /**
     * A value indicating if the control should be visible or not. Default: `true`
     */
    readonly visible: pulumi.Output<boolean | undefined>;
    /**
     * Watermark text for the textbox.
     */
    readonly watermark: pulumi.Output<string>;
    /**
     * The reference name of the work item type. Changing this forces a new control to be created.
     */
    readonly workItemTypeReferenceName: pulumi.Output<string>;
    /**
     * Create a WorkitemtrackingprocessControl resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessControlArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessControl resources.
 */
export interface WorkitemtrackingprocessControlState {
    /**
     * Contribution configuration for extension controls. A `contribution` block as defined below.
     */
    contribution?: pulumi.Input<inputs.WorkitemtrackingprocessControlContribution | undefined>;
    /**
     * The ID for the control. For field controls, this is the field reference name. Changing this forces a new control to be created.
     */
    controlId?: pulumi.Input<string | undefined>;
    /**
     * The type of the control (e.g., FieldControl, HtmlFieldControl, DateTimeControl).
     */
    controlType?: pulumi.Input<string | undefined>;
    /**
     * The ID of the group to add the control to. Changing this moves the control to the new group.
     */
    groupId?: pulumi.Input<string | undefined>;
    /**
     * A value indicating whether this layout node has been inherited from a parent layout.
     */
    inherited?: pulumi.Input<boolean | undefined>;
    /**
     * A value indicating if the control is a contribution (extension) control. Default: `false`
     */
    isContribution?: pulumi.Input<boolean | undefined>;
    /**
     * Label for the control.
     */
    label?: pulumi.Input<string | undefined>;
    /**
     * Inner text of the control.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Order in which the control should appear in its group.
     */
    order?: pulumi.Input<number | undefined>;
    /**
     * A value indicating whether this layout node has been overridden by a child layout.
     */
    overridden?: pulumi.Input<boolean | undefined>;
    /**
     * The ID of the process. Changing this forces a new control to be created.
     */
    processId?: pulumi.Input<string | undefined>;
    /**
     * A value indicating if the control is readonly. Default: `false`
     */
    readOnly?: pulumi.Input<boolean | undefined>;
    /**
     * A value indicating if the control should be visible or not. Default: `true`
     */
    visible?: pulumi.Input<boolean | undefined>;
    /**
     * Watermark text for the textbox.
     */
    watermark?: pulumi.Input<string | undefined>;
    /**
     * The reference name of the work item type. Changing this forces a new control to be created.
     */
    workItemTypeReferenceName?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessControl resource.
 */
export interface WorkitemtrackingprocessControlArgs {
    /**
     * Contribution configuration for extension controls. A `contribution` block as defined below.
     */
    contribution?: pulumi.Input<inputs.WorkitemtrackingprocessControlContribution | undefined>;
    /**
     * The ID for the control. For field controls, this is the field reference name. Changing this forces a new control to be created.
     */
    controlId: pulumi.Input<string>;
    /**
     * The ID of the group to add the control to. Changing this moves the control to the new group.
     */
    groupId: pulumi.Input<string>;
    /**
     * A value indicating if the control is a contribution (extension) control. Default: `false`
     */
    isContribution?: pulumi.Input<boolean | undefined>;
    /**
     * Label for the control.
     */
    label?: pulumi.Input<string | undefined>;
    /**
     * Inner text of the control.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Order in which the control should appear in its group.
     */
    order?: pulumi.Input<number | undefined>;
    /**
     * The ID of the process. Changing this forces a new control to be created.
     */
    processId: pulumi.Input<string>;
    /**
     * A value indicating if the control is readonly. Default: `false`
     */
    readOnly?: pulumi.Input<boolean | undefined>;
    /**
     * A value indicating if the control should be visible or not. Default: `true`
     */
    visible?: pulumi.Input<boolean | undefined>;
    /**
     * Watermark text for the textbox.
     */
    watermark?: pulumi.Input<string | undefined>;
    /**
     * The reference name of the work item type. Changing this forces a new control to be created.
     */
    workItemTypeReferenceName: pulumi.Input<string>;
}
