/**
 * azure-pipelines.yml against the Azure Pipelines schema, and against the program.
 *
 * The file generates its per-stack stages with template expressions (`${{ each }}`, `${{ if }}`),
 * which the editor schema does not model, so the test expands them first, the way Azure DevOps
 * compiles a run (only the constructs the file uses are supported; anything else fails the test), and
 * validates the expanded pipeline. The cross-checks then read what Azure DevOps would run: every
 * environment and service connection is the one the Delivery component registers for that stack, every
 * stack (each Pulumi.<stack>.yaml) is previewed and deployed, prod credentials never run on a pull
 * request, and no secret variable exists.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv, { ErrorObject } from "ajv";
import * as YAML from "yaml";
import { installMocks, settle, promiseOf } from "../scripts/mocks";
import { Delivery } from "../components/Delivery";
import { environmentName, serviceConnectionName } from "../components/pipelineNames";

const ROOT = path.resolve(__dirname, "..");
const PROJECT = "lighttpd-azure";
const PIPELINE_FILE = path.join(ROOT, "azure-pipelines.yml");
const SCHEMA_FILE = path.resolve(ROOT, "../shared/schemas/azure-pipelines.schema.json");

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
type Scope = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// A minimal template expander: `${{ each x in <ref> }}` and `${{ if <expr> }}` as sequence items or
// mapping keys, `${{ <expr> }}` inside strings, where <expr> is a reference (parameters.a.b, x.c), a
// literal ('text', true, false, 42) or eq()/ne() of two of those. Macros `$(...)` and runtime
// expressions `$[...]` are left alone, as Azure DevOps leaves them for run time.
// ---------------------------------------------------------------------------------------------
const WHOLE = /^\$\{\{\s*([\s\S]*?)\s*\}\}$/;
const INLINE = /\$\{\{\s*([\s\S]*?)\s*\}\}/g;

function lookup(ref: string, scope: Scope): unknown {
    let v: unknown = scope;
    for (const part of ref.split(".")) {
        if (v === null || typeof v !== "object" || !(part in (v as Record<string, unknown>))) {
            throw new Error(`template: '${ref}' does not resolve`);
        }
        v = (v as Record<string, unknown>)[part];
    }
    return v;
}

function evaluate(expr: string, scope: Scope): unknown {
    const e = expr.trim();
    const call = /^(eq|ne)\(([^,]+),([^,]+)\)$/.exec(e);
    if (call) {
        // Azure DevOps converts the right side to the left's type; strings compare ignoring case.
        const same = String(evaluate(call[2], scope)).toLowerCase() === String(evaluate(call[3], scope)).toLowerCase();
        return call[1] === "eq" ? same : !same;
    }
    const quoted = /^'([^']*)'$/.exec(e);
    if (quoted) return quoted[1];
    if (e === "true" || e === "false") return e === "true";
    if (/^-?\d+$/.test(e)) return Number(e);
    if (/^[A-Za-z_][\w]*(\.[\w]+)*$/.test(e)) return lookup(e, scope);
    throw new Error(`template: unsupported expression '${e}'`);
}

const truthy = (v: unknown) => !(v === false || v === null || v === undefined || v === "" || v === 0 || (typeof v === "string" && v.toLowerCase() === "false"));

function directive(key: string): { kind: "each"; name: string; collection: string } | { kind: "if"; condition: string } | undefined {
    const m = WHOLE.exec(key);
    if (!m) return undefined;
    const each = /^each\s+(\w+)\s+in\s+(.+)$/.exec(m[1]);
    if (each) return { kind: "each", name: each[1], collection: each[2] };
    const cond = /^if\s+(.+)$/.exec(m[1]);
    if (cond) return { kind: "if", condition: cond[1] };
    throw new Error(`template: unsupported directive '${key}'`);
}

function expand(node: unknown, scope: Scope): unknown {
    if (typeof node === "string") {
        const whole = WHOLE.exec(node);
        if (whole) return evaluate(whole[1], scope);
        return node.replace(INLINE, (_, e: string) => String(evaluate(e, scope)));
    }
    if (Array.isArray(node)) {
        const out: unknown[] = [];
        for (const item of node) {
            const keys = item && typeof item === "object" && !Array.isArray(item) ? Object.keys(item) : [];
            const d = keys.length === 1 ? directive(keys[0]) : undefined;
            if (!d) {
                out.push(expand(item, scope));
                continue;
            }
            const body = (item as Record<string, unknown>)[keys[0]];
            if (!Array.isArray(body)) throw new Error(`template: '${keys[0]}' in a sequence must hold a sequence`);
            if (d.kind === "each") {
                const items = evaluate(d.collection, scope);
                if (!Array.isArray(items)) throw new Error(`template: '${d.collection}' is not a sequence`);
                for (const x of items) out.push(...(expand(body, { ...scope, [d.name]: x }) as unknown[]));
            } else if (truthy(evaluate(d.condition, scope))) {
                out.push(...(expand(body, scope) as unknown[]));
            }
        }
        return out;
    }
    if (node && typeof node === "object") {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(node)) {
            const d = directive(k);
            if (d?.kind === "if") {
                if (truthy(evaluate(d.condition, scope))) Object.assign(out, expand(v, scope));
            } else if (d) {
                throw new Error(`template: '${k}' is not supported as a mapping key`);
            } else {
                out[expand(k, scope) as string] = expand(v, scope);
            }
        }
        return out;
    }
    return node;
}

/** Every mapping in the tree, with the stage it sits in (undefined outside stages). */
function* mappings(node: unknown, stage?: string): Generator<{ node: Obj; stage?: string }> {
    if (Array.isArray(node)) {
        for (const x of node) yield* mappings(x, stage);
    } else if (node && typeof node === "object") {
        const o = node as Obj;
        const here = typeof o.stage === "string" ? o.stage : stage;
        yield { node: o, stage: here };
        for (const v of Object.values(o)) yield* mappings(v, here);
    }
}

