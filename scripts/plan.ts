/**
 * Offline plan (ARCHITECTURE.md, contract 1).
 *
 *   npm run plan -- --stack NAME [--config-file FILE] [--site DIR] [--format text|json|md]
 *
 * Evaluates the real program (index.ts) under the mock engine (scripts/mocks.ts) with the stack's
 * configuration, and prints the resource graph. No Azure, Azure DevOps or Pulumi service is used.
 * Invalid configuration: exit 1, nothing on stdout, every problem on stderr naming its key.
 * Bad arguments: exit 2 with usage on stderr.
 */
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { installMocks, MockEngine, isSecretEnvelope, settle } from "./mocks";
import { readStackConfigFile, StackFileError } from "./stackFile";
import { renderText, renderMarkdown, PlanDocument, PlanResource } from "./planFormat";

const ROOT = path.resolve(__dirname, "..");
const USAGE = "usage: npm run plan -- --stack NAME [--config-file FILE] [--site DIR] [--format text|json|md]";
type Format = "text" | "json" | "md";

interface PlanArgs {
    readonly stack: string;
    readonly configFile: string;
    readonly site?: string;
    readonly format: Format;
}

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): PlanArgs {
    let stack: string | undefined, configFile: string | undefined, site: string | undefined;
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
    return { stack, configFile: configFile ? path.resolve(configFile) : path.join(ROOT, `Pulumi.${stack}.yaml`), site, format };
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
    const project = readProjectName();
    const stackFile = readStackConfigFile(args.configFile, project);
    const config = { ...stackFile.values };
    if (args.site) config[`${project}:siteDir`] = path.resolve(args.site);
    const engine: MockEngine = await installMocks({ project, stack: args.stack, config, secretKeys: stackFile.secretKeys });
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
    return { stack: args.stack, project, resources, outputs };
}

function readProjectName(): string {
    const text = fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8");
    const m = /^name:\s*([A-Za-z0-9_.-]+)\s*$/m.exec(text);
    if (!m) throw new Error("Pulumi.yaml has no 'name:'");
    return m[1];
}

async function main(): Promise<number> {
    let args: PlanArgs;
    try {
        args = parseArgs(process.argv.slice(2));
    } catch (e) {
        if (e instanceof UsageError) {
            if (e.message) process.stderr.write(`plan: ${e.message}\n`);
            process.stderr.write(`${USAGE}\n`);
            return 2;
        }
        throw e;
    }
    // Only the plan itself may write to stdout: anything the program or the SDK logs goes to stderr.
    const stdoutWrite = process.stdout.write.bind(process.stdout);
    console.log = console.error;
    console.info = console.error;
    process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
        (process.stderr.write as (...a: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;
    let failure: unknown;
    process.on("unhandledRejection", (e) => { failure ??= e; });
    let doc: PlanDocument | undefined;
    try {
        doc = await runPlan(args);
    } catch (e) {
        failure ??= e;
    }
    if (failure !== undefined || !doc) {
        const e = failure as Error;
        const message = e instanceof StackFileError || e?.name === "ConfigError" || e?.name === "StackFileError"
            ? e.message : (e?.stack ?? String(e));
        process.stderr.write(`plan: ${message}\n`);
        return 1;
    }
    const text = args.format === "json" ? `${JSON.stringify(doc, null, 2)}\n`
        : args.format === "md" ? renderMarkdown(doc) : renderText(doc);
    await new Promise<void>((resolve) => stdoutWrite(text, () => resolve()));
    return 0;
}

if (require.main === module) {
    main().then((code) => process.exit(code), (e) => {
        process.stderr.write(`plan: ${e?.stack ?? e}\n`);
        process.exit(1);
    });
}
