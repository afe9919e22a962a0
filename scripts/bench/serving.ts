/**
 * Serving benchmark: the rendered lighttpd.conf against Debian's default lighttpd.conf, nginx's default
 * and nginx tuned with precompressed files, all serving the same release, measured with wrk on
 * loopback with `Accept-Encoding: br, gzip` for the HTML page, the largest script bundle and the largest
 * image. Every (server, URL) pair is probed with curl first: the body must decode (br/gzip) to the
 * release's bytes with status 200, or that pair is void. Then rounds: each round runs every pair once,
 * the server order rotated, so noise from other work on the machine spreads over all contenders.
 *
 * Reported per pair (medians over rounds): requests/s, p99 latency, bytes per response (wrk's byte
 * count over its request count: headers and body as sent), server CPU time per request (from
 * /proc/<pid>/stat around each run: steadier than requests/s on a shared machine), non-2xx responses
 * and socket errors (totals). Target: rendered ≥ 1.1× nginx tuned on requests/s for the HTML page and
 * the bundle, both answered compressed.
 */
import * as fs from "fs";
import * as path from "path";
import {
    BenchOptions, fmtBytes, freePort, ROOT, fmtInt, fmtMicros, fmtNum, fmtRatio, median, pinning, probe, requireCommands, rotate,
    scratchDir, Section, table, Target, wrk, WrkResult,
} from "./common";
import { LIGHTTPD_LIMITS } from "../../components/lighttpdConf";
import { activate, pack } from "./fixtures";
import { COUNTED_SYSCALLS, countSyscalls, SyscallCounts, syscallCountingUnavailable } from "./syscalls";
import {
    loadRenderer, nginxHasGzipStatic, precompress, Server, startDebianLighttpd, startNginxDefault, startNginxTuned, startRendered,
    withoutMagnet,
} from "./servers";

/** The rendered config with nginx's keep-alive request limit (1000) instead of its own. */
function keepAlive1000(conf: string): string {
    const out = conf.replace(/^server\.max-keep-alive-requests = \d+$/m, "server.max-keep-alive-requests = 1000");
    if (out === conf && !/^server\.max-keep-alive-requests = 1000$/m.test(conf)) throw new Error("no server.max-keep-alive-requests in the rendered config");
    return out;
}

export interface ServingOptions extends BenchOptions {
    /** Another version of components/lighttpdConf.ts (file or git ref) to run beside the current one. */
    readonly baseline?: string;
}

interface UrlCase {
    readonly key: "html" | "bundle" | "image";
    readonly label: string;
    readonly path: string;
    readonly file: string;
    readonly size: number;
    /** Whether the rendered config compresses it (and the target requires compression). */
    readonly compressible: boolean;
}

interface Cell {
    readonly server: Server;
    readonly url: UrlCase;
    /** Why the pair is void, if it is. */
    void?: string;
    encoding?: string;
    bodyBytes?: number;
    readonly runs: WrkResult[];
}

const HEADERS = { "Accept-Encoding": "br, gzip" } as const;
const IMAGE = /\.(png|jpe?g|webp|avif|gif)$/i;

function pickUrls(releaseDir: string): UrlCase[] {
    const files: { rel: string; size: number }[] = [];
    const walk = (d: string, rel: string) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) walk(path.join(d, e.name), r);
            else if (e.isFile()) files.push({ rel: r, size: fs.statSync(path.join(d, e.name)).size });
        }
    };
    walk(releaseDir, "");
    const largest = (re: RegExp) => files.filter((f) => re.test(f.rel)).sort((a, b) => b.size - a.size || a.rel.localeCompare(b.rel))[0];
    const js = largest(/\.m?js$/);
    const img = largest(IMAGE);
    if (!js || !img) throw new Error("the site has no script bundle or no image to benchmark");
    const index = path.join(releaseDir, "index.html");
    return [
        { key: "html", label: "HTML (`/` → index.html)", path: "/", file: index, size: fs.statSync(index).size, compressible: true },
        { key: "bundle", label: `largest script bundle (\`/${js.rel}\`)`, path: `/${js.rel}`, file: path.join(releaseDir, js.rel), size: js.size, compressible: true },
        { key: "image", label: `largest image (\`/${img.rel}\`)`, path: `/${img.rel}`, file: path.join(releaseDir, img.rel), size: img.size, compressible: false },
    ];
}

