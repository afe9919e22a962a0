import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Manages a rule for a work item type in a process. Rules define conditions and actions that are triggered during work item lifecycle events.
 *
 * ## Example Usage
 *
 * ### Basic Rule
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
 * const exampleWorkitemtrackingprocessRule = new azuredevops.WorkitemtrackingprocessRule("example", {
 *     processId: example.id,
 *     workItemTypeId: exampleWorkitemtrackingprocessWorkitemtype.referenceName,
 *     name: "Require Title When New",
 *     conditions: [{
 *         conditionType: "when",
 *         field: "System.State",
 *         value: "New",
 *     }],
 *     actions: [{
 *         actionType: "makeRequired",
 *         targetField: "System.Title",
 *     }],
 * });
 * ```
 *
 * ### Group Membership Condition
 *
 * The `whenCurrentUserIsMemberOfGroup` and `whenCurrentUserIsNotMemberOfGroup` conditions require a group entitlement ID.
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.GroupEntitlement("example", {displayName: "example-group"});
 * const groupMembership = new azuredevops.WorkitemtrackingprocessRule("group_membership", {
 *     processId: exampleAzuredevopsWorkitemtrackingprocessProcess.id,
 *     workItemTypeId: exampleAzuredevopsWorkitemtrackingprocessWorkitemtype.referenceName,
 *     name: "Require Title for Group Members",
 *     conditions: [{
 *         conditionType: "whenCurrentUserIsMemberOfGroup",
 *         value: example.id,
 *     }],
 *     actions: [{
 *         actionType: "makeRequired",
 *         targetField: "System.Title",
 *     }],
 * });
 * ```
 *
 * ### Disallow Value Action
 *
 * The `disallowValue` action must target `System.State` and be paired with a `whenWas` condition on `System.State`.
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const disallowValue = new azuredevops.WorkitemtrackingprocessRule("disallow_value", {
 *     processId: example.id,
 *     workItemTypeId: exampleAzuredevopsWorkitemtrackingprocessWorkitemtype.referenceName,
 *     name: "Prevent Closing from New",
 *     conditions: [{
 *         conditionType: "whenWas",
 *         field: "System.State",
 *         value: "New",
 *     }],
 *     actions: [{
 *         actionType: "disallowValue",
 *         targetField: "System.State",
 *         value: "Closed",
 *     }],
 * });
 * ```
 *
 * ### Hide Target Field Action
 *
 * The `hideTargetField` action requires group membership conditions.
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.GroupEntitlement("example", {displayName: "example-group"});
 * const custom = new azuredevops.WorkitemtrackingField("custom", {
 *     name: "Custom Field",
 *     referenceName: "Custom.Field",
 *     type: "string",
 * });
 * const customWorkitemtrackingprocessField = new azuredevops.WorkitemtrackingprocessField("custom", {
 *     processId: exampleAzuredevopsWorkitemtrackingprocessProcess.id,
 *     workItemTypeId: exampleAzuredevopsWorkitemtrackingprocessWorkitemtype.id,
 *     fieldId: custom.id,
 * });
 * const hideField = new azuredevops.WorkitemtrackingprocessRule("hide_field", {
 *     processId: exampleAzuredevopsWorkitemtrackingprocessProcess.id,
 *     workItemTypeId: exampleAzuredevopsWorkitemtrackingprocessWorkitemtype.referenceName,
 *     name: "Hide Custom Field for Non-Members",
 *     conditions: [{
 *         conditionType: "whenCurrentUserIsNotMemberOfGroup",
 *         value: example.id,
 *     }],
 *     actions: [{
 *         actionType: "hideTargetField",
 *         targetField: customWorkitemtrackingprocessField.fieldId,
 *     }],
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Rules](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/rules?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * Rules can be imported using the complete resource id `process_id/work_item_type_id/rule_id`, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingprocessRule:WorkitemtrackingprocessRule example 00000000-0000-0000-0000-000000000000/MyProcess.CustomWorkItemType/11111111-1111-1111-1111-111111111111
 * ```
 */
export declare class WorkitemtrackingprocessRule extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessRuleState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessRule;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessRule.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessRule;
    /**
     * One or more `action` blocks as defined below.
     */
    readonly actions: pulumi.Output<outputs.WorkitemtrackingprocessRuleAction[]>;
    /**
     * One or more `condition` blocks as defined below.
     */
    readonly conditions: pulumi.Output<outputs.WorkitemtrackingprocessRuleCondition[]>;
    /**
     * Indicates if the rule is enabled. Default: `true`
     */
    readonly isEnabled: pulumi.Output<boolean | undefined>;
    /**
     * Name of the rule.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The ID of the process. Changing this forces a new rule to be created.
     */
    readonly processId: pulumi.Output<string>;
    /**
     * URL of the rule resource.
     */
    readonly url: pulumi.Output<string>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new rule to be created.
     */
    readonly workItemTypeId: pulumi.Output<string>;
    /**
     * Create a WorkitemtrackingprocessRule resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessRuleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessRule resources.
 */
export interface WorkitemtrackingprocessRuleState {
    /**
     * One or more `action` blocks as defined below.
     */
    actions?: pulumi.Input<pulumi.Input<inputs.WorkitemtrackingprocessRuleAction>[] | undefined>;
    /**
     * One or more `condition` blocks as defined below.
     */
    conditions?: pulumi.Input<pulumi.Input<inputs.WorkitemtrackingprocessRuleCondition>[] | undefined>;
    /**
     * Indicates if the rule is enabled. Default: `true`
     */
    isEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Name of the rule.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process. Changing this forces a new rule to be created.
     */
    processId?: pulumi.Input<string | undefined>;
    /**
     * URL of the rule resource.
     */
    url?: pulumi.Input<string | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new rule to be created.
     */
    workItemTypeId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessRule resource.
 */
export interface WorkitemtrackingprocessRuleArgs {
    /**
     * One or more `action` blocks as defined below.
     */
    actions: pulumi.Input<pulumi.Input<inputs.WorkitemtrackingprocessRuleAction>[]>;
    /**
     * One or more `condition` blocks as defined below.
     */
    conditions: pulumi.Input<pulumi.Input<inputs.WorkitemtrackingprocessRuleCondition>[]>;
    /**
     * Indicates if the rule is enabled. Default: `true`
     */
    isEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Name of the rule.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process. Changing this forces a new rule to be created.
     */
    processId: pulumi.Input<string>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new rule to be created.
     */
    workItemTypeId: pulumi.Input<string>;
}
