/**
 * The locally generated @pulumi/azuredevops SDK (sdks/azuredevops) against its generator and its schema:
 * (a) the committed directory is exactly what the generator produces;
 * (b) every resource, function and interface of the schema is exported with the schema's names and optionality;
 * (c) resources, the provider and invokes reach the engine with the exact tokens and inputs, secrets as secrets;
 * (d) the package metadata that makes the Pulumi CLI install the provider plugin.
 */
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import * as ts from "typescript";
import * as azuredevops from "@pulumi/azuredevops";

const REPO = path.resolve(__dirname, "..");
const SDK = path.join(REPO, "sdks", "azuredevops");
const SCHEMA_FILE = path.resolve(REPO, "../shared/schemas/azuredevops-3.15.0.schema.json");
const VERSION = "3.15.0";
/** Pulumi's secret envelope as it reaches the mocks (see ARCHITECTURE.md, contract 1). */
const SECRET_SIG = "4dabf18193072939515e22adb298388d";
const SECRET_VALUE = "1b47061264138c4ac30d75fd1eb44270";

interface Prop {
    type?: string;
    $ref?: string;
    secret?: boolean;
}
interface ObjectType {
    properties?: Record<string, Prop>;
    required?: string[];
    language?: { nodejs?: { requiredOutputs?: string[] } };
}
interface Resource {
    properties: Record<string, Prop>;
    required?: string[];
    inputProperties: Record<string, Prop>;
    requiredInputs?: string[];
    stateInputs: ObjectType;
}
interface Fn {
    inputs?: ObjectType;
    outputs: ObjectType;
}
interface Schema {
    resources: Record<string, Resource>;
    functions: Record<string, Fn>;
    types: Record<string, ObjectType>;
    provider: Resource & { methods?: Record<string, string> };
    config: { variables: Record<string, Prop> };
}

const schema: Schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8"));
const methodFunctions = new Set(Object.values(schema.provider.methods ?? {}));
const resourceTokens = Object.keys(schema.resources).sort();
const functionTokens = Object.keys(schema.functions)
    .filter((t) => !methodFunctions.has(t))
    .sort();

const lastPart = (token: string) => token.split(":")[2];
const fileOf = (token: string) => {
    const mod = token.split(":")[1].split("/")[1];
    return mod.charAt(0).toLowerCase() + mod.slice(1);
};
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sdk = azuredevops as unknown as Record<string, any>;

function listFiles(dir: string, rel = ""): string[] {
    const out: string[] = [];
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
        const r = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (entry.name !== "node_modules") {
                out.push(...listFiles(dir, r));
            }
        } else {
            out.push(r);
        }
    }
    return out.sort();
}

function promiseOf<T>(o: pulumi.Output<T>): Promise<T> {
    return new Promise((resolve) => o.apply(resolve));
}

// ---------------------------------------------------------------------------------------------------
// Declarations (.d.ts), read with the TypeScript parser
// ---------------------------------------------------------------------------------------------------

interface Member {
    optional: boolean;
    type: string;
}

const declarationCache = new Map<string, ts.SourceFile>();
function declarations(rel: string): ts.SourceFile {
    let sf = declarationCache.get(rel);
    if (!sf) {
        const file = path.join(SDK, "bin", rel);
        sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2020, true);
        declarationCache.set(rel, sf);
    }
    return sf;
}

function findDeclaration<T extends ts.Node>(sf: ts.SourceFile, name: string, is: (n: ts.Node) => n is T): T | undefined {
    let found: T | undefined;
    const visit = (n: ts.Node) => {
        if (found) {
            return;
        }
        if (is(n) && (n as unknown as { name?: ts.Identifier }).name?.text === name) {
            found = n;
            return;
        }
        if (ts.isModuleDeclaration(n) || ts.isModuleBlock(n) || ts.isSourceFile(n)) {
            ts.forEachChild(n, visit);
        }
    };
    visit(sf);
    return found;
}

