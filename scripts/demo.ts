/**
 * The README's main command: the whole delivery path on one machine, no Azure account needed.
 *
 *   npm run demo -- [--port P] [--dir D] [--stack NAME] [--serve]
 *
 * 1. the prod stack's plan, offline under the Pulumi mock engine (contract 1), summarised;
 * 2. the local lab (contract 3): a real lighttpd with the stack's rendered lighttpd.conf (dev by
 *    default: plain HTTP), site/ packed and activated through host/lighttpd-release;
 * 3. a second release (site/ with a changed index.html) packed, activated and health-checked;
 * 4. a one-step rollback to the first release;
 * each step checked against GET /healthz (the active release id), narrated in one or two lines, and a
 * last line with the URL. Without --serve it then stops lighttpd and exits 0; with --serve it keeps
 * serving until SIGINT or SIGTERM, then stops lighttpd and exits 0.
 *
 * Defaults: --port 8080 (or a free port when 8080 is taken), --dir a fresh directory under the system
 * temporary directory (removed at the end; a --dir you give is kept), --stack dev.
 *
 * Set-up: Debian packages the lab needs (lighttpd and its Lua/deflate modules, curl, python3, util-linux,
 * tar, gzip, coreutils; openssl and lighttpd-mod-openssl for a TLS stack) are installed with apt-get
 * when they are missing and this runs as root; otherwise it exits 1 naming them. node_modules is
 * installed by the npm script itself (`npm ci` when it is missing), before this file can run.
 * Exit codes: 0 done, 1 failed (reason on stderr, the log's tail with it), 2 usage.
 */
import { ChildProcess, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { packSite } from "../components/archive";
import { offlinePlaceholder, parseStackConfig } from "../components/config";
import { intOption, parseOrUsage, UsageError } from "./cli";
import { readStackConfigFile } from "./stackFile";

const ROOT = path.resolve(__dirname, "..");
const TOOL = path.join(ROOT, "host", "lighttpd-release");
const TSX_CLI = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const USAGE = "usage: npm run demo -- [--port P] [--dir D] [--stack NAME] [--serve]";
const DEFAULT_PORT = 8080;

interface DemoArgs {
    readonly port?: number;
    readonly dir?: string;
    readonly stack: string;
    readonly serve: boolean;
}

class DemoError extends Error {}

function parseArgs(argv: readonly string[]): DemoArgs {
    let port: number | undefined, dir: string | undefined, stack = "dev", serve = false;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const value = () => {
            const v = argv[++i];
            if (v === undefined || v === "") throw new UsageError(`${a} needs a value`);
            return v;
        };
        switch (a) {
            case "--port": {
                port = intOption(a, value(), 1, 65534);
                break;
            }
            case "--dir": dir = path.resolve(value()); break;
            case "--stack": {
                stack = value();
                if (!/^[A-Za-z0-9_.-]+$/.test(stack)) throw new UsageError(`--stack must be a stack name; got '${stack}'`);
                break;
            }
            case "--serve": serve = true; break;
            case "-h": case "--help": throw new UsageError("");
            default: throw new UsageError(`unknown argument '${a}'`);
        }
    }
    return { port, dir, stack, serve };
}

const say = (msg: string) => process.stdout.write(`demo: ${msg}\n`);
const short = (sha: string) => `${sha.slice(0, 12)}…`;

// ---------------------------------------------------------------------------------------------------
// set-up

function have(bin: string): boolean {
    return spawnSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" }).status === 0;
}

/** What the lab and the release tool need on this machine, as "what" → Debian package. */
function missingPackages(tls: boolean): Map<string, string> {
    const missing = new Map<string, string>();
    const bins: Record<string, string> = {
        lighttpd: "lighttpd", curl: "curl", python3: "python3", flock: "util-linux", tar: "tar", gzip: "gzip", sha256sum: "coreutils",
        ...(tls ? { openssl: "openssl" } : {}),
    };
    for (const [bin, pkg] of Object.entries(bins)) if (!have(bin)) missing.set(`the ${bin} command`, pkg);
    const modules: Record<string, string> = {
        "mod_magnet.so": "lighttpd-modules-lua", "mod_deflate.so": "lighttpd-mod-deflate", "mod_accesslog.so": "lighttpd",
        ...(tls ? { "mod_openssl.so": "lighttpd-mod-openssl" } : {}),
    };
    for (const [file, pkg] of Object.entries(modules)) {
        if (!fs.existsSync(path.join("/usr/lib/lighttpd", file))) missing.set(`/usr/lib/lighttpd/${file}`, pkg);
    }
    return missing;
}

