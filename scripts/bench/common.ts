/**
 * Shared helpers of the benchmarks (scripts/bench/*.ts): bounded child processes, CPU accounting from
 * /proc, medians and ratios, wrk runs parsed through a Lua `done()` hook, curl probes, Markdown tables.
 *
 * Rules every benchmark follows (the machine is shared and noisy):
 *   - each comparison runs side by side in one run, interleaved round by round, the order rotated
 *     each round; results are medians, compared as ratios;
 *   - every process is bounded in time (spawnSync timeouts, wrk durations) and listens on 127.0.0.1 only;
 *   - a measurement whose responses are wrong (status, body, encoding) is void and reported as such.
 */
import { spawn, spawnSync, ChildProcess, SpawnSyncOptions } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";

export const ROOT = path.resolve(__dirname, "..", "..");
export const TOOL = path.join(ROOT, "host", "lighttpd-release");
export const TSX_CLI = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** Options every benchmark module receives from scripts/bench/index.ts. */
export interface BenchOptions {
    /** Short run: fewer rounds, shorter wrk runs, a smaller generated site. */
    readonly quick: boolean;
    /** Rounds per comparison. */
    readonly rounds: number;
    /** Seconds per wrk run. */
    readonly wrkSeconds: number;
    /** Scratch directory (under /tmp), removed by the caller. */
    readonly work: string;
    /** Progress output (stderr). */
    readonly log: (msg: string) => void;
}

// ---------------------------------------------------------------------------------------------------
// processes

export interface RunResult {
    readonly status: number | null;
    readonly signal: NodeJS.Signals | null;
    readonly stdout: string;
    readonly stderr: string;
    /** Wall time, milliseconds. */
    readonly ms: number;
}

/** Runs a command to completion (bounded by `timeoutMs`, default 10 min) and times it. */
export function run(cmd: string, args: readonly string[], opts: SpawnSyncOptions & { timeoutMs?: number } = {}): RunResult {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: opts.timeoutMs ?? 600_000, killSignal: "SIGKILL", ...opts });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.error && (r.error as NodeJS.ErrnoException).code !== "ETIMEDOUT") throw new Error(`${cmd}: ${r.error.message}`);
    return { status: r.status, signal: r.signal, stdout: String(r.stdout ?? ""), stderr: String(r.stderr ?? ""), ms };
}

/** Like {@link run}, but throws unless the command exits 0. */
export function runOk(cmd: string, args: readonly string[], opts: SpawnSyncOptions & { timeoutMs?: number } = {}): RunResult {
    const r = run(cmd, args, opts);
    if (r.status !== 0) {
        throw new Error(`${cmd} ${args.join(" ")} failed (${r.signal ?? `exit ${r.status}`}): ${(r.stderr || r.stdout).trim().split("\n").slice(-3).join(" | ")}`);
    }
    return r;
}

export function hasCommand(bin: string): boolean {
    return spawnSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" }).status === 0;
}

/** The first line a command prints (stdout or stderr), e.g. its version; "" when it fails. */
export function firstLine(cmd: string, args: readonly string[]): string {
    try {
        const r = run(cmd, args, { timeoutMs: 10_000 });
        return (r.stdout.trim() || r.stderr.trim()).split("\n")[0] ?? "";
    } catch {
        return "";
    }
}

/** CPU pinning: servers on core 0, load generators on core 1 (when taskset exists and nproc >= 2). */
export interface Pinning {
    readonly enabled: boolean;
    readonly server: readonly string[];
    readonly client: readonly string[];
    readonly note: string;
}

export function pinning(): Pinning {
    if (os.cpus().length >= 2 && hasCommand("taskset")) {
        return { enabled: true, server: ["taskset", "-c", "0"], client: ["taskset", "-c", "1"], note: "servers pinned to CPU 0 (`taskset -c 0`), wrk to CPU 1 (`taskset -c 1`)" };
    }
    return { enabled: false, server: [], client: [], note: "no pinning (needs `taskset` and 2 CPUs)" };
}

