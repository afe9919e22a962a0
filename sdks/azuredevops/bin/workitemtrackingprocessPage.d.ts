import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Manages a page in the work item form layout for a work item type.
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
 * const exampleWorkitemtrackingprocessPage = new azuredevops.WorkitemtrackingprocessPage("example", {
 *     processId: example.id,
 *     workItemTypeId: exampleWorkitemtrackingprocessWorkitemtype.id,
 *     label: "Custom Page",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Pages](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/pages?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * Pages can be imported using the complete resource id `process_id/work_item_type_id/page_id`, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingprocessPage:WorkitemtrackingprocessPage example 00000000-0000-0000-0000-000000000000/MyProcess.CustomWorkItemType/page-id
 * ```
 */
export declare class WorkitemtrackingprocessPage extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessPage resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessPageState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessPage;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessPage.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessPage;
    /**
     * The label for the page.
     */
    readonly label: pulumi.Output<string>;
    /**
     * Order in which the page should appear in the layout.
     */
    readonly order: pulumi.Output<number>;
    /**
     * The ID of the process. Changing this forces a new page to be created.
     */
    readonly processId: pulumi.Output<string>;
    /**
     * The sections of the page. A `sections` block as defined below.
     */
    readonly sections: pulumi.Output<outputs.WorkitemtrackingprocessPageSection[]>;
    /**
     * A value indicating if the page should be visible or not. Default: `true`
     */
    readonly visible: pulumi.Output<boolean | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new page to be created.
     */
    readonly workItemTypeId: pulumi.Output<string>;
    /**
     * Create a WorkitemtrackingprocessPage resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessPageArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessPage resources.
 */
export interface WorkitemtrackingprocessPageState {
    /**
     * The label for the page.
     */
    label?: pulumi.Input<string | undefined>;
    /**
     * Order in which the page should appear in the layout.
     */
    order?: pulumi.Input<number | undefined>;
    /**
     * The ID of the process. Changing this forces a new page to be created.
     */
    processId?: pulumi.Input<string | undefined>;
    /**
     * The sections of the page. A `sections` block as defined below.
     */
    sections?: pulumi.Input<pulumi.Input<inputs.WorkitemtrackingprocessPageSection>[] | undefined>;
    /**
     * A value indicating if the page should be visible or not. Default: `true`
     */
    visible?: pulumi.Input<boolean | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new page to be created.
     */
    workItemTypeId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessPage resource.
 */
export interface WorkitemtrackingprocessPageArgs {
    /**
     * The label for the page.
     */
    label: pulumi.Input<string>;
    /**
     * Order in which the page should appear in the layout.
     */
    order?: pulumi.Input<number | undefined>;
    /**
     * The ID of the process. Changing this forces a new page to be created.
     */
    processId: pulumi.Input<string>;
    /**
     * A value indicating if the page should be visible or not. Default: `true`
     */
    visible?: pulumi.Input<boolean | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new page to be created.
     */
    workItemTypeId: pulumi.Input<string>;
}
