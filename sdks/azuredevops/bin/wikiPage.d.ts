import * as pulumi from "@pulumi/pulumi";
/**
 * Manages Wiki pages within Azure DevOps project.
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
 * const exampleWiki = new azuredevops.Wiki("example", {
 *     projectId: example.id,
 *     name: "Example project wiki ",
 *     type: "projectWiki",
 * });
 * const exampleWikiPage = new azuredevops.WikiPage("example", {
 *     projectId: example.id,
 *     wikiId: exampleWiki.id,
 *     path: "/page",
 *     content: "content",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Wiki Page](https://learn.microsoft.com/en-us/rest/api/azure/devops/wiki/pages?view=azure-devops-rest-7.1)
 */
export declare class WikiPage extends pulumi.CustomResource {
    /**
     * Get an existing WikiPage resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WikiPageState, opts?: pulumi.CustomResourceOptions): WikiPage;
    /**
     * Returns true if the given object is an instance of WikiPage.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is WikiPage;
    /**
     * The content of the wiki page.
     */
    readonly content: pulumi.Output<string>;
    readonly etag: pulumi.Output<string>;
    /**
     * The path of the wiki page.
     */
    readonly path: pulumi.Output<string>;
    /**
     * The ID of the Project.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * The ID of the Wiki.
     */
    readonly wikiId: pulumi.Output<string>;
    /**
     * Create a WikiPage resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: WikiPageArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering WikiPage resources.
 */
export interface WikiPageState {
    /**
     * The content of the wiki page.
     */
    content?: pulumi.Input<string | undefined>;
    etag?: pulumi.Input<string | undefined>;
    /**
     * The path of the wiki page.
     */
    path?: pulumi.Input<string | undefined>;
    /**
     * The ID of the Project.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * The ID of the Wiki.
     */
    wikiId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a WikiPage resource.
 */
export interface WikiPageArgs {
    /**
     * The content of the wiki page.
     */
    content: pulumi.Input<string>;
    etag?: pulumi.Input<string | undefined>;
    /**
     * The path of the wiki page.
     */
    path: pulumi.Input<string>;
    /**
     * The ID of the Project.
     */
    projectId: pulumi.Input<string>;
    /**
     * The ID of the Wiki.
     */
    wikiId: pulumi.Input<string>;
}
