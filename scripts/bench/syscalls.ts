/**
 * System calls per request of a server under wrk load, counted by the kernel's syscall tracepoints
 * (`perf stat -e raw_syscalls:sys_enter,syscalls:sys_enter_<name>,...`): counting, not tracing, so the
 * server runs at nearly full speed (strace would slow it down and change what it does, e.g. how often
 * a non-blocking read finds nothing). Used by the serving benchmark to explain where a server's
 * kernel time goes. Optional: when perf is missing or may not count tracepoints here, the caller says so.
 */
import { spawn, spawnSync } from "child_process";
import { hasCommand, wrk, WrkOptions } from "./common";

/** The calls a static-file server makes per request, counted one by one; everything else is "other". */
export const COUNTED_SYSCALLS = ["read", "recvfrom", "writev", "sendfile64", "pread64", "setsockopt", "epoll_wait"] as const;

export interface SyscallCounts {
    readonly requests: number;
    /** Per request: all system calls, and each of {@link COUNTED_SYSCALLS}. */
    readonly total: number;
    readonly byName: Readonly<Record<string, number>>;
}

const EVENTS = ["raw_syscalls:sys_enter", ...COUNTED_SYSCALLS.map((s) => `syscalls:sys_enter_${s}`)];

/** Why syscalls cannot be counted here, or undefined when they can (perf present and allowed). */
export function syscallCountingUnavailable(): string | undefined {
    if (!hasCommand("perf")) return "perf is not installed (Debian package linux-perf)";
    const r = spawnSync("perf", ["stat", "-x,", "-e", EVENTS.join(","), "--", "true"], { encoding: "utf8", timeout: 20_000 });
    if (r.status !== 0 || /not supported|<not counted>|Permission|No permission/i.test(r.stderr ?? "")) {
        return `perf cannot count syscall tracepoints here: ${(r.stderr || r.error?.message || `exit ${r.status}`).trim().split("\n")[0]}`;
    }
    return undefined;
}

/** Runs wrk (`opts`) while perf counts the system calls of `pids`; counts per request. */
export async function countSyscalls(pids: readonly number[], opts: WrkOptions): Promise<SyscallCounts> {
    if (pids.length === 0) throw new Error("no server processes to count system calls of");
    // perf stops when its child (sleep) ends: long enough to cover wrk, which starts right after
    const perf = spawn("perf", ["stat", "-x,", "-e", EVENTS.join(","), "-p", pids.join(","), "--", "sleep", String(opts.seconds + 1)], {
        stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    perf.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => perf.on("close", (code) => resolve(code)));
    await new Promise((r) => setTimeout(r, 300)); // let perf attach before the load starts
    const w = wrk(opts);
    const code = await exited;
    if (code !== 0) throw new Error(`perf stat failed (exit ${code}): ${stderr.trim()}`);
    const counts = new Map<string, number>();
    for (const line of stderr.split("\n")) {
        const cells = line.split(",");
        if (cells.length < 3 || !EVENTS.includes(cells[2])) continue;
        const n = Number(cells[0]);
        if (!Number.isFinite(n)) throw new Error(`perf did not count ${cells[2]}: ${line}`);
        counts.set(cells[2], n);
    }
    const missing = EVENTS.filter((e) => !counts.has(e));
    if (missing.length > 0) throw new Error(`perf printed no count for ${missing.join(", ")}:\n${stderr.trim()}`);
    // the counts include the requests that wrk's connections made while perf ran, which is all of them:
    // perf attached before wrk started and stops after it ended
    const per = (e: string) => counts.get(e)! / w.requests;
    return {
        requests: w.requests,
        total: per("raw_syscalls:sys_enter"),
        byName: Object.fromEntries(COUNTED_SYSCALLS.map((s) => [s, per(`syscalls:sys_enter_${s}`)])),
    };
}