export async function benchServing(o: ServingOptions): Promise<Section> {
    requireCommands("the serving benchmark", { lighttpd: "lighttpd", nginx: "nginx", wrk: "wrk", curl: "curl" });
    if (!nginxHasGzipStatic()) throw new Error("this nginx has no gzip_static module: apt-get install -y nginx (the full build)");
    const pin = pinning();
    const dir = scratchDir(o.work, "serving");
    const root = path.join(dir, "srv");
    fs.mkdirSync(root, { mode: 0o755 });

    o.log("serving: packing and activating site/ through the release tool");
    const archive = path.join(dir, "site.tar");
    const packed = await pack(path.join(ROOT, "site"), archive);
    activate(root, archive, packed.sha256);
    const releaseDir = path.join(root, "releases", packed.sha256);
    const urls = pickUrls(releaseDir);
    const tunedRoot = path.join(dir, "tuned-docroot");
    const pre = precompress(path.join(root, "current"), tunedRoot);

    const servers: Server[] = [];
    const attribution = new Set<string>();
    let baselineLabel: string | undefined;
    try {
        o.log("serving: starting servers");
        servers.push(await startRendered({ key: "rendered", label: "lighttpd, rendered lighttpd.conf", root, state: path.join(dir, "rendered"), port: await freePort(), pin }));
        servers.push(await startDebianLighttpd({ docroot: path.join(root, "current"), state: path.join(dir, "debian"), port: await freePort(), pin }));
        servers.push(await startNginxDefault({ docroot: path.join(root, "current"), state: path.join(dir, "nginx-default"), port: await freePort(), pin }));
        servers.push(await startNginxTuned({ docroot: tunedRoot, state: path.join(dir, "nginx-tuned"), port: await freePort(), pin, brotli: pre.brotliServed }));
        servers.push(await startRendered({ key: "rendered-no-magnet", label: "lighttpd, rendered lighttpd.conf without mod_magnet (attribution only)", root, state: path.join(dir, "no-magnet"), port: await freePort(), pin, transform: withoutMagnet }));
        attribution.add("rendered-no-magnet");
        servers.push(await startRendered({ key: "rendered-keepalive-1000", label: "lighttpd, rendered lighttpd.conf with server.max-keep-alive-requests = 1000 like nginx-tuned (attribution only)", root, state: path.join(dir, "keepalive-1000"), port: await freePort(), pin, transform: keepAlive1000 }));
        attribution.add("rendered-keepalive-1000");
        if (o.baseline) {
            const b = loadRenderer(o.baseline, dir);
            baselineLabel = b.label;
            servers.push(await startRendered({ key: "rendered-baseline", label: `lighttpd, lighttpd.conf rendered by ${b.label} (before)`, root, state: path.join(dir, "baseline"), port: await freePort(), pin, renderer: b.renderer }));
            attribution.add("rendered-baseline");
        }

        const cells: Cell[] = [];
        for (const url of urls) {
            const expected = fs.readFileSync(url.file);
            for (const server of servers) {
                const cell: Cell = { server, url, runs: [] };
                const p = probe(`${server.base}${url.path}`, HEADERS, dir);
                cell.encoding = p.encoding;
                cell.bodyBytes = p.bodyBytes;
                if (p.status !== 200) cell.void = `status ${p.status}`;
                else if (!p.decoded || !p.decoded.equals(expected)) cell.void = `body is not the release's ${path.basename(url.file)}${p.encoding ? ` after ${p.encoding} decoding` : ""}`;
                else if (url.compressible && (server.key === "rendered" || server.key === "nginx-tuned") && !p.encoding) cell.void = "not compressed";
                cells.push(cell);
            }
        }

        const measured = cells.filter((c) => !c.void);
        o.log(`serving: ${o.rounds} rounds × ${measured.length} pairs × ${o.wrkSeconds} s of wrk`);
        for (let round = 0; round < o.rounds; round++) {
            for (const url of urls) {
                for (const server of rotate(servers, round)) {
                    const cell = measured.find((c) => c.server === server && c.url === url);
                    if (!cell) continue;
                    cell.runs.push(wrk({ url: `${server.base}${url.path}`, seconds: o.wrkSeconds, headers: HEADERS, serverPids: server.pids(), pin, scratch: dir }));
                }
            }
            o.log(`serving: round ${round + 1}/${o.rounds} done`);
        }
        // where the kernel time goes: system calls per request of the rendered config and nginx-tuned
        const syscalls = new Map<string, SyscallCounts>();
        const noCounting = syscallCountingUnavailable();
        if (!noCounting) {
            o.log("serving: counting system calls per request (perf stat)");
            for (const url of urls.filter((u) => u.compressible)) {
                for (const key of ["rendered", "nginx-tuned"]) {
                    const cell = measured.find((c) => c.server.key === key && c.url === url);
                    if (!cell) continue;
                    const opts = { url: `${cell.server.base}${url.path}`, seconds: Math.min(o.wrkSeconds, 3), headers: HEADERS, pin, scratch: dir };
                    syscalls.set(`${key} ${url.key}`, await countSyscalls(cell.server.pids(), opts));
                }
            }
        }
        return report(o, { urls, servers, cells, attribution, pin: pin.note, precompressNote: pre.note, sha: packed.sha256, baselineLabel, syscalls, noCounting });
    } finally {
        for (const s of servers) await s.stop();
    }
}