/** Prefixes `argv` with a pinning command, if any. */
export function pinned(prefix: readonly string[], argv: readonly string[]): [string, string[]] {
    const all = [...prefix, ...argv];
    return [all[0], all.slice(1)];
}

const running = new Set<ChildProcess>();

/** A long-running child (a server) that is stopped by {@link stopChild} (or {@link killAllChildren}). */
export function startChild(cmd: string, args: readonly string[], logFile: string): ChildProcess {
    const out = fs.openSync(logFile, "a");
    const child = spawn(cmd, args, { stdio: ["ignore", out, out] });
    fs.closeSync(out);
    running.add(child);
    child.once("exit", () => running.delete(child));
    return child;
}

/** SIGTERM to every server still running (on SIGINT/SIGTERM of the benchmark itself). */
export function killAllChildren(): void {
    for (const child of running) child.kill("SIGTERM");
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the child has exited. */
export async function stopChild(child: ChildProcess | undefined, graceMs = 5000): Promise<void> {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
        const t = setTimeout(() => child.kill("SIGKILL"), graceMs);
        child.once("exit", () => {
            clearTimeout(t);
            resolve();
        });
        child.kill("SIGTERM");
    });
}

export async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const s = net.createServer();
        s.listen(0, "127.0.0.1", () => {
            const port = (s.address() as net.AddressInfo).port;
            s.close(() => resolve(port));
        });
        s.on("error", reject);
    });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `url` until it answers (any HTTP status) or `timeoutMs` passes. */
export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (child && child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} while starting (${url})`);
        try {
            const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
            await res.arrayBuffer();
            return;
        } catch {
            await sleep(50);
        }
    }
    throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** GET `url` with a bounded timeout; the body as text, or null on a connection error. */
export async function getText(url: string, timeoutMs = 2000): Promise<{ status: number; body: string } | null> {
    try {
        const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { "Cache-Control": "no-cache" } });
        return { status: res.status, body: await res.text() };
    } catch {
        return null;
    }
}

// ---------------------------------------------------------------------------------------------------
// CPU accounting

let clkTck: number | undefined;

/** Clock ticks per second of /proc/<pid>/stat's utime and stime. */
export function clockTicks(): number {
    if (clkTck === undefined) {
        const r = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
        clkTck = Number(r.stdout.trim()) || 100;
    }
    return clkTck;
}

/** The pid and its descendants (from /proc/<pid>/task/<tid>/children), e.g. nginx's master and workers. */
export function processTree(pid: number): number[] {
    const out: number[] = [];
    const visit = (p: number) => {
        out.push(p);
        let tids: string[] = [];
        try {
            tids = fs.readdirSync(`/proc/${p}/task`);
        } catch {
            return;
        }
        for (const tid of tids) {
            let children = "";
            try {
                children = fs.readFileSync(`/proc/${p}/task/${tid}/children`, "utf8");
            } catch {
                continue;
            }
            for (const c of children.trim().split(/\s+/).filter(Boolean)) visit(Number(c));
        }
    };
    visit(pid);
    return out;
}

/** User and system (kernel) CPU seconds consumed so far by the given processes. */
export function cpuTimes(pids: readonly number[]): { user: number; system: number } {
    let utime = 0;
    let stime = 0;
    for (const pid of pids) {
        try {
            const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
            const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
            utime += Number(fields[11]); // utime, stime: fields 14 and 15 of stat(5)
            stime += Number(fields[12]);
        } catch {
            // the process is gone: it consumed nothing more
        }
    }
    return { user: utime / clockTicks(), system: stime / clockTicks() };
}

// ---------------------------------------------------------------------------------------------------
// statistics

export function median(xs: readonly number[]): number {
    const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    if (v.length === 0) return NaN;
    const m = Math.floor(v.length / 2);
    return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

export function ratio(a: number, b: number): number {
    return b === 0 || !Number.isFinite(a) || !Number.isFinite(b) ? NaN : a / b;
}

/** Rotates `xs` left by `k` (round k starts with a different contender). */
export function rotate<T>(xs: readonly T[], k: number): T[] {
    const n = xs.length;
    return n === 0 ? [] : xs.map((_, i) => xs[(i + k) % n]);
}

// ---------------------------------------------------------------------------------------------------
// formatting

export function fmtInt(n: number): string {
    return Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "n/a";
}

export function fmtNum(n: number, digits = 2): string {
    return Number.isFinite(n) ? n.toFixed(digits) : "n/a";
}

export function fmtRatio(n: number): string {
    return Number.isFinite(n) ? `${n.toFixed(2)}×` : "n/a";
}

export function fmtSeconds(s: number): string {
    if (!Number.isFinite(s)) return "n/a";
    return s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`;
}

