/**
 * The delivery plane: everything Azure DevOps needs to preview and deploy one stack under governance.
 *
 * Per stack it declares an environment and an Azure Resource Manager service connection that uses
 * workload identity federation with the stack's deployer identity (no secret anywhere), protects BOTH
 * with the same checks (approval, branch control, exclusive lock, optional business hours), and
 * authorizes exactly one pipeline, the one defined by `azure-pipelines.yml`, to use them. The project
 * and the pipeline are either created here or referenced by name: one pipeline serves every stack, so
 * exactly one stack owns it (and the build validation policy on main), the others reference it. Let
 * the most protected stack (prod) own these project-wide objects: its identity is the one that may
 * edit them, and only main and an approver can use its service connection.
 *
 * Provider configuration (the default `azuredevops` provider; nothing here creates one):
 * - organisation URL: `AZDO_ORG_SERVICE_URL=https://dev.azure.com/<org>/` (or
 *   `pulumi config set azuredevops:orgServiceUrl ...`); the pipeline passes `$(System.CollectionUri)`.
 * - first, bootstrap run from a workstation: a personal access token in the environment,
 *   `AZDO_PERSONAL_ACCESS_TOKEN` (scopes: Project and Team, Build, Code (read), Environment,
 *   Service Connections, Pipeline Resources (use and manage)); never in stack config; revoke it after.
 * - afterwards, from the pipeline: OIDC as the stack's deployer identity, which must have been added
 *   to the organisation (Organization settings > Users > add the managed identity, Basic access) with
 *   the Administrator role on this stack's own environment and service connection only, plus, for the
 *   stack that owns the pipeline, "Edit build pipeline" on it and "Edit policies" on the repository.
 *   Never Project Administrator: a pull-request build of dev runs as dev's identity. The pipeline
 *   exports `ARM_USE_OIDC=true`, `ARM_OIDC_TOKEN`, `ARM_CLIENT_ID` and `ARM_TENANT_ID`, which this
 *   provider reads as well as azure-native.
 */
import * as pulumi from "@pulumi/pulumi";
import * as azuredevops from "@pulumi/azuredevops";
import { environmentName, serviceConnectionName } from "./pipelineNames";

/** Minutes, spelled out: every `timeout` of an Azure DevOps check is in minutes. */
const MINUTES_PER_HOUR = 60;
const HOURS_PER_DAY = 24;

/** Timeouts (minutes) of the checks whose timeout is not configurable here. */
export const CHECK_TIMEOUT_MINUTES = {
    /** Default approval timeout: three days, enough to cover a weekend (4320). */
    approval: 3 * HOURS_PER_DAY * MINUTES_PER_HOUR,
    /** Branch control evaluates at once; one day is the provider's own default (1440). */
    branchControl: 1 * HOURS_PER_DAY * MINUTES_PER_HOUR,
    /** A run waits at most three days for the lock, as long as for an approval (4320). */
    exclusiveLock: 3 * HOURS_PER_DAY * MINUTES_PER_HOUR,
    /** Outside business hours a run waits; three days spans Friday evening to Monday morning (4320). */
    businessHours: 3 * HOURS_PER_DAY * MINUTES_PER_HOUR,
    /** Largest timeout Azure DevOps accepts on a check: 30 days (43200). */
    max: 30 * HOURS_PER_DAY * MINUTES_PER_HOUR,
} as const;

/** The audience Microsoft Entra ID expects in a federated token exchanged for an access token. */
export const FEDERATION_AUDIENCE = "api://AzureADTokenExchange";

/** The Azure DevOps project: created here, or an existing one referenced by name. */
export type DeliveryProject =
    | {
        /** Create the project (private, Git). It is protected: Pulumi refuses to delete it. */
        readonly create: true;
        /** Project name. */
        readonly name: string;
        /** Project description. @default "Managed by Pulumi" */
        readonly description?: string;
    }
    | {
        /** Reference an existing project by name (`azuredevops.getProject`). */
        readonly create: false;
        /** Name of the existing project. */
        readonly name: string;
    };

