import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about an existing Storage Key.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getStorageKey({
 *     descriptor: "aad.000000000000000000000000000000000000",
 * });
 * export const id = example.then(example => example.id);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Storage Key - Get](https://learn.microsoft.com/en-us/rest/api/azure/devops/graph/storage-keys/get?view=azure-devops-rest-7.1)
 */
export declare function getStorageKey(args: GetStorageKeyArgs, opts?: pulumi.InvokeOptions): Promise<GetStorageKeyResult>;
/**
 * A collection of arguments for invoking getStorageKey.
 */
export interface GetStorageKeyArgs {
    /**
     * The descriptor that will be resolved to a storage key.
     */
    descriptor: string;
}
/**
 * A collection of values returned by getStorageKey.
 */
export interface GetStorageKeyResult {
    readonly descriptor: string;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * The Storage Key of the descriptor.
     */
    readonly storageKey: string;
}
/**
 * Use this data source to access information about an existing Storage Key.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getStorageKey({
 *     descriptor: "aad.000000000000000000000000000000000000",
 * });
 * export const id = example.then(example => example.id);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Storage Key - Get](https://learn.microsoft.com/en-us/rest/api/azure/devops/graph/storage-keys/get?view=azure-devops-rest-7.1)
 */
export declare function getStorageKeyOutput(args: GetStorageKeyOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetStorageKeyResult>;
/**
 * A collection of arguments for invoking getStorageKey.
 */
export interface GetStorageKeyOutputArgs {
    /**
     * The descriptor that will be resolved to a storage key.
     */
    descriptor: pulumi.Input<string>;
}
