import * as pulumi from "@pulumi/pulumi";
/**
 * Use this data source to access information about an existing Project within Azure DevOps.
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
 * export const project = example;
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Projects - Get](https://docs.microsoft.com/en-us/rest/api/azure/devops/core/projects/get?view=azure-devops-rest-7.0)
 *
 * ## PAT Permissions Required
 *
 * - **Project & Team**: Read
 * - **Work Items**: Read
 */
export declare function getProject(args?: GetProjectArgs, opts?: pulumi.InvokeOptions): Promise<GetProjectResult>;
/**
 * A collection of arguments for invoking getProject.
 */
export interface GetProjectArgs {
    /**
     * Name of the Project.
     */
    name?: string;
    /**
     * ID of the Project.
     *
     * > **NOTE:** One of either `projectId` or `name` must be specified.
     */
    projectId?: string;
}
/**
 * A collection of values returned by getProject.
 */
export interface GetProjectResult {
    /**
     * The description of the project.
     */
    readonly description: string;
    readonly features: {
        [key: string]: string;
    };
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    /**
     * The name of the project.
     */
    readonly name?: string;
    /**
     * The process template ID for the project.
     */
    readonly processTemplateId: string;
    readonly projectId?: string;
    /**
     * The version control of the project.
     */
    readonly versionControl: string;
    /**
     * The visibility of the project.
     */
    readonly visibility: string;
    /**
     * The work item template for the project.
     */
    readonly workItemTemplate: string;
}
/**
 * Use this data source to access information about an existing Project within Azure DevOps.
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
 * export const project = example;
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Projects - Get](https://docs.microsoft.com/en-us/rest/api/azure/devops/core/projects/get?view=azure-devops-rest-7.0)
 *
 * ## PAT Permissions Required
 *
 * - **Project & Team**: Read
 * - **Work Items**: Read
 */
export declare function getProjectOutput(args?: GetProjectOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetProjectResult>;
/**
 * A collection of arguments for invoking getProject.
 */
export interface GetProjectOutputArgs {
    /**
     * Name of the Project.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * ID of the Project.
     *
     * > **NOTE:** One of either `projectId` or `name` must be specified.
     */
    projectId?: pulumi.Input<string | undefined>;
}
