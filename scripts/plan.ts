/**
 * Offline plan (ARCHITECTURE.md, contract 1).
 *
 *   npm run plan -- --stack NAME [--config-file FILE] [--site DIR] [--format text|json|md] [--diff REF]
 *
 * Evaluates the real program (index.ts) under the mock engine (scripts/mocks.ts) with the stack's
 * configuration, and prints the resource graph. No Azure, Azure DevOps or Pulumi service is used.
 * Invalid configuration: exit 1, nothing on stdout, every problem on stderr naming its key.
 * Bad arguments: exit 2 with usage on stderr.
 *
 * `--diff REF` also builds the plan of the program at the git ref REF (in a temporary worktree that
 * shares this checkout's node_modules, with the same stack, and the same --config-file when one is
 * given, else REF's own Pulumi.NAME.yaml; --site applies to the current side only) and prints what
 * changes from REF to now (scripts/planDiff.ts): text and md list added, removed and changed
 * resources and inputs (md: above the usual summary); json prints
 * `{"stack", "project", "ref", "commit", "added", "removed", "changed", "outputs"}`.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { installMocks, MockEngine, isSecretEnvelope, settle } from "./mocks";
import { readStackConfigFile, StackFileError } from "./stackFile";
import { offlinePlaceholder } from "../components/config";
import { renderText, renderMarkdown, PlanDocument, PlanResource } from "./planFormat";
import { diffPlans, renderDiffMarkdown, renderDiffText } from "./planDiff";
import { parseOrUsage, reserveStdout, UsageError } from "./cli";

const ROOT = path.resolve(__dirname, "..");
const USAGE = "usage: npm run plan -- --stack NAME [--config-file FILE] [--site DIR] [--format text|json|md] [--diff REF]";
type Format = "text" | "json" | "md";

export interface PlanArgs {
    readonly stack: string;
    readonly configFile: string;
    /** Whether --config-file was given (else configFile is the stack's Pulumi.NAME.yaml). */
    readonly configFileGiven?: boolean;
    readonly site?: string;
    readonly format: Format;
    /** A git ref to compare with (--diff). */
    readonly diff?: string;
}


export function parseArgs(argv: readonly string[]): PlanArgs {
    let stack: string | undefined, configFile: string | undefined, site: string | undefined, diff: string | undefined;
    let format: Format = "text";
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
        const value = (): string => {
            const v = inline ?? argv[++i];
            if (v === undefined || v === "") throw new UsageError(`${flag} needs a value`);
            return v;
        };
        switch (flag) {
            case "--stack": stack = value(); break;
            case "--config-file": configFile = value(); break;
            case "--site": site = value(); break;
            case "--diff": {
                diff = value();
                if (diff.startsWith("-")) throw new UsageError(`--diff needs a git ref; got '${diff}'`);
                break;
            }
            case "--format": {
                const f = value();
                if (f !== "text" && f !== "json" && f !== "md") throw new UsageError(`--format must be text, json or md; got '${f}'`);
                format = f;
                break;
            }
            case "-h": case "--help": throw new UsageError("");
            default: throw new UsageError(`unknown argument '${a}'`);
        }
    }
    if (!stack) throw new UsageError("--stack is required");
    if (!/^[A-Za-z0-9_.-]+$/.test(stack)) throw new UsageError(`--stack must be a stack name (letters, digits, '-', '_', '.'); got '${stack}'`);
    return {
        stack,
        configFile: configFile ? path.resolve(configFile) : path.join(ROOT, `Pulumi.${stack}.yaml`),
        ...(configFile ? { configFileGiven: true } : {}),
        site,
        format,
        ...(diff ? { diff } : {}),
    };
}