/** Installs missing Debian packages when running as root with apt-get; otherwise fails naming them. */
function ensurePackages(tls: boolean, log: string): void {
    const missing = missingPackages(tls);
    if (missing.size === 0) return;
    const packages = [...new Set(missing.values())];
    const what = [...missing.keys()].join(", ");
    const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
    if (!isRoot || !have("apt-get")) {
        throw new DemoError(`missing ${what}: install the Debian packages with: sudo apt-get install -y ${packages.join(" ")}`);
    }
    say(`set-up: installing Debian packages ${packages.join(" ")} (missing: ${what})`);
    // Do not let package scripts start daemons (the Debian lighttpd would take port 80 on this machine).
    const policy = "/usr/sbin/policy-rc.d";
    const ownPolicy = !fs.existsSync(policy);
    if (ownPolicy) fs.writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
    try {
        const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
        const out = fs.openSync(log, "a");
        try {
            for (const args of [["update", "-q"], ["install", "-y", "-q", "--no-install-recommends", ...packages]]) {
                const r = spawnSync("apt-get", args, { env, stdio: ["ignore", out, out], timeout: 900_000 });
                if (r.status !== 0) throw new DemoError(`apt-get ${args[0]} failed (${r.signal ?? `exit ${r.status}`}); see ${log}`);
            }
        } finally {
            fs.closeSync(out);
        }
    } finally {
        if (ownPolicy) fs.rmSync(policy, { force: true });
    }
    const still = missingPackages(tls);
    if (still.size > 0) throw new DemoError(`still missing after apt-get: ${[...still.keys()].join(", ")}`);
}

function portFree(port: number): Promise<boolean> {
    return new Promise((resolve) => {
        const s = net.createServer();
        s.once("error", () => resolve(false));
        s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
    });
}

async function choosePort(given: number | undefined, tls: boolean): Promise<number> {
    const ok = async (p: number) => (await portFree(p)) && (!tls || (await portFree(p + 1)));
    if (given !== undefined) {
        if (!(await ok(given))) throw new DemoError(`port ${given}${tls ? ` or ${given + 1}` : ""} on 127.0.0.1 is in use; pass another --port`);
        return given;
    }
    if (await ok(DEFAULT_PORT)) return DEFAULT_PORT;
    for (let i = 0; i < 20; i++) {
        const p = await new Promise<number>((resolve, reject) => {
            const s = net.createServer();
            s.once("error", reject);
            s.listen(0, "127.0.0.1", () => {
                const port = (s.address() as net.AddressInfo).port;
                s.close(() => resolve(port));
            });
        });
        if (p < 65534 && (await ok(p))) return p;
    }
    throw new DemoError("found no free port on 127.0.0.1; pass --port");
}

// ---------------------------------------------------------------------------------------------------
// steps

interface PlanDoc { stack: string; project: string; resources: { type: string; name: string }[]; outputs: Record<string, unknown> }