export function fmtBytes(n: number): string {
    if (!Number.isFinite(n)) return "n/a";
    if (n < 10 * 1024) return `${Math.round(n)} B`;
    if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
    return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export function fmtMicros(us: number): string {
    if (!Number.isFinite(us)) return "n/a";
    return us < 1000 ? `${us.toFixed(0)} µs` : `${(us / 1000).toFixed(2)} ms`;
}

/** A Markdown table; cells are escaped for `|`; `align` per column ("l" or "r"; default: first left, the rest right). */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: string): string {
    const esc = (s: string) => s.replace(/\|/g, "\\|");
    const a = (i: number) => (align ? align[i] ?? "l" : i === 0 ? "l" : "r");
    return [
        `| ${header.map(esc).join(" | ")} |`,
        `| ${header.map((_, i) => (a(i) === "r" ? "---:" : "---")).join(" | ")} |`,
        ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
    ].join("\n");
}

/** met / missed; "void" when the measurement was invalid; "—" for a figure with no target. */
export function verdict(ok: boolean | undefined | null): string {
    return ok === null ? "—" : ok === undefined ? "void" : ok ? "**met**" : "**missed**";
}

// ---------------------------------------------------------------------------------------------------
// wrk

export interface WrkResult {
    readonly requests: number;
    readonly bytes: number;
    readonly seconds: number;
    readonly rps: number;
    readonly p50us: number;
    readonly p99us: number;
    readonly maxUs: number;
    /** Responses with status >= 400 (wrk's "Non-2xx or 3xx responses"). */
    readonly non2xx: number;
    /** connect + read + write + timeout errors. */
    readonly socketErrors: number;
    /** Responses a body check (when given) rejected. */
    readonly badBodies: number;
    /** CPU seconds the server processes used during the run (user + system). */
    readonly serverCpu: number;
    /** Of those, the seconds spent in the kernel (system time: sockets, files, scheduling). */
    readonly serverSysCpu: number;
}

export interface WrkOptions {
    readonly url: string;
    readonly threads?: number;
    readonly connections?: number;
    readonly seconds: number;
    readonly headers?: Readonly<Record<string, string>>;
    /** Server processes whose CPU time is measured around the run. */
    readonly serverPids?: readonly number[];
    /** Accept only responses whose body length is one of these (parses every body: slower). */
    readonly bodyLengths?: readonly number[];
    readonly pin?: Pinning;
    /** Directory for the generated Lua script. */
    readonly scratch: string;
}

const WRK_DONE = `
local threads = {}
function setup(thread) table.insert(threads, thread) end
function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + (t:get("bad") or 0) end
  local e = summary.errors
  io.write(string.format('WRKJSON {"requests":%d,"bytes":%d,"duration_us":%d,"p50":%d,"p99":%d,"max":%d,"status":%d,"socket":%d,"bad":%d}\\n',
    summary.requests, summary.bytes, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout, bad))
end
`;