interface Stats { rps: number; p99: number; bytesPerResponse: number; cpuUs: number; sysUs: number; non2xx: number; errors: number; n: number }

function stats(c: Cell): Stats {
    return {
        rps: median(c.runs.map((r) => r.rps)),
        p99: median(c.runs.map((r) => r.p99us)),
        bytesPerResponse: median(c.runs.map((r) => r.bytes / r.requests)),
        cpuUs: median(c.runs.map((r) => (r.serverCpu / r.requests) * 1e6)),
        sysUs: median(c.runs.map((r) => (r.serverSysCpu / r.requests) * 1e6)),
        non2xx: c.runs.reduce((s, r) => s + r.non2xx, 0),
        errors: c.runs.reduce((s, r) => s + r.socketErrors, 0),
        n: c.runs.length,
    };
}

/**
 * Median over rounds of the per-round ratio a/b (a and b ran in the same round, seconds apart, so
 * they shared that round's noise); steadier than the ratio of the two medians.
 */
function paired(a: Cell, b: Cell, f: (r: WrkResult) => number): number {
    const n = Math.min(a.runs.length, b.runs.length);
    return median(Array.from({ length: n }, (_, i) => f(a.runs[i]) / f(b.runs[i])));
}

const rpsOf = (r: WrkResult) => r.rps;

/** "1.2 µs more" / "0.4 µs less". */
function signedMicros(us: number): string {
    return `${fmtNum(Math.abs(us), 1)} µs ${us >= 0 ? "more" : "less"}`;
}

