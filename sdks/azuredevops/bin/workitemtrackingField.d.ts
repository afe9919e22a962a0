import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Manages a work item field in Azure DevOps.
 *
 * > **Note:** Custom fields are created at the organization level, not the project level. The Azure DevOps API does not support project-scoped custom fields.
 *
 * ## Example Usage
 *
 * ### Basic Field
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.WorkitemtrackingField("example", {
 *     name: "My Custom Field",
 *     referenceName: "Custom.MyCustomField",
 *     type: "string",
 * });
 * ```
 *
 * ### Restore a Deleted Field
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const restored = new azuredevops.WorkitemtrackingField("restored", {
 *     name: "Restored Field",
 *     referenceName: "Custom.RestoredField",
 *     type: "string",
 *     restore: true,
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Fields](https://learn.microsoft.com/en-us/rest/api/azure/devops/wit/fields?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * Fields can be imported using the reference name:
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingField:WorkitemtrackingField example Custom.MyCustomField
 * ```
 */
export declare class WorkitemtrackingField extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingField resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingFieldState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingField;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingField.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingField;
    /**
     * Indicates whether the field can be sorted in server queries.
     */
    readonly canSortBy: pulumi.Output<boolean>;
    /**
     * The description of the field. Changing this forces a new field to be created.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Indicates whether this field is an identity field.
     */
    readonly isIdentity: pulumi.Output<boolean>;
    /**
     * Indicates whether this field is locked for editing. Default: `false`.
     */
    readonly isLocked: pulumi.Output<boolean | undefined>;
    /**
     * Indicates whether this field is a picklist.
     */
    readonly isPicklist: pulumi.Output<boolean>;
    /**
     * Indicates whether this field is a suggested picklist.
     *
     * > **Note:** This field is kept for backwards compatibility, it should never be set as it is determined by the optional list referenced by `picklistId`
     */
    readonly isPicklistSuggested: pulumi.Output<boolean>;
    /**
     * Indicates whether the field can be queried in the server.
     */
    readonly isQueryable: pulumi.Output<boolean>;
    /**
     * The friendly name of the field. Changing this forces a new field to be created.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The identifier of the picklist associated with this field, if applicable. Changing this forces a new field to be created.
     */
    readonly picklistId: pulumi.Output<string | undefined>;
    /**
     * Indicates whether the field is read-only. Default: `false`. Changing this forces a new field to be created.
     */
    readonly readOnly: pulumi.Output<boolean | undefined>;
    /**
     * The reference name of the field (e.g., `Custom.MyField`). Changing this forces a new field to be created.
     */
    readonly referenceName: pulumi.Output<string>;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     * Set to `true` to restore a previously deleted field instead of creating a new one. When set to `true`, the resource will attempt to restore the field with the specified `referenceName`.
     */
    readonly restore: pulumi.Output<boolean | undefined>;
    /**
     * The supported operations on this field. A `supportedOperations` block as defined below.
     */
    readonly supportedOperations: pulumi.Output<outputs.WorkitemtrackingFieldSupportedOperation[]>;
    /**
     * The type of the field. Possible values: `string`, `integer`, `dateTime`, `plainText`, `html`, `treePath`, `history`, `double`, `guid`, `boolean`, `identity`. Changing this forces a new field to be created.
     */
    readonly type: pulumi.Output<string>;
    /**
     * The URL of the field resource.
     */
    readonly url: pulumi.Output<string>;
    /**
     * The usage of the field. Possible values: `none`, `workItem`, `workItemLink`, `tree`, `workItemTypeExtension`. Default: `workItem`. Changing this forces a new field to be created.
     */
    readonly usage: pulumi.Output<string | undefined>;
    /**
     * Create a WorkitemtrackingField resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingFieldArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingField resources.
 */
