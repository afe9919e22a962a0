import * as pulumi from "@pulumi/pulumi";
/**
 * Manages extension within Azure DevOps organization.
 *
 * ## Example Usage
 *
 * ### Install Extension
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = new azuredevops.Extension("example", {
 *     extensionId: "extension ID",
 *     publisherId: "publisher ID",
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Extension Management](https://learn.microsoft.com/en-us/rest/api/azure/devops/extensionmanagement/installed-extensions?view=azure-devops-rest-7.1)
 *
 * ## Import
 *
 * Azure DevOps Extension can be imported using the publisher ID and extension ID:
 *
 * ```sh
 * $ pulumi import azuredevops:index/extension:Extension example publisherId/extensionId
 * ```
 */
export declare class Extension extends pulumi.CustomResource {
    /**
     * Get an existing Extension resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ExtensionState, opts?: pulumi.CustomResourceOptions): Extension;
    /**
     * Returns true if the given object is an instance of Extension.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Extension;
    /**
     * Whether to disable the extension.
     */
    readonly disabled: pulumi.Output<boolean>;
    /**
     * The Azure DevOps Marketplace extension identifier, for example `vss-code-search`.
     */
    readonly extensionId: pulumi.Output<string>;
    /**
     * The name of the extension.
     */
    readonly extensionName: pulumi.Output<string>;
    /**
     * The Azure DevOps Marketplace publisher identifier, for example `ms`.
     */
    readonly publisherId: pulumi.Output<string>;
    /**
     * The name of the publisher.
     */
    readonly publisherName: pulumi.Output<string>;
    /**
     * List of all oauth scopes required by this extension.
     */
    readonly scopes: pulumi.Output<string[]>;
    /**
     * The version of the extension.
     */
    readonly version: pulumi.Output<string>;
    /**
     * Create a Extension resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ExtensionArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Extension resources.
 */
export interface ExtensionState {
    /**
     * Whether to disable the extension.
     */
    disabled?: pulumi.Input<boolean | undefined>;
    /**
     * The Azure DevOps Marketplace extension identifier, for example `vss-code-search`.
     */
    extensionId?: pulumi.Input<string | undefined>;
    /**
     * The name of the extension.
     */
    extensionName?: pulumi.Input<string | undefined>;
    /**
     * The Azure DevOps Marketplace publisher identifier, for example `ms`.
     */
    publisherId?: pulumi.Input<string | undefined>;
    /**
     * The name of the publisher.
     */
    publisherName?: pulumi.Input<string | undefined>;
    /**
     * List of all oauth scopes required by this extension.
     */
    scopes?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The version of the extension.
     */
    version?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a Extension resource.
 */
export interface ExtensionArgs {
    /**
     * Whether to disable the extension.
     */
    disabled?: pulumi.Input<boolean | undefined>;
    /**
     * The Azure DevOps Marketplace extension identifier, for example `vss-code-search`.
     */
    extensionId: pulumi.Input<string>;
    /**
     * The Azure DevOps Marketplace publisher identifier, for example `ms`.
     */
    publisherId: pulumi.Input<string>;
    /**
     * The version of the extension.
     */
    version?: pulumi.Input<string | undefined>;
}
