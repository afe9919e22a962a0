import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Manages a work item type for a process.
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
 *     color: "#FF5733",
 *     icon: "icon_clipboard",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Work Item Types](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/work-item-types?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * work item types can be imported using the complete resource id `process_id/reference_name`, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingprocessWorkitemtype:WorkitemtrackingprocessWorkitemtype example 00000000-0000-0000-0000-000000000000/MyProcess.CustomWorkItemType
 * ```
 */
export declare class WorkitemtrackingprocessWorkitemtype extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessWorkitemtype resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessWorkitemtypeState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessWorkitemtype;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessWorkitemtype.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessWorkitemtype;
    /**
     * Color hexadecimal code to represent the work item type. Default: "#009ccc"
     */
    readonly color: pulumi.Output<string | undefined>;
    /**
     * Description of the work item type.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Icon to represent the work item type. Default: "iconClipboard"
     */
    readonly icon: pulumi.Output<string | undefined>;
    /**
     * True if the work item type is enabled. Default: true
     */
    readonly isEnabled: pulumi.Output<boolean | undefined>;
    /**
     * Name of work item type. Changing this forces a new work item type to be created.
     */
    readonly name: pulumi.Output<string>;
    /**
     * A `pages` block as defined below.
     */
    readonly pages: pulumi.Output<outputs.WorkitemtrackingprocessWorkitemtypePage[]>;
    /**
     * Reference name of the parent work item type. Changing this forces a new work item type to be created.
     */
    readonly parentWorkItemReferenceName: pulumi.Output<string | undefined>;
    /**
     * The ID of the process the work item type belongs to. Changing this forces a new work item type to be created.
     */
    readonly processId: pulumi.Output<string>;
    /**
     * Reference name of the work item type.
     */
    readonly referenceName: pulumi.Output<string>;
    /**
     * Url of the work item type.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Create a WorkitemtrackingprocessWorkitemtype resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessWorkitemtypeArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessWorkitemtype resources.
 */
export interface WorkitemtrackingprocessWorkitemtypeState {
    /**
     * Color hexadecimal code to represent the work item type. Default: "#009ccc"
     */
    color?: pulumi.Input<string | undefined>;
    /**
     * Description of the work item type.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Icon to represent the work item type. Default: "iconClipboard"
     */
    icon?: pulumi.Input<string | undefined>;
    /**
     * True if the work item type is enabled. Default: true
     */
    isEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Name of work item type. Changing this forces a new work item type to be created.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * A `pages` block as defined below.
     */
    pages?: pulumi.Input<pulumi.Input<inputs.WorkitemtrackingprocessWorkitemtypePage>[] | undefined>;
    /**
     * Reference name of the parent work item type. Changing this forces a new work item type to be created.
     */
    parentWorkItemReferenceName?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process the work item type belongs to. Changing this forces a new work item type to be created.
     */
    processId?: pulumi.Input<string | undefined>;
    /**
     * Reference name of the work item type.
     */
    referenceName?: pulumi.Input<string | undefined>;
    /**
     * Url of the work item type.
     */
    url?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessWorkitemtype resource.
 */
export interface WorkitemtrackingprocessWorkitemtypeArgs {
    /**
     * Color hexadecimal code to represent the work item type. Default: "#009ccc"
     */
    color?: pulumi.Input<string | undefined>;
    /**
     * Description of the work item type.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Icon to represent the work item type. Default: "iconClipboard"
     */
    icon?: pulumi.Input<string | undefined>;
    /**
     * True if the work item type is enabled. Default: true
     */
    isEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Name of work item type. Changing this forces a new work item type to be created.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Reference name of the parent work item type. Changing this forces a new work item type to be created.
     */
    parentWorkItemReferenceName?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process the work item type belongs to. Changing this forces a new work item type to be created.
     */
    processId: pulumi.Input<string>;
}
