import * as pulumi from "@pulumi/pulumi";
/**
 * Manages an organization-scoped list for work item tracking processes.
 *
 * > **Note** Lists are organization-scoped resources, not process-specific. They can be referenced by custom fields across multiple processes.
 *
 * ## Example Usage
 *
 * ### String List
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.WorkitemtrackingprocessList("example", {
 *     name: "Priority Levels",
 *     items: [
 *         "Low",
 *         "Medium",
 *         "High",
 *         "Critical",
 *     ],
 * });
 * ```
 *
 * ### Integer List
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.WorkitemtrackingprocessList("example", {
 *     name: "Story Points",
 *     type: "integer",
 *     items: [
 *         "1",
 *         "2",
 *         "3",
 *         "5",
 *         "8",
 *         "13",
 *         "21",
 *     ],
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Lists](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/lists?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * Lists can be imported using the list ID, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingprocessList:WorkitemtrackingprocessList example 00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class WorkitemtrackingprocessList extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessList resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessListState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessList;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessList.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessList;
    /**
     * Indicates whether items outside of the suggested list are allowed. Defaults to `false`.
     */
    readonly isSuggested: pulumi.Output<boolean | undefined>;
    /**
     * A list of items.
     */
    readonly items: pulumi.Output<string[]>;
    /**
     * Name of the list.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Data type of the list. Valid values: `string`, `integer`. Defaults to `string`. Changing this forces a new resource to be created.
     */
    readonly type: pulumi.Output<string | undefined>;
    /**
     * URL of the list.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Create a WorkitemtrackingprocessList resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessListArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessList resources.
 */
export interface WorkitemtrackingprocessListState {
    /**
     * Indicates whether items outside of the suggested list are allowed. Defaults to `false`.
     */
    isSuggested?: pulumi.Input<boolean | undefined>;
    /**
     * A list of items.
     */
    items?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Name of the list.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Data type of the list. Valid values: `string`, `integer`. Defaults to `string`. Changing this forces a new resource to be created.
     */
    type?: pulumi.Input<string | undefined>;
    /**
     * URL of the list.
     */
    url?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessList resource.
 */
export interface WorkitemtrackingprocessListArgs {
    /**
     * Indicates whether items outside of the suggested list are allowed. Defaults to `false`.
     */
    isSuggested?: pulumi.Input<boolean | undefined>;
    /**
     * A list of items.
     */
    items: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Name of the list.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Data type of the list. Valid values: `string`, `integer`. Defaults to `string`. Changing this forces a new resource to be created.
     */
    type?: pulumi.Input<string | undefined>;
}
