import * as pulumi from "@pulumi/pulumi";
/**
 * Manages a Build Folder.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.Project("example", {
 *     name: "Example Project",
 *     visibility: "private",
 *     versionControl: "Git",
 *     workItemTemplate: "Agile",
 * });
 * const exampleBuildFolder = new azuredevops.BuildFolder("example", {
 *     projectId: example.id,
 *     path: "\\ExampleFolder",
 *     description: "ExampleFolder description",
 * });
 * ```
 *
 * ## Import
 *
 * Build Folders can be imported using the `project name/path` or `project id/path`, e.g.
 *
 * ```sh
 * terraform import azuredevops_build_folder.example "Example Project/\\ExampleFolder"
 * ```
 *
 * or
 *
 * ```sh
 * $ pulumi import azuredevops:index/buildFolder:BuildFolder example 00000000-0000-0000-0000-000000000000/\\ExampleFolder
 * ```
 */
export declare class BuildFolder extends pulumi.CustomResource {
    /**
     * Get an existing BuildFolder resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: BuildFolderState, opts?: pulumi.CustomResourceOptions): BuildFolder;
    /**
     * Returns true if the given object is an instance of BuildFolder.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is BuildFolder;
    /**
     * Folder Description.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The folder path.
     */
    readonly path: pulumi.Output<string>;
    /**
     * The ID of the project in which the folder will be created.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Create a BuildFolder resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: BuildFolderArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering BuildFolder resources.
 */
export interface BuildFolderState {
    /**
     * Folder Description.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The folder path.
     */
    path?: pulumi.Input<string | undefined>;
    /**
     * The ID of the project in which the folder will be created.
     */
    projectId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a BuildFolder resource.
 */
export interface BuildFolderArgs {
    /**
     * Folder Description.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The folder path.
     */
    path: pulumi.Input<string>;
    /**
     * The ID of the project in which the folder will be created.
     */
    projectId: pulumi.Input<string>;
}
