import * as pulumi from "@pulumi/pulumi";
/**
 * Manages inherited page customizations for a work item type.
 *
 * Inherited pages are pages that exist in the parent process template and are inherited by derived processes.
 *
 * > **Note:** When the resource is deleted, the page reverts to its inherited state rather than being removed.
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
 * // Relabel the Details page
 * const exampleWorkitemtrackingprocessInheritedPage = new azuredevops.WorkitemtrackingprocessInheritedPage("example", {
 *     processId: example.id,
 *     workItemTypeId: exampleWorkitemtrackingprocessWorkitemtype.referenceName,
 *     pageId: exampleWorkitemtrackingprocessWorkitemtype.pages.apply(pages => pages[0].id),
 *     label: "Custom Details",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Pages](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/pages?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * Inherited page customizations can be imported using the complete resource id `process_id/work_item_type_id/page_id`, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingprocessInheritedPage:WorkitemtrackingprocessInheritedPage example 00000000-0000-0000-0000-000000000000/MyProcess.CustomWorkItemType/page-id
 * ```
 */
export declare class WorkitemtrackingprocessInheritedPage extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessInheritedPage resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessInheritedPageState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessInheritedPage;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessInheritedPage.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessInheritedPage;
    /**
     * Label for the page.
     */
    readonly label: pulumi.Output<string>;
    /**
     * The ID of the inherited page to customize. Changing this forces a new resource to be created.
     */
    readonly pageId: pulumi.Output<string>;
    /**
     * The ID of the process. Changing this forces a new resource to be created.
     */
    readonly processId: pulumi.Output<string>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new resource to be created.
     */
    readonly workItemTypeId: pulumi.Output<string>;
    /**
     * Create a WorkitemtrackingprocessInheritedPage resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessInheritedPageArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessInheritedPage resources.
 */
export interface WorkitemtrackingprocessInheritedPageState {
    /**
     * Label for the page.
     */
    label?: pulumi.Input<string | undefined>;
    /**
     * The ID of the inherited page to customize. Changing this forces a new resource to be created.
     */
    pageId?: pulumi.Input<string | undefined>;
    /**
     * The ID of the process. Changing this forces a new resource to be created.
     */
    processId?: pulumi.Input<string | undefined>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new resource to be created.
     */
    workItemTypeId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessInheritedPage resource.
 */
export interface WorkitemtrackingprocessInheritedPageArgs {
    /**
     * Label for the page.
     */
    label: pulumi.Input<string>;
    /**
     * The ID of the inherited page to customize. Changing this forces a new resource to be created.
     */
    pageId: pulumi.Input<string>;
    /**
     * The ID of the process. Changing this forces a new resource to be created.
     */
    processId: pulumi.Input<string>;
    /**
     * The ID (reference name) of the work item type. Changing this forces a new resource to be created.
     */
    workItemTypeId: pulumi.Input<string>;
}