/** The system calls per request of the rendered config and nginx-tuned, as one line of the attribution. */
function syscallLine(urls: readonly UrlCase[], counts: ReadonlyMap<string, SyscallCounts>, unavailable?: string): string {
    if (unavailable) return `- system calls per request: not counted (${unavailable}).`;
    const fmt = (c: SyscallCounts) =>
        `${fmtNum(c.total, 2)} (${COUNTED_SYSCALLS.filter((n) => c.byName[n] >= 0.05).map((n) => `${n} ${fmtNum(c.byName[n], 2)}`).join(", ")})`;
    const parts = urls.flatMap((u) => {
        const r = counts.get(`rendered ${u.key}`), t = counts.get(`nginx-tuned ${u.key}`);
        return r && t ? [`${u.key === "html" ? "HTML" : u.key}: rendered ${fmt(r)}, nginx-tuned ${fmt(t)}`] : [];
    });
    if (parts.length === 0) return "- system calls per request: not counted (no valid pair).";
    const r = counts.get("rendered html"), t = counts.get("nginx-tuned html");
    const receives = (c: SyscallCounts) => c.byName.read + c.byName.recvfrom;
    const notes: string[] = [];
    if (r && t && receives(r) - receives(t) >= 0.5) {
        notes.push(`lighttpd makes ${fmtNum(receives(r), 2)} reads per request to nginx's ${fmtNum(receives(t), 2)}: after a keep-alive response it ` +
            "tries at once to read the next request (for pipelining), which has not arrived yet; nginx waits for epoll");
    }
    if (t && t.byName.setsockopt >= 1.5) notes.push(`nginx turns TCP_CORK on and off around each response (tcp_nopush; ${fmtNum(t.byName.setsockopt, 2)} setsockopt calls per request)`);
    return "- system calls per request (perf stat on the syscall tracepoints during a separate wrk run): " + parts.join("; ") +
        (notes.length ? `. ${notes.join("; ")}.` : ".");
}
/** Requests per CPU-second of the server: the inverse of CPU time per request. */
const efficiencyOf = (r: WrkResult) => r.requests / Math.max(r.serverCpu, 1e-9);

