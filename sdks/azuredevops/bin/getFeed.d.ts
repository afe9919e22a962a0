import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about existing Feed within a given project in Azure DevOps.
 *
 * ## Example Usage
 *
 * ### Basic Example
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getFeed({
 *     name: "releases",
 * });
 * ```
 *
 * ### Access feed within a project
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getProject({
 *     name: "Example Project",
 * });
 * const exampleGetFeed = example.then(example => azuredevops.getFeed({
 *     name: "releases",
 *     projectId: example.id,
 * }));
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Feed - Get](https://learn.microsoft.com/en-us/rest/api/azure/devops/artifacts/feed-management/get-feed?view=azure-devops-rest-7.0)
 */
export declare function getFeed(args?: GetFeedArgs, opts?: pulumi.InvokeOptions): Promise<GetFeedResult>;
/**
 * A collection of arguments for invoking getFeed.
 */
export interface GetFeedArgs {
    /**
     * The ID of the Feed.
     *
     * > **Note** Only one of `name` or `feedId` can be set at the same time.
     */
    feedId?: string;
    /**
     * The Name of the Feed.
     */
    name?: string;
    /**
     * ID of the Project Feed is created in.
     */
    projectId?: string;
}
/**
 * A collection of values returned by getFeed.
 */
export interface GetFeedResult {
    /**
     * The ID of the Feed.
     */
    readonly feedId?: string;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * The name of the Feed.
     */
    readonly name?: string;
    /**
     * The ID of the Project.
     */
    readonly projectId?: string;
}
/**
 * Use this data source to access information about existing Feed within a given project in Azure DevOps.
 *
 * ## Example Usage
 *
 * ### Basic Example
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getFeed({
 *     name: "releases",
 * });
 * ```
 *
 * ### Access feed within a project
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getProject({
 *     name: "Example Project",
 * });
 * const exampleGetFeed = example.then(example => azuredevops.getFeed({
 *     name: "releases",
 *     projectId: example.id,
 * }));
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Feed - Get](https://learn.microsoft.com/en-us/rest/api/azure/devops/artifacts/feed-management/get-feed?view=azure-devops-rest-7.0)
 */
export declare function getFeedOutput(args?: GetFeedOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetFeedResult>;
/**
 * A collection of arguments for invoking getFeed.
 */
export interface GetFeedOutputArgs {
    /**
     * The ID of the Feed.
     *
     * > **Note** Only one of `name` or `feedId` can be set at the same time.
     */
    feedId?: pulumi.Input<string | undefined>;
    /**
     * The Name of the Feed.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * ID of the Project Feed is created in.
     */
    projectId?: pulumi.Input<string | undefined>;
}