function wrkScript(opts: WrkOptions): string {
    let lua = WRK_DONE;
    if (opts.bodyLengths && opts.bodyLengths.length > 0) {
        lua += `
bad = 0
local ok = { ${opts.bodyLengths.map((n) => `[${n}] = true`).join(", ")} }
function response(status, headers, body)
  if status ~= 200 or not ok[#body] then bad = bad + 1 end
end
`;
    }
    const file = path.join(opts.scratch, `wrk-${process.pid}-${Math.random().toString(36).slice(2)}.lua`);
    fs.writeFileSync(file, lua);
    return file;
}

function wrkArgs(opts: WrkOptions, script: string): string[] {
    const args = ["-t", String(opts.threads ?? 1), "-c", String(opts.connections ?? 16), "-d", `${opts.seconds}s`, "--timeout", "5s", "-s", script];
    for (const [k, v] of Object.entries(opts.headers ?? {})) args.push("-H", `${k}: ${v}`);
    args.push(opts.url);
    return args;
}

function parseWrk(stdout: string, serverCpu: number, serverSysCpu: number): WrkResult {
    const m = stdout.match(/^WRKJSON (\{.*\})$/m);
    if (!m) throw new Error(`wrk printed no summary:\n${stdout.slice(0, 2000)}`);
    const j = JSON.parse(m[1]) as { requests: number; bytes: number; duration_us: number; p50: number; p99: number; max: number; status: number; socket: number; bad: number };
    const seconds = j.duration_us / 1e6;
    return {
        requests: j.requests, bytes: j.bytes, seconds, rps: j.requests / seconds, p50us: j.p50, p99us: j.p99, maxUs: j.max,
        non2xx: j.status, socketErrors: j.socket, badBodies: j.bad, serverCpu, serverSysCpu,
    };
}

/** Runs wrk to completion (bounded: its duration plus 20 s). */
export function wrk(opts: WrkOptions): WrkResult {
    const script = wrkScript(opts);
    try {
        const cpu0 = cpuTimes(opts.serverPids ?? []);
        const [cmd, args] = pinned(opts.pin?.client ?? [], ["wrk", ...wrkArgs(opts, script)]);
        const r = run(cmd, args, { timeoutMs: (opts.seconds + 20) * 1000 });
        const cpu1 = cpuTimes(opts.serverPids ?? []);
        if (r.status !== 0) throw new Error(`wrk failed (${r.signal ?? `exit ${r.status}`}): ${r.stderr.trim()}`);
        return parseWrk(r.stdout, cpu1.user + cpu1.system - cpu0.user - cpu0.system, cpu1.system - cpu0.system);
    } finally {
        fs.rmSync(script, { force: true });
    }
}

/** A wrk run in the background (load during other work). */
export interface WrkRun {
    /** Resolves with the summary when wrk ends (its duration, or {@link WrkRun.stop}). */
    readonly result: Promise<WrkResult>;
    /** Ends the run early: SIGINT, on which wrk stops and still prints its summary. */
    stop(): void;
}

