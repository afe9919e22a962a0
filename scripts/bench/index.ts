/**
 * Benchmarks (issue 9): serving, activation, packing and the offline plan, each comparison run side
 * by side in one run, interleaved and repeated; writes docs/BENCHMARKS.md.
 *
 *   npm run bench -- [--quick] [--only serving|activation|packing|plan[,...]] [--rounds N] [--seconds S]
 *                    [--baseline FILE|REF] [--out FILE] [--keep]
 *
 * --quick      short run (2 rounds, 1 s wrk runs, a 20 MB / 2,000-file generated site instead of
 *              200 MB / 20,000 files); the document says it was a quick run.
 * --only       run only these benchmarks; their sections replace the same sections of an existing
 *              document, the others are kept as they were.
 * --baseline   also serve with the lighttpd.conf rendered by another version of
 *              components/lighttpdConf.ts (a saved copy, or a git ref read with `git show`), for a
 *              before/after ratio measured in the same run.
 * --keep       keep the scratch directory (under /tmp) for inspection.
 *
 * Needs: lighttpd (+ mod_deflate, mod_magnet), nginx with gzip_static, wrk, curl, GNU tar, coreutils,
 * util-linux (taskset), GNU time (/usr/bin/time) for peak memory. Loopback only; every load run is
 * bounded in time. Exit 0 when the benchmarks ran (targets missed or not), 1 when one failed to run,
 * 2 on a usage error.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { intOption, parseOrUsage, UsageError } from "../cli";
import { benchActivation } from "./activation";
import { BenchOptions, firstLine, killAllChildren, ROOT, Section, table, verdict } from "./common";
import { benchPacking } from "./packing";
import { benchPlan } from "./plan";
import { benchServing } from "./serving";
import { largeSiteSpec } from "./sites";

const BENCHMARKS = ["serving", "activation", "packing", "plan"] as const;
type Bench = (typeof BENCHMARKS)[number];
const USAGE = "usage: npm run bench -- [--quick] [--only serving|activation|packing|plan[,...]] [--rounds N] [--seconds S] [--baseline FILE|REF] [--out FILE] [--keep]";

interface Args {
    readonly quick: boolean;
    readonly only: readonly Bench[];
    readonly rounds?: number;
    readonly seconds?: number;
    readonly baseline?: string;
    readonly out: string;
    readonly keep: boolean;
}


function parseArgs(argv: readonly string[]): Args {
    let quick = false, keep = false, rounds: number | undefined, seconds: number | undefined, baseline: string | undefined;
    let only: Bench[] = [...BENCHMARKS];
    let out = path.join(ROOT, "docs", "BENCHMARKS.md");
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const value = () => {
            const v = argv[++i];
            if (v === undefined || v === "") throw new UsageError(`${a} needs a value`);
            return v;
        };
        const int = (min: number, max: number) => intOption(a, value(), min, max);
        switch (a) {
            case "--quick": quick = true; break;
            case "--keep": keep = true; break;
            case "--rounds": rounds = int(1, 50); break;
            case "--seconds": seconds = int(1, 60); break;
            case "--baseline": baseline = value(); break;
            case "--out": out = path.resolve(value()); break;
            case "--only": {
                const list = value().split(",").map((s) => s.trim());
                for (const b of list) {
                    if (!(BENCHMARKS as readonly string[]).includes(b)) throw new UsageError(`--only takes ${BENCHMARKS.join(", ")} (comma-separated); got '${b}'`);
                }
                only = BENCHMARKS.filter((b) => list.includes(b));
                break;
            }
            case "-h": case "--help": throw new UsageError("");
            default: throw new UsageError(`unknown argument '${a}'`);
        }
    }
    return { quick, only, rounds, seconds, baseline, out, keep };
}

function cpuModel(): string {
    try {
        const m = fs.readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.+)$/m);
        return m ? m[1].trim() : os.cpus()[0]?.model ?? "unknown";
    } catch {
        return os.cpus()[0]?.model ?? "unknown";
    }
}

function machine(): string[] {
    const lighttpd = firstLine("lighttpd", ["-v"]);
    const nginx = firstLine("nginx", ["-v"]).replace(/^nginx version:\s*/, "");
    const wrk = firstLine("wrk", ["--version"]).replace(/\s+Copyright.*$/, "");
    const tar = firstLine("tar", ["--version"]);
    const mem = `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`;
    return [
        `- date: ${new Date().toISOString()}`,
        `- machine: \`nproc\` = ${os.cpus().length}, CPU \`${cpuModel()}\`, ${mem} RAM, ${os.type()} ${os.release()}`,
        `- versions: ${lighttpd || "lighttpd: not installed"}; nginx ${nginx || "not installed"}; ${wrk || "wrk: not installed"}; node ${process.version}; ${tar}`,
        `- load average when the run started: ${os.loadavg().map((l) => l.toFixed(2)).join(", ")} (the machine is shared; hence interleaved rounds, medians and ratios)`,
    ];
}

const START = (id: string) => `<!-- bench:${id}:start -->`;
const END = (id: string) => `<!-- bench:${id}:end -->`;

function sectionBlock(s: Section): string {
    return `${START(s.id)}\n## ${s.title}\n\n${s.body.trim()}\n${END(s.id)}`;
}

function targetsBlock(sections: readonly Section[]): string {
    const rows = sections.flatMap((s) => s.targets.map((t) => [t.benchmark, t.name, t.target, t.measured, verdict(t.ok)]));
    return `${START("targets")}\n## Targets\n\n${rows.length ? table(["benchmark", "what", "target", "measured (medians)", "verdict"], rows, "lllll") : "No targets measured in this run."}\n${END("targets")}`;
}