function planSummary(log: string): void {
    const r = spawnSync(process.execPath, [TSX_CLI, path.join(ROOT, "scripts", "plan.ts"), "--stack", "prod", "--format", "json"], {
        cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 300_000,
    });
    fs.appendFileSync(log, `--- plan (stderr)\n${r.stderr ?? ""}\n`);
    if (r.status !== 0) throw new DemoError(`npm run plan -- --stack prod failed (${r.signal ?? `exit ${r.status}`}): ${(r.stderr ?? "").trim().split("\n").slice(-3).join(" | ")}`);
    const doc = JSON.parse(r.stdout) as PlanDoc;
    const types = new Set(doc.resources.map((x) => x.type));
    const byProvider = new Map<string, number>();
    for (const res of doc.resources) {
        const provider = res.type.split(":")[0];
        const key = provider === doc.project ? "components" : provider;
        byProvider.set(key, (byProvider.get(key) ?? 0) + 1);
    }
    const parts = [...byProvider.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`);
    say(`1/4 plan: the prod stack, offline under Pulumi's mock engine (npm run plan -- --stack prod): ${doc.resources.length} resources of ${types.size} types (${parts.join(", ")})`);
    const o = doc.outputs;
    const release = typeof o.releaseId === "string" ? `release ${short(o.releaseId)}${typeof o.releaseCommit === "string" ? ` (commit ${o.releaseCommit.slice(0, 8)})` : ""}` : "";
    const url = typeof o.url === "string" ? `would serve ${o.url}` : "";
    if (release || url) say(`    ${[release, url].filter(Boolean).join(", ")}`);
}

interface Lab { child: ChildProcess; output: string; exited: Promise<number | null> }

async function startLab(port: number, dir: string, stack: string, log: string): Promise<{ lab: Lab; sha: string }> {
    const child = spawn(process.execPath, [TSX_CLI, path.join(ROOT, "scripts", "lab.ts"), "--port", String(port), "--dir", dir, "--stack", stack], {
        cwd: ROOT, stdio: ["ignore", "pipe", "pipe"],
    });
    const lab: Lab = { child, output: "", exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
    const record = (d: Buffer) => {
        lab.output += d.toString();
        fs.appendFileSync(log, d);
    };
    child.stdout!.on("data", record);
    child.stderr!.on("data", record);
    const deadline = Date.now() + 120_000;
    const ready = new RegExp(`release ([0-9a-f]{64}) is live at http://127\\.0\\.0\\.1:${port}/`);
    for (;;) {
        const m = lab.output.match(ready);
        if (m) return { lab, sha: m[1] };
        if (child.exitCode !== null) throw new DemoError(`the lab exited with code ${child.exitCode} before it was ready`);
        if (Date.now() > deadline) throw new DemoError("the lab was not ready within 120 s");
        await new Promise((r) => setTimeout(r, 100));
    }
}

async function stopLab(lab: Lab | undefined): Promise<void> {
    if (!lab || lab.child.exitCode !== null || lab.child.signalCode !== null) return;
    const t = setTimeout(() => lab.child.kill("SIGKILL"), 15_000);
    lab.child.kill("SIGTERM");
    await lab.exited;
    clearTimeout(t);
}

async function healthz(base: string): Promise<string> {
    const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5000), headers: { "Cache-Control": "no-cache" } });
    const body = (await res.text()).trim();
    if (res.status !== 200) throw new DemoError(`GET ${base}/healthz answered ${res.status}`);
    return body;
}

async function expectServed(base: string, sha: string, what: string): Promise<void> {
    const served = await healthz(base);
    if (served !== sha) throw new DemoError(`after ${what}, /healthz answers ${served}, not ${sha}`);
}

function tool(dir: string, healthUrl: string, args: readonly string[], log: string): void {
    const out = fs.openSync(log, "a");
    try {
        const r = spawnSync(TOOL, ["--verbose", "--root", dir, "--health-url", healthUrl, "--health-timeout", "20", ...args], { stdio: ["ignore", out, out], timeout: 300_000 });
        if (r.status !== 0) {
            const tail = fs.readFileSync(log, "utf8").trim().split("\n").pop();
            throw new DemoError(`lighttpd-release ${args[0]} failed (${r.signal ?? `exit ${r.status}`}): ${tail}`);
        }
    } finally {
        fs.closeSync(out);
    }
}