/** A manual approval check. */
export interface ApprovalCheck {
    /** Azure DevOps identity ids (users or groups) allowed to approve. Must not be empty. */
    readonly approvers: readonly string[];
    /** How many of the approvers must approve. @default 1 */
    readonly minimumApprovers?: number;
    /** Whether the person who queued the run may approve it. @default false (four-eyes) */
    readonly requesterCanApprove?: boolean;
    /** Instructions shown to approvers. @default a sentence naming the stack */
    readonly instructions?: string;
    /** Minutes before an unanswered approval fails the run (1 to 43200). @default 4320 (3 days) */
    readonly timeoutMinutes?: number;
}

/** A branch control check. */
export interface BranchControlCheck {
    /** Full refs allowed to use the resource (`refs/heads/main`; `*` wildcards allowed). */
    readonly allowedBranches: readonly string[];
    /** Require the branch to be protected by branch policies. @default true */
    readonly verifyBranchProtection?: boolean;
    /** Let a branch whose protection status cannot be determined through. @default false */
    readonly ignoreUnknownProtectionStatus?: boolean;
}

export type Weekday = "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
export const WEEKDAYS: readonly Weekday[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** A business hours check: runs proceed only inside this window. */
export interface BusinessHoursCheck {
    /** Windows time zone id as Azure DevOps lists it, e.g. "W. Europe Standard Time" or "UTC". */
    readonly timeZone: string;
    /** Days on which the window is open. Must not be empty. */
    readonly days: readonly Weekday[];
    /** Start of the window, 24-hour "HH:MM". */
    readonly start: string;
    /** End of the window, 24-hour "HH:MM", after `start`. */
    readonly end: string;
}

/** Where the pipeline's YAML lives. */
export type PipelineRepository =
    | {
        /** An Azure Repos Git repository of the project, found by name. */
        readonly type: "TfsGit";
        /** Repository name. */
        readonly name: string;
        /** Branch the pipeline is defined on, as a full ref. @default "refs/heads/main" */
        readonly branch?: string;
    }
    | {
        /** A GitHub repository, reached through an existing GitHub service connection. */
        readonly type: "GitHub";
        /** `<owner>/<repository>`. */
        readonly id: string;
        /** Branch the pipeline is defined on, as a full ref. @default "refs/heads/main" */
        readonly branch?: string;
        /** Id of the GitHub service connection of the project. */
        readonly serviceConnectionId: pulumi.Input<string>;
    };

/** The pipeline that runs `azure-pipelines.yml`: created here, or an existing one referenced by name. */
export type DeliveryPipeline =
    | {
        /** Create the pipeline definition (and, for Azure Repos, the build validation policy on its branch). */
        readonly create: true;
        /** Pipeline name. */
        readonly name: string;
        /** Path of the YAML file in the repository. @default "azure-pipelines.yml" */
        readonly yamlPath?: string;
        /** Where the YAML lives. */
        readonly repository: PipelineRepository;
    }
    | {
        /** Reference the pipeline another stack created (`azuredevops.getBuildDefinition`). */
        readonly create: false;
        /** Pipeline name. */
        readonly name: string;
    };

export interface DeliveryArgs {
    /** The Azure DevOps project. */
    readonly project: DeliveryProject;
    /** Pulumi stack this delivery plane serves (names, descriptions). */
    readonly stack: string;
    /** Name of the stack's environment. @default environmentName(<Pulumi project>, stack), e.g. "lighttpd-azure-prod" */
    readonly environmentName?: string;
    /** Name of the stack's service connection. @default serviceConnectionName(<Pulumi project>, stack), e.g. "sc-lighttpd-azure-prod" */
    readonly serviceConnectionName?: string;
    /** Subscription the stack deploys into. */
    readonly subscriptionId: pulumi.Input<string>;
    /** Display name of that subscription (Azure DevOps shows and requires it). */
    readonly subscriptionName: pulumi.Input<string>;
    /** Microsoft Entra tenant of the deployer identity. */
    readonly tenantId: pulumi.Input<string>;
    /**
     * Resource group the stack deploys into. Informational (it is named in the connection's
     * description): a manual workload-identity connection cannot carry a resource-group scope (the
     * provider rejects `resourceGroup` together with `credentials`), so what the pipeline may touch is
     * decided by the deployer identity's role assignments, which the identity plane scopes to this group.
     */
    readonly resourceGroupName: pulumi.Input<string>;
    /** Client id of the deployer's user-assigned identity (created by the identity plane). */
    readonly deployerClientId: pulumi.Input<string>;
    /** Manual approval on the environment and the service connection. @default none (no approval check) */
    readonly approval?: ApprovalCheck;
    /** Branch control on the environment and the service connection. @default only refs/heads/main, protected */
    readonly branchControl?: BranchControlCheck;
    /** One run at a time on the environment and the service connection. @default true */
    readonly exclusiveLock?: boolean;
    /** Business hours on the environment and the service connection. @default none (any time) */
    readonly businessHours?: BusinessHoursCheck;
    /** The pipeline allowed to use the environment and the service connection. */
    readonly pipeline: DeliveryPipeline;
}

/** The component's default branch control: the secure choice. */
export const DEFAULT_BRANCH_CONTROL: Required<BranchControlCheck> = {
    allowedBranches: ["refs/heads/main"],
    verifyBranchProtection: true,
    ignoreUnknownProtectionStatus: false,
};

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Everything wrong with the plain-valued arguments, one line each (empty when they are valid). */
export function deliveryArgsProblems(args: DeliveryArgs): string[] {
    const problems: string[] = [];
    const a = args.approval;
    if (a) {
        if (a.approvers.length === 0) problems.push("approval.approvers must list at least one Azure DevOps identity id; got []");
        a.approvers.forEach((id, i) => {
            if (!/^\S+$/.test(id)) problems.push(`approval.approvers[${i}] must be an Azure DevOps identity id; got '${id}'`);
        });
        const min = a.minimumApprovers ?? 1;
        if (!Number.isInteger(min) || min < 1) problems.push(`approval.minimumApprovers must be an integer of at least 1; got ${min}`);
        const t = a.timeoutMinutes ?? CHECK_TIMEOUT_MINUTES.approval;
        if (!Number.isInteger(t) || t < 1 || t > CHECK_TIMEOUT_MINUTES.max) {
            problems.push(`approval.timeoutMinutes must be an integer from 1 to ${CHECK_TIMEOUT_MINUTES.max} (minutes); got ${t}`);
        }
    }
    const b = args.branchControl;
    if (b) {
        if (b.allowedBranches.length === 0) problems.push("branchControl.allowedBranches must list at least one ref; got []");
        b.allowedBranches.forEach((ref, i) => {
            if (ref !== "*" && !/^refs\/[^\s,]+$/.test(ref)) problems.push(`branchControl.allowedBranches[${i}] must be '*' or a full ref such as 'refs/heads/main'; got '${ref}'`);
        });
    }
    const h = args.businessHours;
    if (h) {
        if (h.timeZone.trim() === "") problems.push("businessHours.timeZone must name a time zone such as 'UTC'; got ''");
        if (h.days.length === 0) problems.push("businessHours.days must list at least one day; got []");
        for (const [k, v] of [["start", h.start], ["end", h.end]] as const) {
            if (!HH_MM.test(v)) problems.push(`businessHours.${k} must be a 24-hour time 'HH:MM'; got '${v}'`);
        }
        if (HH_MM.test(h.start) && HH_MM.test(h.end) && h.start >= h.end) problems.push(`businessHours.end must be after businessHours.start; got ${h.start} to ${h.end}`);
    }
    if (args.pipeline.create && (args.pipeline.yamlPath ?? "azure-pipelines.yml").trim() === "") {
        problems.push("pipeline.yamlPath must be a path in the repository; got ''");
    }
    return problems;
}

/** A numeric Azure DevOps id (pipelines, environments) from the provider's string id. */
function numericId(id: string): number {
    const n = Number(id);
    if (!Number.isSafeInteger(n)) throw new Error(`expected a numeric Azure DevOps id; got '${id}'`);
    return n;
}

/**
 * One stack's delivery plane in Azure DevOps: environment, workload-identity service connection, the
 * same checks on both, and the authorizations of the one pipeline that may use them.
 */
export class Delivery extends pulumi.ComponentResource {
    public readonly projectId: pulumi.Output<string>;
    public readonly environmentId: pulumi.Output<string>;
    public readonly serviceEndpointId: pulumi.Output<string>;
    /** The issuer the deployer's federated credential must trust: the service connection's output. */
    public readonly federationIssuer: pulumi.Output<string>;
    /** The subject the deployer's federated credential must trust: the service connection's output. */
    public readonly federationSubject: pulumi.Output<string>;
    public readonly buildDefinitionId: pulumi.Output<string>;
    /** The service connection itself, so that the federated credential can depend on it explicitly. */
    public readonly serviceEndpoint: azuredevops.ServiceEndpointAzureRM;
    public readonly environmentName: string;
    public readonly serviceConnectionName: string;

    constructor(name: string, args: DeliveryArgs, opts: pulumi.ComponentResourceOptions = {}) {
        const problems = deliveryArgsProblems(args);
        if (problems.length > 0) {
            throw new Error(`Delivery '${name}': invalid arguments:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
        }
        super("lighttpd-azure:delivery:Delivery", name, {}, opts);
        const project = pulumi.getProject();
        this.environmentName = args.environmentName ?? environmentName(project, args.stack);
        this.serviceConnectionName = args.serviceConnectionName ?? serviceConnectionName(project, args.stack);
        const managed = `Managed by Pulumi (${project}/${args.stack}).`;

        const projectId = this.project(name, args.project);

        const env = new azuredevops.Environment(`${name}-env`, {
            projectId,
            name: this.environmentName,
            description: `Deployments of stack '${args.stack}'. ${managed}`,
        }, { parent: this });

        const sc = new azuredevops.ServiceEndpointAzureRM(`${name}-sc`, {
            projectId,
            serviceEndpointName: this.serviceConnectionName,
            description: pulumi.interpolate`Deploys stack '${args.stack}' into resource group '${args.resourceGroupName}' as its deployer identity (workload identity federation). ${managed}`,
            serviceEndpointAuthenticationScheme: "WorkloadIdentityFederation",
            credentials: { serviceprincipalid: args.deployerClientId },
            azurermSpnTenantid: args.tenantId,
            azurermSubscriptionId: args.subscriptionId,
            azurermSubscriptionName: args.subscriptionName,
            environment: "AzureCloud",
            // Validation would exchange a token before the federated credential exists.
            features: { validate: false },
        }, { parent: this });

        const targets = [
            { key: "env", type: "environment", id: env.id },
            { key: "sc", type: "endpoint", id: sc.id },
        ] as const;
        for (const t of targets) this.checks(`${name}-${t.key}`, projectId, t.type, t.id, args);

        const pipelineId = this.pipeline(name, projectId, args.pipeline);
        for (const t of targets) {
            new azuredevops.PipelineAuthorization(`${name}-${t.key}-auth`, {
                projectId,
                resourceId: t.id,
                type: t.type,
                // Without a pipelineId every pipeline of the project would be authorized.
                pipelineId: pipelineId.apply(numericId),
            }, { parent: this });
        }

        this.projectId = projectId;
        this.environmentId = env.id;
        this.serviceEndpoint = sc;
        this.serviceEndpointId = sc.id;
        this.federationIssuer = sc.workloadIdentityFederationIssuer;
        this.federationSubject = sc.workloadIdentityFederationSubject;
        this.buildDefinitionId = pipelineId;
        this.registerOutputs({
            projectId: this.projectId,
            environmentId: this.environmentId,
            serviceEndpointId: this.serviceEndpointId,
            federationIssuer: this.federationIssuer,
            federationSubject: this.federationSubject,
            buildDefinitionId: this.buildDefinitionId,
        });
    }

    private project(name: string, p: DeliveryProject): pulumi.Output<string> {
        switch (p.create) {
            case true:
                return new azuredevops.Project(`${name}-project`, {
                    name: p.name,
                    description: p.description ?? "Managed by Pulumi",
                    visibility: "private",
                    versionControl: "Git",
                    workItemTemplate: "Agile",
                    // Deleting a project deletes its repositories and history: never as a side effect.
                }, { parent: this, protect: true }).id;
            case false:
                return azuredevops.getProjectOutput({ name: p.name }, { parent: this })
                    .apply((r) => r.projectId ?? r.id);
            default: {
                const never: never = p;
                throw new Error(`unhandled project mode ${JSON.stringify(never)}`);
            }
        }
    }

    /** The same checks, on one protected resource. */
    private checks(prefix: string, projectId: pulumi.Input<string>, type: "environment" | "endpoint",
        id: pulumi.Input<string>, args: DeliveryArgs): void {
        const target = { projectId, targetResourceType: type, targetResourceId: id };
        const opts = { parent: this };
        const a = args.approval;
        if (a) {
            new azuredevops.CheckApproval(`${prefix}-approval`, {
                ...target,
                approvers: [...a.approvers],
                minimumRequiredApprovers: a.minimumApprovers ?? 1,
                requesterCanApprove: a.requesterCanApprove ?? false,
                instructions: a.instructions ?? `Approve deploying stack '${args.stack}': read the pull request's preview first.`,
                timeout: a.timeoutMinutes ?? CHECK_TIMEOUT_MINUTES.approval,
            }, opts);
        }
        const b = { ...DEFAULT_BRANCH_CONTROL, ...args.branchControl };
        new azuredevops.CheckBranchControl(`${prefix}-branch`, {
            ...target,
            displayName: `Only ${b.allowedBranches.join(", ")}`,
            allowedBranches: b.allowedBranches.join(","),
            verifyBranchProtection: b.verifyBranchProtection,
            ignoreUnknownProtectionStatus: b.ignoreUnknownProtectionStatus,
            timeout: CHECK_TIMEOUT_MINUTES.branchControl,
        }, opts);
        if (args.exclusiveLock ?? true) {
            new azuredevops.CheckExclusiveLock(`${prefix}-lock`, {
                ...target,
                timeout: CHECK_TIMEOUT_MINUTES.exclusiveLock,
            }, opts);
        }
        const h = args.businessHours;
        if (h) {
            const days = Object.fromEntries(WEEKDAYS.map((d) => [d, h.days.includes(d)])) as Record<Weekday, boolean>;
            new azuredevops.CheckBusinessHours(`${prefix}-hours`, {
                ...target,
                displayName: `Business hours ${h.start}-${h.end} (${h.timeZone})`,
                timeZone: h.timeZone,
                startTime: h.start,
                endTime: h.end,
                ...days,
                timeout: CHECK_TIMEOUT_MINUTES.businessHours,
            }, opts);
        }
    }

    /** The pipeline's definition id: a new definition (and its PR policy), or the existing one's. */
    private pipeline(name: string, projectId: pulumi.Output<string>, p: DeliveryPipeline): pulumi.Output<string> {
        if (!p.create) {
            return azuredevops.getBuildDefinitionOutput({ projectId, name: p.name }, { parent: this }).id;
        }
        const repo = p.repository;
        const branch = repo.branch ?? "refs/heads/main";
        let repoId: pulumi.Output<string>;
        switch (repo.type) {
            case "TfsGit":
                repoId = azuredevops.getGitRepositoryOutput({ projectId, name: repo.name }, { parent: this }).id;
                break;
            case "GitHub":
                repoId = pulumi.output(repo.id);
                break;
            default: {
                const never: never = repo;
                throw new Error(`unhandled repository type ${JSON.stringify(never)}`);
            }
        }
        const def = new azuredevops.BuildDefinition(`${name}-pipeline`, {
            projectId,
            name: p.name,
            path: "\\",
            queueStatus: "enabled",
            // The job token (System.AccessToken) reaches this project only, not the whole collection.
            jobAuthorizationScope: "project",
            ciTrigger: { useYaml: true },
            // GitHub honours the YAML's `pr:` trigger; forks never run with this pipeline's connections.
            pullRequestTrigger: repo.type === "GitHub"
                ? { useYaml: true, initialBranch: branch, forks: { enabled: false, shareSecrets: false } }
                : undefined,
            repository: {
                repoType: repo.type,
                repoId,
                branchName: branch,
                ymlPath: p.yamlPath ?? "azure-pipelines.yml",
                reportBuildStatus: true,
                serviceConnectionId: repo.type === "GitHub" ? repo.serviceConnectionId : undefined,
            },
        }, { parent: this });
        if (repo.type === "TfsGit") {
            // Azure Repos ignores the YAML `pr:` trigger: pull-request runs come from this policy.
            new azuredevops.BranchPolicyBuildValidation(`${name}-pr-build`, {
                projectId,
                enabled: true,
                blocking: true,
                settings: {
                    buildDefinitionId: def.id.apply(numericId),
                    displayName: `${p.name}: tests and previews`,
                    // The result expires as soon as the target branch moves: previews stay current.
                    validDuration: 0,
                    queueOnSourceUpdateOnly: false,
                    manualQueueOnly: false,
                    scopes: [{ repositoryId: repoId, repositoryRef: branch, matchType: "Exact" }],
                },
            }, { parent: this });
        }
        return def.id;
    }
}