function interfaceMembers(rel: string, name: string): Map<string, Member> | undefined {
    const sf = declarations(rel);
    const decl = findDeclaration(sf, name, ts.isInterfaceDeclaration);
    if (!decl) {
        return undefined;
    }
    const members = new Map<string, Member>();
    for (const m of decl.members) {
        assert.ok(ts.isPropertySignature(m), `${rel} ${name}: unexpected member kind ${ts.SyntaxKind[m.kind]}`);
        const key = m.name.getText(sf).replace(/^"|"$/g, "");
        members.set(key, { optional: m.questionToken !== undefined, type: m.type?.getText(sf) ?? "" });
    }
    return members;
}

/** Instance properties of a declared class (`readonly x: pulumi.Output<...>`). */
function classProperties(rel: string, name: string): Map<string, Member> {
    const sf = declarations(rel);
    const decl = findDeclaration(sf, name, ts.isClassDeclaration);
    assert.ok(decl, `${rel}: class ${name} not declared`);
    const members = new Map<string, Member>();
    for (const m of decl.members) {
        if (ts.isPropertyDeclaration(m) && !m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)) {
            members.set(m.name.getText(sf), { optional: m.questionToken !== undefined, type: m.type?.getText(sf) ?? "" });
        }
    }
    return members;
}

/** Asserts the interface has exactly `props` as members, optional exactly when not in `required`. */
function assertShape(what: string, actual: Map<string, Member> | undefined, props: Record<string, unknown>, required: Iterable<string>) {
    assert.ok(actual, `${what} is not declared`);
    const req = new Set(required);
    assert.deepEqual([...actual.keys()].sort(), Object.keys(props).sort(), `${what}: property names`);
    const wrong = Object.keys(props).filter((p) => actual.get(p)!.optional === req.has(p));
    assert.deepEqual(wrong, [], `${what}: wrong optionality of ${wrong.join(", ")}`);
}

// ---------------------------------------------------------------------------------------------------
// (a) committed output == generator output
// ---------------------------------------------------------------------------------------------------

describe("azuredevops SDK: committed output matches the generator", function () {
    let tmp: string;
    let generatedFiles: string[];
    let stderr: string;

    before(function () {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "azuredevops-sdk-"));
        const run = spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/gen-azuredevops.ts", "--out", tmp], {
            cwd: REPO,
            encoding: "utf8",
        });
        stderr = run.stderr;
        assert.equal(run.status, 0, `generator failed:\n${run.stderr}`);
        generatedFiles = listFiles(tmp);
    });

    after(function () {
        if (tmp) {
            fs.rmSync(tmp, { recursive: true, force: true });
        }
    });

    it("reports progress with the schema's counts on stderr", function () {
        assert.match(stderr, /resources: 130\n/);
        assert.match(stderr, /functions: 44 \(\+1 provider method\)\n/);
        assert.match(stderr, /types: 143 /);
    });

    it("has the same file list as sdks/azuredevops", function () {
        const committed = listFiles(SDK);
        const missing = generatedFiles.filter((f) => !committed.includes(f));
        const extra = committed.filter((f) => !generatedFiles.includes(f));
        assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, "regenerate with `npm run gen:azuredevops`");
    });

    it("has byte-identical files (no hand edits, generator and output in sync)", function () {
        const differing = generatedFiles.filter((f) => {
            const committed = path.join(SDK, f);
            return !fs.existsSync(committed) || !fs.readFileSync(committed).equals(fs.readFileSync(path.join(tmp, f)));
        });
        assert.deepEqual(differing, [], "these files differ from the generator's output; run `npm run gen:azuredevops`");
    });

    it("emits a TypeScript source and compiled .js/.d.ts for every resource and function", function () {
        const modules = [...resourceTokens, ...functionTokens].map(fileOf);
        const missing = modules.flatMap((m) => [`${m}.ts`, `bin/${m}.js`, `bin/${m}.d.ts`]).filter((f) => !generatedFiles.includes(f));
        assert.deepEqual(missing, []);
    });

    it("writes no absolute paths or timestamps", function () {
        const leaks = generatedFiles.filter((f) => {
            const text = fs.readFileSync(path.join(tmp, f), "utf8");
            return text.includes(tmp) || text.includes(REPO) || /\b20\d\d-\d\d-\d\dT\d\d:\d\d/.test(text);
        });
        assert.deepEqual(leaks, []);
    });
});

