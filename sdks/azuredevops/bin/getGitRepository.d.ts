import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about a **single** (existing) Git Repository within Azure DevOps.
 * To read information about **multiple** Git Repositories use the data source `azuredevops.getRepositories`
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getProject({
 *     name: "Example Project",
 * });
 * // Load a specific Git repository by name
 * const example_single_repo = example.then(example => azuredevops.getGitRepository({
 *     projectId: example.id,
 *     name: "Example Repository",
 * }));
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Git API](https://docs.microsoft.com/en-us/rest/api/azure/devops/git/?view=azure-devops-rest-7.0)
 */
export declare function getGitRepository(args: GetGitRepositoryArgs, opts?: pulumi.InvokeOptions): Promise<GetGitRepositoryResult>;
/**
 * A collection of arguments for invoking getGitRepository.
 */
export interface GetGitRepositoryArgs {
    /**
     * The Name of the Git repository to retrieve
     */
    name: string;
    /**
     * The ID of project to list Git repositories
     */
    projectId: string;
}
/**
 * A collection of values returned by getGitRepository.
 */
export interface GetGitRepositoryResult {
    /**
     * The ref of the default branch.
     */
    readonly defaultBranch: string;
    /**
     * Indicates whether the repository is disabled.
     */
    readonly disabled: boolean;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    readonly isFork: boolean;
    /**
     * The name of the Git repository.
     */
    readonly name: string;
    /**
     * Project identifier to which the Git repository belongs.
     */
    readonly projectId: string;
    /**
     * HTTPS Url to clone the Git repository
     */
    readonly remoteUrl: string;
    /**
     * Compressed size (bytes) of the repository.
     */
    readonly size: number;
    /**
     * SSH Url to clone the Git repository
     */
    readonly sshUrl: string;
    /**
     * The details REST API endpoint for the Git Repository.
     */
    readonly url: string;
    /**
     * The Url of the Git repository web view
     */
    readonly webUrl: string;
}
/**
 * Use this data source to access information about a **single** (existing) Git Repository within Azure DevOps.
 * To read information about **multiple** Git Repositories use the data source `azuredevops.getRepositories`
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getProject({
 *     name: "Example Project",
 * });
 * // Load a specific Git repository by name
 * const example_single_repo = example.then(example => azuredevops.getGitRepository({
 *     projectId: example.id,
 *     name: "Example Repository",
 * }));
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Git API](https://docs.microsoft.com/en-us/rest/api/azure/devops/git/?view=azure-devops-rest-7.0)
 */
export declare function getGitRepositoryOutput(args: GetGitRepositoryOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetGitRepositoryResult>;
/**
 * A collection of arguments for invoking getGitRepository.
 */
export interface GetGitRepositoryOutputArgs {
    /**
     * The Name of the Git repository to retrieve
     */
    name: pulumi.Input<string>;
    /**
     * The ID of project to list Git repositories
     */
    projectId: pulumi.Input<string>;
}
