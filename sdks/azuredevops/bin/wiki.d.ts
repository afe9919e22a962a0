import * as pulumi from "@pulumi/pulumi";
/**
 * Manages Wikis within Azure DevOps project.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.Project("example", {
 *     name: "Example Project",
 *     description: "Managed by Pulumi",
 * });
 * const exampleGit = new azuredevops.Git("example", {
 *     projectId: example.id,
 *     name: "Example Repository",
 *     initialization: {
 *         initType: "Clean",
 *     },
 * });
 * const exampleWiki = new azuredevops.Wiki("example", {
 *     name: "Example project wiki ",
 *     projectId: example.id,
 *     type: "projectWiki",
 * });
 * const example2 = new azuredevops.Wiki("example2", {
 *     name: "Example wiki in repository",
 *     projectId: example.id,
 *     repositoryId: exampleGit.id,
 *     version: "main",
 *     type: "codeWiki",
 *     mappedPath: "/",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Wiki ](https://learn.microsoft.com/en-us/rest/api/azure/devops/wiki/wikis?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * Azure DevOps Wiki can be imported using the `id`
 *
 * ```sh
 * $ pulumi import azuredevops:index/wiki:Wiki wiki 00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class Wiki extends pulumi.CustomResource {
    /**
     * Get an existing Wiki resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WikiState, opts?: pulumi.CustomResourceOptions): Wiki;
    /**
     * Returns true if the given object is an instance of Wiki.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Wiki;
    /**
     * Folder path inside repository which is shown as Wiki.
     */
    readonly mappedPath: pulumi.Output<string>;
    /**
     * The name of the Wiki.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The ID of the Project.
     */
    readonly projectId: pulumi.Output<string | undefined>;
    /**
     * The remote web url to the wiki.
     */
    readonly remoteUrl: pulumi.Output<string>;
    /**
     * The ID of the repository.
     */
    readonly repositoryId: pulumi.Output<string>;
    /**
     * The type of the wiki. Possible values are `codeWiki`, `projectWiki`.
     */
    readonly type: pulumi.Output<string>;
    /**
     * The REST url for this wiki.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Version of the wiki.
     */
    readonly version: pulumi.Output<string>;
    /**
     * Create a Wiki resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WikiArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Wiki resources.
 */
export interface WikiState {
    /**
     * Folder path inside repository which is shown as Wiki.
     */
    mappedPath?: pulumi.Input<string | undefined>;
    /**
     * The name of the Wiki.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the Project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The remote web url to the wiki.
     */
    remoteUrl?: pulumi.Input<string | undefined>;
    /**
     * The ID of the repository.
     */
    repositoryId?: pulumi.Input<string | undefined>;
    /**
     * The type of the wiki. Possible values are `codeWiki`, `projectWiki`.
     */
    type?: pulumi.Input<string | undefined>;
    /**
     * The REST url for this wiki.
     */
    url?: pulumi.Input<string | undefined>;
    /**
     * Version of the wiki.
     */
    version?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a Wiki resource.
 */
export interface WikiArgs {
    /**
     * Folder path inside repository which is shown as Wiki.
     */
    mappedPath?: pulumi.Input<string | undefined>;
    /**
     * The name of the Wiki.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the Project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The ID of the repository.
     */
    repositoryId?: pulumi.Input<string | undefined>;
    /**
     * The type of the wiki. Possible values are `codeWiki`, `projectWiki`.
     */
    type: pulumi.Input<string>;
    /**
     * Version of the wiki.
     */
    version?: pulumi.Input<string | undefined>;
}
