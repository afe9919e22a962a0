import { strict as assert } from "assert";
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { PolicyResource, StackValidationArgs } from "@pulumi/policy";
import {
    decodeCustomData, enforcementFor, isInternetSource, lighttpdTlsProblems, policies, policyPackConfigFor, prodEnvironmentChecks, ROLE, T,
} from "../policy/policies";
import { evaluatePlan, Evaluation, report } from "../scripts/policy";
import type { DetailedPlan } from "../scripts/plan";
import type { PlanDocument, PlanResource } from "../scripts/planFormat";
import { ROOT } from "./harness";

const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "policy-test-"));

/** The detailed plan (doc, ids, dependencies) of a stack, built in a child process (the program is required once per process). */
function detailedPlan(stack: string): DetailedPlan {
    const script = path.join(tmp, "plan-detailed.ts");
    fs.writeFileSync(script, [
        `import * as fs from "fs";`,
        `import { parseArgs, runPlanDetailed } from ${JSON.stringify(path.join(ROOT, "scripts/plan"))};`,
        `runPlanDetailed(parseArgs(process.argv.slice(3))).then((p) => { fs.writeFileSync(process.argv[2], JSON.stringify(p)); process.exit(0); },`,
        `    (e) => { console.error(e); process.exit(1); });`,
    ].join("\n"));
    const out = path.join(tmp, `${stack}.detailed.json`);
    const r = spawnSync(process.execPath, [TSX, script, out, "--stack", stack], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(fs.readFileSync(out, "utf8")) as DetailedPlan;
}

/** `npm run policy -- ...` exactly as a user runs it. */
function policyCli(...args: string[]) {
    const r = spawnSync(process.execPath, [TSX, path.join(ROOT, "scripts/policy.ts"), ...args], {
        cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const clone = <X>(x: X): X => JSON.parse(JSON.stringify(x)) as X;
type Mutable = { doc: PlanDocument; ids: Record<string, string>; dependencies: Record<string, string[]> };
type Any = Record<string, any>;

function one(p: Mutable, type: string, name?: string): PlanResource & { inputs: Any; outputs: Any } {
    const all = p.doc.resources.filter((r) => r.type === type && (name === undefined || r.name === name));
    assert.equal(all.length, 1, `expected one ${type}${name ? ` named ${name}` : ""}, got ${all.map((r) => r.name).join(", ") || "none"}`);
    return all[0] as PlanResource & { inputs: Any; outputs: Any };
}

/** Removes a resource (and what the engine knew about it) from a plan. */
function drop(p: Mutable, r: PlanResource): void {
    p.doc.resources.splice(p.doc.resources.indexOf(r), 1);
    delete p.ids[r.urn];
    delete p.dependencies[r.urn];
}

/** A new resource, a copy of `r` under another logical name, with `inputs` changed. */
function copyOf(p: Mutable, r: PlanResource, name: string, change: (inputs: Any) => void): PlanResource {
    const urn = r.urn.replace(/::[^:]+$/, `::${name}`);
    const c = { ...clone(r), urn, name };
    change(c.inputs);
    p.doc.resources.push(c);
    return c;
}

const mandatory = (e: Evaluation) => report(e);

describe("security baseline (policy/, npm run policy)", function () {
    this.timeout(180_000);
    const plans: Record<string, DetailedPlan> = {};
    before(() => {
        for (const stack of ["dev", "prod"]) plans[stack] = detailedPlan(stack);
    });
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));
    const fresh = (stack: string): Mutable => clone(plans[stack]) as Mutable;
    const evaluate = (p: Mutable) => evaluatePlan(p.doc, { ids: p.ids, dependencies: p.dependencies });

    it("enforces mandatory in prod and advisory elsewhere, with a pack config per stack that says so", () => {
        assert.equal(enforcementFor("prod"), "mandatory");
        assert.equal(enforcementFor("prod-westeurope"), "mandatory");
        assert.equal(enforcementFor("dev"), "advisory");
        assert.equal(enforcementFor("production-test"), "advisory");
        for (const stack of ["dev", "prod"]) {
            const file = JSON.parse(fs.readFileSync(path.join(ROOT, "policy/config", `${stack}.json`), "utf8"));
            assert.deepEqual(file, policyPackConfigFor(stack), `policy/config/${stack}.json`);
        }
        assert.deepEqual(policyPackConfigFor("prod"), { all: "mandatory" });
    });

    it("declares the pack with unique policy names, none of them the reserved 'all', and no fixed enforcement level", () => {
        const names = policies.map((p) => p.name);
        assert.equal(new Set(names).size, names.length);
        assert.ok(!names.includes("all"));
        for (const p of policies) assert.equal(p.enforcementLevel, undefined, `${p.name} takes its level from the pack and its config`);
        const index = fs.readFileSync(path.join(ROOT, "policy/index.ts"), "utf8");
        assert.match(index, /new PolicyPack\("lighttpd-azure-baseline", \{/);
        assert.match(index, /enforcementLevel: "mandatory"/);
        const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "policy/package.json"), "utf8"));
        assert.ok(pkg.version, "PolicyPack reads its version from package.json");
        assert.ok(pkg.dependencies["@pulumi/policy"] && pkg.dependencies["@pulumi/pulumi"]);
        assert.match(fs.readFileSync(path.join(ROOT, "policy/PulumiPolicy.yaml"), "utf8"), /^runtime: nodejs$/m);
    });

    for (const stack of ["dev", "prod"]) {
        it(`passes the ${stack} plan with no violation and nothing left undecided`, async () => {
            const e = await evaluate(fresh(stack));
            assert.deepEqual(e.violations, []);
            assert.deepEqual(e.unverified, []);
            assert.equal(e.policies, policies.length);
        });
    }

    // -----------------------------------------------------------------------------------------
    // One minimal mutation per policy: exactly that policy reports, naming the resource.
    // -----------------------------------------------------------------------------------------
    const cases: { title: string; stack: string; policy: string; mutate: (p: Mutable) => PlanResource; message: RegExp }[] = [
        {
            title: "rejects SSH from the Internet in dev", stack: "dev", policy: "no-internet-ssh-rdp",
            mutate: (p) => {
                const nsg = one(p, T.nsg);
                nsg.inputs.securityRules.find((r: Any) => r.name === "allow-ssh-from-deployers").sourceAddressPrefixes = ["0.0.0.0/0"];
                return nsg;
            },
            message: /^rule 'allow-ssh-from-deployers' allows SSH \(port 22\) from '0\.0\.0\.0\/0'$/,
        },
        {
            title: "rejects SSH from the Internet service tag in prod", stack: "prod", policy: "no-internet-ssh-rdp",
            mutate: (p) => {
                const nsg = one(p, T.nsg);
                nsg.inputs.securityRules.find((r: Any) => r.name === "allow-https-from-internet").destinationPortRange = "22";
                return nsg;
            },
            message: /^rule 'allow-https-from-internet' allows SSH \(port 22\) from 'Internet'$/,
        },
        {
            title: "rejects RDP from anywhere through a port range", stack: "prod", policy: "no-internet-ssh-rdp",
            mutate: (p) => {
                const nsg = one(p, T.nsg);
                nsg.inputs.securityRules.push({ name: "ops", access: "Allow", direction: "Inbound", protocol: "*", priority: 200, sourceAddressPrefix: "*", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRanges: ["3000-4000"] });
                return nsg;
            },
            message: /^rule 'ops' allows RDP \(port 3389\) from '\*'$/,
        },
        {
            title: "rejects password login on the prod scale set", stack: "prod", policy: "vm-password-login-disabled",
            mutate: (p) => {
                const vmss = one(p, T.vmss);
                vmss.inputs.virtualMachineProfile.osProfile.linuxConfiguration.disablePasswordAuthentication = false;
                return vmss;
            },
            message: /^virtualMachineProfile\.osProfile\.linuxConfiguration\.disablePasswordAuthentication must be true; got 'false'$/,
        },
        {
            title: "rejects an admin password on a dev VM", stack: "dev", policy: "vm-password-login-disabled",
            mutate: (p) => {
                const vm = one(p, T.vm);
                vm.inputs.osProfile.adminPassword = "[secret]";
                return vm;
            },
            message: /^osProfile\.adminPassword is set: hosts must not have a password$/,
        },
        {
            title: "rejects a Key Vault without RBAC authorization", stack: "prod", policy: "keyvault-rbac-authorization",
            mutate: (p) => {
                const v = one(p, T.vault);
                v.inputs.properties.enableRbacAuthorization = false;
                return v;
            },
            message: /^properties\.enableRbacAuthorization must be true; got 'false'$/,
        },
        {
            title: "rejects a prod Key Vault without purge protection", stack: "prod", policy: "keyvault-purge-protection",
            mutate: (p) => {
                const v = one(p, T.vault);
                delete v.inputs.properties.enablePurgeProtection;
                return v;
            },
            message: /^properties\.enablePurgeProtection must be true in production; got not set$/,
        },
        {
            title: "rejects a Key Vault firewall that allows by default", stack: "prod", policy: "keyvault-firewall-deny-by-default",
            mutate: (p) => {
                const v = one(p, T.vault);
                v.inputs.properties.networkAcls.defaultAction = "Allow";
                return v;
            },
            message: /^properties\.networkAcls\.defaultAction must be 'Deny'; got 'Allow'$/,
        },
        {
            title: "rejects shared-key access on the release storage account", stack: "prod", policy: "storage-no-shared-key-access",
            mutate: (p) => {
                const st = one(p, T.storageAccount);
                st.inputs.allowSharedKeyAccess = true;
                return st;
            },
            message: /^allowSharedKeyAccess must be false; got 'true'$/,
        },
        {
            title: "rejects public blob access on the account", stack: "prod", policy: "storage-no-public-blob-access",
            mutate: (p) => {
                const st = one(p, T.storageAccount);
                st.inputs.allowBlobPublicAccess = true;
                return st;
            },
            message: /^allowBlobPublicAccess must be false; got 'true'$/,
        },
        {
            title: "rejects a public container", stack: "prod", policy: "storage-no-public-blob-access",
            mutate: (p) => {
                const c = one(p, T.blobContainer);
                c.inputs.publicAccess = "Blob";
                return c;
            },
            message: /^publicAccess must be 'None'; got 'Blob'$/,
        },
        {
            title: "rejects an Owner assignment", stack: "prod", policy: "no-privileged-role-assignments",
            mutate: (p) => copyOf(p, one(p, T.roleAssignment, "lighttpd-deployer-contributor"), "lighttpd-deployer-owner", (i) => {
                i.roleDefinitionId = String(i.roleDefinitionId).replace(/[0-9a-f-]{36}$/, ROLE.owner);
            }),
            message: new RegExp(`^assigns Owner \\(${ROLE.owner}\\)$`),
        },
        {
            title: "rejects a User Access Administrator assignment", stack: "dev", policy: "no-privileged-role-assignments",
            mutate: (p) => copyOf(p, one(p, T.roleAssignment, "lighttpd-deployer-contributor"), "lighttpd-deployer-uaa", (i) => {
                i.roleDefinitionId = String(i.roleDefinitionId).replace(/[0-9a-f-]{36}$/, ROLE.userAccessAdministrator.toUpperCase());
            }),
            message: new RegExp(`^assigns User Access Administrator \\(${ROLE.userAccessAdministrator}\\)$`),
        },
        {
            title: "rejects the RBAC Administrator role without its ABAC condition", stack: "prod", policy: "no-privileged-role-assignments",
            mutate: (p) => {
                const ra = one(p, T.roleAssignment, "lighttpd-deployer-rbac-admin");
                delete ra.inputs.condition;
                delete ra.inputs.conditionVersion;
                return ra;
            },
            message: /^assigns Role Based Access Control Administrator \(f58310d9-a9f6-439a-9e8d-f62e7b41a168\) without an ABAC condition/,
        },
        {
            title: "rejects a role assignment without principalType", stack: "prod", policy: "role-assignment-principal-type",
            mutate: (p) => {
                const ra = one(p, T.roleAssignment, "lighttpd-kv-web-reads-secrets");
                delete ra.inputs.principalType;
                return ra;
            },
            message: /^principalType is not set$/,
        },
        {
            title: "rejects a service connection with a service principal secret scheme", stack: "prod", policy: "service-connection-workload-identity",
            mutate: (p) => {
                const sc = one(p, T.serviceEndpointAzureRM);
                sc.inputs.serviceEndpointAuthenticationScheme = "ServicePrincipal";
                return sc;
            },
            message: /^serviceEndpointAuthenticationScheme must be 'WorkloadIdentityFederation'; got 'ServicePrincipal'$/,
        },
        {
            title: "rejects a stored service principal key", stack: "dev", policy: "service-connection-workload-identity",
            mutate: (p) => {
                const sc = one(p, T.serviceEndpointAzureRM);
                sc.inputs.credentials.serviceprincipalkey = "[secret]";
                return sc;
            },
            message: /^credentials\.serviceprincipalkey is set: the connection would store a secret$/,
        },
        {
            title: "rejects a prod environment without an approval check", stack: "prod", policy: "prod-environment-approval-and-branch-control",
            mutate: (p) => {
                drop(p, one(p, T.checkApproval, "lighttpd-delivery-env-approval"));
                return one(p, T.environment);
            },
            message: /^environment 'lighttpd-azure-prod' has no approval check \(CheckApproval targeting it\)$/,
        },
        {
            title: "rejects a prod environment whose approval check targets the service connection instead", stack: "prod", policy: "prod-environment-approval-and-branch-control",
            mutate: (p) => {
                const approval = one(p, T.checkApproval, "lighttpd-delivery-env-approval");
                const sc = one(p, T.checkApproval, "lighttpd-delivery-sc-approval");
                approval.inputs.targetResourceId = approval.outputs.targetResourceId = sc.inputs.targetResourceId;
                approval.inputs.targetResourceType = approval.outputs.targetResourceType = "endpoint";
                p.dependencies[approval.urn] = p.dependencies[sc.urn];
                return one(p, T.environment);
            },
            message: /^environment 'lighttpd-azure-prod' has no approval check/,
        },
        {
            title: "rejects a prod environment without a branch control check", stack: "prod", policy: "prod-environment-approval-and-branch-control",
            mutate: (p) => {
                drop(p, one(p, T.checkBranchControl, "lighttpd-delivery-env-branch"));
                return one(p, T.environment);
            },
            message: /^environment 'lighttpd-azure-prod' has no branch control check \(CheckBranchControl targeting it\)$/,
        },
        {
            title: "rejects a prod branch control that allows any branch", stack: "prod", policy: "prod-environment-approval-and-branch-control",
            mutate: (p) => {
                const b = one(p, T.checkBranchControl, "lighttpd-delivery-env-branch");
                b.outputs.allowedBranches = "refs/heads/main, *";
                return b;
            },
            message: /^branch control check 'lighttpd-delivery-env-branch' of environment 'lighttpd-azure-prod' allows any branch \('\*'\)$/,
        },
        {
            title: "rejects a scale set OS disk without the customer-managed key", stack: "prod", policy: "disk-encryption-customer-managed-key",
            mutate: (p) => {
                const vmss = one(p, T.vmss);
                delete vmss.inputs.virtualMachineProfile.storageProfile.osDisk.managedDisk.diskEncryptionSet;
                return vmss;
            },
            message: /^virtualMachineProfile\.storageProfile\.osDisk\.managedDisk\.diskEncryptionSet\.id is not set: the disk would use a platform-managed key$/,
        },
        {
            title: "rejects a VM data disk without the customer-managed key", stack: "dev", policy: "disk-encryption-customer-managed-key",
            mutate: (p) => {
                const vm = one(p, T.vm);
                vm.inputs.storageProfile.dataDisks = [{ lun: 0, createOption: "Empty", diskSizeGB: 32, managedDisk: { storageAccountType: "StandardSSD_LRS" } }];
                return vm;
            },
            message: /^storageProfile\.dataDisks\[0\]\.managedDisk\.diskEncryptionSet\.id is not set/,
        },
        {
            title: "rejects TLS 1.0 on the storage account", stack: "prod", policy: "tls-1-2-or-later",
            mutate: (p) => {
                const st = one(p, T.storageAccount);
                st.inputs.minimumTlsVersion = "TLS1_0";
                return st;
            },
            message: /^minimumTlsVersion must be TLS1_2 or later; got 'TLS1_0'$/,
        },
        {
            title: "rejects lighttpd accepting TLS 1.1 on the prod hosts", stack: "prod", policy: "tls-1-2-or-later",
            mutate: (p) => {
                const vmss = one(p, T.vmss);
                const os = vmss.inputs.virtualMachineProfile.osProfile;
                const text = decodeCustomData(os.customData)!;
                assert.match(text, /"MinProtocol" => "TLSv1\.2"/, "the prod hosts' cloud-init sets TLS 1.2");
                os.customData = Buffer.from(text.replace(/"MinProtocol" => "TLSv1\.2"/g, '"MinProtocol" => "TLSv1.1"')).toString("base64");
                return vmss;
            },
            message: /^lighttpd's "MinProtocol" must be TLSv1\.2 or TLSv1\.3; got 'TLSv1\.1'$/,
        },
    ];

    it("has a mutation case for every policy", () => {
        const covered = new Set(cases.map((c) => c.policy));
        assert.deepEqual(policies.map((p) => p.name).filter((n) => !covered.has(n)), []);
    });

    for (const c of cases) {
        it(`${c.title} (${c.policy}, and only it)`, async () => {
            const p = fresh(c.stack);
            const target = c.mutate(p);
            const e = await evaluate(p);
            assert.deepEqual(e.unverified, []);
            assert.ok(e.violations.length > 0, `${c.policy} reports the mutation`);
            for (const v of e.violations) {
                assert.equal(v.policy, c.policy, `only ${c.policy} reports; got ${v.policy}: ${v.message}`);
                assert.equal(v.urn, target.urn);
            }
            assert.ok(e.violations.some((v) => c.message.test(v.message)), `a message matches ${c.message}; got ${e.violations.map((v) => v.message).join(" | ")}`);
            assert.equal(mandatory(e).code, c.stack === "prod" ? 1 : 0, "mandatory in prod, advisory in dev");
        });
    }

    it("requires purge protection and environment checks in prod only", async () => {
        const p = fresh("dev");
        delete one(p, T.vault).inputs.properties.enablePurgeProtection;
        drop(p, one(p, T.checkBranchControl, "lighttpd-delivery-env-branch"));
        assert.deepEqual((await evaluate(p)).violations, []);
    });

    it("cannot decide environment checks from a plan file without ids, and says so instead of failing", async () => {
        const p = fresh("prod");
        for (const r of p.doc.resources) if (r.type === T.environment) delete (r.outputs as Any).id;
        const e = await evaluatePlan(p.doc);
        assert.deepEqual(e.violations, []);
        assert.deepEqual(e.unverified.map((f) => f.policy), ["prod-environment-approval-and-branch-control"]);
        assert.match(e.unverified[0].message, /^can't verify from this plan: the plan records no id for urn:pulumi:prod::.*Environment::lighttpd-delivery-env$/);
        assert.equal(report(e).code, 0);
        const dropped = fresh("prod");
        drop(dropped, one(dropped, T.checkApproval, "lighttpd-delivery-env-approval"));
        drop(dropped, one(dropped, T.checkApproval, "lighttpd-delivery-sc-approval"));
        const none = await evaluatePlan(dropped.doc);
        assert.deepEqual(none.violations.map((v) => v.message), ["environment 'lighttpd-azure-prod' has no approval check (CheckApproval targeting it)"],
            "with no approval check at all there is nothing to link: a definite violation");
    });

    it("links checks by the engine's property dependencies while ids are unknown (preview)", () => {
        const proxy = require("@pulumi/policy/proxy") as { unknownCheckingProxy: (x: object) => Any; unknownStringValue: string };
        const urn = (type: string, name: string) => `urn:pulumi:prod::lighttpd-azure::lighttpd-azure:delivery:Delivery$${type}::${name}`;
        const resource = (type: string, name: string, props: Any): PolicyResource => ({
            type, name, urn: urn(type, name), props: proxy.unknownCheckingProxy(props),
            opts: { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 } },
            dependencies: [], propertyDependencies: {}, isType: () => false, asType: () => undefined,
        });
        const env = resource(T.environment, "env", { name: "lighttpd-azure-prod", id: proxy.unknownStringValue });
        const check = (type: string, name: string, extra: Any) => {
            const c = resource(type, name, { targetResourceType: "environment", targetResourceId: proxy.unknownStringValue, ...extra });
            c.propertyDependencies = { targetResourceId: [env], projectId: [] };
            c.dependencies = [env];
            return c;
        };
        const run = (resources: PolicyResource[]) => {
            const found: string[] = [];
            const args = { resources, stackTags: new Map(), getConfig: () => ({}), notApplicable: () => { throw new Error("n/a"); } } as unknown as StackValidationArgs;
            prodEnvironmentChecks.validateStack(args, (m) => found.push(m));
            return found;
        };
        const approval = check(T.checkApproval, "approval", { approvers: ["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"] });
        const branch = check(T.checkBranchControl, "branch", { allowedBranches: "refs/heads/main" });
        assert.deepEqual(run([env, approval, branch]), []);
        assert.deepEqual(run([env, branch]), ["environment 'lighttpd-azure-prod' has no approval check (CheckApproval targeting it)"]);
    });

    it("reads presence, not values, so an unknown disk encryption set id passes during preview", () => {
        const proxy = require("@pulumi/policy/proxy") as { unknownCheckingProxy: (x: object) => Any; unknownStringValue: string };
        const vmss = clone(one(fresh("prod") as Mutable, T.vmss));
        vmss.inputs.virtualMachineProfile.storageProfile.osDisk.managedDisk.diskEncryptionSet.id = proxy.unknownStringValue;
        const disk = policies.find((p) => p.name === "disk-encryption-customer-managed-key")!;
        const found: string[] = [];
        const validate = (disk as { validateResource: (a: unknown, r: (m: string) => void) => void }).validateResource;
        validate({ type: T.vmss, urn: vmss.urn, name: vmss.name, props: proxy.unknownCheckingProxy(vmss.inputs) }, (m) => found.push(m));
        assert.deepEqual(found, []);
    });

    describe("under @pulumi/policy's own analyzer handlers (what `pulumi preview --policy-pack` calls)", () => {
        /* eslint-disable @typescript-eslint/no-require-imports */
        const server = require("@pulumi/policy/server") as Any;
        const pb = require("@pulumi/pulumi/proto/analyzer_pb") as Any;
        const { Struct } = require("google-protobuf/google/protobuf/struct_pb") as Any;
        const { unknownStringValue } = require("@pulumi/policy/proxy") as Any;
        /* eslint-enable @typescript-eslint/no-require-imports */
        type Diagnostic = { policy: string; urn: string; message: string; level: string };
        const levels = Object.fromEntries(Object.entries(pb.EnforcementLevel as Record<string, number>).map(([k, v]) => [v, k]));
        const diagnostics = (resp: Any): Diagnostic[] => resp.getDiagnosticsList().map((d: Any) => ({
            policy: d.getPolicyname(), urn: d.getUrn(), message: d.getMessage(), level: levels[d.getEnforcementlevel()],
        }));
        const call = (fn: (c: unknown, cb: (e: unknown, r: Any) => void) => void, request: unknown) =>
            new Promise<Diagnostic[]>((resolve, reject) => fn({ request }, (e, r) => (e ? reject(e) : resolve(diagnostics(r)))));
        /** The engine's analyze call for each resource (props: its inputs), at a pack-wide level. */
        async function analyze(doc: PlanDocument, level: "mandatory" | "advisory"): Promise<Diagnostic[]> {
            const fn = server.makeAnalyzeRpcFun("lighttpd-azure-baseline", "0.1.0", level, policies);
            const out: Diagnostic[] = [];
            for (const r of doc.resources) {
                const req = new pb.AnalyzeRequest();
                req.setType(r.type);
                req.setUrn(r.urn);
                req.setName(r.name);
                req.setProperties(Struct.fromJavaScript(r.inputs));
                req.setOptions(new pb.AnalyzerResourceOptions());
                out.push(...(await call(fn, req)).map((d) => ({ ...d, urn: d.urn || r.urn })));
            }
            return out;
        }
        /** The engine's analyzeStack call: props are outputs, ids unknown (a first preview), dependencies per property. */
        async function analyzeStack(p: Mutable): Promise<Diagnostic[]> {
            const fn = server.makeAnalyzeStackRpcFun("lighttpd-azure-baseline", "0.1.0", "mandatory", policies);
            const req = new pb.AnalyzeStackRequest();
            req.setResourcesList(p.doc.resources.map((r) => {
                const a = new pb.AnalyzerResource();
                a.setType(r.type);
                a.setUrn(r.urn);
                a.setName(r.name);
                a.setProperties(Struct.fromJavaScript({ ...r.outputs, ...(r.type.startsWith("azuredevops:") ? { id: unknownStringValue } : {}), ...(r.inputs.targetResourceId ? { targetResourceId: unknownStringValue } : {}) }));
                a.setOptions(new pb.AnalyzerResourceOptions());
                if (r.parent) a.setParent(r.parent);
                a.setDependenciesList(p.dependencies[r.urn] ?? []);
                // A check's targetResourceId comes from its target's id: the dependency whose id it equals.
                const target = (p.dependencies[r.urn] ?? []).find((u) => p.ids[u] !== undefined && p.ids[u] === r.inputs.targetResourceId);
                if (target) a.getPropertydependenciesMap().set("targetResourceId", new pb.AnalyzerPropertyDependencies().setUrnsList([target]));
                return a;
            }));
            return call(fn, req);
        }

        it("finds nothing in either plan, and the prod environment's checks by dependency while every id is unknown", async () => {
            for (const stack of ["dev", "prod"]) assert.deepEqual(await analyze(plans[stack].doc, enforcementFor(stack)), [], stack);
            assert.deepEqual(await analyzeStack(fresh("prod")), []);
        });

        it("reports a violation at the pack's level: mandatory for prod's config, advisory for dev's", async () => {
            const p = fresh("prod");
            one(p, T.storageAccount).inputs.allowSharedKeyAccess = true;
            for (const level of ["mandatory", "advisory"] as const) {
                const ds = await analyze(p.doc, level);
                assert.deepEqual(ds, [{ policy: "storage-no-shared-key-access", urn: one(p, T.storageAccount).urn, message: "Storage accounts refuse shared-key (account key and SAS) authorization: Entra ID and RBAC only.\nallowSharedKeyAccess must be false; got 'true'", level: level.toUpperCase() }]);
            }
        });

        it("reports a missing approval check during preview, and defers (advisory) what only unknown values could decide", async () => {
            const p = fresh("prod");
            drop(p, one(p, T.checkApproval, "lighttpd-delivery-env-approval"));
            const ds = await analyzeStack(p);
            assert.deepEqual(ds.map((d) => [d.policy, d.level]), [["prod-environment-approval-and-branch-control", "MANDATORY"]]);
            assert.match(ds[0].message, /environment 'lighttpd-azure-prod' has no approval check/);
            const vmss = one(fresh("prod"), T.vmss);
            vmss.inputs.virtualMachineProfile.osProfile.customData = unknownStringValue;
            const unknown = await analyze(doc1(vmss), "mandatory");
            assert.deepEqual(unknown.map((d) => [d.policy, d.level]), [["tls-1-2-or-later", "ADVISORY"]]);
            assert.match(unknown[0].message, /can't run policy 'tls-1-2-or-later' .* during preview: string value at \.virtualMachineProfile\.osProfile\.customData can't be known during preview/);
        });
        const doc1 = (r: PlanResource): PlanDocument => ({ stack: "prod", project: "lighttpd-azure", resources: [r], outputs: {} });
    });

    it("serves the pack over gRPC from policy/ as the CLI starts it: its policies, violations, and the levels a config sets", async () => {
        /* eslint-disable @typescript-eslint/no-require-imports */
        const grpc = require("@grpc/grpc-js") as Any;
        const rpc = require("@pulumi/pulumi/proto/analyzer_grpc_pb") as Any;
        const pb = require("@pulumi/pulumi/proto/analyzer_pb") as Any;
        const { Struct } = require("google-protobuf/google/protobuf/struct_pb") as Any;
        const { Empty } = require("google-protobuf/google/protobuf/empty_pb") as Any;
        /* eslint-enable @typescript-eslint/no-require-imports */
        const pack = spawn(process.execPath, [TSX, "index.ts"], { cwd: path.join(ROOT, "policy"), stdio: ["ignore", "pipe", "pipe"] });
        try {
            let errors = "";
            pack.stderr.on("data", (b: Buffer) => { errors += b.toString(); });
            const port = await new Promise<string>((resolve, reject) => {
                let out = "";
                pack.stdout.on("data", (b: Buffer) => {
                    out += b.toString();
                    const m = /^(\d+)\n/.exec(out);
                    if (m) resolve(m[1]);
                });
                pack.on("exit", (code) => reject(new Error(`the pack exited (${code}) before serving: ${errors}`)));
            });
            const client = new rpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
            const unary = (method: string, req: unknown) => new Promise<Any>((resolve, reject) => client[method](req, (e: unknown, r: Any) => (e ? reject(e) : resolve(r))));
            const info = await unary("getAnalyzerInfo", new Empty());
            assert.equal(info.getName(), "lighttpd-azure-baseline");
            assert.equal(info.getVersion(), JSON.parse(fs.readFileSync(path.join(ROOT, "policy/package.json"), "utf8")).version);
            assert.deepEqual(info.getPoliciesList().map((x: Any) => x.getName()), policies.map((x) => x.name));
            assert.ok(info.getPoliciesList().every((x: Any) => x.getEnforcementlevel() === pb.EnforcementLevel.MANDATORY), "mandatory unless configured");

            const p = fresh("dev");
            const nsg = one(p, T.nsg);
            nsg.inputs.securityRules.find((r: Any) => r.name === "allow-ssh-from-deployers").sourceAddressPrefixes = ["Internet"];
            const req = new pb.AnalyzeRequest();
            req.setType(nsg.type); req.setUrn(nsg.urn); req.setName(nsg.name);
            req.setProperties(Struct.fromJavaScript(nsg.inputs));
            req.setOptions(new pb.AnalyzerResourceOptions());
            const levelsOf = async () => (await unary("analyze", req)).getDiagnosticsList().map((d: Any) => [d.getPolicyname(), d.getEnforcementlevel()]);
            assert.deepEqual(await levelsOf(), [["no-internet-ssh-rdp", pb.EnforcementLevel.MANDATORY]]);
            // What the CLI sends for `--policy-pack-config policy/config/dev.json` ({"all": "advisory"}): every policy, advisory.
            const configure = new pb.ConfigureAnalyzerRequest();
            for (const x of policies) configure.getPolicyconfigMap().set(x.name, new pb.PolicyConfig().setEnforcementlevel(pb.EnforcementLevel.ADVISORY).setProperties(Struct.fromJavaScript({})));
            await unary("configure", configure);
            assert.deepEqual(await levelsOf(), [["no-internet-ssh-rdp", pb.EnforcementLevel.ADVISORY]]);
            client.close();
        } finally {
            pack.kill();
        }
    });

    it("treats wildcards, service tags and very wide ranges as the Internet, not private or narrow ranges", () => {
        for (const s of ["*", "Internet", "any", "0.0.0.0/0", "::/0", "1.0.0.0/1", "2000::/3"]) assert.ok(isInternetSource(s), s);
        for (const s of ["10.0.0.0/8", "198.51.100.0/28", "AzureLoadBalancer", "VirtualNetwork", "2001:db8::/32"]) assert.ok(!isInternetSource(s), s);
    });

    it("checks lighttpd's TLS floor only when TLS is on", () => {
        assert.deepEqual(lighttpdTlsProblems('server.port = 80\n'), []);
        assert.deepEqual(lighttpdTlsProblems('ssl.engine = "enable"\nssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1.3")'), []);
        assert.deepEqual(lighttpdTlsProblems('ssl.engine = "enable"\n'), ["lighttpd enables TLS (ssl.engine) without \"MinProtocol\" in ssl.openssl.ssl-conf-cmd"]);
    });

    // -----------------------------------------------------------------------------------------
    // The command line
    // -----------------------------------------------------------------------------------------

    it("passes both stacks from the command line (--stack), exit 0 with a summary on stdout", () => {
        for (const stack of ["prod", "dev"]) {
            const r = policyCli("--stack", stack);
            assert.equal(r.code, 0, r.stderr);
            assert.equal(r.stdout, `policy: ${policies.length} policies over ${plans[stack].doc.resources.length} resources of stack '${stack}': no violations (${enforcementFor(stack)})\n`);
        }
    });

    it("builds the plan with --config-file as npm run plan does, and exits 3 naming a bad key", () => {
        const file = path.join(tmp, "Pulumi.typo.yaml");
        fs.writeFileSync(file, fs.readFileSync(path.join(ROOT, "Pulumi.prod.yaml"), "utf8").replace("lighttpd-azure:webVmSize:", "lighttpd-azure:webVmSise:"));
        const r = policyCli("--stack", "prod", "--config-file", file);
        assert.equal(r.code, 3);
        assert.equal(r.stdout, "");
        assert.match(r.stderr, /'lighttpd-azure:webVmSise' is not a known key; did you mean 'lighttpd-azure:webVmSize'\?/);
    });

    it("fails a violating prod plan file with exit 1, one '<policy>  <urn>  <reason>' line per violation and a summary", () => {
        const p = fresh("prod");
        const st = one(p, T.storageAccount);
        st.inputs.minimumTlsVersion = "TLS1_0";
        st.inputs.allowSharedKeyAccess = true;
        const file = path.join(tmp, "prod-bad.json");
        fs.writeFileSync(file, JSON.stringify(p.doc));
        const r = policyCli("--plan-file", file);
        assert.equal(r.code, 1);
        assert.equal(r.stdout, "");
        const lines = r.stderr.trimEnd().split("\n").filter((l) => !l.startsWith("policy: ") && !/can't verify/.test(l));
        assert.deepEqual(lines, [
            `storage-no-shared-key-access  ${st.urn}  allowSharedKeyAccess must be false; got 'true'`,
            `tls-1-2-or-later  ${st.urn}  minimumTlsVersion must be TLS1_2 or later; got 'TLS1_0'`,
        ]);
        assert.match(r.stderr, /^policy: 2 mandatory violation\(s\) of the baseline in stack 'prod':$/m);
        assert.match(r.stderr, /^policy: FAILED: 2 mandatory violation\(s\); \d+ policies over \d+ resources of stack 'prod'$/m);
    });

    it("warns about a violating dev plan file but exits 0, saying that dev is advisory", () => {
        const p = fresh("dev");
        const nsg = one(p, T.nsg);
        nsg.inputs.securityRules.find((r: Any) => r.name === "allow-ssh-from-deployers").sourceAddressPrefixes = ["Internet"];
        const file = path.join(tmp, "dev-bad.json");
        fs.writeFileSync(file, JSON.stringify(p.doc));
        const r = policyCli("--plan-file", file);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stderr, new RegExp(`^no-internet-ssh-rdp  ${nsg.urn.replace(/[$.*+?^(){}|[\]\\]/g, "\\$&")}  rule 'allow-ssh-from-deployers' allows SSH \\(port 22\\) from 'Internet'$`, "m"));
        assert.match(r.stderr, /^policy: warning: 1 advisory violation\(s\) of the baseline in stack 'dev' \(advisory: reported, not enforced\):$/m);
        assert.match(r.stderr, /^policy: passed with 1 warning\(s\): stack 'dev' is advisory, so violations do not fail/m);
    });

    it("passes a clean plan file and refuses a file that is not a plan or bad arguments", () => {
        const file = path.join(tmp, "dev.json");
        fs.writeFileSync(file, JSON.stringify(plans.dev.doc));
        const ok = policyCli("--plan-file", file);
        assert.equal(ok.code, 0, ok.stderr);
        assert.match(ok.stdout, /no violations \(advisory\)/);
        const json = policyCli("--plan-file", file, "--format", "json");
        assert.equal(json.code, 0, json.stderr);
        assert.deepEqual(JSON.parse(json.stdout), { stack: "dev", enforcement: "advisory", policies: policies.length, resources: plans.dev.doc.resources.length, violations: [], unverified: [] });
        const notPlan = path.join(tmp, "not-a-plan.json");
        fs.writeFileSync(notPlan, JSON.stringify({ hello: 1 }));
        const bad = policyCli("--plan-file", notPlan);
        assert.equal(bad.code, 3);
        assert.match(bad.stderr, /is not a plan \(contract 1/);
        for (const args of [[], ["--stack", "dev", "--plan-file", file], ["--plan-file", file, "--site", "x"], ["--bogus"]]) {
            const u = policyCli(...args);
            assert.equal(u.code, 2, args.join(" "));
            assert.match(u.stderr, /usage: npm run policy -- \(--stack NAME/);
        }
    });
});