export interface WorkitemtrackingFieldState {
    /**
     * Indicates whether the field can be sorted in server queries.
     */
    canSortBy?: pulumi.Input<boolean | undefined>;
    /**
     * The description of the field. Changing this forces a new field to be created.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Indicates whether this field is an identity field.
     */
    isIdentity?: pulumi.Input<boolean | undefined>;
    /**
     * Indicates whether this field is locked for editing. Default: `false`.
     */
    isLocked?: pulumi.Input<boolean | undefined>;
    /**
     * Indicates whether this field is a picklist.
     */
    isPicklist?: pulumi.Input<boolean | undefined>;
    /**
     * Indicates whether this field is a suggested picklist.
     *
     * > **Note:** This field is kept for backwards compatibility, it should never be set as it is determined by the optional list referenced by `picklistId`
     */
    isPicklistSuggested?: pulumi.Input<boolean | undefined>;
    /**
     * Indicates whether the field can be queried in the server.
     */
    isQueryable?: pulumi.Input<boolean | undefined>;
    /**
     * The friendly name of the field. Changing this forces a new field to be created.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The identifier of the picklist associated with this field, if applicable. Changing this forces a new field to be created.
     */
    picklistId?: pulumi.Input<string | undefined>;
    /**
     * Indicates whether the field is read-only. Default: `false`. Changing this forces a new field to be created.
     */
    readOnly?: pulumi.Input<boolean | undefined>;
    /**
     * The reference name of the field (e.g., `Custom.MyField`). Changing this forces a new field to be created.
     */
    referenceName?: pulumi.Input<string | undefined>;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     * Set to `true` to restore a previously deleted field instead of creating a new one. When set to `true`, the resource will attempt to restore the field with the specified `referenceName`.
     */
    restore?: pulumi.Input<boolean | undefined>;
    /**
     * The supported operations on this field. A `supportedOperations` block as defined below.
     */
    supportedOperations?: pulumi.Input<pulumi.Input<inputs.WorkitemtrackingFieldSupportedOperation>[] | undefined>;
    /**
     * The type of the field. Possible values: `string`, `integer`, `dateTime`, `plainText`, `html`, `treePath`, `history`, `double`, `guid`, `boolean`, `identity`. Changing this forces a new field to be created.
     */
    type?: pulumi.Input<string | undefined>;
    /**
     * The URL of the field resource.
     */
    url?: pulumi.Input<string | undefined>;
    /**
     * The usage of the field. Possible values: `none`, `workItem`, `workItemLink`, `tree`, `workItemTypeExtension`. Default: `workItem`. Changing this forces a new field to be created.
     */
    usage?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingField resource.
 */
export interface WorkitemtrackingFieldArgs {
    /**
     * The description of the field. Changing this forces a new field to be created.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Indicates whether this field is locked for editing. Default: `false`.
     */
    isLocked?: pulumi.Input<boolean | undefined>;
    /**
     * Indicates whether this field is a suggested picklist.
     *
     * > **Note:** This field is kept for backwards compatibility, it should never be set as it is determined by the optional list referenced by `picklistId`
     */
    isPicklistSuggested?: pulumi.Input<boolean | undefined>;
    /**
     * The friendly name of the field. Changing this forces a new field to be created.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The identifier of the picklist associated with this field, if applicable. Changing this forces a new field to be created.
     */
    picklistId?: pulumi.Input<string | undefined>;
    /**
     * Indicates whether the field is read-only. Default: `false`. Changing this forces a new field to be created.
     */
    readOnly?: pulumi.Input<boolean | undefined>;
    /**
     * The reference name of the field (e.g., `Custom.MyField`). Changing this forces a new field to be created.
     */
    referenceName: pulumi.Input<string>;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     * Set to `true` to restore a previously deleted field instead of creating a new one. When set to `true`, the resource will attempt to restore the field with the specified `referenceName`.
     */
    restore?: pulumi.Input<boolean | undefined>;
    /**
     * The type of the field. Possible values: `string`, `integer`, `dateTime`, `plainText`, `html`, `treePath`, `history`, `double`, `guid`, `boolean`, `identity`. Changing this forces a new field to be created.
     */
    type: pulumi.Input<string>;
    /**
     * The usage of the field. Possible values: `none`, `workItem`, `workItemLink`, `tree`, `workItemTypeExtension`. Default: `workItem`. Changing this forces a new field to be created.
     */
    usage?: pulumi.Input<string | undefined>;
}