function parseExisting(file: string): Map<string, string> {
    const blocks = new Map<string, string>();
    if (!fs.existsSync(file)) return blocks;
    const text = fs.readFileSync(file, "utf8");
    for (const id of ["targets", ...BENCHMARKS]) {
        const a = text.indexOf(START(id));
        const b = text.indexOf(END(id));
        if (a >= 0 && b > a) blocks.set(id, text.slice(a, b + END(id).length));
    }
    return blocks;
}

/** Targets of sections kept from an earlier run, read back from that run's targets table. */
function keptTargets(block: string | undefined, keep: readonly string[]): Section[] {
    if (!block) return [];
    const rows = block.split("\n").filter((l) => /^\| (serving|activation|packing|plan) \|/.test(l));
    return keep.map((id) => ({
        id, title: id, body: "",
        targets: rows.filter((r) => r.startsWith(`| ${id} |`)).map((r) => {
            const cells = r.slice(2, -2).split(" | ");
            const v = cells[4] ?? "";
            const ok = v.trim() === "—" ? null : v.includes("missed") ? false : v.includes("met") ? true : undefined;
            return { benchmark: id, name: cells[1], target: cells[2], measured: cells[3].endsWith("(earlier run)") ? cells[3] : `${cells[3]} (earlier run)`, ok };
        }),
    }));
}

function render(args: Args, o: BenchOptions, sections: Section[], failures: string[], started: number): string {
    const existing = args.only.length < BENCHMARKS.length ? parseExisting(args.out) : new Map<string, string>();
    const keep = BENCHMARKS.filter((b) => !args.only.includes(b) && existing.has(b));
    const allTargets = [...sections, ...keptTargets(existing.get("targets"), keep)]
        .sort((a, b) => BENCHMARKS.indexOf(a.id as Bench) - BENCHMARKS.indexOf(b.id as Bench));
    const order = BENCHMARKS.map((id) => sections.find((s) => s.id === id) ? sectionBlock(sections.find((s) => s.id === id)!) : existing.get(id)).filter(Boolean);
    const large = largeSiteSpec(o.quick);
    return [
        "# Benchmarks",
        "",
        "Generated by `npm run bench` (scripts/bench/); do not edit by hand. Every comparison below ran side by side in one run,",
        "interleaved and repeated; numbers are medians, compared as ratios, because the machine is shared with other work.",
        "",
        "```",
        `npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
        "```",
        "",
        ...machine(),
        `- this run: ${args.only.join(", ")}${args.quick ? " (**quick run**: fewer rounds, shorter wrk runs, smaller generated site)" : ""}; ${o.rounds} rounds` +
            `${args.only.includes("serving") ? `, wrk runs of ${o.wrkSeconds} s` : ""}` +
            `${args.only.some((b) => b === "activation" || b === "packing") ? `; generated site ${large.files.toLocaleString("en-US")} files / ${(large.bytes / 1e6).toFixed(0)} MB` : ""}; took ${((Date.now() - started) / 1000).toFixed(0)} s`,
        ...(keep.length ? [`- kept from an earlier run: ${keep.join(", ")}`] : []),
        ...(failures.length ? ["", "**Benchmarks that failed to run:**", ...failures.map((f) => `- ${f}`)] : []),
        "",
        targetsBlock(allTargets),
        "",
        ...order.flatMap((b) => [b!, ""]),
    ].join("\n");
}

async function main(): Promise<number> {
    const args = parseOrUsage("bench", USAGE, () => parseArgs(process.argv.slice(2)));
    if (args === undefined) return 2;
    const started = Date.now();
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "lighttpd-bench-"));
    fs.chmodSync(work, 0o755);
    const o: BenchOptions = {
        quick: args.quick,
        rounds: args.rounds ?? (args.quick ? 2 : 5),
        wrkSeconds: args.seconds ?? (args.quick ? 1 : 5),
        work,
        log: (msg) => process.stderr.write(`bench: ${msg}\n`),
    };
    const cleanup = () => {
        if (!args.keep) fs.rmSync(work, { recursive: true, force: true });
    };
    const onSignal = (code: number) => {
        killAllChildren();
        setTimeout(() => { cleanup(); process.exit(code); }, 500);
    };
    process.on("SIGINT", () => onSignal(130));
    process.on("SIGTERM", () => onSignal(143));
    const sections: Section[] = [];
    const failures: string[] = [];
    try {
        for (const b of args.only) {
            o.log(`--- ${b}`);
            try {
                switch (b) {
                    case "serving": sections.push(await benchServing({ ...o, baseline: args.baseline })); break;
                    case "activation": sections.push(await benchActivation(o)); break;
                    case "packing": sections.push(await benchPacking(o)); break;
                    case "plan": sections.push(await benchPlan(o)); break;
                    default: { const never: never = b; throw new Error(`unknown benchmark ${String(never)}`); }
                }
            } catch (e) {
                const msg = e instanceof Error ? e.message : String(e);
                failures.push(`${b}: ${msg.split("\n")[0]}`);
                o.log(`${b} failed: ${e instanceof Error ? e.stack : msg}`);
            }
        }
    } finally {
        cleanup();
    }
    fs.mkdirSync(path.dirname(args.out), { recursive: true });
    fs.writeFileSync(args.out, render(args, o, sections, failures, started));
    o.log(`wrote ${path.relative(process.cwd(), args.out) || args.out}`);
    for (const s of sections) for (const t of s.targets) o.log(`${verdict(t.ok).replace(/\*/g, "").padEnd(6)} ${t.benchmark}: ${t.name}: ${t.measured} (target ${t.target})`);
    return failures.length ? 1 : 0;
}

if (require.main === module) {
    main().then((code) => process.exit(code), (e) => {
        process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
        process.exit(1);
    });
}
