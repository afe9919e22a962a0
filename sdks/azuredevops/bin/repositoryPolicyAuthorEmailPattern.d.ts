import * as pulumi from "@pulumi/pulumi";
/**
 * Manage author email pattern repository policy within Azure DevOps project.
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
 *     description: "Managed by Pulumi",
 * });
 * const exampleGit = new azuredevops.Git("example", {
 *     projectId: example.id,
 *     name: "Example Repository",
 *     initialization: {
 *         initType: "Clean",
 *     },
 * });
 * const exampleRepositoryPolicyAuthorEmailPattern = new azuredevops.RepositoryPolicyAuthorEmailPattern("example", {
 *     projectId: example.id,
 *     enabled: true,
 *     blocking: true,
 *     authorEmailPatterns: [
 *         "user1@test.com",
 *         "user2@test.com",
 *     ],
 *     repositoryIds: [exampleGit.id],
 * });
 * ```
 *
 * ## Set project level repository policy
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
 *     description: "Managed by Pulumi",
 * });
 * const exampleRepositoryPolicyAuthorEmailPattern = new azuredevops.RepositoryPolicyAuthorEmailPattern("example", {
 *     projectId: example.id,
 *     enabled: true,
 *     blocking: true,
 *     authorEmailPatterns: [
 *         "user1@test.com",
 *         "user2@test.com",
 *     ],
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Policy Configurations](https://docs.microsoft.com/en-us/rest/api/azure/devops/policy/configurations?view=azure-devops-rest-7.0)
 *
 * ## Import
 *
 * Azure DevOps Branch Policies can be imported using the project ID and policy configuration ID:
 *
 * ```sh
 * $ pulumi import azuredevops:index/repositoryPolicyAuthorEmailPattern:RepositoryPolicyAuthorEmailPattern example 00000000-0000-0000-0000-000000000000/0
 * ```
 */
export declare class RepositoryPolicyAuthorEmailPattern extends pulumi.CustomResource {
    /**
     * Get an existing RepositoryPolicyAuthorEmailPattern resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: RepositoryPolicyAuthorEmailPatternState, opts?: pulumi.CustomResourceOptions): RepositoryPolicyAuthorEmailPattern;
    /**
     * Returns true if the given object is an instance of RepositoryPolicyAuthorEmailPattern.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is RepositoryPolicyAuthorEmailPattern;
    /**
     * Block pushes with a commit author email that does not match the patterns. You can specify exact emails or use wildcards.
     *
     * ~>**NOTE:** Email patterns prefixed with `!` are excluded. Order is important.
     */
    readonly authorEmailPatterns: pulumi.Output<string[]>;
    /**
     * A flag indicating if the policy should be blocking. Defaults to `true`.
     */
    readonly blocking: pulumi.Output<boolean | undefined>;
    /**
     * A flag indicating if the policy should be enabled. Defaults to `true`.
     */
    readonly enabled: pulumi.Output<boolean | undefined>;
    /**
     * The ID of the project in which the policy will be created.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Control whether the policy is enabled for the repository or the project. If `repositoryIds` not configured, the policy will be set to the project.
     */
    readonly repositoryIds: pulumi.Output<string[] | undefined>;
    /**
     * Create a RepositoryPolicyAuthorEmailPattern resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: RepositoryPolicyAuthorEmailPatternArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering RepositoryPolicyAuthorEmailPattern resources.
 */
export interface RepositoryPolicyAuthorEmailPatternState {
    /**
     * Block pushes with a commit author email that does not match the patterns. You can specify exact emails or use wildcards.
     *
     * ~>**NOTE:** Email patterns prefixed with `!` are excluded. Order is important.
     */
    authorEmailPatterns?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * A flag indicating if the policy should be blocking. Defaults to `true`.
     */
    blocking?: pulumi.Input<boolean | undefined>;
    /**
     * A flag indicating if the policy should be enabled. Defaults to `true`.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * The ID of the project in which the policy will be created.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * Control whether the policy is enabled for the repository or the project. If `repositoryIds` not configured, the policy will be set to the project.
     */
    repositoryIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
/**
 * The set of arguments for constructing a RepositoryPolicyAuthorEmailPattern resource.
 */
export interface RepositoryPolicyAuthorEmailPatternArgs {
    /**
     * Block pushes with a commit author email that does not match the patterns. You can specify exact emails or use wildcards.
     *
     * ~>**NOTE:** Email patterns prefixed with `!` are excluded. Order is important.
     */
    authorEmailPatterns: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * A flag indicating if the policy should be blocking. Defaults to `true`.
     */
    blocking?: pulumi.Input<boolean | undefined>;
    /**
     * A flag indicating if the policy should be enabled. Defaults to `true`.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * The ID of the project in which the policy will be created.
     */
    projectId: pulumi.Input<string>;
    /**
     * Control whether the policy is enabled for the repository or the project. If `repositoryIds` not configured, the policy will be set to the project.
     */
    repositoryIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