// ---------------------------------------------------------------------------------------------------
// (b) API against the schema
// ---------------------------------------------------------------------------------------------------

describe("azuredevops SDK: API matches the schema", function () {
    it("resolves @pulumi/azuredevops to sdks/azuredevops/bin", function () {
        assert.equal(fs.realpathSync(require.resolve("@pulumi/azuredevops")), path.join(SDK, "bin", "index.js"));
    });

    it("exports every resource class under its name, with the schema's type token", function () {
        const problems: string[] = [];
        for (const token of resourceTokens) {
            const cls = sdk[lastPart(token)];
            if (typeof cls !== "function") {
                problems.push(`${lastPart(token)}: not exported`);
            } else if (cls.__pulumiType !== token) {
                problems.push(`${lastPart(token)}: __pulumiType ${cls.__pulumiType}`);
            } else if (!(cls.prototype instanceof pulumi.CustomResource)) {
                problems.push(`${lastPart(token)}: not a CustomResource`);
            }
        }
        assert.deepEqual(problems, []);
        assert.equal(resourceTokens.length, 130);
    });

    it("exports getX and getXOutput for every function", function () {
        const missing = functionTokens.flatMap((t) => [lastPart(t), `${lastPart(t)}Output`]).filter((n) => typeof sdk[n] !== "function");
        assert.deepEqual(missing, []);
        assert.equal(functionTokens.length, 44);
    });

    it("exposes the provider-internal terraformConfig function as a Provider method", function () {
        assert.equal(sdk.Provider.__pulumiType, "azuredevops");
        assert.equal(typeof azuredevops.Provider.prototype.terraformConfig, "function");
        assert.equal(sdk.terraformConfig, undefined);
    });

    it("registers every resource module and the provider package with the engine", function () {
        const unregistered = resourceTokens.filter((t) => !pulumi.runtime.getResourceModule("azuredevops", t.split(":")[1], VERSION));
        assert.deepEqual(unregistered, []);
        assert.ok(pulumi.runtime.getResourcePackage("azuredevops", VERSION), "provider package not registered");
    });

    it("exports the types and config sub-modules", function () {
        assert.equal(typeof azuredevops.types.input, "object");
        assert.equal(typeof azuredevops.types.output, "object");
        assert.deepEqual(Object.keys(azuredevops.config).sort(), Object.keys(schema.config.variables).sort());
    });

    it("declares XArgs, XState and the class's outputs with the schema's names and optionality", function () {
        for (const token of resourceTokens) {
            const r = schema.resources[token];
            const name = lastPart(token);
            const rel = `${fileOf(token)}.d.ts`;
            assertShape(`${name}Args`, interfaceMembers(rel, `${name}Args`), r.inputProperties, r.requiredInputs ?? []);
            assertShape(`${name}State`, interfaceMembers(rel, `${name}State`), r.stateInputs.properties ?? {}, []);
            const outputs = classProperties(rel, name);
            assert.deepEqual([...outputs.keys()].sort(), Object.keys(r.properties).sort(), `${name}: output properties`);
            const required = new Set(r.required ?? []);
            for (const [prop, m] of outputs) {
                assert.match(m.type, /^pulumi\.Output<.*>$/s, `${name}.${prop}`);
                assert.equal(/\| undefined>$/.test(m.type), !required.has(prop), `${name}.${prop}: ${m.type}`);
            }
        }
    });

    it("declares GetXArgs, GetXOutputArgs and GetXResult with the schema's names and optionality", function () {
        for (const token of functionTokens) {
            const f = schema.functions[token];
            const title = upperFirst(lastPart(token));
            const rel = `${fileOf(token)}.d.ts`;
            if (f.inputs) {
                const inputs = f.inputs.properties ?? {};
                assertShape(`${title}Args`, interfaceMembers(rel, `${title}Args`), inputs, f.inputs.required ?? []);
                assertShape(`${title}OutputArgs`, interfaceMembers(rel, `${title}OutputArgs`), inputs, f.inputs.required ?? []);
            } else {
                // Like the published SDK, a function without inputs takes only options.
                assert.equal(interfaceMembers(rel, `${title}Args`), undefined, `${title}Args should not exist`);
                assert.equal(sdk[lastPart(token)].length, 1, `${lastPart(token)} should take (opts)`);
            }
            assertShape(`${title}Result`, interfaceMembers(rel, `${title}Result`), f.outputs.properties ?? {}, f.outputs.required ?? []);
        }
    });

    it("declares every object type in types/output with its output optionality", function () {
        for (const [token, ty] of Object.entries(schema.types)) {
            const name = upperFirst(lastPart(token));
            const required = ty.language?.nodejs?.requiredOutputs ?? ty.required ?? [];
            assertShape(`outputs.${name}`, interfaceMembers("types/output.d.ts", name), ty.properties ?? {}, required);
        }
    });

    it("declares every input object type in types/input with the schema's names and optionality", function () {
        const sf = declarations("types/input.d.ts");
        const declared = sf.statements.filter(ts.isInterfaceDeclaration).map((d) => d.name.text);
        const byName = new Map(Object.entries(schema.types).map(([t, ty]) => [upperFirst(lastPart(t)), ty]));
        const directInputRefs = new Set<string>();
        for (const r of Object.values(schema.resources)) {
            for (const p of Object.values(r.inputProperties)) {
                const ref = JSON.stringify(p).match(/"#\/types\/[^"]+"/g) ?? [];
                ref.forEach((x) => directInputRefs.add(upperFirst(lastPart(JSON.parse(x)))));
            }
        }
        const undeclared = [...directInputRefs].filter((n) => !declared.includes(n));
        assert.deepEqual(undeclared, []);
        for (const name of declared) {
            // Function-argument types come as a plain `X` and an input `XArgs`, like the published SDK.
            const ty = byName.get(name) ?? byName.get(name.replace(/Args$/, ""));
            assert.ok(ty, `types/input: ${name} is not a schema type`);
            assertShape(`inputs.${name}`, interfaceMembers("types/input.d.ts", name), ty.properties ?? {}, ty.required ?? []);
        }
    });
});

