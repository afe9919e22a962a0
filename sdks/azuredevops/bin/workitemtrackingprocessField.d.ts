import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a field for a work item type in a process. This resource adds an existing field to a work item type and allows configuring field-specific settings like default value, required, and read-only status.
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
 *     description: "Example work item type",
 * });
 * const exampleWorkitemtrackingField = new azuredevops.WorkitemtrackingField("example", {
 *     name: "Priority Level",
 *     referenceName: "Custom.PriorityLevel",
 *     type: "string",
 * });
 * const exampleWorkitemtrackingprocessField = new azuredevops.WorkitemtrackingprocessField("example", {
 *     processId: example.id,
 *     workItemTypeId: exampleWorkitemtrackingprocessWorkitemtype.id,
 *     fieldId: exampleWorkitemtrackingField.id,
 *     required: true,
 *     defaultValue: "Medium",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Fields](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/fields?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * Fields can be imported using the complete resource id `process_id/work_item_type_id/field_id`, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingprocessField:WorkitemtrackingprocessField example 00000000-0000-0000-0000-000000000000/MyProcess.CustomWorkItemType/Custom.MyField
 * ```
 */
export declare class WorkitemtrackingprocessField extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessField resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessFieldState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessField;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessField.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessField;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     * Allow setting field value to a group identity. Only applies to identity fields.
     * **Note**: Due to limitations in the downstream API this field is WriteOnly, meaning this field will not trigger a plan difference. Change another field alongside this field in order to trigger a plan difference.
     */
    readonly allowGroups: pulumi.Output<boolean | undefined>;
    /**
     * Indicates the type of customization on this work item. Possible values are `system`, `inherited`, or `custom`.
     */
    readonly customization: pulumi.Output<string>;
    /**
     * The default value of the field.
     */
    readonly defaultValue: pulumi.Output<string | undefined>;
    /**
     * The ID (reference name) of the field. Changing this forces a new field to be created.
     */
    readonly fieldId: pulumi.Output<string>;
    /**
     * Indicates whether the field definition is locked for editing.
     */
    readonly isLocked: pulumi.Output<boolean>;
    /**
     * The ID of the process. Changing this forces a new field to be created.
     */
    readonly processId: pulumi.Output<string>;
    /**
     * If true, the field cannot be edited. Default: `false`.
     */
    readonly readOnly: pulumi.Output<boolean | undefined>;
    /**
     * If true, the field cannot be empty. Default: `false`.
     */
    readonly required: pulumi.Output<boolean | undefined>;
    /**
     * The URL of the field resource.
     */
    readonly url: pulumi.Output<string>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new field to be created.
     */
    readonly workItemTypeId: pulumi.Output<string>;
    /**
     * Create a WorkitemtrackingprocessField resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessFieldArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessField resources.
 */
export interface WorkitemtrackingprocessFieldState {
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     * Allow setting field value to a group identity. Only applies to identity fields.
     * **Note**: Due to limitations in the downstream API this field is WriteOnly, meaning this field will not trigger a plan difference. Change another field alongside this field in order to trigger a plan difference.
     */
    allowGroups?: pulumi.Input<boolean | undefined>;
    /**
     * Indicates the type of customization on this work item. Possible values are `system`, `inherited`, or `custom`.
     */
    customization?: pulumi.Input<string | undefined>;
    /**
     * The default value of the field.
     */
    defaultValue?: pulumi.Input<string | undefined>;
    /**
     * The ID (reference name) of the field. Changing this forces a new field to be created.
     */
    fieldId?: pulumi.Input<string | undefined>;
    /**
     * Indicates whether the field definition is locked for editing.
     */
    isLocked?: pulumi.Input<boolean | undefined>;
    /**
     * The ID of the process. Changing this forces a new field to be created.
     */
    processId?: pulumi.Input<string | undefined>;
    /**
     * If true, the field cannot be edited. Default: `false`.
     */
    readOnly?: pulumi.Input<boolean | undefined>;
    /**
     * If true, the field cannot be empty. Default: `false`.
     */
    required?: pulumi.Input<boolean | undefined>;
    /**
     * The URL of the field resource.
     */
    url?: pulumi.Input<string | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new field to be created.
     */
    workItemTypeId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessField resource.
 */
export interface WorkitemtrackingprocessFieldArgs {
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     * Allow setting field value to a group identity. Only applies to identity fields.
     * **Note**: Due to limitations in the downstream API this field is WriteOnly, meaning this field will not trigger a plan difference. Change another field alongside this field in order to trigger a plan difference.
     */
    allowGroups?: pulumi.Input<boolean | undefined>;
    /**
     * The default value of the field.
     */
    defaultValue?: pulumi.Input<string | undefined>;
    /**
     * The ID (reference name) of the field. Changing this forces a new field to be created.
     */
    fieldId: pulumi.Input<string>;
    /**
     * The ID of the process. Changing this forces a new field to be created.
     */
    processId: pulumi.Input<string>;
    /**
     * If true, the field cannot be edited. Default: `false`.
     */
    readOnly?: pulumi.Input<boolean | undefined>;
    /**
     * If true, the field cannot be empty. Default: `false`.
     */
    required?: pulumi.Input<boolean | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new field to be created.
     */
    workItemTypeId: pulumi.Input<string>;
}
