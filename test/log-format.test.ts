/**
 * The data collection rule's view of the logs, on lines written by the real programs:
 * - a real lighttpd started from `renderLighttpdConf` writes access-log and error-log lines;
 * - the real host/lighttpd-release activates packed archives (ok, noop, a wrong hash, an unhealthy
 *   release rolled back, a rollback) and writes release.log.
 * Every line is run through `applyTransform` (logSchema.ts: the TypeScript mirror of the rule's
 * `transformKql`, evaluated from the same table spec) and must yield exactly the table's columns,
 * typed as the table declares them, equal field by field to what was requested and to the
 * program's own parsers (`parseAccessLogLine`, `parseReleaseLogLine`). Never skipped: a missing
 * tool fails the run, naming the Debian package.
 */
import * as assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

import { packSite } from "../components/archive";
import { ACCESS_LOG_FIELDS, parseAccessLogLine, renderLighttpdConf, renderReleaseIdScript, type LighttpdConfOptions } from "../components/lighttpdConf";
import {
    ACCESS_TABLE,
    ERROR_TABLE,
    RELEASE_LOG_FIELDS,
    RELEASE_TABLE,
    accessColumnName,
    applyTransform,
    parseReleaseLogLine,
    projectedColumns,
    transformKql,
    type LogTableSpec,
    type TableRow,
} from "../components/logSchema";
import { freePort, LIGHTTPD_MODULES, rawStatus, request, requireHostTools, waitFor } from "./support/net";

const REPO = path.resolve(__dirname, "..");
const SITE = path.join(REPO, "site");
const TOOL = path.join(REPO, "host", "lighttpd-release");
/** lighttpd runs at UTC+05:30 here, so the access log's numeric offset is really exercised. */
const LIGHTTPD_TZ = "XST-05:30";
const TZ_OFFSET_MS = 5.5 * 3600_000;
/** A collection time no real record has: a row carrying it did not take its time from the line. */
const COLLECTED_AT = new Date(Date.UTC(2000, 0, 1));
const COMPUTER = "vm-lhttpd-dev-web-1";

const COMMIT_A = crypto.createHash("sha1").update("commit A").digest("hex");
const COMMIT_B = crypto.createHash("sha1").update("commit B").digest("hex");
const COMMIT_C = crypto.createHash("sha1").update("commit C").digest("hex");
const WRONG_SHA = "0".repeat(64);

// ---------------------------------------------------------------------------------------------------
// helpers

