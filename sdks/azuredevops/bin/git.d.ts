import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Manages a git repository within Azure DevOps.
 *
 * ~>**NOTE** Importing an existing repository and running `pulumi preview` will detect a difference on the `initialization` block. The `plan` and `apply` will then attempt to update the repository based on the `initialization` configurations. It may be necessary to ignore the `initialization` block from `plan` and `apply` to support configuring existing repositories imported into Terraform state.<br>
 *
 * ~>**NOTE** 1. `initialization.init_type` is `Uninitialized`: Changing `sourceType` or `sourceUrl` will not recreate the repository, but initialize the repository.   <br>2. `initialization.init_type` is not `Uninitialized`:
 * <br>&nbsp;&nbsp;&nbsp;&nbsp;1) Updating `initType` will recreate the repository
 * <br>&nbsp;&nbsp;&nbsp;&nbsp;2) Updating `sourceType` or `sourceUrl` will recreate the repository
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
 * const exampleGit = new azuredevops.Git("example", {
 *     projectId: example.id,
 *     name: "Example Git Repository",
 *     defaultBranch: "refs/heads/main",
 *     initialization: {
 *         initType: "Clean",
 *     },
 * });
 * ```
 *
 * ## Example Usage
 *
 * ### Create Git repository
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
 * const exampleGit = new azuredevops.Git("example", {
 *     projectId: example.id,
 *     name: "Example Empty Git Repository",
 *     initialization: {
 *         initType: "Clean",
 *     },
 * });
 * ```
 *
 * ### Configure existing Git repository imported into Terraform state
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
 * const exampleGit = new azuredevops.Git("example", {
 *     projectId: example.id,
 *     name: "Example Git Repository",
 *     defaultBranch: "refs/heads/main",
 *     initialization: {
 *         initType: "Clean",
 *     },
 * });
 * ```
 *
 * ### Create Fork of another Azure DevOps Git repository
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
 * const exampleGit = new azuredevops.Git("example", {
 *     projectId: example.id,
 *     name: "Example Git Repository",
 *     defaultBranch: "refs/heads/main",
 *     initialization: {
 *         initType: "Clean",
 *     },
 * });
 * const example_fork = new azuredevops.Git("example-fork", {
 *     projectId: example.id,
 *     name: "Example Fork Repository",
 *     parentRepositoryId: exampleGit.id,
 *     initialization: {
 *         initType: "Fork",
 *     },
 * });
 * ```
 *
 * ### Create Import from another Git repository
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
 * const exampleGit = new azuredevops.Git("example", {
 *     projectId: example.id,
 *     name: "Example Git Repository",
 *     defaultBranch: "refs/heads/main",
 *     initialization: {
 *         initType: "Clean",
 *     },
 * });
 * const example_import = new azuredevops.Git("example-import", {
 *     projectId: example.id,
 *     name: "Example Import Repository",
 *     initialization: {
 *         initType: "Import",
 *         sourceType: "Git",
 *         sourceUrl: "https://github.com/microsoft/terraform-provider-azuredevops.git",
 *     },
 * });
 * ```
 *
 * ### Import from a Private Repository
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
 * const exampleGit = new azuredevops.Git("example", {
 *     projectId: example.id,
 *     name: "Example Git Repository",
 *     defaultBranch: "refs/heads/main",
 *     initialization: {
 *         initType: "Clean",
 *     },
 * });
 * const example_serviceendpoint = new azuredevops.ServiceEndpointGenericGit("example-serviceendpoint", {
 *     projectId: example.id,
 *     repositoryUrl: "https://dev.azure.com/org/project/_git/repository",
 *     username: "username",
 *     password: "<password>/<PAT>",
 *     serviceEndpointName: "Example Generic Git",
 *     description: "Managed by Pulumi",
 * });
 * // with service connection
 * const example_import = new azuredevops.Git("example-import", {
 *     projectId: example.id,
 *     name: "Example Import Existing Repository",
 *     initialization: {
 *         initType: "Import",
 *         sourceType: "Git",
 *         sourceUrl: "https://dev.azure.com/example-org/private-repository.git",
 *         serviceConnectionId: example_serviceendpoint.id,
 *     },
 * });
 * // with username/password
 * const example_import2 = new azuredevops.Git("example-import2", {
 *     projectId: example.id,
 *     name: "Example Import Existing Repository",
 *     initialization: {
 *         initType: "Import",
 *         sourceType: "Git",
 *         sourceUrl: "https://dev.azure.com/example-org/private-repository.git",
 *         username: "username",
 *         password: "password",
 *     },
 * });
 * ```
 *
 * ### Disable a Git repository
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
 * const exampleGit = new azuredevops.Git("example", {
 *     projectId: example.id,
 *     name: "Example Empty Git Repository",
 *     disabled: true,
 *     initialization: {
 *         initType: "Clean",
 *     },
 * });
 * ```
 *
 * ## Relevant Links
 *
 * - [Azure DevOps Service REST API 7.0 - Git Repositories](https://docs.microsoft.com/en-us/rest/api/azure/devops/git/repositories?view=azure-devops-rest-7.0)
 *
 * ## PAT Permissions Required
 *
 * - **Code**: Read, Create, & Manage.
 *
 * ## Import
 *
 * Azure DevOps Repositories can be imported using the repo name or by the repo Guid e.g.
 *
 * ```sh
 * $ pulumi import azuredevops:index/git:Git example projectName/repoName
 * ```
 *
 * or
 *
 * ```sh
 * $ pulumi import azuredevops:index/git:Git example projectName/00000000-0000-0000-0000-000000000000
 * ```
 */
export declare class Git extends pulumi.CustomResource {
    /**
     * Get an existing Git resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: GitState, opts?: pulumi.CustomResourceOptions): Git;
    /**
     * Returns true if the given object is an instance of Git.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Git;
    /**
     * The ref of the default branch. Will be used as the branch name for initialized repositories.
     */
    readonly defaultBranch: pulumi.Output<string>;
    /**
     * The ability to disable or enable the repository. Defaults to `false`.
     */
    readonly disabled: pulumi.Output<boolean | undefined>;
    /**
     * A `initialization` block as documented below.
     */
    readonly initialization: pulumi.Output<outputs.GitInitialization>;
    /**
     * True if the repository was created as a fork.
     */
    readonly isFork: pulumi.Output<boolean>;
    /**
     * The name of the git repository.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The ID of a Git project from which a fork is to be created.
     */
    readonly parentRepositoryId: pulumi.Output<string | undefined>;
    /**
     * The project ID or project name.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Git HTTPS URL of the repository
     */
    readonly remoteUrl: pulumi.Output<string>;
    /**
     * Size in bytes.
     */
    readonly size: pulumi.Output<number>;
    /**
     * Git SSH URL of the repository.
     */
    readonly sshUrl: pulumi.Output<string>;
    /**
     * REST API URL of the repository.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Web link to the repository.
     */
    readonly webUrl: pulumi.Output<string>;
    /**
     * Create a Git resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: GitArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Git resources.
 */
export interface GitState {
    /**
     * The ref of the default branch. Will be used as the branch name for initialized repositories.
     */
    defaultBranch?: pulumi.Input<string | undefined>;
    /**
     * The ability to disable or enable the repository. Defaults to `false`.
     */
    disabled?: pulumi.Input<boolean | undefined>;
    /**
     * A `initialization` block as documented below.
     */
    initialization?: pulumi.Input<inputs.GitInitialization | undefined>;
    /**
     * True if the repository was created as a fork.
     */
    isFork?: pulumi.Input<boolean | undefined>;
    /**
     * The name of the git repository.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of a Git project from which a fork is to be created.
     */
    parentRepositoryId?: pulumi.Input<string | undefined>;
    /**
     * The project ID or project name.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * Git HTTPS URL of the repository
     */
    remoteUrl?: pulumi.Input<string | undefined>;
    /**
     * Size in bytes.
     */
    size?: pulumi.Input<number | undefined>;
    /**
     * Git SSH URL of the repository.
     */
    sshUrl?: pulumi.Input<string | undefined>;
    /**
     * REST API URL of the repository.
     */
    url?: pulumi.Input<string | undefined>;
    /**
     * Web link to the repository.
     */
    webUrl?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a Git resource.
 */
export interface GitArgs {
    /**
     * The ref of the default branch. Will be used as the branch name for initialized repositories.
     */
    defaultBranch?: pulumi.Input<string | undefined>;
    /**
     * The ability to disable or enable the repository. Defaults to `false`.
     */
    disabled?: pulumi.Input<boolean | undefined>;
    /**
     * A `initialization` block as documented below.
     */
    initialization: pulumi.Input<inputs.GitInitialization>;
    /**
     * The name of the git repository.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of a Git project from which a fork is to be created.
     */
    parentRepositoryId?: pulumi.Input<string | undefined>;
    /**
     * The project ID or project name.
     */
    projectId: pulumi.Input<string>;
}
