/**
 * The security baseline (policy/policies.ts) over an offline plan (contract 1).
 *
 *   npm run policy -- --stack NAME [--config-file FILE] [--site DIR] [--format text|json]
 *   npm run policy -- --plan-file FILE [--format text|json]
 *
 * `--stack` builds the plan in-process exactly as `npm run plan` does (same config rules); with it,
 * the evaluator also knows each resource's id and dependencies. `--plan-file` reads a plan printed
 * by `npm run plan -- --format json`; a check of a stack policy that needs an id the file does not
 * record is reported as not verifiable (as the engine reports a value unknown during preview).
 *
 * Each policy's `validateResource` runs on every resource with `props` = the plan's inputs (secrets
 * are "[secret]"), each `validateStack` once with every resource, `props` = its outputs (the mocked
 * state, as the engine gives stack policies the resources' outputs).
 *
 * Output (text): one line per violation on stderr, `<policy>  <urn>  <reason>`, between a header and
 * a summary naming the enforcement. Production stacks are mandatory: violations exit 1. Other
 * stacks are advisory: violations are printed as warnings and exit 0. Exit 2: bad arguments;
 * exit 3: the plan could not be built or read (invalid config: every problem on stderr).
 */
import * as fs from "fs";
import * as path from "path";
import type {
    PolicyResource, PolicyResourceOptions, ResourceValidationArgs, ResourceValidationPolicy,
    StackValidationArgs, StackValidationPolicy,
} from "@pulumi/policy";
import { enforcementFor, isStackPolicy, policies as baseline } from "../policy/policies";
import type { PlanDocument } from "./planFormat";
import { parseOrUsage, reserveStdout, UsageError } from "./cli";

const USAGE = "usage: npm run policy -- (--stack NAME [--config-file FILE] [--site DIR] | --plan-file FILE) [--format text|json]";

/** A policy's report: which policy, about which resource, why. */
export interface Finding {
    readonly policy: string;
    readonly urn: string;
    readonly message: string;
}

export interface Evaluation {
    readonly stack: string;
    readonly enforcement: "mandatory" | "advisory";
    readonly policies: number;
    readonly resources: number;
    readonly violations: Finding[];
    /** Policies that could not decide because a value they need is not in the plan (advisory). */
    readonly unverified: Finding[];
}

/** What the engine knows beyond contract 1, when the plan was built in this process. */
export interface PlanExtras {
    /** URN → id, for custom resources. */
    readonly ids?: Readonly<Record<string, string>>;
    /** URN → URNs it depends on. */
    readonly dependencies?: Readonly<Record<string, readonly string[]>>;
}

type Policy = ResourceValidationPolicy | StackValidationPolicy;

/** Thrown by a plan file's props for a value the file does not record (named as the engine's error). */
export class UnknownValueError extends Error {
    override readonly name = "UnknownValueError";
}

class NotApplicable extends Error {}

/** Props whose `id` (absent from the plan file) reads as unknown, as an id does during preview. */
function withUnknownId(props: Record<string, unknown>, urn: string): Record<string, unknown> {
    return new Proxy(props, {
        get(target, key, receiver) {
            if (key === "id" && !Object.prototype.hasOwnProperty.call(target, "id")) {
                throw new UnknownValueError(`the plan records no id for ${urn}`);
            }
            return Reflect.get(target, key, receiver);
        },
    });
}

const OPTS: Omit<PolicyResourceOptions, "parent"> = {
    protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [],
    customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
};

const isTypeOf = (type: string) => (cls: { new (...rest: any[]): unknown }) => (cls as unknown as { __pulumiType?: string }).__pulumiType === type;

/**
 * Runs every policy over a plan. Pure apart from the policies themselves: no output, no exit.
 * `extras` (ids, dependencies) come from an in-process plan; without them, stack policies see the
 * resources' ids as unknown when the plan does not record them.
 */