/** Turns registered values into JSON-safe data: secrets masked, resource references and assets named. */
async function plain(v: unknown): Promise<unknown> {
    const walk = async (x: unknown): Promise<unknown> => {
        if (x === null || x === undefined) return x ?? null;
        if (isSecretEnvelope(x)) return "[secret]";
        if (pulumi.Resource.isInstance(x)) return { urn: await new Promise((r) => (x as pulumi.Resource).urn.apply((u) => { r(u); return u; })) };
        if (pulumi.asset.Asset.isInstance(x) || pulumi.asset.Archive.isInstance(x)) {
            const p = (x as { path?: Promise<string> | string }).path;
            return { asset: p === undefined ? "[asset]" : await p };
        }
        if (Array.isArray(x as unknown)) return Promise.all((x as unknown[]).map(walk));
        if (typeof x === "object") {
            const entries = Object.entries(x as Record<string, unknown>).filter(([, y]) => y !== undefined);
            return Object.fromEntries(await Promise.all(entries.map(async ([k, y]) => [k, await walk(y)] as const)));
        }
        return x;
    };
    return walk(v);
}

async function stackOutputs(exports: Record<string, unknown>): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(exports)) {
        if (pulumi.Output.isInstance(value)) {
            const o = value as pulumi.Output<unknown>;
            const secret = await pulumi.isSecret(o);
            const resolved = await new Promise<unknown>((resolve) => o.apply((x) => { resolve(x); return x; }));
            out[key] = secret ? "[secret]" : await plain(resolved);
        } else if (!isSecretEnvelope(value)) {
            out[key] = await plain(value);
        }
    }
    return out;
}

export async function runPlan(args: PlanArgs): Promise<PlanDocument> {
    return (await runPlanDetailed(args)).doc;
}

/** The plan and what the engine knows beyond contract 1: each custom resource's id, each resource's dependencies. */
export interface DetailedPlan {
    readonly doc: PlanDocument;
    /** URN → id, for custom resources. */
    readonly ids: Record<string, string>;
    /** URN → URNs it depends on (dependsOn and input dependencies). */
    readonly dependencies: Record<string, string[]>;
}

/** The part of the mock monitor's registerResource that the id hook uses. */
type MonitorHook = {
    registerResource(req: { getCustom(): boolean }, cb: (err: unknown, resp?: { getUrn(): string; getId(): string }) => void): void;
};

/** Evaluates the program; once per process (the program module is required, and so cached, once). */
export async function runPlanDetailed(args: PlanArgs): Promise<DetailedPlan> {
    const project = readProjectName();
    const stackFile = readStackConfigFile(args.configFile, project, offlinePlaceholder);
    const config = { ...stackFile.values };
    if (args.site) config[`${project}:siteDir`] = path.resolve(args.site);
    const engine: MockEngine = await installMocks({ project, stack: args.stack, config, secretKeys: stackFile.secretKeys });
    const ids: Record<string, string> = {};
    const monitor = pulumi.runtime.getMonitor() as unknown as MonitorHook;
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, cb) => register(req, (err, resp) => {
        if (!err && resp && req.getCustom() && resp.getId()) ids[resp.getUrn()] = resp.getId();
        cb(err, resp);
    });
    process.chdir(ROOT);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const program = require(path.join(ROOT, "index.ts")) as Record<string, unknown>;
    await settle();
    const outputs = await stackOutputs(program);
    await settle();
    const resources: PlanResource[] = [];
    for (const r of engine.registrations) {
        resources.push({
            urn: r.urn,
            type: r.type,
            name: r.name,
            parent: r.parent,
            inputs: await plain(r.inputs) as Record<string, unknown>,
            outputs: await plain(r.outputs) as Record<string, unknown>,
        });
    }
    const dependencies = Object.fromEntries(engine.registrations.map((r) => [r.urn, [...r.dependencies]]));
    return { doc: { stack: args.stack, project, resources, outputs }, ids, dependencies };
}

/** The plan at a git ref could not be built (unknown ref, no plan script there, or the plan failed). */
export class PlanAtRefError extends Error {
    override readonly name = "PlanAtRefError";
}

function git(cwd: string, ...argv: string[]): string {
    const r = spawnSync("git", argv, { cwd, encoding: "utf8" });
    if (r.status !== 0) throw new PlanAtRefError(`git ${argv.join(" ")}: ${(r.stderr || r.error?.message || "").trim() || `exit ${r.status}`}`);
    return r.stdout.trim();
}

/**
 * The JSON plan of the program at git ref `ref`: REF checked out into a temporary worktree that
 * uses this checkout's node_modules, planned there by REF's own scripts/plan.ts with the same stack
 * (and the same --config-file if one was given, else REF's Pulumi.NAME.yaml), then removed.
 */
