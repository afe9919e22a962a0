/**
 * The delivery plane under the shared mock engine: the exact checks on the environment AND the
 * service connection, the connection's scheme, scope and identity, the federated credential wired to
 * the connection's own outputs, and authorizations limited to this pipeline.
 */
import { strict as assert } from "assert";
import { guid, installMocks, MockEngine, MOCK_SUBSCRIPTION_ID, MOCK_TENANT_ID, promiseOf, Registration, settle } from "../scripts/mocks";
import { Delivery, DeliveryArgs, deliveryArgsProblems } from "../components/Delivery";
import { deployerFederatedCredential } from "../components/federatedCredential";
import { branchAllowed, environmentName, pipelineName, PULL_REQUEST_REF_EXAMPLE, serviceConnectionName } from "../components/pipelineNames";

const PROJECT = "lighttpd-azure";

const T = {
    project: "azuredevops:index/project:Project",
    env: "azuredevops:index/environment:Environment",
    sc: "azuredevops:index/serviceEndpointAzureRM:ServiceEndpointAzureRM",
    approval: "azuredevops:index/checkApproval:CheckApproval",
    branch: "azuredevops:index/checkBranchControl:CheckBranchControl",
    lock: "azuredevops:index/checkExclusiveLock:CheckExclusiveLock",
    hours: "azuredevops:index/checkBusinessHours:CheckBusinessHours",
    auth: "azuredevops:index/pipelineAuthorization:PipelineAuthorization",
    build: "azuredevops:index/buildDefinition:BuildDefinition",
    policy: "azuredevops:index/branchPolicyBuildValidation:BranchPolicyBuildValidation",
    fic: "azure-native:managedidentity:FederatedIdentityCredential",
    getProject: "azuredevops:index/getProject:getProject",
    getBuild: "azuredevops:index/getBuildDefinition:getBuildDefinition",
    getRepo: "azuredevops:index/getGitRepository:getGitRepository",
};

const APPROVER_A = "2f8b1c3e-5d4a-4e6f-9a7b-1c2d3e4f5a6b";
const APPROVER_GROUP = "7c6b5a49-3827-4165-9e8d-7c6b5a493827";
const PROD_CLIENT_ID = guid("deployer-prod:client");
const DEV_CLIENT_ID = guid("deployer-dev:client");

/**
 * Prod as the config proposal sets it up: every check on, and prod owns the pipeline (project-wide
 * objects belong to the stack whose connection only main and an approver can use).
 */
function prodArgs(over: Partial<DeliveryArgs> = {}): DeliveryArgs {
    return {
        project: { create: false, name: "Web Platform" },
        stack: "prod",
        subscriptionId: MOCK_SUBSCRIPTION_ID,
        subscriptionName: "Contoso Production",
        tenantId: MOCK_TENANT_ID,
        resourceGroupName: "rg-lhttpd-prod",
        deployerClientId: PROD_CLIENT_ID,
        approval: {
            approvers: [APPROVER_A, APPROVER_GROUP],
            minimumApprovers: 2,
            requesterCanApprove: false,
            instructions: "Check the preview in the pull request.",
            timeoutMinutes: 2 * 24 * 60,
        },
        branchControl: { allowedBranches: ["refs/heads/main"], verifyBranchProtection: true, ignoreUnknownProtectionStatus: false },
        exclusiveLock: true,
        businessHours: { timeZone: "W. Europe Standard Time", days: ["monday", "tuesday", "wednesday", "thursday", "friday"], start: "08:00", end: "17:30" },
        pipeline: { create: true, name: "lighttpd-azure", yamlPath: "azure-pipelines.yml", repository: { type: "TfsGit", name: "lighttpd-azure", branch: "refs/heads/main" } },
        ...over,
    };
}

/** Dev: no approval, pull-request builds may preview; the project and the pipeline are prod's. */
function devArgs(over: Partial<DeliveryArgs> = {}): DeliveryArgs {
    return {
        project: { create: false, name: "Web Platform" },
        stack: "dev",
        subscriptionId: MOCK_SUBSCRIPTION_ID,
        subscriptionName: "Contoso Development",
        tenantId: MOCK_TENANT_ID,
        resourceGroupName: "rg-lhttpd-dev",
        deployerClientId: DEV_CLIENT_ID,
        branchControl: { allowedBranches: ["refs/heads/main", "refs/pull/*"], verifyBranchProtection: false, ignoreUnknownProtectionStatus: false },
        exclusiveLock: false,
        pipeline: { create: false, name: "lighttpd-azure" },
        ...over,
    };
}