export async function evaluatePlan(doc: PlanDocument, extras: PlanExtras = {}, policies: readonly Policy[] = baseline): Promise<Evaluation> {
    const violations: Finding[] = [];
    const unverified: Finding[] = [];
    const active = policies.filter((p) => p.enforcementLevel !== "disabled");
    const run = async (p: Policy, urn: string, f: () => unknown) => {
        try {
            await f();
        } catch (e) {
            if (e instanceof NotApplicable) return;
            if ((e as Error)?.name === "UnknownValueError") unverified.push({ policy: p.name, urn, message: `can't verify from this plan: ${(e as Error).message}` });
            else throw new Error(`policy '${p.name}' failed on ${urn}: ${(e as Error)?.stack ?? e}`);
        }
    };
    const notApplicable = (reason?: string): never => { throw new NotApplicable(reason); };

    for (const r of doc.resources) {
        const props = r.inputs;
        const args: ResourceValidationArgs = {
            type: r.type, props, urn: r.urn, name: r.name,
            opts: { ...OPTS, ...(r.parent ? { parent: r.parent } : {}) },
            stackTags: new Map<string, string>(),
            isType: isTypeOf(r.type),
            asType: ((cls: { new (...rest: any[]): unknown }) => (isTypeOf(r.type)(cls) ? props : undefined)) as ResourceValidationArgs["asType"],
            getConfig: <T extends object>() => ({}) as T,
            notApplicable,
        };
        for (const p of active) {
            if (isStackPolicy(p) || !p.validateResource) continue;
            const report = (message: string, urn?: string) => violations.push({ policy: p.name, urn: urn ?? r.urn, message });
            const validations = Array.isArray(p.validateResource) ? p.validateResource : [p.validateResource];
            for (const v of validations) await run(p, r.urn, () => v(args, report));
        }
    }

    const byUrn = new Map<string, PolicyResource>();
    const isComponent = (type: string) => type.startsWith(`${doc.project}:`);
    const stackResources: PolicyResource[] = doc.resources.map((r) => {
        const id = extras.ids?.[r.urn];
        const state = id !== undefined && !("id" in r.outputs) ? { ...r.outputs, id } : r.outputs;
        const props = extras.ids || isComponent(r.type) ? state : withUnknownId(state, r.urn);
        const resource: PolicyResource = {
            type: r.type, props, urn: r.urn, name: r.name,
            opts: { ...OPTS, ...(r.parent ? { parent: r.parent } : {}) },
            dependencies: [], propertyDependencies: {},
            isType: isTypeOf(r.type),
            asType: ((cls: { new (...rest: any[]): unknown }) => (isTypeOf(r.type)(cls) ? props : undefined)) as PolicyResource["asType"],
        };
        byUrn.set(r.urn, resource);
        return resource;
    });
    for (const r of doc.resources) {
        const resource = byUrn.get(r.urn)!;
        if (r.parent && byUrn.has(r.parent)) resource.parent = byUrn.get(r.parent);
        resource.dependencies = (extras.dependencies?.[r.urn] ?? []).map((u) => byUrn.get(u)).filter((x): x is PolicyResource => x !== undefined);
    }
    const stackArgs: StackValidationArgs = {
        resources: stackResources, stackTags: new Map<string, string>(), getConfig: <T extends object>() => ({}) as T, notApplicable,
    };
    for (const p of active) {
        if (!isStackPolicy(p)) continue;
        const report = (message: string, urn?: string) => violations.push({ policy: p.name, urn: urn ?? "(stack)", message });
        await run(p, "(stack)", () => p.validateStack(stackArgs, report));
    }
    return {
        stack: doc.stack, enforcement: enforcementFor(doc.stack), policies: active.length, resources: doc.resources.length,
        violations, unverified,
    };
}