function report(o: ServingOptions, d: {
    urls: UrlCase[]; servers: Server[]; cells: Cell[]; attribution: Set<string>; pin: string; precompressNote: string; sha: string; baselineLabel?: string;
    syscalls: ReadonlyMap<string, SyscallCounts>; noCounting?: string;
}): Section {
    const find = (s: string, u: UrlCase) => d.cells.find((c) => c.server.key === s && c.url === u)!;
    const lines: string[] = [];
    lines.push(
        `Release \`${d.sha.slice(0, 12)}…\` (site/, packed and activated by the release tool), served by each server on its own loopback port; ${d.pin}.`,
        "",
        "```",
        `taskset -c 1 wrk -t1 -c16 -d${o.wrkSeconds}s --timeout 5s -H 'Accept-Encoding: br, gzip' -s <done.lua> http://127.0.0.1:PORT/PATH`,
        "```",
        "",
        `${o.rounds} rounds; each round runs every (server, URL) pair once, the server order rotated each round. Medians over rounds; ` +
            "\"bytes/resp\" is wrk's byte count over its request count (headers + body as sent); \"CPU/req\" is the server's user+system CPU time " +
            "per request (from /proc/PID/stat around each run), \"of which kernel\" its system part. Ratios to nginx-tuned are medians of per-round ratios (the two runs of a round are " +
            "seconds apart and share its noise); \"per CPU-second\" compares requests per second of server CPU, which other work on the machine " +
            "barely moves, while requests/s swing by 2× or more from run to run here. A target counts as met only when both ratios reach it. " +
            "Each pair was first probed with curl: status 200 and a body that decodes (br/gzip) to the release's bytes, else the pair is void.",
        "",
        "Servers:",
        ...d.servers.map((s) => `- **${s.key}**: ${s.label}`),
        `- nginx-tuned: ${d.precompressNote}; \`sendfile\`, \`tcp_nopush\`, \`open_file_cache\`, keep-alive (1000 requests per connection), one worker (it gets one CPU), buffered access log.`,
        "- nginx-default compresses text/html on the fly (Debian's `gzip on;` with the default `gzip_types`), nothing else; Debian's lighttpd.conf loads no compression module.",
        "",
    );
    const targets: Target[] = [];
    for (const u of d.urls) {
        const tunedCell = find("nginx-tuned", u);
        const tuned = stats(tunedCell);
        lines.push(`#### ${u.label}, ${fmtBytes(u.size)} uncompressed`, "");
        const rows = d.servers.map((s) => {
            const c = find(s.key, u);
            if (c.void) return [s.key, c.encoding ?? "identity", "void", "", "", "", "", "", "", "", c.void];
            const st = stats(c);
            return [
                d.attribution.has(s.key) ? `${s.key} *(attribution)*` : s.key,
                c.encoding ?? "identity",
                fmtInt(c.bodyBytes ?? NaN),
                fmtInt(st.bytesPerResponse),
                fmtInt(st.rps),
                fmtMicros(st.p99),
                fmtNum(st.cpuUs, 1),
                fmtNum(st.sysUs, 1),
                tunedCell.void ? "n/a" : fmtRatio(paired(c, tunedCell, rpsOf)),
                tunedCell.void ? "n/a" : fmtRatio(paired(c, tunedCell, efficiencyOf)),
                `${st.non2xx} / ${st.errors}`,
            ];
        });
        lines.push(table(["server", "encoding", "body bytes", "bytes/resp", "req/s", "p99", "CPU µs/req", "of which kernel", "req/s vs nginx-tuned", "req per CPU-s vs nginx-tuned", "non-2xx / socket errors"], rows), "");
        if (u.key !== "image") {
            const c = find("rendered", u);
            const t = find("nginx-tuned", u);
            const valid = !c.void && !t.void;
            const st = valid ? stats(c) : undefined;
            const r = valid ? paired(c, t, rpsOf) : NaN;
            const e = valid ? paired(c, t, efficiencyOf) : NaN;
            const clean = st ? st.non2xx === 0 && st.errors === 0 && tuned.non2xx === 0 && tuned.errors === 0 : false;
            targets.push({
                benchmark: "serving",
                name: `req/s, ${u.key === "html" ? "HTML" : "bundle"}: rendered vs nginx-tuned, compressed`,
                target: "≥ 1.10× (req/s, and requests per CPU-second as a noise check)",
                measured: valid
                    ? `${fmtRatio(r)} req/s, ${fmtRatio(e)} per CPU-second (medians of per-round ratios; ${fmtInt(st!.rps)} vs ${fmtInt(tuned.rps)} req/s; ${c.encoding} vs ${t.encoding})`
                    : `void: ${c.void ?? t.void}`,
                ok: valid && clean ? r >= 1.1 && e >= 1.1 : undefined,
            });
        }
    }
    const html = d.urls[0];
    const rendered = find("rendered", html);
    const noMagnet = find("rendered-no-magnet", html);
    const keepAlive = find("rendered-keepalive-1000", html);
    const tunedHtml = find("nginx-tuned", html);
    if (!rendered.void && !noMagnet.void && !tunedHtml.void && !keepAlive.void) {
        const a = stats(rendered), b = stats(noMagnet), k = stats(keepAlive), t = stats(tunedHtml);
        const missed = targets.some((x) => x.ok === false);
        const ka = LIGHTTPD_LIMITS.keepAliveRequests;
        if (missed) {
            lines.push(
                "**Why the target is missed.** Not compression: both answer compressed, the rendered config with br, smaller than nginx's gzip. " +
                    (paired(noMagnet, tunedHtml, efficiencyOf) >= 1 ? "Not lighttpd itself either: without mod_magnet the same config does more requests per CPU-second than nginx-tuned. " : "") +
                    `Per HTML request the rendered config spends ${signedMicros(a.cpuUs - a.sysUs - (t.cpuUs - t.sysUs))} in user space and ` +
                    `${signedMicros(a.sysUs - t.sysUs)} in the kernel compared with nginx-tuned (most of either server's time is the kernel's: ` +
                    "on loopback the sender also runs the receiver's TCP work and wakes it). In user space the rendered config runs a Lua script " +
                    "(mod_magnet) once per request to pin it to one release (the id it logs and the files it serves come from the same " +
                    "releases/<id>/ even while `current` is being switched), to deny dot-files, answer 405 and 404 and set Cache-Control and " +
                    "Vary: a Lua call plus about nine calls from Lua into lighttpd" +
                    (ka < 1000 && paired(keepAlive, rendered, efficiencyOf) > 1.03 ? `; and it closes keep-alive connections after ${ka} requests, nginx after 1000` : "") + ". Measured:",
                "",
            );
        } else {
            lines.push("Attribution:", "");
        }
        const bundle = d.urls.find((u) => u.key === "bundle");
        const split = (c: Cell) => { const st = stats(c); return `${fmtNum(st.cpuUs - st.sysUs, 1)} user + ${fmtNum(st.sysUs, 1)} kernel`; };
        lines.push(
            `- user space and kernel (HTML, µs per request): rendered ${split(rendered)}, without mod_magnet ${split(noMagnet)}, nginx-tuned ${split(tunedHtml)}` +
                (bundle && !find("rendered", bundle).void && !find("nginx-tuned", bundle).void
                    ? `; bundle: rendered ${split(find("rendered", bundle))}, nginx-tuned ${split(find("nginx-tuned", bundle))}.` : "."),
            `- mod_magnet (HTML): ${fmtNum(a.cpuUs - b.cpuUs, 1)} µs of CPU per request (${fmtNum(a.cpuUs, 1)} with it, ${fmtNum(b.cpuUs, 1)} without; ` +
                `nginx-tuned ${fmtNum(t.cpuUs, 1)}). Without it (no release pinning, no dot-file/405/404/Cache-Control logic: not a shippable config) ` +
                `lighttpd makes ${fmtRatio(paired(noMagnet, tunedHtml, rpsOf))} of nginx-tuned's requests/s and ${fmtRatio(paired(noMagnet, tunedHtml, efficiencyOf))} of its requests per CPU-second.`,
            `- keep-alive (HTML): the rendered config closes a connection after ${ka} requests, nginx-tuned after 1000; with 1000 the rendered ` +
                `config makes ${fmtRatio(paired(keepAlive, tunedHtml, rpsOf))} of nginx-tuned's requests/s at ${fmtNum(k.cpuUs, 1)} µs CPU/req. wrk's 16 connections ` +
                "each make tens of thousands of requests; a browser makes a few dozen per connection, so this limit was left as it is.",
        );
        lines.push(syscallLine(d.urls, d.syscalls, d.noCounting));
        if (d.baselineLabel) {
            const before = find("rendered-baseline", html);
            if (!before.void) {
                const bs = stats(before);
                lines.push(`- before/after (HTML): the config rendered by ${d.baselineLabel} makes ${fmtInt(bs.rps)} req/s at ${fmtNum(bs.cpuUs, 1)} µs CPU/req, ` +
                    `the current one ${fmtInt(a.rps)} req/s at ${fmtNum(a.cpuUs, 1)} µs: ${fmtRatio(paired(rendered, before, rpsOf))} the requests/s and ` +
                    `${fmtRatio(paired(rendered, before, efficiencyOf))} the requests per CPU-second (medians of per-round ratios).`);
            }
        }
        lines.push("");
    }
    lines.push("<details><summary>raw samples (req/s per round)</summary>", "");
    for (const c of d.cells) {
        if (c.void) continue;
        lines.push(`- ${c.server.key} ${c.url.path}: ${c.runs.map((r) => fmtInt(r.rps)).join(", ")} (CPU µs/req ${c.runs.map((r) => fmtNum((r.serverCpu / r.requests) * 1e6, 1)).join(", ")})`);
    }
    lines.push("", "</details>", "");
    return { id: "serving", title: "Serving", body: lines.join("\n"), targets };
}