// ---------------------------------------------------------------------------------------------------
// (c) registrations under the mock engine
// ---------------------------------------------------------------------------------------------------

describe("azuredevops SDK: registrations reach the engine", function () {
    const registered: pulumi.runtime.MockResourceArgs[] = [];
    const calls: pulumi.runtime.MockCallArgs[] = [];
    const savedOrgUrl = process.env.AZDO_ORG_SERVICE_URL;

    before(function () {
        process.env.AZDO_ORG_SERVICE_URL = "https://dev.azure.com/from-env";
        pulumi.runtime.setMocks(
            {
                newResource(args) {
                    registered.push(args);
                    return { id: `${args.name}-id`, state: args.inputs };
                },
                call(args) {
                    calls.push(args);
                    switch (args.token) {
                        case "azuredevops:index/getProject:getProject":
                            return { id: "project-guid", name: args.inputs.name, projectId: "project-guid", features: {} };
                        case "azuredevops:index/getClientConfig:getClientConfig":
                            return { id: "org", organizationUrl: "https://dev.azure.com/org" };
                        default:
                            throw new Error(`unexpected call ${args.token}`);
                    }
                },
            },
            "sdk-test",
            "dev",
            false,
        );
    });

    after(function () {
        if (savedOrgUrl === undefined) {
            delete process.env.AZDO_ORG_SERVICE_URL;
        } else {
            process.env.AZDO_ORG_SERVICE_URL = savedOrgUrl;
        }
    });

    function registration(type: string, name: string): pulumi.runtime.MockResourceArgs {
        const found = registered.filter((r) => r.type === type && r.name === name);
        assert.equal(found.length, 1, `${type} ${name} registered ${found.length} times`);
        return found[0];
    }

    it("registers a Provider with secret credentials, JSON-encoded non-strings and the env default", async function () {
        const provider = new azuredevops.Provider("azdo", {
            personalAccessToken: "pat-value",
            useOidc: true,
            auxiliaryTenantIds: ["tenant-a"],
        });
        await promiseOf(provider.urn);
        await promiseOf(provider.id);
        const reg = registration("pulumi:providers:azuredevops", "azdo");
        assert.deepEqual(reg.inputs, {
            personalAccessToken: { [SECRET_SIG]: SECRET_VALUE, value: "pat-value" },
            useOidc: "true",
            auxiliaryTenantIds: '["tenant-a"]',
            orgServiceUrl: "https://dev.azure.com/from-env",
        });
        assert.ok(azuredevops.Provider.isInstance(provider));
    });

    it("registers a CheckApproval with the exact token and inputs, through an explicit provider", async function () {
        const provider = new azuredevops.Provider("azdo-explicit", { orgServiceUrl: "https://dev.azure.com/org" });
        const check = new azuredevops.CheckApproval(
            "approval",
            {
                projectId: "project-guid",
                targetResourceId: "42",
                targetResourceType: "environment",
                approvers: ["identity-1", "identity-2"],
                requesterCanApprove: false,
                timeout: 1440,
            },
            { provider },
        );
        assert.equal(await promiseOf(check.id), "approval-id");
        const reg = registration("azuredevops:index/checkApproval:CheckApproval", "approval");
        assert.deepEqual(reg.inputs, {
            projectId: "project-guid",
            targetResourceId: "42",
            targetResourceType: "environment",
            approvers: ["identity-1", "identity-2"],
            requesterCanApprove: false,
            timeout: 1440,
        });
        const providerUrn = await promiseOf(provider.urn);
        assert.equal(reg.provider, `${providerUrn}::azdo-explicit-id`);
        assert.ok(azuredevops.CheckApproval.isInstance(check));
        assert.equal(azuredevops.ServiceEndpointAzureRM.isInstance(check), false);
    });

    it("registers a ServiceEndpointAzureRM (workload identity federation) with the exact token and inputs", async function () {
        const endpoint = new azuredevops.ServiceEndpointAzureRM("arm", {
            projectId: "project-guid",
            serviceEndpointName: "azure-dev",
            serviceEndpointAuthenticationScheme: "WorkloadIdentityFederation",
            azurermSpnTenantid: "tenant-guid",
            azurermSubscriptionId: "subscription-guid",
            azurermSubscriptionName: "Dev",
            credentials: { serviceprincipalid: "client-guid" },
        });
        await promiseOf(endpoint.id);
        const reg = registration("azuredevops:index/serviceEndpointAzureRM:ServiceEndpointAzureRM", "arm");
        assert.deepEqual(reg.inputs, {
            projectId: "project-guid",
            serviceEndpointName: "azure-dev",
            serviceEndpointAuthenticationScheme: "WorkloadIdentityFederation",
            azurermSpnTenantid: "tenant-guid",
            azurermSubscriptionId: "subscription-guid",
            azurermSubscriptionName: "Dev",
            credentials: { serviceprincipalid: "client-guid" },
        });
    });

    it("sends a resource's top-level secret input (found in the schema) as a secret", async function () {
        // The first resource whose required inputs are all primitives and that has a top-level secret input.
        const primitive = (p: Prop) => p.type === "string" || p.type === "integer" || p.type === "boolean";
        const token = resourceTokens.find((t) => {
            const r = schema.resources[t];
            return (
                Object.values(r.inputProperties).some((p) => p.secret && p.type === "string") &&
                (r.requiredInputs ?? []).every((n) => primitive(r.inputProperties[n]))
            );
        });
        assert.ok(token, "the schema has a resource with a top-level secret input");
        const r = schema.resources[token];
        const secretName = Object.keys(r.inputProperties).find((n) => r.inputProperties[n].secret && r.inputProperties[n].type === "string")!;
        const args: Record<string, unknown> = {};
        for (const n of r.requiredInputs ?? []) {
            const t = r.inputProperties[n].type;
            args[n] = t === "string" ? `${n}-value` : t === "integer" ? 1 : true;
        }
        args[secretName] = "s3cr3t";
        const res = new sdk[lastPart(token)]("with-secret", args);
        await promiseOf(res.id as pulumi.Output<string>);
        const reg = registration(token, "with-secret");
        assert.deepEqual(reg.inputs[secretName], { [SECRET_SIG]: SECRET_VALUE, value: "s3cr3t" }, `${token}.${secretName}`);
        const { [secretName]: _secret, ...plainArgs } = args;
        const { [secretName]: _sent, ...plainSent } = reg.inputs;
        assert.deepEqual(plainSent, plainArgs, `${token}: the other inputs arrive unchanged`);
    });

    it("throws on a missing required input, naming it", function () {
        assert.throws(
            // @ts-expect-error projectId is required by CheckApprovalArgs
            () => new azuredevops.CheckApproval("bad", { approvers: [], targetResourceId: "1", targetResourceType: "environment" }),
            { message: "Missing required property 'projectId'" },
        );
    });

    it("invokes getProjectOutput and getClientConfig with the exact tokens and arguments", async function () {
        const project = azuredevops.getProjectOutput({ name: pulumi.output("Platform") });
        assert.equal(await promiseOf(project.projectId as pulumi.Output<string>), "project-guid");
        const config = await azuredevops.getClientConfig();
        assert.equal(config.organizationUrl, "https://dev.azure.com/org");
        assert.deepEqual(
            calls.map((c) => ({ token: c.token, inputs: c.inputs })),
            [
                { token: "azuredevops:index/getProject:getProject", inputs: { name: "Platform" } },
                { token: "azuredevops:index/getClientConfig:getClientConfig", inputs: {} },
            ],
        );
    });
});