/** The report: lines for stderr, the summary for stdout when clean, and the exit code. */
export function report(e: Evaluation): { stderr: string[]; stdout: string[]; code: number } {
    const line = (f: Finding) => `${f.policy}  ${f.urn}  ${f.message}`;
    const scope = `${e.policies} policies over ${e.resources} resources of stack '${e.stack}'`;
    const stderr: string[] = [];
    if (e.unverified.length > 0) {
        stderr.push(`policy: ${e.unverified.length} check(s) could not be decided from this plan (advisory; \`npm run policy -- --stack ${e.stack}\` can decide them):`);
        stderr.push(...e.unverified.map(line));
    }
    if (e.violations.length === 0) {
        return { stderr, stdout: [`policy: ${scope}: no violations (${e.enforcement})`], code: 0 };
    }
    const n = e.violations.length;
    if (e.enforcement === "mandatory") {
        stderr.push(`policy: ${n} mandatory violation(s) of the baseline in stack '${e.stack}':`, ...e.violations.map(line));
        stderr.push(`policy: FAILED: ${n} mandatory violation(s); ${scope}`);
        return { stderr, stdout: [], code: 1 };
    }
    stderr.push(`policy: warning: ${n} advisory violation(s) of the baseline in stack '${e.stack}' (advisory: reported, not enforced):`, ...e.violations.map(line));
    stderr.push(`policy: passed with ${n} warning(s): stack '${e.stack}' is advisory, so violations do not fail; ${scope}`);
    return { stderr, stdout: [], code: 0 };
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------


interface PolicyArgs {
    readonly stack?: string;
    readonly planFile?: string;
    readonly configFile?: string;
    readonly site?: string;
    readonly format: "text" | "json";
}

export function parseArgs(argv: readonly string[]): PolicyArgs {
    const out: { stack?: string; planFile?: string; configFile?: string; site?: string; format: "text" | "json" } = { format: "text" };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
        const value = (): string => {
            const v = inline ?? argv[++i];
            if (v === undefined || v === "") throw new UsageError(`${flag} needs a value`);
            return v;
        };
        switch (flag) {
            case "--stack": out.stack = value(); break;
            case "--plan-file": out.planFile = value(); break;
            case "--config-file": out.configFile = value(); break;
            case "--site": out.site = value(); break;
            case "--format": {
                const f = value();
                if (f !== "text" && f !== "json") throw new UsageError(`--format must be text or json; got '${f}'`);
                out.format = f;
                break;
            }
            case "-h": case "--help": throw new UsageError("");
            default: throw new UsageError(`unknown argument '${a}'`);
        }
    }
    if (!out.stack === !out.planFile) throw new UsageError("give exactly one of --stack and --plan-file");
    if (out.planFile && (out.configFile || out.site)) throw new UsageError("--config-file and --site apply to --stack only");
    if (out.stack && !/^[A-Za-z0-9_.-]+$/.test(out.stack)) throw new UsageError(`--stack must be a stack name (letters, digits, '-', '_', '.'); got '${out.stack}'`);
    return out;
}

/** Reads and shape-checks a plan file (contract 1). */
export function readPlanFile(file: string): PlanDocument {
    let doc: PlanDocument;
    try {
        doc = JSON.parse(fs.readFileSync(file, "utf8")) as PlanDocument;
    } catch (e) {
        throw new Error(`cannot read plan file '${file}': ${(e as Error).message}`);
    }
    if (!doc || typeof doc.stack !== "string" || typeof doc.project !== "string" || !Array.isArray(doc.resources)) {
        throw new Error(`'${file}' is not a plan (contract 1: {"stack", "project", "resources", "outputs"}); make one with npm run plan -- --stack NAME --format json`);
    }
    return doc;
}

async function main(): Promise<number> {
    const args = parseOrUsage("policy", USAGE, () => parseArgs(process.argv.slice(2)));
    if (args === undefined) return 2;
    // Only the result may write to stdout: whatever the program or the SDK logs goes to stderr.
    const writeResult = reserveStdout();
    let failure: unknown;
    process.on("unhandledRejection", (e) => { failure ??= e; });
    let evaluation: Evaluation | undefined;
    try {
        if (args.planFile) {
            evaluation = await evaluatePlan(readPlanFile(path.resolve(args.planFile)));
        } else {
            // Loaded only here: the plan module brings the Pulumi SDK and the program with it.
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const { parseArgs: planArgs, runPlanDetailed } = require("./plan") as typeof import("./plan");
            const argv = ["--stack", args.stack!, ...(args.configFile ? ["--config-file", args.configFile] : []), ...(args.site ? ["--site", args.site] : [])];
            const plan = await runPlanDetailed(planArgs(argv));
            evaluation = await evaluatePlan(plan.doc, { ids: plan.ids, dependencies: plan.dependencies });
        }
    } catch (e) {
        failure ??= e;
    }
    if (failure !== undefined || !evaluation) {
        const e = failure as Error;
        const known = e?.name === "ConfigError" || e?.name === "StackFileError" || /^cannot read plan file|is not a plan/.test(e?.message ?? "");
        process.stderr.write(`policy: ${known ? e.message : (e?.stack ?? String(e))}\n`);
        return 3;
    }
    const r = report(evaluation);
    if (args.format === "json") {
        await writeResult(`${JSON.stringify(evaluation, null, 2)}\n`);
        return r.code;
    }
    for (const l of r.stderr) process.stderr.write(`${l}\n`);
    await writeResult(r.stdout.map((l) => `${l}\n`).join(""));
    return r.code;
}

if (require.main === module) {
    main().then((code) => process.exit(code), (e) => {
        process.stderr.write(`policy: ${e?.stack ?? e}\n`);
        process.exit(3);
    });
}