/** Starts wrk in the background; bounded by its duration (plus 20 s, then SIGKILL). */
export function wrkAsync(opts: WrkOptions): WrkRun {
    const script = wrkScript(opts);
    const cpu0 = cpuTimes(opts.serverPids ?? []);
    const [cmd, args] = pinned(opts.pin?.client ?? [], ["wrk", ...wrkArgs(opts, script)]);
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (d) => (stdout += d));
    child.stderr!.on("data", (d) => (stderr += d));
    const killer = setTimeout(() => child.kill("SIGKILL"), (opts.seconds + 20) * 1000);
    const result = new Promise<WrkResult>((resolve, reject) => {
        child.on("exit", (code, signal) => {
            clearTimeout(killer);
            fs.rmSync(script, { force: true });
            if (code !== 0 && !stdout.includes("WRKJSON")) return reject(new Error(`wrk failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
            try {
                const cpu1 = cpuTimes(opts.serverPids ?? []);
                resolve(parseWrk(stdout, cpu1.user + cpu1.system - cpu0.user - cpu0.system, cpu1.system - cpu0.system));
            } catch (e) {
                reject(e);
            }
        });
    });
    return { result, stop: () => { if (child.exitCode === null) child.kill("SIGINT"); } };
}

// ---------------------------------------------------------------------------------------------------
// curl probes

export interface Probe {
    readonly status: number;
    readonly encoding: string | undefined;
    readonly headers: Readonly<Record<string, string>>;
    /** Body bytes on the wire. */
    readonly bodyBytes: number;
    /** Response header bytes (status line included). */
    readonly headerBytes: number;
    /** The body after undoing Content-Encoding (br, gzip), or undefined when it cannot be decoded. */
    readonly decoded: Buffer | undefined;
}

/** One GET through curl with the given headers; the body is decoded with node's zlib. */
export function probe(url: string, headers: Readonly<Record<string, string>>, scratch: string): Probe {
    const bodyFile = path.join(scratch, `probe-${process.pid}.body`);
    const args = ["-s", "--noproxy", "*", "--max-time", "10", "-o", bodyFile, "-D", "-", "-w", "\nPROBE %{http_code} %{size_download} %{size_header}\n"];
    for (const [k, v] of Object.entries(headers)) args.push("-H", `${k}: ${v}`);
    args.push(url);
    const r = run("curl", args, { timeoutMs: 15_000 });
    const m = r.stdout.match(/PROBE (\d+) (\d+) (\d+)/);
    if (!m) throw new Error(`curl ${url}: no answer (${r.stderr.trim()})`);
    const hdrs: Record<string, string> = {};
    for (const line of r.stdout.split(/\r?\n/)) {
        const i = line.indexOf(":");
        if (i > 0 && !line.startsWith("PROBE")) hdrs[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    const raw = fs.existsSync(bodyFile) ? fs.readFileSync(bodyFile) : Buffer.alloc(0);
    fs.rmSync(bodyFile, { force: true });
    const encoding = hdrs["content-encoding"];
    let decoded: Buffer | undefined;
    try {
        decoded = encoding === undefined ? raw : encoding === "br" ? zlib.brotliDecompressSync(raw) : encoding === "gzip" ? zlib.gunzipSync(raw) : undefined;
    } catch {
        decoded = undefined;
    }
    return { status: Number(m[1]), encoding, headers: hdrs, bodyBytes: Number(m[2]), headerBytes: Number(m[3]), decoded };
}

// ---------------------------------------------------------------------------------------------------
// scratch

/** A fresh directory under `parent`, world-readable (servers may run as another user). */
export function scratchDir(parent: string, name: string): string {
    const dir = path.join(parent, name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    return dir;
}

// ---------------------------------------------------------------------------------------------------
// results

/** One target of issue 9, as measured. `ok` is undefined when the measurement is void, null when there is no target. */
export interface Target {
    readonly benchmark: string;
    readonly name: string;
    readonly target: string;
    readonly measured: string;
    readonly ok: boolean | undefined | null;
}

/** What a benchmark module returns: its Markdown section and its targets. */
export interface Section {
    /** serving | activation | packing | plan */
    readonly id: string;
    readonly title: string;
    /** Markdown (starting below the section title). */
    readonly body: string;
    readonly targets: readonly Target[];
}

/** Throws a clear message naming the Debian packages when a command is missing. */
export function requireCommands(what: string, commands: Readonly<Record<string, string>>): void {
    const missing = Object.entries(commands).filter(([bin]) => !hasCommand(bin));
    if (missing.length > 0) {
        const pkgs = [...new Set(missing.map(([, pkg]) => pkg))].join(" ");
        throw new Error(`${what} needs ${missing.map(([bin]) => `'${bin}'`).join(", ")}: apt-get install -y ${pkgs}`);
    }
}