// ---------------------------------------------------------------------------------------------------
// (d) package metadata
// ---------------------------------------------------------------------------------------------------

describe("azuredevops SDK: package metadata", function () {
    const pkg = JSON.parse(fs.readFileSync(path.join(SDK, "package.json"), "utf8"));

    it("is @pulumi/azuredevops 3.15.0 with bin/ entry points that exist", function () {
        assert.equal(pkg.name, "@pulumi/azuredevops");
        assert.equal(pkg.version, VERSION);
        assert.equal(pkg.main, "bin/index.js");
        assert.equal(pkg.types, "bin/index.d.ts");
        assert.ok(fs.existsSync(path.join(SDK, pkg.main)));
        assert.ok(fs.existsSync(path.join(SDK, pkg.types)));
        assert.equal(pkg.type, undefined, "the compiled code is CommonJS");
    });

    it("carries the plugin metadata that makes the CLI install the azuredevops 3.15.0 provider", function () {
        assert.deepEqual(pkg.pulumi, { resource: true, name: "azuredevops", version: VERSION });
    });

    it("takes @pulumi/pulumi as a peer dependency only, so one copy is loaded", function () {
        assert.equal(typeof pkg.peerDependencies?.["@pulumi/pulumi"], "string");
        assert.equal(pkg.dependencies?.["@pulumi/pulumi"], undefined);
        assert.equal(pkg.devDependencies?.["@pulumi/pulumi"], undefined);
        const fromSdk = require.resolve("@pulumi/pulumi", { paths: [path.join(SDK, "bin")] });
        assert.equal(fromSdk, require.resolve("@pulumi/pulumi"));
        const [, min] = /^\^(\d+\.\d+\.\d+)$/.exec(pkg.peerDependencies["@pulumi/pulumi"]) ?? [];
        const installed: string = JSON.parse(fs.readFileSync(path.join(path.dirname(fromSdk), "package.json"), "utf8")).version;
        const num = (v: string) => v.split(".").map(Number);
        const [imaj, imin, ipat] = num(installed);
        const [rmaj, rmin, rpat] = num(min);
        assert.ok(imaj === rmaj && (imin > rmin || (imin === rmin && ipat >= rpat)), `installed ${installed} vs ^${min}`);
    });

    it("is the SDK the project depends on", function () {
        const root = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8"));
        assert.equal(root.dependencies["@pulumi/azuredevops"], "file:sdks/azuredevops");
    });
});