/** Every string in the tree (keys and values). */
function* strings(node: unknown): Generator<string> {
    if (typeof node === "string") yield node;
    else if (Array.isArray(node)) for (const x of node) yield* strings(x);
    else if (node && typeof node === "object") {
        for (const [k, v] of Object.entries(node)) {
            yield k;
            yield* strings(v);
        }
    }
}

function readableErrors(errors: ErrorObject[] | null | undefined): string {
    if (!errors || errors.length === 0) return "";
    // anyOf reports every branch; the deepest paths are the ones that say what is wrong.
    const depth = (e: ErrorObject) => e.instancePath.split("/").length;
    const deepest = Math.max(...errors.map(depth));
    return errors.filter((e) => depth(e) === deepest)
        .map((e) => `  ${e.instancePath || "/"}: ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ""}`)
        .filter((line, i, all) => all.indexOf(line) === i)
        .join("\n");
}

const stackFiles = fs.readdirSync(ROOT).map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1]).filter((s): s is string => !!s).sort();
const stackEnvironment = (stack: string): unknown =>
    (YAML.parse(fs.readFileSync(path.join(ROOT, `Pulumi.${stack}.yaml`), "utf8")) as { config?: Obj }).config?.[`${PROJECT}:environment`];

describe("azure-pipelines.yml", function () {
    const text = fs.readFileSync(PIPELINE_FILE, "utf8");
    const raw = YAML.parse(text) as Obj;
    const params = Object.fromEntries((raw.parameters as Obj[]).map((p) => [p.name as string, p.default]));
    const pipeline = expand(raw, { parameters: params }) as Obj;
    const stages = pipeline.stages as Obj[];
    const stage = (id: string): Obj => {
        const s = stages.find((x) => x.stage === id);
        assert.ok(s, `stage '${id}' exists; have ${stages.map((x) => x.stage).join(", ")}`);
        return s;
    };
    const stacks = params.stacks as Obj[];
    const azureTasks = [...mappings(pipeline)].filter((m) => typeof m.node.task === "string" && /^AzureCLI@/i.test(m.node.task as string));

    it("is plain YAML Azure DevOps accepts: no anchors or aliases, no duplicate keys, every template expression expanded", () => {
        const doc = YAML.parseDocument(text);
        assert.deepEqual(doc.errors.map((e) => e.message), []);
        let aliases = 0;
        YAML.visit(doc, { Alias: () => { aliases++; } });
        assert.equal(aliases, 0, "Azure Pipelines rejects YAML aliases");
        const leftovers = [...strings(pipeline)].filter((s) => s.includes("${{"));
        assert.deepEqual(leftovers, []);
    });

    // Azure Pipelines reads every scalar as text: the schema types `fetchDepth: 0` and `batch: true`
    // as strings, but task inputs such as addSpnToEnvironment as JSON booleans. coerceTypes gives ajv
    // the same leniency (a scalar matches when its text does); it validates a copy.
    let validate: ((doc: unknown) => { ok: boolean; errors: string }) | undefined;
    const schemaCheck = () => {
        if (!validate) {
            const ajv = new Ajv({ unicodeRegExp: false, strict: false, allErrors: true, coerceTypes: true });
            const compiled = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8")));
            validate = (doc) => {
                const ok = compiled(structuredClone(doc));
                return { ok, errors: readableErrors(compiled.errors) };
            };
        }
        return validate;
    };

    it("validates against the Azure Pipelines schema once expanded", function () {
        this.timeout(60000);
        const result = schemaCheck()(pipeline);
        assert.ok(result.ok, `azure-pipelines.yml does not match the schema:\n${result.errors}`);
    });

    it("would fail the schema check on a misspelt key or a task input out of range", function () {
        this.timeout(60000);
        const typo = structuredClone(pipeline);
        ((typo.stages as Obj[])[0] as Obj).dependOn = "nothing";
        assert.equal(schemaCheck()(typo).ok, false);
        const badInput = structuredClone(pipeline);
        const task = [...mappings(badInput)].find((m) => m.node.task === "AzureCLI@2");
        assert.ok(task);
        (task.node.inputs as Obj).scriptType = "sh";
        const result = schemaCheck()(badInput);
        assert.equal(result.ok, false);
        assert.match(result.errors, /scriptType: must be equal to one of the allowed values/);
    });

    it("runs on pull requests into main and on pushes to main, nothing else", () => {
        assert.deepEqual(pipeline.trigger, { batch: true, branches: { include: ["main"] } });
        assert.deepEqual(pipeline.pr, { autoCancel: true, branches: { include: ["main"] } });
        assert.equal(pipeline.schedules, undefined);
        assert.equal(pipeline.lockBehavior, "sequential");
    });

    it("lists every stack that has a Pulumi.<stack>.yaml, once, in deployment order dev then prod", () => {
        assert.deepEqual(stackFiles, ["dev", "prod"]);
        assert.deepEqual(stacks.map((s) => s.name), ["dev", "prod"]);
        assert.deepEqual(stacks.map((s) => s.deployAfter), ["test", "deploy_dev"]);
    });

    it("names each stack's environment and service connection as the Delivery component registers them", async () => {
        for (const s of stacks) {
            const stack = s.name as string;
            const engine = await installMocks({ project: PROJECT, stack, config: {} });
            const delivery = new Delivery("delivery", {
                project: { create: false, name: "Web Platform" }, stack,
                subscriptionId: "sub", subscriptionName: "Subscription", tenantId: "tenant",
                resourceGroupName: "rg", deployerClientId: "client",
                pipeline: { create: false, name: PROJECT },
            });
            await promiseOf(delivery.serviceEndpointId);
            await settle();
            const env = engine.ofType("azuredevops:index/environment:Environment")[0].inputs.name;
            const sc = engine.ofType("azuredevops:index/serviceEndpointAzureRM:ServiceEndpointAzureRM")[0].inputs.serviceEndpointName;
            assert.deepEqual([s.environment, s.serviceConnection], [env, sc], `stack ${stack}`);
            assert.deepEqual([env, sc], [environmentName(PROJECT, stack), serviceConnectionName(PROJECT, stack)]);
        }
    });

    it("deploys each stack only to its own environment, and only from main", () => {
        const deployments = [...mappings(pipeline)].filter((m) => typeof m.node.deployment === "string");
        assert.deepEqual(deployments.map((d) => [d.stage, d.node.environment]), stackFiles.map((s) => [`deploy_${s}`, environmentName(PROJECT, s)]));
        for (const s of stackFiles) {
            const st = stage(`deploy_${s}`);
            assert.equal(st.condition, "and(succeeded(), eq(variables['Build.SourceBranch'], 'refs/heads/main'), ne(variables['Build.Reason'], 'PullRequest'))");
        }
        assert.equal(stage("deploy_dev").dependsOn, "test");
        assert.equal(stage("deploy_prod").dependsOn, "deploy_dev");
    });

    it("uses a service connection only where it belongs: the stack's own, in that stack's stages", () => {
        const allowed = new Set(stackFiles.map((s) => serviceConnectionName(PROJECT, s)));
        const uses = [...mappings(pipeline)].filter((m) => m.node.inputs && typeof m.node.inputs === "object" &&
            Object.keys(m.node.inputs as Obj).some((k) => /^(azureSubscription|connectedServiceNameARM|connectedServiceName)$/i.test(k)));
        assert.ok(uses.length > 0);
        for (const u of uses) {
            const conn = (u.node.inputs as Obj).azureSubscription;
            assert.ok(allowed.has(conn as string), `unknown service connection ${String(conn)}`);
            const stack = /^(preview|deploy)_(.+)$/.exec(u.stage ?? "")?.[2];
            assert.equal(conn, serviceConnectionName(PROJECT, stack ?? "<no stack stage>"), `${String(conn)} used in stage ${u.stage}`);
        }
        assert.deepEqual(azureTasks.map((t) => t.stage), uses.map((u) => u.stage), "only AzureCLI tasks use connections");
        for (const s of stackFiles) {
            assert.deepEqual(uses.filter((u) => u.stage === `deploy_${s}`).length, 1, `deploy_${s} uses its connection once`);
        }
    });

    it("previews every stack on pull requests, with real credentials only where the connection admits pull requests, never prod's", () => {
        for (const s of stacks) {
            const name = s.name as string;
            const st = stage(`preview_${name}`);
            assert.equal(st.dependsOn, "test");
            assert.equal(st.condition, "and(succeeded(), eq(variables['Build.Reason'], 'PullRequest'))");
            const scripts = [...mappings(st)].map((m) => m.node.script).filter((x): x is string => typeof x === "string");
            assert.ok(scripts.some((x) => x.includes(`npm run --silent plan -- --stack ${name} --format md`)), `offline plan of ${name}`);
            const tasks = azureTasks.filter((t) => t.stage === `preview_${name}`);
            if (stackEnvironment(name) === "prod") assert.deepEqual(tasks, [], "prod credentials never run on a pull request");
            assert.equal(tasks.length, s.previewOnPullRequest === true ? 1 : 0, `preview of ${name}`);
            for (const t of tasks) {
                assert.match((t.node.inputs as Obj).inlineScript as string, new RegExp(`pulumi preview --diff [^\\n]*--stack ${name}\\b`));
            }
            const comment = [...mappings(st)].find((m) => typeof m.node.bash === "string" && (m.node.bash as string).includes("/pullRequests/"));
            assert.ok(comment, `preview_${name} comments on the pull request`);
            assert.deepEqual(comment.node.env, { SYSTEM_ACCESSTOKEN: "$(System.AccessToken)" });
            assert.equal(comment.node.condition, "succeededOrFailed()");
            assert.match(comment.node.bash as string, /\$\(System\.CollectionUri\)\$\(System\.TeamProjectId\)\/_apis\/git\/repositories\/\$\(Build\.Repository\.ID\)\/pullRequests\/\$\(System\.PullRequest\.PullRequestId\)\/threads\?api-version=7\.1/);
        }
        assert.equal(stacks.find((s) => s.name === "dev")?.previewOnPullRequest, true);
    });

    it("authenticates every Azure step by OIDC through the connection, exporting exactly the ARM variables the providers read", () => {
        assert.ok(azureTasks.length >= stackFiles.length);
        for (const t of azureTasks) {
            const inputs = t.node.inputs as Obj;
            assert.equal(t.node.task, "AzureCLI@2");
            assert.equal(inputs.addSpnToEnvironment, true);
            assert.equal(inputs.scriptType, "bash");
            assert.equal(inputs.scriptLocation, "inlineScript");
            const script = inputs.inlineScript as string;
            const exports = script.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("export "));
            assert.deepEqual(exports, [
                "export ARM_USE_OIDC=true",
                'export ARM_OIDC_TOKEN="$idToken"',
                'export ARM_CLIENT_ID="$servicePrincipalId"',
                'export ARM_TENANT_ID="$tenantId"',
                "export ARM_SUBSCRIPTION_ID",
                'export AZDO_ORG_SERVICE_URL="$(System.CollectionUri)"',
            ], `exports in ${t.stage}`);
            assert.match(script, /^set -euo pipefail$/m);
            // Assigned apart from the export, so that a failing `az` fails the step (set -e).
            assert.match(script, /^ARM_SUBSCRIPTION_ID="\$\(az account show --query id --output tsv\)"$/m);
            assert.match(script, /pulumi login "\$PULUMI_BACKEND_URL"/);
        }
        for (const s of stackFiles) {
            const up = azureTasks.filter((t) => t.stage === `deploy_${s}`).map((t) => (t.node.inputs as Obj).inlineScript as string);
            assert.equal(up.length, 1);
            assert.match(up[0], new RegExp(`^pulumi up --yes --diff --color never --non-interactive --stack ${s} \\\\\n\\s+--policy-pack policy --policy-pack-config policy/config/${s}\\.json$`, "m"));
        }
        // Every real preview runs the same policy pack, configured for its stack.
        for (const t of azureTasks.filter((x) => (x.stage ?? "").startsWith("preview_"))) {
            const script = (t.node.inputs as Obj).inlineScript as string;
            const s = (t.stage ?? "").slice("preview_".length);
            assert.match(script, new RegExp(`--policy-pack policy --policy-pack-config policy/config/${s}\\.json`), t.stage);
        }
    });

    it("runs the offline policy evaluation and the plan diff on pull requests for every stack", () => {
        const text = fs.readFileSync(path.join(ROOT, "azure-pipelines.yml"), "utf8");
        assert.match(text, /npm run --silent plan -- --stack \$\{\{ stack\.name \}\} --format md --diff HEAD\^1/);
        assert.match(text, /npm run --silent policy -- --stack \$\{\{ stack\.name \}\}/);
        for (const s of stackFiles) assert.ok(fs.existsSync(path.join(ROOT, "policy", "config", `${s}.json`)), `policy config for ${s}`);
    });

    it("holds no secret: plain variables only, no secret macros, no keys, tokens or passphrases", () => {
        const variables = pipeline.variables as Obj[];
        for (const v of variables) assert.deepEqual(Object.keys(v).sort(), ["name", "value"], `variable ${JSON.stringify(v)}`);
        for (const s of strings(pipeline)) {
            assert.doesNotMatch(s, /isSecret|issecret=true/i);
            assert.doesNotMatch(s, /\$\([^)]*secret[^)]*\)/i);
            assert.doesNotMatch(s, /ARM_CLIENT_SECRET|AZURE_CLIENT_SECRET|AZURE_STORAGE_KEY|AZURE_STORAGE_SAS_TOKEN|PULUMI_CONFIG_PASSPHRASE|AZDO_PERSONAL_ACCESS_TOKEN|PULUMI_ACCESS_TOKEN/);
            assert.doesNotMatch(s, /##vso\[task\.setvariable/, "nothing is passed on between steps as a variable");
        }
        for (const m of mappings(pipeline)) {
            assert.equal(m.node.group, undefined, "no variable groups (they can hold secrets)");
            if (m.node.env) {
                for (const value of Object.values(m.node.env as Obj)) assert.equal(value, "$(System.AccessToken)", "the job token is the only value mapped into a step's environment");
            }
        }
    });

    it("declares the state backend, the secrets provider and the tool versions as plain variables", () => {
        const vars = Object.fromEntries((pipeline.variables as Obj[]).map((v) => [v.name as string, v.value]));
        assert.match(String(vars.PULUMI_BACKEND_URL), /^azblob:\/\/[a-z0-9-]+\?storage_account=[a-z0-9]{3,24}$/);
        assert.match(String(vars.PULUMI_SECRETS_PROVIDER_KEYS), /^azurekeyvault:\/\/[a-z0-9-]+\.vault\.azure\.net\/keys$/);
        const sdk = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> }).dependencies["@pulumi/pulumi"];
        assert.equal(vars.PULUMI_VERSION, sdk.replace(/^[\^~]/, ""), "the CLI matches the SDK's minimum version");
        assert.equal(vars.NODE_VERSION, "22.x");
    });

    it("runs only shellcheck-clean bash, once Azure DevOps has substituted its macros", () => {
        if (spawnSync("sh", ["-c", "command -v shellcheck"]).status !== 0) throw new Error("shellcheck is missing (Debian package: shellcheck)");
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-scripts-"));
        try {
            const scripts = [...mappings(pipeline)].flatMap((m) => {
                const inline = (m.node.inputs as Obj | undefined)?.inlineScript;
                const spn = "idToken=token servicePrincipalId=client tenantId=tenant\n"; // set by AzureCLI@2 (addSpnToEnvironment)
                return [
                    ...(typeof m.node.script === "string" ? [{ where: m.stage, body: m.node.script as string }] : []),
                    ...(typeof m.node.bash === "string" ? [{ where: m.stage, body: m.node.bash as string }] : []),
                    ...(typeof inline === "string" ? [{ where: m.stage, body: spn + inline }] : []),
                ];
            });
            assert.ok(scripts.length >= 8);
            scripts.forEach((sc, i) => {
                // Macros are replaced by text before the shell starts; give each a plausible value.
                const body = sc.body.replace(/\$\(([A-Za-z_][\w.]*)\)/g, (_, name: string) => `macro-${name.replace(/\./g, "-").toLowerCase()}`);
                const file = path.join(dir, `step-${i}.sh`);
                fs.writeFileSync(file, body);
                const r = spawnSync("shellcheck", ["--shell=bash", "--severity=style", file], { encoding: "utf8" });
                assert.equal(r.status, 0, `script in ${sc.where ?? "?"}:\n${body}\n${r.stdout}${r.stderr}`);
            });
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("posts one pull-request thread per stack with the preview and the offline plan, using only the job token", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-comment-"));
        try {
            const bin = path.join(dir, "bin");
            fs.mkdirSync(bin);
            // A stand-in for curl that records what it was asked to send.
            fs.writeFileSync(path.join(bin, "curl"), `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > "${dir}/curl-args"\nprev=\nfor a in "$@"; do if [ "$prev" = --data-binary ]; then cp "\${a#@}" "${dir}/curl-body"; fi; prev=$a; done\n`, { mode: 0o755 });
            const macros: Record<string, string> = {
                "Agent.TempDirectory": dir, "System.CollectionUri": "https://dev.azure.com/contoso/", "System.TeamProjectId": "p-1",
                "Build.Repository.ID": "r-1", "System.PullRequest.PullRequestId": "42", "Build.BuildNumber": "20250101.1", "Build.SourceVersion": "abc123",
            };
            for (const s of stacks) {
                const name = s.name as string;
                const step = [...mappings(stage(`preview_${name}`))].find((m) => typeof m.node.bash === "string")!.node;
                const body = (step.bash as string).replace(/\$\(([A-Za-z_][\w.]*)\)/g, (_, m: string) => {
                    assert.ok(m in macros, `unexpected macro $(${m})`);
                    return macros[m];
                });
                fs.rmSync(path.join(dir, "preview.txt"), { force: true });
                fs.writeFileSync(path.join(dir, "plan.md"), `## Offline plan: ${name}\n`);
                if (s.previewOnPullRequest === true) fs.writeFileSync(path.join(dir, "preview.txt"), "  + azuredevops:index/environment:Environment create\n");
                const r = spawnSync("bash", ["-c", body], { encoding: "utf8", env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, SYSTEM_ACCESSTOKEN: "job-token" } });
                assert.equal(r.status, 0, r.stderr);
                const args = fs.readFileSync(path.join(dir, "curl-args"), "utf8").trim().split("\n");
                assert.equal(args[args.length - 1], "https://dev.azure.com/contoso/p-1/_apis/git/repositories/r-1/pullRequests/42/threads?api-version=7.1");
                assert.ok(args.includes("Authorization: Bearer job-token"));
                const thread = JSON.parse(fs.readFileSync(path.join(dir, "curl-body"), "utf8"));
                assert.equal(thread.status, "closed");
                assert.equal(thread.comments.length, 1);
                const content: string = thread.comments[0].content;
                assert.ok(content.startsWith(`### Stack \`${name}\``), content);
                assert.ok(content.includes(`## Offline plan: ${name}`));
                assert.ok(content.includes("<sub>Run 20250101.1, commit abc123</sub>"));
                if (s.previewOnPullRequest === true) {
                    assert.ok(content.includes("```diff\n  + azuredevops:index/environment:Environment create\n"), content);
                } else {
                    assert.ok(content.includes(`No \`pulumi preview\` on pull requests for this stack`), content);
                }
            }
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("expands templates like Azure DevOps: each splices, a false if drops, a whole-value expression keeps its type", () => {
        const doc = {
            list: [{ "${{ each s in parameters.stacks }}": [{ id: "x_${{ s.name }}", after: "${{ s.after }}" }] }, { keep: 1 }],
            steps: [{ "${{ if eq(parameters.flag, 'true') }}": [{ a: 1 }] }, { "${{ if ne(parameters.flag, 'true') }}": [{ b: 2 }] }],
            macro: "$(Agent.TempDirectory) $[ variables.x ]",
        };
        const scope = { parameters: { stacks: [{ name: "dev", after: ["test"] }, { name: "prod", after: "deploy_dev" }], flag: true } };
        assert.deepEqual(expand(doc, scope), {
            list: [{ id: "x_dev", after: ["test"] }, { id: "x_prod", after: "deploy_dev" }, { keep: 1 }],
            steps: [{ a: 1 }],
            macro: "$(Agent.TempDirectory) $[ variables.x ]",
        });
        assert.throws(() => expand({ v: "${{ format('{0}', parameters.flag) }}" }, scope), /unsupported expression/);
        assert.throws(() => expand({ v: "${{ parameters.missing }}" }, scope), /does not resolve/);
    });

    it("checks out full history everywhere, and tests with the Debian packages before anything else", () => {
        const checkouts = [...mappings(pipeline)].filter((m) => m.node.checkout !== undefined);
        assert.equal(checkouts.length, 1 + 2 * stackFiles.length);
        for (const c of checkouts) assert.deepEqual([c.node.checkout, c.node.fetchDepth], ["self", 0], `checkout in ${c.stage}`);
        const test = stage("test");
        assert.equal(test.dependsOn, undefined);
        const steps = ((test.jobs as Obj[])[0].steps as Obj[]);
        assert.deepEqual(steps.map((s) => s.task ?? s.script ?? s.checkout), ["self", "NodeTool@0", 'sudo env "PATH=$PATH" CI=true bash .ci/run']);
        assert.deepEqual((steps[1].inputs as Obj), { versionSpec: "$(NODE_VERSION)" });
    });
});