interface RunResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the release tool asynchronously (lighttpd answers its health checks meanwhile). */
function releaseTool(args: string[]): Promise<RunResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(TOOL, args, { stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "", stderr = "";
        child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
        child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
}

async function expectExit(args: string[], code: number): Promise<void> {
    const r = await releaseTool(args);
    assert.equal(r.code, code, `lighttpd-release ${args.join(" ")}: exit ${r.code}\n${r.stderr}`);
}

/** The text-log record Azure Monitor Agent would hand the rule for one line. */
const record = (line: string, filePath: string) => ({ TimeGenerated: COLLECTED_AT, RawData: line, FilePath: filePath, Computer: COMPUTER });

/** Exactly the table's columns, each typed as the table declares it, and the line parsed. */
function assertRowShape(spec: LogTableSpec, row: TableRow, line: string): void {
    assert.deepEqual(Object.keys(row), spec.columns.map((c) => c.name), `${spec.table}: columns of ${line}`);
    assert.deepEqual(Object.keys(row), projectedColumns(transformKql(spec)), `${spec.table}: the transform projects these columns`);
    for (const c of spec.columns) {
        const v = row[c.name];
        switch (c.type) {
            case "datetime":
                assert.ok(v instanceof Date && !Number.isNaN(v.getTime()), `${spec.table}.${c.name} is a datetime: ${String(v)} in ${line}`);
                break;
            case "long":
                assert.ok(typeof v === "number" && Number.isSafeInteger(v), `${spec.table}.${c.name} is a long: ${String(v)} in ${line}`);
                break;
            case "string":
                assert.equal(typeof v, "string", `${spec.table}.${c.name} is a string in ${line}`);
                break;
            default: {
                const never: never = c.type;
                throw new Error(`unknown column type ${String(never)}`);
            }
        }
    }
    assert.equal(row.RawData, "", `${spec.table}: the line did not parse: ${line}`);
    assert.notEqual((row.TimeGenerated as Date).getTime(), COLLECTED_AT.getTime(), `${spec.table}: TimeGenerated is the collection time, not the line's: ${line}`);
    assert.equal(row.Computer, COMPUTER);
    assert.equal(row.FilePath, spec.filePath);
}

function lines(file: string): string[] {
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").filter((l) => l.length > 0) : [];
}

// ---------------------------------------------------------------------------------------------------
// pure: the mirror on synthetic lines

describe("log transforms (TypeScript mirror, synthetic lines)", () => {
    const sample = (o: Record<string, string | number>) => JSON.stringify(Object.fromEntries(ACCESS_LOG_FIELDS.map((f) => [f.name, o[f.name] ?? (f.type === "number" ? 0 : "-")])));

    it("reads the access log's +hhmm offset as the instant it names", () => {
        const row = applyTransform(ACCESS_TABLE, record(sample({ time: "2026-12-04T12:46:00+0530", status: 200 }), ACCESS_TABLE.filePath));
        assert.equal((row.TimeGenerated as Date).toISOString(), "2026-12-04T07:16:00.000Z");
        const west = applyTransform(ACCESS_TABLE, record(sample({ time: "2026-12-04T02:16:00-0500" }), ACCESS_TABLE.filePath));
        assert.equal((west.TimeGenerated as Date).toISOString(), "2026-12-04T07:16:00.000Z");
    });

    it("keeps a line in another format in RawData, at collection time, instead of dropping it", () => {
        for (const line of ['127.0.0.1 - - [04/Dec/2026:06:43:13 +0000] "GET / HTTP/1.1" 200 3', '{"time":"x","bytes":-}']) {
            const row = applyTransform(ACCESS_TABLE, record(line, ACCESS_TABLE.filePath));
            assert.equal(row.RawData, line);
            assert.equal(row.TimeGenerated, COLLECTED_AT);
            assert.equal(row.Status, null);
            assert.equal(row.Release, "");
        }
        const rel = applyTransform(RELEASE_TABLE, record("2026-12-04T07:00:00Z event=deploy status=ok", RELEASE_TABLE.filePath));
        assert.deepEqual([rel.RawData, rel.TimeGenerated, rel.Release], ["2026-12-04T07:00:00Z event=deploy status=ok", COLLECTED_AT, ""]);
    });

    it("parses the release tool's documented example and unescapes the reason only in the JS parser", () => {
        const sha = "a".repeat(64), prev = "b".repeat(64);
        const line = `2026-12-04T07:00:00Z event=activate status=failed release=${sha} previous=${prev} commit=- reason="cannot read \\"x\\" \\\\ y"`;
        assert.deepEqual(parseReleaseLogLine(line), {
            time: "2026-12-04T07:00:00Z", event: "activate", status: "failed", release: sha, previous: prev, commit: "-", reason: 'cannot read "x" \\ y',
        });
        const row = applyTransform(RELEASE_TABLE, record(line, RELEASE_TABLE.filePath));
        assert.equal(row.Reason, 'cannot read \\"x\\" \\\\ y');
        assert.deepEqual(RELEASE_LOG_FIELDS.map((f) => row[f.column]), ["activate", "failed", sha, prev, "-"]);
        assert.throws(() => parseReleaseLogLine(`2026-12-04T07:00:00Z event=activate status=ok release=${sha}`), /not in the release tool's format/);
    });
});

// ---------------------------------------------------------------------------------------------------
// integration: real lighttpd, real release tool

describe("log lines of a real lighttpd and the real release tool, through the rule's transforms", function () {
    let root: string;
    let srv: string;
    let opts: LighttpdConfOptions;
    let base: string;
    let lighttpd: ChildProcess | undefined;
    let lighttpdOutput = "";
    const shas = { a: "", b: "", c: "" };

    async function stopLighttpd(): Promise<void> {
        const child = lighttpd;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        await new Promise<void>((resolve) => {
            const t = setTimeout(() => child.kill("SIGKILL"), 3000);
            child.once("exit", () => {
                clearTimeout(t);
                resolve();
            });
            child.kill("SIGTERM");
        });
    }

    async function healthzIs(sha: string): Promise<void> {
        await waitFor(`/healthz to show ${sha}`, 5000, async () => ((await request(`${base}/healthz`)).body.toString() === `${sha}\n` ? true : undefined));
    }

    before(async function () {
        requireHostTools({ lighttpd: "lighttpd", bash: "bash", curl: "curl", python3: "python3", tar: "tar", flock: "util-linux", gzip: "gzip" }, LIGHTTPD_MODULES);
        root = fs.mkdtempSync(path.join(os.tmpdir(), "log-format-"));
        srv = path.join(root, "srv");
        // three releases: the site (A), the site with a marker (B), a tiny site (C)
        const siteB = path.join(root, "site-b"), siteC = path.join(root, "site-c");
        fs.cpSync(SITE, siteB, { recursive: true });
        fs.appendFileSync(path.join(siteB, "index.html"), "<!-- release B -->\n");
        fs.mkdirSync(siteC);
        fs.writeFileSync(path.join(siteC, "index.html"), "<h1>C</h1>\n");
        shas.a = (await packSite(SITE, { commit: COMMIT_A, out: path.join(root, "a.tar") })).sha256;
        shas.b = (await packSite(siteB, { commit: COMMIT_B, out: path.join(root, "b.tar") })).sha256;
        shas.c = (await packSite(siteC, { commit: COMMIT_C, out: path.join(root, "c.tar") })).sha256;

        await expectExit(["--root", srv, "activate", path.join(root, "a.tar"), shas.a], 0);

        for (const d of ["logs", "cache", "run", "etc"]) fs.mkdirSync(path.join(root, d));
        const port = await freePort();
        opts = {
            port,
            bindAddress: "127.0.0.1",
            releaseRoot: srv,
            logDir: path.join(root, "logs"),
            cacheDir: path.join(root, "cache"),
            runDir: path.join(root, "run"),
            releaseIdScript: path.join(root, "etc", "release-id.lua"),
        };
        const conf = path.join(root, "etc", "lighttpd.conf");
        fs.writeFileSync(conf, renderLighttpdConf(opts));
        fs.writeFileSync(opts.releaseIdScript!, renderReleaseIdScript(opts));
        base = `http://127.0.0.1:${port}`;
        const child = spawn("lighttpd", ["-D", "-f", conf], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TZ: LIGHTTPD_TZ } });
        lighttpd = child;
        child.stdout!.on("data", (c) => (lighttpdOutput += c));
        child.stderr!.on("data", (c) => (lighttpdOutput += c));
        await waitFor("lighttpd to serve release A", 10000, async () => {
            if (child.exitCode !== null) throw new Error(`lighttpd exited early:\n${lighttpdOutput}`);
            return (await request(`${base}/healthz`)).body.toString() === `${shas.a}\n` ? true : undefined;
        });

        const health = (url: string, timeout: number) => ["--health-url", url, "--health-timeout", String(timeout)];
        await expectExit(["--root", srv, ...health(`${base}/healthz`, 10), "activate", path.join(root, "b.tar"), shas.b], 0);
        await expectExit(["--root", srv, "activate", path.join(root, "b.tar"), shas.b], 0); // noop
        await expectExit(["--root", srv, "activate", path.join(root, "a.tar"), WRONG_SHA], 1); // failed
        await expectExit(["--root", srv, ...health(`${base}/no-such-health-page`, 1), "activate", path.join(root, "c.tar"), shas.c], 3); // rolled_back
        await healthzIs(shas.b);
    });

    after(async () => {
        await stopLighttpd();
        if (root) fs.rmSync(root, { recursive: true, force: true });
    });

    it("turns every access-log line into exactly the LighttpdAccess_CL columns, equal to the request", async () => {
        const tag = crypto.randomUUID();
        const css = `/${fs.readFileSync(path.join(SITE, "index.html"), "utf8").match(/href="\/(assets\/site\.[0-9a-f]{8,}\.css)"/)![1]}`;
        const made = {
            get: await request(`${base}/?q=1`, { headers: { "User-Agent": `${tag}-get`, Referer: "https://example.com/" } }),
            missing: await request(`${base}/no/such/page.html`, { headers: { "User-Agent": `${tag}-404` } }),
            post: await request(`${base}/index.html`, { method: "POST", body: "x=1", headers: { "User-Agent": `${tag}-post`, "Content-Type": "text/plain" } }),
            head: await request(`${base}/`, { method: "HEAD", headers: { "User-Agent": `${tag}-head` } }),
            gzip: await request(`${base}${css}`, { headers: { "User-Agent": `${tag}-gzip`, "Accept-Encoding": "gzip" } }),
        };
        assert.deepEqual(Object.values(made).map((r) => r.status), [200, 404, 405, 200, 200]);
        assert.equal(made.gzip.headers["content-encoding"], "gzip");
        assert.equal(await rawStatus(opts.port, "GET / HTTP/1.1\r\nHost: bad host\r\n\r\n"), 400);

        const file = path.join(opts.logDir, "access.log");
        const expected = [
            { ua: `${tag}-get`, method: "GET", uri: "/", query: "q=1", status: 200, bytes: made.get.body.length, referer: "https://example.com/" },
            { ua: `${tag}-404`, method: "GET", uri: "/no/such/page.html", query: "", status: 404, bytes: made.missing.body.length, referer: "-" },
            { ua: `${tag}-post`, method: "POST", uri: "/index.html", query: "", status: 405, bytes: made.post.body.length, referer: "-" },
            { ua: `${tag}-head`, method: "HEAD", uri: "/", query: "", status: 200, bytes: 0, referer: "-" },
            { ua: `${tag}-gzip`, method: "GET", uri: css, query: "", status: 200, bytes: made.gzip.body.length, referer: "-" },
        ];
        const all = await waitFor("the access-log lines of every request", 8000, async () => {
            const ls = lines(file);
            const found = ls.filter((l) => l.includes(tag) || l.includes('"status":400'));
            return found.length >= expected.length + 1 ? ls : undefined;
        });
        const rows = all.map((line) => ({ line, rec: parseAccessLogLine(line), row: applyTransform(ACCESS_TABLE, record(line, file.replace(opts.logDir, "/var/log/lighttpd"))) }));
        const now = Date.now();
        for (const { line, rec, row } of rows) {
            assertRowShape(ACCESS_TABLE, row, line);
            // field by field: the rule's columns are the access log's fields
            for (const f of ACCESS_LOG_FIELDS) {
                if (f.name === "time") continue;
                assert.equal(row[accessColumnName(f.name)], rec[f.name], `${f.name} of ${line}`);
            }
            assert.match(rec.time, /\+0530$/, "lighttpd ran at UTC+05:30");
            assert.ok(Math.abs((row.TimeGenerated as Date).getTime() - now) < 120_000, `TimeGenerated ${(row.TimeGenerated as Date).toISOString()} is the request's instant (line: ${rec.time})`);
        }
        for (const e of expected) {
            const hit = rows.find((r) => r.rec.user_agent === e.ua);
            assert.ok(hit, `no access-log line for ${e.ua}`);
            const r = hit.row;
            assert.deepEqual(
                { method: r.Method, uri: r.Uri, query: r.Query, status: r.Status, bytes: r.Bytes, referer: r.Referer, release: r.Release, commit: r.Commit, protocol: r.Protocol, client: r.Client },
                { method: e.method, uri: e.uri, query: e.query, status: e.status, bytes: e.bytes, referer: e.referer, release: shas.b, commit: COMMIT_B, protocol: "HTTP/1.1", client: "127.0.0.1" },
                e.ua,
            );
        }
        const bad = rows.find((r) => r.row.Status === 400);
        assert.ok(bad, "no line for the request refused while parsing");
        assert.equal(bad.row.Release, "-", "a request refused while parsing names no release");
        assert.equal(bad.row.Commit, "-", "nor a commit");
    });

    it("turns every release.log line into exactly the LighttpdRelease_CL columns, naming release and commit", async () => {
        await expectExit(["--root", srv, "rollback"], 0);
        const file = path.join(srv, "release.log");
        const ls = lines(file);
        const parsed = ls.map((line) => ({ line, rec: parseReleaseLogLine(line), row: applyTransform(RELEASE_TABLE, record(line, file.replace(srv, "/srv/lighttpd"))) }));
        for (const { line, rec, row } of parsed) {
            assertRowShape(RELEASE_TABLE, row, line);
            for (const f of RELEASE_LOG_FIELDS) assert.equal(row[f.column], rec[f.key], `${f.key} of ${line}`);
            assert.equal((row.TimeGenerated as Date).toISOString().replace(/\.000Z$/, "Z"), rec.time);
            assert.ok(Math.abs((row.TimeGenerated as Date).getTime() - Date.now()) < 300_000, "logged in UTC");
        }
        assert.deepEqual(parsed.map(({ row }) => [row.Event, row.Status, row.Release, row.Previous, row.Commit]), [
            ["activate", "ok", shas.a, "-", COMMIT_A],
            ["activate", "ok", shas.b, shas.a, COMMIT_B],
            ["activate", "noop", shas.b, shas.b, COMMIT_B],
            ["activate", "failed", WRONG_SHA, shas.b, "-"],
            ["activate", "rolled_back", shas.c, shas.b, COMMIT_C],
            ["rollback", "ok", shas.a, shas.b, COMMIT_A],
        ]);
        assert.match(String(parsed[3].row.Reason), /^sha256 mismatch for .*: expected 0{64}, got [0-9a-f]{64}; refusing it$/);
        assert.match(String(parsed[4].row.Reason), /^health check failed: .* within 1s \(last: HTTP 404\); restored releases\/[0-9a-f]{64}$/);
        assert.deepEqual(parsed.filter(({ row }) => row.Status === "ok").map(({ row }) => row.Reason), ["", "", ""]);

        // what the alerts' join does: every access row's release finds its commit in the release rows
        const known = new Map(parsed.filter(({ row }) => row.Release !== "-" && row.Commit !== "-").map(({ row }) => [row.Release, row.Commit]));
        const access = lines(path.join(opts.logDir, "access.log")).map((l) => applyTransform(ACCESS_TABLE, record(l, ACCESS_TABLE.filePath)));
        const served = [...new Set(access.map((r) => r.Release).filter((r) => r !== "-"))];
        assert.ok(served.length > 0);
        for (const rel of served) assert.ok(known.has(rel), `release ${String(rel)} has a commit in the release log`);
        assert.equal(known.get(shas.b), COMMIT_B);
    });

    it("turns every error-log line into exactly the LighttpdError_CL columns", async () => {
        await stopLighttpd();
        const file = path.join(opts.logDir, "error.log");
        const ls = lines(file);
        assert.ok(ls.length >= 2, `error.log: ${ls.join("\n")}`);
        const rows = ls.map((line) => ({ line, row: applyTransform(ERROR_TABLE, record(line, file.replace(opts.logDir, "/var/log/lighttpd"))) }));
        for (const { line, row } of rows) {
            assertRowShape(ERROR_TABLE, row, line);
            assert.match(String(row.Source), /^[a-z_]+\.c\.\d+$/, line);
            assert.notEqual(row.Message, "", line);
            // hosts run in UTC; here lighttpd's wall clock was UTC+05:30, and the rule reads it as UTC
            assert.ok(Math.abs((row.TimeGenerated as Date).getTime() - (Date.now() + TZ_OFFSET_MS)) < 300_000, `${line}: read as wall-clock time`);
        }
        assert.match(String(rows[0].row.Message), /^server started \(lighttpd\/1\.4\.\d+\)$/);
        assert.match(String(rows.at(-1)!.row.Message), /^server stopped by UID = \d+ PID = \d+$/);
    });
});