interface Built {
    readonly engine: MockEngine;
    readonly delivery: Delivery;
    readonly projectId: string;
    readonly envId: string;
    readonly scId: string;
    readonly buildId: string;
}

async function build(stack: string, args: DeliveryArgs): Promise<Built> {
    const engine = await installMocks({ project: PROJECT, stack, config: {} });
    const delivery = new Delivery("delivery", args);
    const [projectId, envId, scId, buildId] = await Promise.all([
        promiseOf(delivery.projectId), promiseOf(delivery.environmentId),
        promiseOf(delivery.serviceEndpointId), promiseOf(delivery.buildDefinitionId),
    ]);
    await settle();
    return { engine, delivery, projectId, envId, scId, buildId };
}

/** The registrations of a type that protect one resource. */
function on(engine: MockEngine, type: string, targetId: string): Registration[] {
    return engine.ofType(type).filter((r) => r.inputs.targetResourceId === targetId);
}

function one(rs: Registration[], what: string): Registration {
    assert.equal(rs.length, 1, `expected exactly one ${what}, got ${rs.length}`);
    return rs[0];
}

describe("delivery plane (mock engine)", () => {
    it("protects the prod environment and its service connection with the same approval, branch control, lock and business hours", async () => {
        const { engine, projectId, envId, scId } = await build("prod", prodArgs());
        for (const [targetResourceType, targetResourceId] of [["environment", envId], ["endpoint", scId]] as const) {
            const target = { projectId, targetResourceType, targetResourceId };
            assert.deepEqual(one(on(engine, T.approval, targetResourceId), `approval on ${targetResourceType}`).inputs, {
                ...target,
                approvers: [APPROVER_A, APPROVER_GROUP],
                minimumRequiredApprovers: 2,
                requesterCanApprove: false,
                instructions: "Check the preview in the pull request.",
                timeout: 2880, // minutes: 2 days
            });
            assert.deepEqual(one(on(engine, T.branch, targetResourceId), `branch control on ${targetResourceType}`).inputs, {
                ...target,
                displayName: "Only refs/heads/main",
                allowedBranches: "refs/heads/main",
                verifyBranchProtection: true,
                ignoreUnknownProtectionStatus: false,
                timeout: 1440,
            });
            assert.deepEqual(one(on(engine, T.lock, targetResourceId), `exclusive lock on ${targetResourceType}`).inputs, {
                ...target,
                timeout: 4320,
            });
            assert.deepEqual(one(on(engine, T.hours, targetResourceId), `business hours on ${targetResourceType}`).inputs, {
                ...target,
                displayName: "Business hours 08:00-17:30 (W. Europe Standard Time)",
                timeZone: "W. Europe Standard Time",
                startTime: "08:00",
                endTime: "17:30",
                monday: true, tuesday: true, wednesday: true, thursday: true, friday: true, saturday: false, sunday: false,
                timeout: 4320,
            });
        }
        // Nothing else is protected by these checks.
        for (const type of [T.approval, T.branch, T.lock, T.hours]) assert.equal(engine.ofType(type).length, 2, type);
    });

    it("gives dev no approval, no business hours and no lock, and lets pull-request refs through its branch control", async () => {
        const { engine, projectId, envId, scId } = await build("dev", devArgs());
        assert.deepEqual(engine.ofType(T.approval), []);
        assert.deepEqual(engine.ofType(T.hours), []);
        assert.deepEqual(engine.ofType(T.lock), []);
        for (const [targetResourceType, targetResourceId] of [["environment", envId], ["endpoint", scId]] as const) {
            assert.deepEqual(one(on(engine, T.branch, targetResourceId), "branch control").inputs, {
                projectId, targetResourceType, targetResourceId,
                displayName: "Only refs/heads/main, refs/pull/*",
                allowedBranches: "refs/heads/main,refs/pull/*",
                verifyBranchProtection: false,
                ignoreUnknownProtectionStatus: false,
                timeout: 1440,
            });
        }
    });

    it("falls back to the secure defaults: one approver, requester cannot approve, 3-day timeout, main only, exclusive lock", async () => {
        const { engine, envId, scId } = await build("prod", prodArgs({
            approval: { approvers: [APPROVER_A] },
            branchControl: undefined,
            exclusiveLock: undefined,
            businessHours: undefined,
        }));
        for (const id of [envId, scId]) {
            const a = one(on(engine, T.approval, id), "approval").inputs;
            assert.equal(a.minimumRequiredApprovers, 1);
            assert.equal(a.requesterCanApprove, false);
            assert.equal(a.timeout, 3 * 24 * 60);
            assert.equal(a.instructions, "Approve deploying stack 'prod': read the pull request's preview first.");
            const b = one(on(engine, T.branch, id), "branch control").inputs;
            assert.deepEqual([b.allowedBranches, b.verifyBranchProtection, b.ignoreUnknownProtectionStatus], ["refs/heads/main", true, false]);
            assert.equal(one(on(engine, T.lock, id), "exclusive lock").inputs.timeout, 4320);
            assert.deepEqual(on(engine, T.hours, id), []);
        }
    });

    it("connects to Azure by workload identity federation as the deployer identity, in the stack's subscription and tenant", async () => {
        const { engine, projectId } = await build("prod", prodArgs());
        const sc = one(engine.ofType(T.sc), "service connection").inputs;
        assert.equal(sc.projectId, projectId);
        assert.equal(sc.serviceEndpointName, "sc-lighttpd-azure-prod");
        assert.equal(sc.serviceEndpointAuthenticationScheme, "WorkloadIdentityFederation");
        // The identity and nothing else: no key, no certificate.
        assert.deepEqual(sc.credentials, { serviceprincipalid: PROD_CLIENT_ID });
        assert.equal(sc.azurermSpnTenantid, MOCK_TENANT_ID);
        assert.equal(sc.azurermSubscriptionId, MOCK_SUBSCRIPTION_ID);
        assert.equal(sc.azurermSubscriptionName, "Contoso Production");
        assert.equal(sc.environment, "AzureCloud");
        assert.deepEqual(sc.features, { validate: false });
        // The provider refuses resourceGroup together with credentials; RBAC on the group is the scope.
        assert.equal(sc.resourceGroup, undefined);
        assert.equal(sc.azurermManagementGroupId, undefined);
        assert.match(String(sc.description), /into resource group 'rg-lhttpd-prod'/);
        const env = one(engine.ofType(T.env), "environment").inputs;
        assert.deepEqual([env.name, env.projectId], ["lighttpd-azure-prod", projectId]);
    });

    it("trusts exactly the issuer and subject the service connection reports, for Entra's token-exchange audience", async () => {
        const engine = await installMocks({ project: PROJECT, stack: "prod", config: {} });
        const delivery = new Delivery("delivery", prodArgs());
        const fic = deployerFederatedCredential("deployer-fic", {
            resourceGroupName: "rg-lhttpd-prod",
            identityName: "id-lhttpd-prod-deployer",
            delivery,
        });
        await promiseOf(fic.id);
        await settle();
        const sc = one(engine.ofType(T.sc), "service connection");
        const cred = one(engine.ofType(T.fic), "federated credential");
        // Wiring, not strings: the credential's inputs are the connection's recorded outputs.
        assert.equal(typeof sc.outputs.workloadIdentityFederationIssuer, "string");
        assert.equal(cred.inputs.issuer, sc.outputs.workloadIdentityFederationIssuer);
        assert.equal(cred.inputs.subject, sc.outputs.workloadIdentityFederationSubject);
        assert.equal(await promiseOf(delivery.federationIssuer), sc.outputs.workloadIdentityFederationIssuer);
        assert.equal(await promiseOf(delivery.federationSubject), sc.outputs.workloadIdentityFederationSubject);
        assert.deepEqual(cred.inputs.audiences, ["api://AzureADTokenExchange"]);
        assert.equal(cred.inputs.resourceGroupName, "rg-lhttpd-prod");
        assert.equal(cred.inputs.resourceName, "id-lhttpd-prod-deployer");
        assert.equal(cred.inputs.federatedIdentityCredentialResourceName, "sc-lighttpd-azure-prod");
        // The mock records no dependsOn; the credential could only register once the connection had.
        const index = (r: Registration) => engine.registrations.indexOf(r);
        assert.ok(index(cred) > index(sc), "federated credential registered after the service connection");
    });

    it("authorizes only this pipeline, and only on the stack's environment and service connection", async () => {
        const { engine, projectId, envId, scId, buildId } = await build("prod", prodArgs());
        const auths = engine.ofType(T.auth).map((r) => r.inputs);
        assert.deepEqual(auths.map((a) => [a.type, a.resourceId]).sort(), [["endpoint", scId], ["environment", envId]]);
        for (const a of auths) {
            assert.equal(a.projectId, projectId);
            assert.equal(typeof a.pipelineId, "number");
            assert.equal(a.pipelineId, Number(buildId), "the pipeline's own id, never all pipelines");
        }
        assert.equal(one(engine.ofType(T.build), "pipeline").inputs.name, "lighttpd-azure");
    });

    it("authorizes the pipeline another stack created, looked up by name, when the pipeline is not created here", async () => {
        const { engine, projectId, buildId } = await build("dev", devArgs());
        assert.deepEqual(engine.ofType(T.build), []);
        const lookup = engine.calls.filter((c) => c.token === T.getBuild);
        assert.deepEqual(lookup.map((c) => [c.inputs.projectId, c.inputs.name]), [[projectId, "lighttpd-azure"]]);
        const auths = engine.ofType(T.auth);
        assert.equal(auths.length, 2);
        for (const a of auths) assert.equal(a.inputs.pipelineId, Number(buildId));
    });

    it("defines the pipeline from azure-pipelines.yml on main, with a project-scoped job token and a blocking PR build on main", async () => {
        const { engine, projectId, buildId } = await build("prod", prodArgs());
        const repoId = guid(`repository:${projectId}/lighttpd-azure`);
        assert.deepEqual(engine.calls.filter((c) => c.token === T.getRepo).map((c) => c.inputs), [{ projectId, name: "lighttpd-azure" }]);
        const def = one(engine.ofType(T.build), "pipeline").inputs;
        assert.deepEqual(def, {
            projectId,
            name: "lighttpd-azure",
            path: "\\",
            queueStatus: "enabled",
            jobAuthorizationScope: "project",
            ciTrigger: { useYaml: true },
            repository: {
                repoType: "TfsGit",
                repoId,
                branchName: "refs/heads/main",
                ymlPath: "azure-pipelines.yml",
                reportBuildStatus: true,
            },
        });
        assert.deepEqual(one(engine.ofType(T.policy), "build validation policy").inputs, {
            projectId,
            enabled: true,
            blocking: true,
            settings: {
                buildDefinitionId: Number(buildId),
                displayName: "lighttpd-azure: tests and previews",
                validDuration: 0,
                queueOnSourceUpdateOnly: false,
                manualQueueOnly: false,
                scopes: [{ repositoryId: repoId, repositoryRef: "refs/heads/main", matchType: "Exact" }],
            },
        });
    });

    it("never builds pull requests from forks of a GitHub repository, and needs no branch policy there", async () => {
        const { engine } = await build("prod", prodArgs({
            pipeline: { create: true, name: "lighttpd-azure", repository: { type: "GitHub", id: "contoso/lighttpd-azure", serviceConnectionId: "gh-connection-id" } },
        }));
        const def = one(engine.ofType(T.build), "pipeline").inputs;
        assert.deepEqual(def.pullRequestTrigger, { useYaml: true, initialBranch: "refs/heads/main", forks: { enabled: false, shareSecrets: false } });
        assert.deepEqual(def.repository, {
            repoType: "GitHub", repoId: "contoso/lighttpd-azure", branchName: "refs/heads/main",
            ymlPath: "azure-pipelines.yml", reportBuildStatus: true, serviceConnectionId: "gh-connection-id",
        });
        assert.deepEqual(engine.ofType(T.policy), []);
        assert.deepEqual(engine.calls.filter((c) => c.token === T.getRepo), []);
    });

    it("references an existing project by name and registers no Project", async () => {
        const { engine, projectId } = await build("prod", prodArgs());
        assert.deepEqual(engine.ofType(T.project), []);
        assert.deepEqual(engine.calls.filter((c) => c.token === T.getProject).map((c) => c.inputs), [{ name: "Web Platform" }]);
        assert.equal(projectId, guid("project:Web Platform"));
        for (const type of [T.env, T.sc, T.approval, T.branch, T.lock, T.hours, T.auth]) {
            for (const r of engine.ofType(type)) assert.equal(r.inputs.projectId, projectId, `${type} in the existing project`);
        }
    });

    it("creates a private Git project when asked, and looks up none", async () => {
        const { engine, projectId } = await build("prod", prodArgs({ project: { create: true, name: "lighttpd-azure", description: "Lighttpd on Azure" } }));
        const p = one(engine.ofType(T.project), "project");
        assert.deepEqual(p.inputs, { name: "lighttpd-azure", description: "Lighttpd on Azure", visibility: "private", versionControl: "Git", workItemTemplate: "Agile" });
        assert.deepEqual(engine.calls.filter((c) => c.token === T.getProject), []);
        assert.equal(one(engine.ofType(T.env), "environment").inputs.projectId, projectId);
    });

    it("parents every resource to the component and names it after the component", async () => {
        const { engine } = await build("prod", prodArgs());
        const component = one(engine.ofType("lighttpd-azure:delivery:Delivery"), "component");
        for (const r of engine.registrations.filter((x) => x.type.startsWith("azuredevops:"))) {
            assert.equal(r.parent, component.urn, `${r.type} ${r.name}`);
            assert.match(r.name, /^delivery-/);
        }
    });

    describe("rejects invalid arguments before registering anything", () => {
        const cases: [string, Partial<DeliveryArgs>, string][] = [
            ["no approvers", { approval: { approvers: [] } }, "approval.approvers must list at least one Azure DevOps identity id; got []"],
            ["a blank approver", { approval: { approvers: ["a b"] } }, "approval.approvers[0] must be an Azure DevOps identity id; got 'a b'"],
            ["zero approvals required", { approval: { approvers: [APPROVER_A], minimumApprovers: 0 } }, "approval.minimumApprovers must be an integer of at least 1; got 0"],
            ["a timeout in hours, not minutes", { approval: { approvers: [APPROVER_A], timeoutMinutes: 1.5 } }, "approval.timeoutMinutes must be an integer from 1 to 43200 (minutes); got 1.5"],
            ["a timeout over 30 days", { approval: { approvers: [APPROVER_A], timeoutMinutes: 43201 } }, "approval.timeoutMinutes must be an integer from 1 to 43200 (minutes); got 43201"],
            ["no allowed branch", { branchControl: { allowedBranches: [] } }, "branchControl.allowedBranches must list at least one ref; got []"],
            ["a short branch name", { branchControl: { allowedBranches: ["main"] } }, "branchControl.allowedBranches[0] must be '*' or a full ref such as 'refs/heads/main'; got 'main'"],
            ["no business day", { businessHours: { timeZone: "UTC", days: [], start: "09:00", end: "17:00" } }, "businessHours.days must list at least one day; got []"],
            ["a 12-hour time", { businessHours: { timeZone: "UTC", days: ["monday"], start: "9:00", end: "17:00" } }, "businessHours.start must be a 24-hour time 'HH:MM'; got '9:00'"],
            ["a window that ends before it starts", { businessHours: { timeZone: "UTC", days: ["monday"], start: "18:00", end: "08:00" } }, "businessHours.end must be after businessHours.start; got 18:00 to 08:00"],
        ];
        for (const [what, over, message] of cases) {
            it(`rejects ${what}`, async () => {
                assert.deepEqual(deliveryArgsProblems(prodArgs(over)), [message]);
                const engine = await installMocks({ project: PROJECT, stack: "prod", config: {} });
                assert.throws(() => new Delivery("delivery", prodArgs(over)), (e: Error) => e.message.includes(message));
                await settle();
                assert.deepEqual(engine.registrations, []);
            });
        }
        it("accepts the prod and dev examples", () => {
            assert.deepEqual(deliveryArgsProblems(prodArgs()), []);
            assert.deepEqual(deliveryArgsProblems(devArgs()), []);
        });
    });

    describe("naming rules shared with azure-pipelines.yml", () => {
        it("names environments, service connections and the pipeline after the project and the stack", () => {
            assert.equal(environmentName(PROJECT, "prod"), "lighttpd-azure-prod");
            assert.equal(serviceConnectionName(PROJECT, "prod"), "sc-lighttpd-azure-prod");
            assert.equal(pipelineName(PROJECT), "lighttpd-azure");
            assert.equal(environmentName(PROJECT, "acme/Prod_EU"), "lighttpd-azure-acme-prod-eu");
        });

        const cases: [readonly string[], string, boolean][] = [
            [["refs/heads/main"], "refs/heads/main", true],
            [["refs/heads/main"], PULL_REQUEST_REF_EXAMPLE, false],
            [["refs/heads/main"], "refs/heads/main-hotfix", false],
            [["refs/heads/main", "refs/pull/*"], PULL_REQUEST_REF_EXAMPLE, true],
            [["refs/heads/releases/*"], "refs/heads/releases/2025.1", true],
            [["refs/heads/releases/*"], "refs/heads/feature/x", false],
            [["*"], PULL_REQUEST_REF_EXAMPLE, true],
            [["REFS/HEADS/MAIN"], "refs/heads/main", true],
        ];
        for (const [allowed, ref, expected] of cases) {
            it(`${expected ? "lets" : "keeps"} ${ref} ${expected ? "through" : "out of"} [${allowed.join(", ")}]`, () => {
                assert.equal(branchAllowed(allowed, ref), expected);
            });
        }
    });
});
