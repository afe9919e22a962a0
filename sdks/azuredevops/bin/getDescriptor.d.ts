import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about an existing Descriptor.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getDescriptor({
 *     storageKey: "00000000-0000-0000-0000-000000000000",
 * });
 * export const id = example.then(example => example.id);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Descriptors - Get](https://learn.microsoft.com/en-us/rest/api/azure/devops/graph/descriptors/get?view=azure-devops-rest-7.1)
 */
export declare function getDescriptor(args: GetDescriptorArgs, opts?: pulumi.InvokeOptions): Promise<GetDescriptorResult>;
/**
 * A collection of arguments for invoking getDescriptor.
 */
export interface GetDescriptorArgs {
    /**
     * The ID of the resource(`user`, `group`, `scope`, etc.) that will be resolved to a descriptor.
     */
    storageKey: string;
}
/**
 * A collection of values returned by getDescriptor.
 */
export interface GetDescriptorResult {
    /**
     * The descriptor of the storage key.
     */
    readonly descriptor: string;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    readonly storageKey: string;
}
/**
 * Use this data source to access information about an existing Descriptor.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as azuredevops from "@pulumi/azuredevops";
 *
 * const example = azuredevops.getDescriptor({
 *     storageKey: "00000000-0000-0000-0000-000000000000",
 * });
 * export const id = example.then(example => example.id);
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.1 - Descriptors - Get](https://learn.microsoft.com/en-us/rest/api/azure/devops/graph/descriptors/get?view=azure-devops-rest-7.1)
 */
export declare function getDescriptorOutput(args: GetDescriptorOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetDescriptorResult>;
/**
 * A collection of arguments for invoking getDescriptor.
 */
export interface GetDescriptorOutputArgs {
    /**
     * The ID of the resource(`user`, `group`, `scope`, etc.) that will be resolved to a descriptor.
     */
    storageKey: pulumi.Input<string>;
}
