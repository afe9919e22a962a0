import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a process.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const customAgile = new azuredevops.WorkitemtrackingprocessProcess("custom_agile", {
 *     name: "custom_agile",
 *     parentProcessTypeId: "adcc42ab-9882-485e-a3ed-7678f01f66bc",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Processes](https://learn.microsoft.com/en-us/rest/api/azure/devops/processes/processes?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * A process can be imported using the process id, e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/workitemtrackingprocessProcess:WorkitemtrackingprocessProcess example 00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class WorkitemtrackingprocessProcess extends pulumi.CustomResource {
    /**
     * Get an existing WorkitemtrackingprocessProcess resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkitemtrackingprocessProcessState, opts?: pulumi.CustomResourceOptions): WorkitemtrackingprocessProcess;
    /**
     * Returns true if the given object is an instance of WorkitemtrackingprocessProcess.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WorkitemtrackingprocessProcess;
    /**
     * Indicates the type of customization on this process. System Process is default process. Inherited Process is modified process that was System process before.
     */
    readonly customizationType: pulumi.Output<string>;
    /**
     * Description of the process. Default: ""
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Is the process default? Default: false
     */
    readonly isDefault: pulumi.Output<boolean | undefined>;
    /**
     * Is the process enabled? Default: true
     */
    readonly isEnabled: pulumi.Output<boolean | undefined>;
    /**
     * Name of the process.
     */
    readonly name: pulumi.Output<string>;
    /**
     * ID of the parent process. Changing this forces a new process to be created.
     */
    readonly parentProcessTypeId: pulumi.Output<string>;
    /**
     * Reference name of process being created. If not specified, server will assign a unique reference name. Changing this forces a new process to be created.
     */
    readonly referenceName: pulumi.Output<string>;
    /**
     * Create a WorkitemtrackingprocessProcess resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WorkitemtrackingprocessProcessArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WorkitemtrackingprocessProcess resources.
 */
export interface WorkitemtrackingprocessProcessState {
    /**
     * Indicates the type of customization on this process. System Process is default process. Inherited Process is modified process that was System process before.
     */
    customizationType?: pulumi.Input<string | undefined>;
    /**
     * Description of the process. Default: ""
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Is the process default? Default: false
     */
    isDefault?: pulumi.Input<boolean | undefined>;
    /**
     * Is the process enabled? Default: true
     */
    isEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Name of the process.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * ID of the parent process. Changing this forces a new process to be created.
     */
    parentProcessTypeId?: pulumi.Input<string | undefined>;
    /**
     * Reference name of process being created. If not specified, server will assign a unique reference name. Changing this forces a new process to be created.
     */
    referenceName?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WorkitemtrackingprocessProcess resource.
 */
export interface WorkitemtrackingprocessProcessArgs {
    /**
     * Description of the process. Default: ""
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Is the process default? Default: false
     */
    isDefault?: pulumi.Input<boolean | undefined>;
    /**
     * Is the process enabled? Default: true
     */
    isEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Name of the process.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * ID of the parent process. Changing this forces a new process to be created.
     */
    parentProcessTypeId: pulumi.Input<string>;
    /**
     * Reference name of process being created. If not specified, server will assign a unique reference name. Changing this forces a new process to be created.
     */
    referenceName?: pulumi.Input<string | undefined>;
}