/** site/ with a visibly changed index.html: a different release. */
async function secondRelease(scratch: string): Promise<{ archive: string; sha: string }> {
    const copy = path.join(scratch, "site-v2");
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(path.join(ROOT, "site"), copy, { recursive: true });
    const index = path.join(copy, "index.html");
    const html = fs.readFileSync(index, "utf8");
    const banner = `<!-- demo: second release, ${new Date().toISOString()} -->\n`;
    fs.writeFileSync(index, html.includes("</body>") ? html.replace("</body>", `${banner}</body>`) : html + banner);
    const archive = path.join(scratch, "site-v2.tar");
    const packed = await packSite(copy, { out: archive, commit: null });
    return { archive, sha: packed.sha256 };
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
    const args = parseOrUsage("demo", USAGE, () => parseArgs(process.argv.slice(2)));
    if (args === undefined) return 2;
    const config = parseStackConfig(readStackConfigFile(path.join(ROOT, `Pulumi.${args.stack}.yaml`), "lighttpd-azure", offlinePlaceholder));
    const tls = config.tlsEnabled;
    const ownDir = args.dir === undefined;
    const dir = args.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "lighttpd-azure-demo-"));
    fs.mkdirSync(dir, { recursive: true });
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "lighttpd-azure-demo-work-"));
    const log = path.join(scratch, "demo.log");
    let lab: Lab | undefined;
    let failed = false;
    let signalled: NodeJS.Signals | undefined;
    let wake: (() => void) | undefined;
    const onSignal = (sig: NodeJS.Signals) => {
        signalled = sig;
        wake?.();
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    const interrupted = () => {
        if (signalled) throw new DemoError(`${signalled}: stopping`);
    };
    try {
        ensurePackages(tls, log);
        const port = await choosePort(args.port, tls);
        const base = `http://127.0.0.1:${port}`;
        planSummary(log);
        interrupted();

        const started = await startLab(port, dir, args.stack, log);
        lab = started.lab;
        const first = started.sha;
        await expectServed(base, first, "the first activation");
        say(`2/4 lab: lighttpd with the ${args.stack} stack's rendered lighttpd.conf on ${base}, document root ${dir}/current; ` +
            `site/ packed and activated by host/lighttpd-release: GET /healthz → ${short(first)}`);
        interrupted();

        const second = await secondRelease(scratch);
        if (second.sha === first) throw new DemoError("the second release has the same id as the first");
        tool(dir, `${base}/healthz`, ["activate", second.archive, second.sha], log);
        await expectServed(base, second.sha, "activating the second release");
        say(`3/4 second release (index.html changed) verified, unpacked, switched atomically and health-checked: GET /healthz → ${short(second.sha)}`);
        interrupted();

        tool(dir, `${base}/healthz`, ["rollback"], log);
        await expectServed(base, first, "the rollback");
        say(`4/4 rolled back in one step (lighttpd-release rollback): GET /healthz → ${short(first)} again`);
        interrupted();

        if (args.serve) {
            say(`serving ${base}/ (release ${short(first)}) until Ctrl-C or SIGTERM`);
            await new Promise<void>((resolve) => {
                wake = resolve;
                if (signalled) resolve();
                // a signal sent to the whole process group reaches the lab too, maybe first
                lab!.exited.then(() => setTimeout(resolve, 1000));
            });
            if (!signalled) throw new DemoError(`the lab exited with code ${lab.child.exitCode} while serving`);
            await stopLab(lab);
            say(`${signalled}: lighttpd stopped; ${base}/ is no longer served`);
            return 0;
        }
        await stopLab(lab);
        say(`done, lighttpd stopped (npm run demo -- --serve keeps it running): ${base}/`);
        return 0;
    } catch (e) {
        failed = true;
        throw e;
    } finally {
        await stopLab(lab);
        if (failed) {
            const tail = fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n").slice(-15).join("\n") : "";
            if (tail) process.stderr.write(`demo: last lines of ${log}:\n${tail}\n`);
            process.stderr.write(`demo: kept ${dir} (the lab's state) and ${scratch} for inspection\n`);
        } else {
            fs.rmSync(scratch, { recursive: true, force: true });
        }
        if (ownDir && !failed) fs.rmSync(dir, { recursive: true, force: true });
    }
}

if (require.main === module) {
    // If whoever reads our output is gone (a closed pipe), keep going: the clean-up must still run.
    process.stdout.on("error", () => undefined);
    process.stderr.on("error", () => undefined);
    main().then((code) => process.exit(code), (e) => {
        process.stderr.write(`demo: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exit(1);
    });
}