export function planAtRef(ref: string, args: PlanArgs): PlanDocument & { readonly commit: string } {
    const top = git(ROOT, "rev-parse", "--show-toplevel");
    let commit: string;
    try {
        commit = git(ROOT, "rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
    } catch {
        throw new PlanAtRefError(`--diff: '${ref}' is not a commit of ${top}`);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-diff-"));
    const tree = path.join(dir, "tree");
    const programRoot = path.join(tree, path.relative(fs.realpathSync(top), fs.realpathSync(ROOT)));
    const modules = path.join(programRoot, "node_modules");
    try {
        git(ROOT, "worktree", "add", "--detach", "--quiet", tree, commit);
        const script = path.join(programRoot, "scripts", "plan.ts");
        if (!fs.existsSync(script)) throw new PlanAtRefError(`${ref} (${commit.slice(0, 12)}) has no scripts/plan.ts to plan with`);
        if (!fs.existsSync(modules)) fs.symlinkSync(path.join(ROOT, "node_modules"), modules, "dir");
        const configFile = args.configFileGiven ? args.configFile : path.join(programRoot, `Pulumi.${args.stack}.yaml`);
        const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), script, "--stack", args.stack, "--config-file", configFile, "--format", "json"], {
            cwd: programRoot, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" },
        });
        if (r.status !== 0) throw new PlanAtRefError(`the plan at ${ref} (${commit.slice(0, 12)}) failed:\n${(r.stderr || r.error?.message || "").trim()}`);
        return { ...(JSON.parse(r.stdout) as PlanDocument), commit };
    } finally {
        // Unlink the shared node_modules first, so that removing the worktree cannot reach into it.
        if (fs.lstatSync(modules, { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(modules);
        spawnSync("git", ["worktree", "remove", "--force", tree], { cwd: ROOT });
        fs.rmSync(dir, { recursive: true, force: true });
        spawnSync("git", ["worktree", "prune"], { cwd: ROOT });
    }
}

function readProjectName(): string {
    const text = fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8");
    const m = /^name:\s*([A-Za-z0-9_.-]+)\s*$/m.exec(text);
    if (!m) throw new Error("Pulumi.yaml has no 'name:'");
    return m[1];
}

async function main(): Promise<number> {
    const args = parseOrUsage("plan", USAGE, () => parseArgs(process.argv.slice(2)));
    if (args === undefined) return 2;
    // Only the result may write to stdout: whatever the program or the SDK logs goes to stderr.
    const writeResult = reserveStdout();
    let failure: unknown;
    process.on("unhandledRejection", (e) => { failure ??= e; });
    let doc: PlanDocument | undefined;
    let before: (PlanDocument & { commit: string }) | undefined;
    try {
        if (args.diff) before = planAtRef(args.diff, args);
        doc = await runPlan(args);
    } catch (e) {
        failure ??= e;
    }
    if (failure !== undefined || !doc) {
        const e = failure as Error;
        const message = e instanceof StackFileError || e?.name === "ConfigError" || e?.name === "StackFileError" || e?.name === "PlanAtRefError"
            ? e.message : (e?.stack ?? String(e));
        process.stderr.write(`plan: ${message}\n`);
        return 1;
    }
    let text: string;
    if (args.diff && before) {
        const d = diffPlans(before, doc);
        text = args.format === "json" ? `${JSON.stringify({ stack: doc.stack, project: doc.project, ref: args.diff, commit: before.commit, ...d }, null, 2)}\n`
            : args.format === "md" ? renderMarkdown(doc, renderDiffMarkdown(d, args.diff)) : renderDiffText(d, args.diff, doc.stack);
    } else {
        text = args.format === "json" ? `${JSON.stringify(doc, null, 2)}\n`
            : args.format === "md" ? renderMarkdown(doc) : renderText(doc);
    }
    await writeResult(text);
    return 0;
}

if (require.main === module) {
    main().then((code) => process.exit(code), (e) => {
        process.stderr.write(`plan: ${e?.stack ?? e}\n`);
        process.exit(1);
    });
}
