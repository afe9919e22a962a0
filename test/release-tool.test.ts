/**
 * Integration tests of host/lighttpd-release (contract 2) with real bash, GNU tar, flock and curl.
 * Archives come from the packer (components/archive.ts); unsafe ones from python3's tarfile, which
 * writes any entry type without needing the privileges to create it.
 */
import * as assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";

import { packSite } from "../components/archive";

const REPO = path.resolve(__dirname, "..");
const TOOL = path.join(REPO, "host", "lighttpd-release");
const SHA_RE = /^[0-9a-f]{64}$/;
const ERROR_PREFIX = "lighttpd-release: error: ";
const LOG_RE =
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ event=(activate|rollback) status=(ok|noop|failed|rolled_back) release=([0-9a-f]{64}|-) previous=([0-9a-f]{64}|-) commit=(\S+)( reason="(?:[^"\\]|\\.)*")?$/;

function requireBinary(bin: string, debianPackage: string): void {
    const found = spawnSync("sh", ["-c", `command -v ${bin}`], { encoding: "utf8" });
    if (found.status !== 0) assert.fail(`'${bin}' is required by these tests; install the Debian package '${debianPackage}'`);
}

const tmpDirs: string[] = [];
function tmpDir(prefix: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `release-${prefix}-`));
    tmpDirs.push(dir);
    return dir;
}

interface RunResult {
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
}

/**
 * Runs the tool asynchronously (so in-process HTTP servers can answer its health checks); `via` is
 * a command line that runs it (for example setpriv and its options).
 */
/**
 * Runs the tool, with --verbose unless `verbose` is false: most tests read its progress lines (e.g.
 * that a refusal came before "extracting"); the quiet default is asserted on its own.
 */
function run(args: string[], env: NodeJS.ProcessEnv = {}, via: string[] = [], verbose = true, tool = TOOL): Promise<RunResult> {
    return new Promise((resolve, reject) => {
        const [cmd, ...cmdArgs] = [...via, tool, ...(verbose ? ["--verbose"] : []), ...args];
        const child = spawn(cmd, cmdArgs, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
        child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
        child.on("error", reject);
        child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
}

function describeRun(r: RunResult): string {
    return `exit ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

async function ok(args: string[], env?: NodeJS.ProcessEnv): Promise<RunResult> {
    const r = await run(args, env);
    assert.equal(r.code, 0, describeRun(r));
    return r;
}

interface Release {
    tar: string;
    sha: string;
    files: Record<string, string>;
}

let siteCounter = 0;
/** Packs a small site whose index.html names `label`. */
async function makeRelease(label: string, extra: Record<string, string> = {}, commit: string | null = "c0ffee" + label): Promise<Release> {
    const dir = tmpDir("site");
    const site = path.join(dir, "site");
    const files: Record<string, string> = { "index.html": `<h1>${label}</h1>\n`, "css/site.css": `/* ${label} */\n`, ...extra };
    for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
        fs.writeFileSync(path.join(site, name), content);
    }
    const tar = path.join(dir, `site-${++siteCounter}.tar`);
    const { sha256 } = await packSite(site, { commit, out: tar });
    return { tar, sha: sha256, files };
}

function sha256File(file: string): string {
    return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

interface TarSpec {
    name: string;
    type: "file" | "dir" | "symlink" | "hardlink" | "chardev" | "blockdev" | "fifo";
    data?: string;
    linkname?: string;
    /** Modification time in seconds (default 0); out-of-range years need the PAX format. */
    mtime?: number;
    /** Permission bits (default 0755 for directories, 0644 otherwise). */
    mode?: number;
}

/** Writes a tar with arbitrary entries using python3 tarfile; returns its path and sha256. */
function pythonTar(entries: TarSpec[], format: "GNU" | "PAX" | "USTAR" = "GNU"): { tar: string; sha: string } {
    const tar = path.join(tmpDir("pytar"), "evil.tar");
    const script = `
import io, json, sys, tarfile
spec = json.loads(sys.argv[2])
types = {"file": tarfile.REGTYPE, "dir": tarfile.DIRTYPE, "symlink": tarfile.SYMTYPE, "hardlink": tarfile.LNKTYPE,
         "chardev": tarfile.CHRTYPE, "blockdev": tarfile.BLKTYPE, "fifo": tarfile.FIFOTYPE}
with tarfile.open(sys.argv[1], "w", format=getattr(tarfile, sys.argv[3] + "_FORMAT"), encoding="utf-8", errors="surrogateescape") as t:
    for e in spec:
        ti = tarfile.TarInfo(e["name"])
        ti.type = types[e["type"]]
        ti.mode = e.get("mode", 0o755 if e["type"] == "dir" else 0o644)
        ti.mtime = e.get("mtime", 0)
        ti.linkname = e.get("linkname", "")
        if e["type"] in ("chardev", "blockdev"):
            ti.devmajor, ti.devminor = 1, 3
        data = e.get("data", "").encode("utf-8", "surrogateescape")
        ti.size = len(data) if e["type"] == "file" else 0
        t.addfile(ti, io.BytesIO(data) if e["type"] == "file" else None)
`;
    const res = spawnSync("python3", ["-c", script, tar, JSON.stringify(entries), format], { encoding: "utf8" });
    assert.equal(res.status, 0, res.stderr);
    return { tar, sha: sha256File(tar) };
}

interface Status {
    current: string | null;
    previous: string | null;
    releases: string[];
}

async function status(root: string): Promise<Status> {
    const r = await ok(["--root", root, "status"]);
    assert.match(r.stdout, /^\{.*\}\n$/, "status prints one JSON line and nothing else");
    const parsed = JSON.parse(r.stdout) as Status;
    assert.deepEqual(Object.keys(parsed), ["current", "previous", "releases"]);
    for (const sha of [parsed.current, parsed.previous, ...parsed.releases]) assert.ok(sha === null || SHA_RE.test(sha), String(sha));
    return parsed;
}

function linkOf(root: string, name: string): string | null {
    try {
        return fs.readlinkSync(path.join(root, name));
    } catch {
        return null;
    }
}

function logLines(root: string): string[] {
    const file = path.join(root, "release.log");
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trimEnd().split("\n") : [];
}

/** Asserts a refusal: exit 1, one-line reason last on stderr, nothing on stdout, state untouched. */
function assertRefused(r: RunResult, root: string, before: { current: string | null; previous: string | null }, reason: RegExp): void {
    assert.equal(r.code, 1, describeRun(r));
    assert.equal(r.stdout, "");
    const lines = r.stderr.trimEnd().split("\n");
    const last = lines[lines.length - 1];
    assert.ok(last.startsWith(ERROR_PREFIX), `last stderr line is the reason: ${last}`);
    assert.match(last.slice(ERROR_PREFIX.length), reason);
    assert.equal(lines.filter((l) => l.startsWith(ERROR_PREFIX)).length, 1, "exactly one reason line");
    assert.ok(lines.every((l) => l.startsWith("lighttpd-release: ")), `every stderr line is the tool's own:\n${r.stderr}`);
    assert.equal(linkOf(root, "current"), before.current, "current is untouched");
    assert.equal(linkOf(root, "previous"), before.previous, "previous is untouched");
    assertNoLeftovers(root);
}

function assertNoLeftovers(root: string): void {
    const releases = path.join(root, "releases");
    if (fs.existsSync(releases)) assert.deepEqual(fs.readdirSync(releases).filter((n) => n.startsWith(".")), [], "no work directories are left");
    assert.deepEqual(fs.readdirSync(root).filter((n) => n.includes(".tmp-")), [], "no temporary links are left");
}

/** current resolves to a complete release: marker right and every file of its archive present. */
function assertCurrentComplete(root: string, expected: Map<string, Record<string, string>>): string | null {
    const target = linkOf(root, "current");
    if (target === null) return null;
    const m = /^releases\/([0-9a-f]{64})$/.exec(target);
    assert.ok(m, `current -> ${target}`);
    const sha = m[1];
    const dir = path.join(root, "releases", sha);
    assert.equal(fs.readFileSync(path.join(dir, "healthz"), "utf8"), `${sha}\n`);
    const files = expected.get(sha);
    assert.ok(files, `current is one of the releases activated (${sha})`);
    for (const [name, content] of Object.entries(files)) assert.equal(fs.readFileSync(path.join(dir, name), "utf8"), content, name);
    return sha;
}

/** A tiny HTTP server on 127.0.0.1; `handler` decides every answer. */
async function httpServer(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
    let hits = 0;
    const server = http.createServer((req, res) => {
        hits++;
        handler(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}/healthz`,
        hits: () => hits,
        close: () => new Promise((resolve) => server.close(() => resolve())),
    };
}

/** Serves DIR/current/healthz like Lighttpd would. */
function servesCurrent(root: string) {
    return (_req: http.IncomingMessage, res: http.ServerResponse) => {
        try {
            const body = fs.readFileSync(path.join(root, "current", "healthz"));
            res.writeHead(200).end(body);
        } catch {
            res.writeHead(404).end("not found\n");
        }
    };
}

before(() => {
    requireBinary("bash", "bash");
    requireBinary("tar", "tar");
    requireBinary("flock", "util-linux");
    requireBinary("curl", "curl");
    requireBinary("python3", "python3");
    requireBinary("sha256sum", "coreutils");
    requireBinary("gzip", "gzip");
    requireBinary("shellcheck", "shellcheck");
    fs.accessSync(TOOL, fs.constants.X_OK);
});
after(() => {
    for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("lighttpd-release: the script", () => {
    it("is shellcheck-clean", () => {
        const res = spawnSync("shellcheck", [TOOL], { encoding: "utf8" });
        assert.equal(res.status, 0, res.stdout + res.stderr);
    });

    it("prints help on stdout with exit 0", async () => {
        const r = await ok(["--help"]);
        assert.match(r.stdout, /^Usage: lighttpd-release \[--root DIR\] \[--health-url URL\] \[--health-timeout S\] \[--keep N\] \[-v\] COMMAND/);
        assert.equal(r.stderr, "");
    });

    for (const [args, reason] of [
        [["--bogus", "status"], /unknown option '--bogus'/],
        [["frobnicate"], /unknown command 'frobnicate'/],
        [[], /a COMMAND is required/],
        [["activate", "only-one"], /activate needs ARCHIVE and SHA256/],
        [["status", "extra"], /status takes no arguments/],
        [["--keep", "1", "status"], /--keep must be an integer from 2 to 1000; got '1'/],
        [["--health-timeout", "soon", "status"], /--health-timeout must be an integer/],
        [["--health-url", "ftp://x", "status"], /--health-url must start with http/],
        [["--root"], /--root needs a value/],
        [["--root", "//", "status"], /--root must not be \//],
    ] as const) {
        it(`rejects ${JSON.stringify(args)} as a usage error (exit 2)`, async () => {
            const r = await run([...args]);
            assert.equal(r.code, 2, describeRun(r));
            assert.equal(r.stdout, "");
            assert.match(r.stderr, /^lighttpd-release: usage error: .* \(see --help\)\n$/);
            assert.match(r.stderr, reason);
        });
    }
});

describe("lighttpd-release: quiet by default (contract: a one-line reason on stderr)", () => {
    it("prints nothing on stderr when it succeeds, and exactly the reason when it fails", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("quietA");
        const b = await makeRelease("quietB");
        const first = await run(["--root", root, "activate", a.tar, a.sha], {}, [], false);
        assert.deepEqual([first.code, first.stdout, first.stderr], [0, "", ""], describeRun(first));
        const wrong = await run(["--root", root, "activate", b.tar, a.sha], {}, [], false);
        assert.equal(wrong.code, 1, describeRun(wrong));
        assert.equal(wrong.stdout, "");
        assert.match(wrong.stderr, new RegExp(`^${ERROR_PREFIX}sha256 mismatch for [^\n]+\n$`), "one line: the reason");
        const unhealthy = await run(["--root", root, "--health-url", "http://127.0.0.1:1/healthz", "--health-timeout", "1", "activate", b.tar, b.sha], {}, [], false);
        assert.equal(unhealthy.code, 3, describeRun(unhealthy));
        assert.match(unhealthy.stderr, new RegExp(`^${ERROR_PREFIX}health check failed: [^\n]+; restored current -> releases/${a.sha}\n$`));
        assert.equal(linkOf(root, "current"), `releases/${a.sha}`);
        const back = await run(["--root", root, "rollback"], {}, [], false);
        assert.equal(back.code, 1, describeRun(back));
        assert.match(back.stderr, new RegExp(`^${ERROR_PREFIX}[^\n]+\n$`));
        const st = await run(["--root", root, "status"], {}, [], false);
        assert.deepEqual([st.code, st.stderr], [0, ""]);
        assert.equal(JSON.parse(st.stdout).current, a.sha);
    });

    it("prints its progress with -v / --verbose, the reason last", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("verboseA");
        for (const flag of ["-v", "--verbose"]) {
            const r = await run([flag, "--root", root, "activate", a.tar, a.sha.replace(/^./, (c) => (c === "0" ? "1" : "0"))], {}, [], false);
            const lines = r.stderr.trimEnd().split("\n");
            assert.equal(r.code, 1);
            assert.ok(lines.length >= 2 && lines[0] === `lighttpd-release: verifying sha256 of ${a.tar}`, r.stderr);
            assert.match(lines.at(-1)!, new RegExp(`^${ERROR_PREFIX}sha256 mismatch`));
        }
    });
});

describe("lighttpd-release: activate, status, rollback", () => {
    it("reports an empty root as all null", async () => {
        const root = path.join(tmpDir("root"), "srv");
        assert.deepEqual(await status(root), { current: null, previous: null, releases: [] });
    });

    it("activates, reports exact status, rolls back and forward, and logs each step", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A", { "odd name with spaces.txt": "spaces\n" });
        const b = await makeRelease("B");

        const first = await ok(["--root", root, "activate", a.tar, a.sha]);
        assert.equal(first.stdout, "");
        assert.match(first.stderr, new RegExp(`activated ${a.sha} \\(previous: none\\)`));
        assert.deepEqual(await status(root), { current: a.sha, previous: null, releases: [a.sha] });
        assert.equal(linkOf(root, "current"), `releases/${a.sha}`, "relative link target");
        const dirA = path.join(root, "releases", a.sha);
        assert.equal(fs.readFileSync(path.join(root, "current", "index.html"), "utf8"), "<h1>A</h1>\n");
        assert.equal(fs.readFileSync(path.join(root, "current", "odd name with spaces.txt"), "utf8"), "spaces\n");
        assert.equal(fs.readFileSync(path.join(root, "current", "healthz"), "utf8"), `${a.sha}\n`);
        assert.equal(fs.statSync(dirA).mode & 0o7777, 0o755, "release directory is world-readable");
        assert.equal(fs.statSync(path.join(dirA, "index.html")).mode & 0o7777, 0o644);
        assert.equal(fs.statSync(path.join(dirA, "healthz")).mode & 0o7777, 0o644);
        assert.ok(fs.statSync(path.join(dirA, "index.html")).mtimeMs > Date.now() - 600_000, "files get the unpack time, not the archive's mtime 0 (caches revalidate)");

        await ok(["--root", root, "activate", b.tar, b.sha]);
        assert.deepEqual(await status(root), { current: b.sha, previous: a.sha, releases: [b.sha, a.sha] });

        const back = await ok(["--root", root, "rollback"]);
        assert.match(back.stderr, new RegExp(`rolled back to ${a.sha} \\(previous: ${b.sha}\\)`));
        assert.deepEqual(await status(root), { current: a.sha, previous: b.sha, releases: [a.sha, b.sha] });

        await ok(["--root", root, "rollback", b.sha]);
        assert.deepEqual(await status(root), { current: b.sha, previous: a.sha, releases: [b.sha, a.sha] });

        const lines = logLines(root);
        for (const line of lines) assert.match(line, LOG_RE);
        assert.deepEqual(
            lines.map((l) => l.replace(/^\S+ /, "")),
            [
                `event=activate status=ok release=${a.sha} previous=- commit=c0ffeeA`,
                `event=activate status=ok release=${b.sha} previous=${a.sha} commit=c0ffeeB`,
                `event=rollback status=ok release=${a.sha} previous=${b.sha} commit=c0ffeeA`,
                `event=rollback status=ok release=${b.sha} previous=${a.sha} commit=c0ffeeB`,
            ],
        );
        assertNoLeftovers(root);
    });

    it("accepts a gzip-compressed archive (detected by content, whatever its name) verified by the gzip's hash", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("gz");
        const gz = path.join(tmpDir("gz"), "release.tar");
        fs.writeFileSync(gz, zlib.gzipSync(fs.readFileSync(a.tar)));
        const sha = sha256File(gz);
        const r = await ok(["--root", root, "activate", gz, sha]);
        assert.match(r.stderr, /decompressing \(gzip\)/);
        assert.deepEqual(await status(root), { current: sha, previous: null, releases: [sha] });
        assert.equal(fs.readFileSync(path.join(root, "current", "index.html"), "utf8"), "<h1>gz</h1>\n");
        assert.equal(fs.readFileSync(path.join(root, "current", "healthz"), "utf8"), `${sha}\n`);
    });

    it("does nothing when the release is already current", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A");
        await ok(["--root", root, "activate", a.tar, a.sha]);
        const inode = fs.statSync(path.join(root, "releases", a.sha, "index.html")).ino;
        const again = await ok(["--root", root, "activate", a.tar, a.sha]);
        assert.match(again.stderr, /already current; nothing to do/);
        assert.equal(fs.statSync(path.join(root, "releases", a.sha, "index.html")).ino, inode, "not unpacked again");
        assert.deepEqual(await status(root), { current: a.sha, previous: null, releases: [a.sha] });
        assert.match(logLines(root).at(-1) ?? "", new RegExp(`event=activate status=noop release=${a.sha} previous=${a.sha} commit=c0ffeeA$`));
    });

    it("reuses a complete release directory instead of unpacking it again", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A");
        const b = await makeRelease("B");
        await ok(["--root", root, "activate", a.tar, a.sha]);
        await ok(["--root", root, "activate", b.tar, b.sha]);
        const inode = fs.statSync(path.join(root, "releases", a.sha, "index.html")).ino;
        const r = await ok(["--root", root, "activate", a.tar, a.sha]);
        assert.match(r.stderr, /already unpacked; reusing it/);
        assert.equal(fs.statSync(path.join(root, "releases", a.sha, "index.html")).ino, inode);
        assert.deepEqual(await status(root), { current: a.sha, previous: b.sha, releases: [a.sha, b.sha] });
    });

    it("refuses a rollback with no previous release, or to a release that is not present", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A");
        await ok(["--root", root, "activate", a.tar, a.sha]);
        const before = { current: `releases/${a.sha}`, previous: null };
        assertRefused(await run(["--root", root, "rollback"]), root, before, /no previous release is recorded/);
        assertRefused(await run(["--root", root, "rollback", "f".repeat(64)]), root, before, /release f{64} is not present/);
        assertRefused(await run(["--root", root, "rollback", "G".repeat(64)]), root, before, /SHA256 must be 64 hex digits; got 'G{64}'/);
        assert.match(logLines(root).at(-1) ?? "", /event=rollback status=failed release=- previous=[0-9a-f]{64} commit=- reason="SHA256 must be/);
    });

    it("turns any unexpected command failure into one reason line, with current untouched", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A");
        const b = await makeRelease("B");
        await ok(["--root", root, "activate", a.tar, a.sha]);
        // A `touch` that fails stands in for any surprise (it runs just before the switch).
        const bin = tmpDir("bin");
        fs.writeFileSync(path.join(bin, "touch"), "#!/bin/sh\nexit 7\n", { mode: 0o755 });
        const r = await run(["--root", root, "activate", b.tar, b.sha], { PATH: `${bin}:${process.env.PATH}` });
        assertRefused(r, root, { current: `releases/${a.sha}`, previous: null }, /^unexpected failure \(exit 7\) of 'touch -c -- .*' at line \d+$/);
        assert.match(logLines(root).at(-1) ?? "", /status=failed .* reason="unexpected failure \(exit 7\)/);
        // and the next normal run completes the job
        await ok(["--root", root, "activate", b.tar, b.sha]);
        assert.deepEqual(await status(root), { current: b.sha, previous: a.sha, releases: [b.sha, a.sha] });
    });

    it("ignores TAR_OPTIONS and GZIP in its environment (tar and gzip do what the tool says)", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("env");
        const gz = path.join(tmpDir("gz"), "release.tgz");
        fs.writeFileSync(gz, zlib.gzipSync(fs.readFileSync(a.tar)));
        const r = await ok(["--root", root, "activate", gz, sha256File(gz)], { TAR_OPTIONS: "--to-stdout", GZIP: "-v" });
        assert.equal(r.stdout, "");
        assert.ok(r.stderr.split("\n").every((l) => l === "" || l.startsWith("lighttpd-release: ")), r.stderr);
        assert.equal(fs.readFileSync(path.join(root, "current", "index.html"), "utf8"), "<h1>env</h1>\n");
    });

    // The commit is read from .release/manifest.json for the log, and only from a manifest that is
    // certainly JSON of the manifest's shape (a flat object); otherwise the log says commit=-.
    for (const [what, manifest, commit] of [
        ["written by hand, with white space and an escaped slash", '{ "format": 1,\n  "commit": "v1.2\\/rc1" }\n', "v1.2/rc1"],
        ["whose commit needs sanitising", '{"commit":"has space;$(x)"}', "has_space___x_"],
        ["with the commit given twice (the last counts)", '{"commit":"first","commit":"second"}', "second"],
        ["that is cut short", '{"commit":"c0ffee"', "-"],
        ["with text after the object", '{"commit":"c0ffee"} trailing', "-"],
        ["with a commit that is not a string", '{"commit":12345}', "-"],
        ["with a nested value (not a format-1 manifest)", '{"extra":{"a":1},"commit":"c0ffee"}', "-"],
        ["with a NUL byte", '{"commit":"c0ffee"}\0', "-"],
        ["with bytes that are not ASCII", '{"commit":"caf\u00e9"}', "-"],
    ] as const) {
        it(`logs commit=${commit} for a manifest ${what}`, async () => {
            const root = path.join(tmpDir("root"), "srv");
            const arc = pythonTar([{ name: ".release/manifest.json", type: "file", data: manifest }, { name: "index.html", type: "file", data: "m\n" }]);
            await ok(["--root", root, "activate", arc.tar, arc.sha]);
            assert.match(logLines(root).at(-1) ?? "", new RegExp(`event=activate status=ok release=${arc.sha} previous=- commit=${commit.replace(/[.$()]/g, "\\$&")}$`));
        });
    }

    it("refuses to replace a current that is not a symlink", async () => {
        const root = path.join(tmpDir("root"), "srv");
        fs.mkdirSync(path.join(root, "current"), { recursive: true });
        fs.writeFileSync(path.join(root, "current", "index.html"), "hand-made");
        const a = await makeRelease("A");
        const r = await run(["--root", root, "activate", a.tar, a.sha]);
        assert.equal(r.code, 1, describeRun(r));
        assert.match(r.stderr, /current exists but is not a symlink; move it aside/);
        assert.equal(fs.readFileSync(path.join(root, "current", "index.html"), "utf8"), "hand-made");
    });
});

describe("lighttpd-release: refusals leave current untouched", () => {
    let root: string;
    let good: Release;
    let before: { current: string | null; previous: string | null };

    beforeEach(async () => {
        root = path.join(tmpDir("root"), "srv");
        good = await makeRelease("good");
        await ok(["--root", root, "activate", good.tar, good.sha]);
        before = { current: `releases/${good.sha}`, previous: null };
    });

    afterEach(async () => {
        assert.deepEqual(await status(root), { current: good.sha, previous: null, releases: [good.sha] });
        assert.match(logLines(root).at(-1) ?? "", /^\S+ event=activate status=failed release=\S+ previous=[0-9a-f]{64} commit=- reason=".+"$/);
    });

    it("refuses a wrong hash", async () => {
        const other = await makeRelease("other");
        assertRefused(await run(["--root", root, "activate", other.tar, good.sha]), root, before, new RegExp(`sha256 mismatch for .*: expected ${good.sha}, got ${other.sha}`));
        assert.equal(fs.existsSync(path.join(root, "releases", other.sha)), false);
    });

    for (const bad of ["ABC", "g".repeat(64), "a".repeat(63), "a".repeat(65), ` ${"a".repeat(64)}`]) {
        it(`refuses the malformed hash ${JSON.stringify(bad.length > 10 ? bad.slice(0, 4) + "…(" + bad.length + ")" : bad)}`, async () => {
            assertRefused(await run(["--root", root, "activate", good.tar, bad]), root, before, /SHA256 must be 64 hex digits/);
        });
    }

    it("refuses a missing archive", async () => {
        assertRefused(await run(["--root", root, "activate", path.join(root, "nope.tar"), "a".repeat(64)]), root, before, /is not a readable file/);
    });

    for (const [where, cut, content, reason] of [
        ["inside a block", 5_000, "x", /does not end with tar's end-of-archive blocks; it is truncated/],
        // the cut file holds zeros where it ends, so only tar itself can notice
        ["inside a file of zeros", 5_000, "\0", /^cannot read the archive \(truncated or corrupt\?\): tar: \S/],
        ["at a block boundary inside a file of zeros", 512 * 12, "\0", /^cannot read the archive \(truncated or corrupt\?\): tar: \S/],
        ["between entries", -1, "x", /does not end with tar's end-of-archive blocks; it is truncated/],
    ] as const) {
        it(`refuses an archive truncated ${where}, even when its hash matches`, async () => {
            const big = await makeRelease("big", { "big.bin": content.repeat(20_000), "z.txt": "last entry\n" });
            const bytes = fs.readFileSync(big.tar);
            // "between entries": drop the last entry (header + 1 data block) and the end-of-archive blocks
            const end = cut === -1 ? bytes.length - 1024 - 1024 : cut;
            const file = path.join(tmpDir("cut"), "cut.tar");
            fs.writeFileSync(file, bytes.subarray(0, end));
            assertRefused(await run(["--root", root, "activate", file, sha256File(file)]), root, before, reason);
        });
    }

    it("refuses a truncated gzip archive", async () => {
        const gz = path.join(tmpDir("cut"), "cut.tgz");
        fs.writeFileSync(gz, zlib.gzipSync(fs.readFileSync(good.tar)).subarray(0, 200));
        assertRefused(await run(["--root", root, "activate", gz, sha256File(gz)]), root, before, /cannot decompress the archive/);
    });

    it("refuses a gzip archive with trailing garbage, giving gzip's reason (its message starts with an empty line)", async () => {
        const gz = path.join(tmpDir("gz"), "trailing.tgz");
        fs.writeFileSync(gz, Buffer.concat([zlib.gzipSync(fs.readFileSync(good.tar)), Buffer.from("junk")]));
        assertRefused(await run(["--root", root, "activate", gz, sha256File(gz)]), root, before, /^cannot decompress the archive: gzip: .*trailing garbage ignored$/);
    });

    it("refuses a file that is not a tar", async () => {
        const junk = path.join(tmpDir("junk"), "junk.tar");
        fs.writeFileSync(junk, Buffer.alloc(4096, 7));
        assertRefused(await run(["--root", root, "activate", junk, sha256File(junk)]), root, before, /neither a ustar\/pax tar nor a gzip/);
    });

    const index: TarSpec = { name: "index.html", type: "file", data: "evil\n" };
    for (const [what, entries, reason] of [
        ["an absolute path", [index, { name: "/tmp/evil-abs.txt", type: "file", data: "x" }], /entry '\/tmp\/evil-abs\.txt' has an absolute path/],
        ["a '..' component", [index, { name: "a/../../evil.txt", type: "file", data: "x" }], /entry 'a\/\.\.\/\.\.\/evil\.txt' has a '\.\.' component/],
        ["a leading '..'", [index, { name: "../evil.txt", type: "file", data: "x" }], /entry '\.\.\/evil\.txt' has a '\.\.' component/],
        ["a symlink (even one inside the tree)", [index, { name: "link.html", type: "symlink", linkname: "index.html" }], /entry 'link\.html' is a symbolic link/],
        ["a symlink leaving the tree", [index, { name: "etc", type: "symlink", linkname: "/etc" }, { name: "etc/evil", type: "file", data: "x" }], /entry 'etc' is a symbolic link/],
        ["a hard link", [index, { name: "hard.html", type: "hardlink", linkname: "index.html" }], /entry 'hard\.html' is a hard link/],
        ["a character device", [index, { name: "null", type: "chardev" }], /entry 'null' is a character device/],
        ["a block device", [index, { name: "disk", type: "blockdev" }], /entry 'disk' is a block device/],
        ["a FIFO", [index, { name: "pipe", type: "fifo" }], /entry 'pipe' is a FIFO/],
        ["a top-level healthz", [index, { name: "healthz", type: "file", data: "fake\n" }], /entry 'healthz' uses the reserved top-level name 'healthz'/],
        ["a top-level ./healthz directory", [index, { name: ".//healthz/", type: "dir" }], /entry '\.\/\/healthz\/' uses the reserved top-level name/],
        ["other entries under .release/", [index, { name: ".release/other.json", type: "file", data: "{}" }], /entry '\.release\/other\.json' is under the reserved '\.release\/'/],
        ["an unsafe entry with an odd name", [index, { name: "sp ace\nnew\\line", type: "symlink", linkname: "/" }], /entry 'sp ace\\nnew\\\\line' is a symbolic link/],
        ["an empty archive", [], /neither a ustar\/pax tar nor a gzip/],
    ] as const) {
        it(`refuses ${what} before extracting anything`, async () => {
            const evil = pythonTar([...entries]);
            const r = await run(["--root", root, "activate", evil.tar, evil.sha]);
            assertRefused(r, root, before, reason);
            assert.doesNotMatch(r.stderr, /extracting/, "refused before extraction");
            assert.equal(fs.existsSync(path.join(root, "releases", evil.sha)), false);
            assert.equal(fs.existsSync("/tmp/evil-abs.txt"), false);
            assert.equal(fs.existsSync(path.join(root, "releases", "evil.txt")), false);
        });
    }

    it("refuses an archive cut right after a file of zeros, where neither tar nor the last blocks show it", async () => {
        // ustar: index.html's header and 1 data block, zeros.bin's header and 4 data blocks, then z.txt's header at block 7
        const whole = pythonTar([index, { name: "zeros.bin", type: "file", data: "\0".repeat(2048) }, { name: "z.txt", type: "file", data: "last\n" }], "USTAR");
        const cut = path.join(tmpDir("cut"), "cut.tar");
        fs.writeFileSync(cut, fs.readFileSync(whole.tar).subarray(0, 7 * 512));
        assert.equal(spawnSync("tar", ["-tf", cut]).status, 0, "tar itself lists the cut archive without complaint");
        const r = await run(["--root", root, "activate", cut, sha256File(cut)]);
        assertRefused(r, root, before, /does not end with tar's end-of-archive blocks; it is truncated/);
        assert.doesNotMatch(r.stderr, /extracting/);
    });

    // tar pads the time-stamp column of its long listing to the widest stamp seen so far (a year
    // past 9999 is wider), so a name must not be taken as "the text after the time".
    for (const [what, name, reason] of [
        ["a reserved name", "healthz", /entry 'healthz' uses the reserved top-level name 'healthz'/],
        ["an absolute path", "/tmp/evil-wide.txt", /entry '\/tmp\/evil-wide\.txt' has an absolute path/],
        ["a '..' component", "../evil.txt", /entry '\.\.\/evil\.txt' has a '\.\.' component/],
        ["a name under .release/", ".release/other.json", /entry '\.release\/other\.json' is under the reserved '\.release\/'/],
    ] as const) {
        it(`refuses ${what} listed after a wide time stamp`, async () => {
            const evil = pythonTar([{ name: "old.txt", type: "file", data: "x", mtime: 253402300800 }, { name, type: "file", data: "x" }], "PAX");
            const r = await run(["--root", root, "activate", evil.tar, evil.sha]);
            assertRefused(r, root, before, reason);
            assert.doesNotMatch(r.stderr, /extracting/);
            assert.equal(fs.existsSync("/tmp/evil-wide.txt"), false);
        });
    }

    it("refuses an unsafe entry in a pax-format archive too", async () => {
        const evil = pythonTar([index, { name: `${"long/".repeat(30)}link`, type: "symlink", linkname: "/etc/passwd" }], "PAX");
        assertRefused(await run(["--root", root, "activate", evil.tar, evil.sha]), root, before, /is a symbolic link/);
    });
});

describe("lighttpd-release: odd but safe names", () => {
    it("unpacks names with spaces, newlines, backslashes and non-UTF-8 bytes exactly", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const names = ["sp ace.txt", "new\nline.txt", "back\\slash.txt", "quote\"'.txt", "dir with space/inner file.txt", "caf\u00e9.txt", "raw\udcff.bin"];
        const entries: TarSpec[] = [{ name: "dir with space/", type: "dir" }, ...names.map((n) => ({ name: n, type: "file" as const, data: `content of ${n}` }))];
        const arc = pythonTar(entries);
        await ok(["--root", root, "activate", arc.tar, arc.sha]);
        const dir = path.join(root, "releases", arc.sha);
        for (const n of names.filter((x) => !x.includes("\udcff"))) assert.equal(fs.readFileSync(path.join(dir, n), "utf8"), `content of ${n}`);
        const raw = (fs.readdirSync(dir, { encoding: "buffer" }) as Buffer[]).find((b) => b.includes(0xff));
        assert.deepEqual(raw, Buffer.from([0x72, 0x61, 0x77, 0xff, 0x2e, 0x62, 0x69, 0x6e]));
    });
});

describe("lighttpd-release: pruning", () => {
    it("keeps the newest N releases by activation order", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const rels: Release[] = [];
        for (const label of ["1", "2", "3", "4", "5"]) {
            const rel = await makeRelease(label);
            rels.push(rel);
            await ok(["--root", root, "--keep", "3", "activate", rel.tar, rel.sha]);
        }
        assert.deepEqual(await status(root), { current: rels[4].sha, previous: rels[3].sha, releases: [rels[4].sha, rels[3].sha, rels[2].sha] });
        for (const gone of rels.slice(0, 2)) assert.equal(fs.existsSync(path.join(root, "releases", gone.sha)), false);
        assert.equal((await ok(["--root", root, "--keep", "2", "activate", rels[2].tar, rels[2].sha])).code, 0);
        assert.deepEqual(await status(root), { current: rels[2].sha, previous: rels[4].sha, releases: [rels[2].sha, rels[4].sha] });
        assertNoLeftovers(root);
    });

    it("never prunes the current or previous release, even when it is the oldest", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const [a, b, c, d] = [await makeRelease("a"), await makeRelease("b"), await makeRelease("c"), await makeRelease("d")];
        for (const rel of [a, b, c]) await ok(["--root", root, "--keep", "5", "activate", rel.tar, rel.sha]);
        // Make the current release (c) look like the oldest activation.
        const old = new Date("2001-01-01T00:00:00Z");
        fs.utimesSync(path.join(root, "releases", c.sha), old, old);
        await ok(["--root", root, "--keep", "2", "activate", d.tar, d.sha]);
        assert.deepEqual(await status(root), { current: d.sha, previous: c.sha, releases: [d.sha, c.sha] });
    });

    it("never prunes the release previous still points at when there was no current to take its place", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const [a, b, c] = [await makeRelease("pa"), await makeRelease("pb"), await makeRelease("pc")];
        for (const rel of [a, b]) await ok(["--root", root, "activate", rel.tar, rel.sha]);
        // current removed by hand: the switch to c leaves previous -> a as it is
        fs.unlinkSync(path.join(root, "current"));
        await ok(["--root", root, "--keep", "2", "activate", c.tar, c.sha]);
        assert.equal(linkOf(root, "previous"), `releases/${a.sha}`);
        assert.deepEqual(await status(root), { current: c.sha, previous: a.sha, releases: [c.sha, a.sha] });
    });
});

describe("lighttpd-release: health check", () => {
    it("passes when the URL answers 200 with the new sha256 (after first showing the old one)", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A");
        const b = await makeRelease("B");
        await ok(["--root", root, "activate", a.tar, a.sha]);
        let calls = 0;
        const server = await httpServer((req, res) => {
            // The first answer is stale (like Lighttpd's one-second stat cache), then the truth.
            if (calls++ === 0) res.writeHead(200).end(`${a.sha}\n`);
            else servesCurrent(root)(req, res);
        });
        try {
            const r = await ok(["--root", root, "--health-url", server.url, "--health-timeout", "10", "activate", b.tar, b.sha]);
            assert.match(r.stderr, /health check passed/);
            assert.ok(server.hits() >= 2);
        } finally {
            await server.close();
        }
        assert.deepEqual(await status(root), { current: b.sha, previous: a.sha, releases: [b.sha, a.sha] });
    });

    for (const [what, handler] of [
        ["HTTP 500", (_req: http.IncomingMessage, res: http.ServerResponse) => res.writeHead(500).end("boom\n")],
        ["HTTP 200 with another release id", (_req: http.IncomingMessage, res: http.ServerResponse) => res.writeHead(200).end(`${"0".repeat(64)}\n`)],
    ] as const) {
        it(`rolls back and exits 3 on ${what}`, async () => {
            const root = path.join(tmpDir("root"), "srv");
            const z = await makeRelease("Z");
            const a = await makeRelease("A");
            const b = await makeRelease("B");
            await ok(["--root", root, "activate", z.tar, z.sha]);
            await ok(["--root", root, "activate", a.tar, a.sha]);
            const server = await httpServer(handler);
            try {
                const started = Date.now();
                const r = await run(["--root", root, "--health-url", server.url, "--health-timeout", "2", "activate", b.tar, b.sha]);
                assert.equal(r.code, 3, describeRun(r));
                assert.ok(Date.now() - started < 8_000, "gives up after about --health-timeout seconds");
                const last = r.stderr.trimEnd().split("\n").at(-1) ?? "";
                assert.match(last, new RegExp(`^lighttpd-release: error: health check failed: .* within 2s .*; restored current -> releases/${a.sha}$`));
                assert.ok(server.hits() >= 2, "polled more than once");
            } finally {
                await server.close();
            }
            const s = await status(root);
            assert.equal(s.current, a.sha);
            assert.equal(s.previous, z.sha);
            assert.deepEqual([...s.releases].sort(), [z.sha, a.sha, b.sha].sort());
            assert.match(logLines(root).at(-1) ?? "", new RegExp(`event=activate status=rolled_back release=${b.sha} previous=${a.sha} commit=c0ffeeB reason="health check failed`));
            assertNoLeftovers(root);
        });
    }

    it("polls for the whole --health-timeout, whatever fraction of a wall-clock second it starts in", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A");
        const b = await makeRelease("B");
        await ok(["--root", root, "activate", a.tar, a.sha]);
        let firstHit = 0;
        const server = await httpServer((_req, res) => {
            if (firstHit === 0) firstHit = Date.now();
            res.writeHead(503).end();
        });
        try {
            for (const offset of [150, 550, 850]) {
                await new Promise((resolve) => setTimeout(resolve, (offset - (Date.now() % 1000) + 1000) % 1000));
                firstHit = 0;
                const r = await run(["--root", root, "--health-url", server.url, "--health-timeout", "1", "activate", b.tar, b.sha]);
                const polled = Date.now() - firstHit;
                assert.equal(r.code, 3, describeRun(r));
                assert.ok(polled >= 950, `started ${offset} ms into a second, it gave up ${polled} ms after the first answer`);
            }
        } finally {
            await server.close();
        }
        assert.deepEqual(await status(root), { current: a.sha, previous: null, releases: [a.sha, b.sha] });
    });

    it("keeps the reason on one line, and every stderr line its own, whatever the URL holds", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A");
        const b = await makeRelease("B");
        await ok(["--root", root, "activate", a.tar, a.sha]);
        const server = await httpServer(() => undefined);
        const deadUrl = server.url;
        await server.close();
        const r = await run(["--root", root, "--health-url", `${deadUrl}\nforged: line`, "--health-timeout", "1", "activate", b.tar, b.sha]);
        assert.equal(r.code, 3, describeRun(r));
        const lines = r.stderr.trimEnd().split("\n");
        assert.ok(lines.every((l) => l.startsWith("lighttpd-release: ")), r.stderr);
        assert.match(lines.at(-1) ?? "", new RegExp(`^${ERROR_PREFIX}health check failed: .* forged: line gave no HTTP 200 .*; restored current -> releases/${a.sha}$`));
        assert.equal(linkOf(root, "current"), `releases/${a.sha}`);
    });

    it("puts current back when a signal ends the run before the health check has passed", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const z = await makeRelease("Z");
        const a = await makeRelease("A");
        const b = await makeRelease("B");
        await ok(["--root", root, "activate", z.tar, z.sha]);
        await ok(["--root", root, "activate", a.tar, a.sha]);
        let child: ReturnType<typeof spawn> | undefined;
        let currentWhenPolled: string | null | undefined;
        const server = await httpServer((_req, res) => {
            // The switch has happened (current is b, not yet healthy): stop the run now.
            currentWhenPolled ??= linkOf(root, "current");
            child?.kill("SIGTERM");
            res.writeHead(503).end();
        });
        try {
            const r = await new Promise<RunResult>((resolve, reject) => {
                const args = ["--root", root, "--health-url", server.url, "--health-timeout", "30", "activate", b.tar, b.sha];
                child = spawn(TOOL, args, { stdio: ["ignore", "pipe", "pipe"] });
                let stdout = "";
                let stderr = "";
                child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
                child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
                child.on("error", reject);
                child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
            });
            assert.equal(r.code, 143, describeRun(r));
            assert.equal(currentWhenPolled, `releases/${b.sha}`, "switched before the health check");
            const lines = r.stderr.trimEnd().split("\n");
            assert.equal(lines.at(-1), `${ERROR_PREFIX}interrupted by SIGTERM; restored current -> releases/${a.sha}`);
            assert.equal(lines.filter((l) => l.startsWith(ERROR_PREFIX)).length, 1, r.stderr);
        } finally {
            await server.close();
        }
        assert.equal(linkOf(root, "current"), `releases/${a.sha}`);
        assert.equal(linkOf(root, "previous"), `releases/${z.sha}`);
        assert.match(logLines(root).at(-1) ?? "", new RegExp(`event=activate status=failed release=${b.sha} previous=${a.sha} commit=c0ffeeB reason="interrupted by SIGTERM; restored current -> releases/${a.sha}"$`));
        assertNoLeftovers(root);
    });

    it("reports an unhealthy already-current release (exit 1) without switching anything", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A");
        const b = await makeRelease("B");
        await ok(["--root", root, "activate", a.tar, a.sha]);
        await ok(["--root", root, "activate", b.tar, b.sha]);
        const server = await httpServer((_req, res) => res.writeHead(500).end());
        try {
            const r = await run(["--root", root, "--health-url", server.url, "--health-timeout", "1", "activate", b.tar, b.sha]);
            assertRefused(r, root, { current: `releases/${b.sha}`, previous: `releases/${a.sha}` }, /already current, but health check failed: .*HTTP 500.*not switching anything/);
        } finally {
            await server.close();
        }
        const healthy = await httpServer(servesCurrent(root));
        try {
            const r = await ok(["--root", root, "--health-url", healthy.url, "activate", b.tar, b.sha]);
            assert.match(r.stderr, /health check passed[\s\S]*already current; nothing to do/);
        } finally {
            await healthy.close();
        }
    });

    it("removes current again when the very first release is unhealthy", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A");
        const server = await httpServer((_req, res) => res.writeHead(503).end());
        try {
            const r = await run(["--root", root, "--health-url", server.url, "--health-timeout", "1", "activate", a.tar, a.sha]);
            assert.equal(r.code, 3, describeRun(r));
        } finally {
            await server.close();
        }
        assert.equal(linkOf(root, "current"), null);
        assert.deepEqual(await status(root), { current: null, previous: null, releases: [a.sha] });
    });

    it("fails without switching when nothing answers (connection refused), and rollback is checked too", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A");
        const b = await makeRelease("B");
        await ok(["--root", root, "activate", a.tar, a.sha]);
        await ok(["--root", root, "activate", b.tar, b.sha]);
        const server = await httpServer(() => undefined);
        const deadUrl = server.url;
        await server.close();
        const r = await run(["--root", root, "--health-url", deadUrl, "--health-timeout", "1", "rollback"]);
        assert.equal(r.code, 3, describeRun(r));
        assert.deepEqual(await status(root), { current: b.sha, previous: a.sha, releases: [b.sha, a.sha] });
        assert.match(logLines(root).at(-1) ?? "", /event=rollback status=rolled_back/);
    });
});

describe("lighttpd-release: concurrency and crashes", () => {
    /** A site of `count` files of `size` bytes, distinct per label. */
    async function bigRelease(label: string, count: number, size: number): Promise<Release> {
        const files: Record<string, string> = {};
        for (let i = 0; i < count; i++) files[`d${i % 16}/f${i}.txt`] = `${label}:${i}:`.padEnd(size, label);
        return makeRelease(label, files);
    }

    it("serialises two concurrent activations; both succeed and the final state is consistent", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await bigRelease("a", 300, 20_000);
        const b = await bigRelease("b", 300, 20_000);
        const [ra, rb] = await Promise.all([run(["--root", root, "activate", a.tar, a.sha]), run(["--root", root, "activate", b.tar, b.sha])]);
        assert.equal(ra.code, 0, describeRun(ra));
        assert.equal(rb.code, 0, describeRun(rb));
        const s = await status(root);
        const [firstSha, secondSha] = s.current === a.sha ? [b.sha, a.sha] : [a.sha, b.sha];
        assert.deepEqual(s, { current: secondSha, previous: firstSha, releases: [secondSha, firstSha] });
        const lines = logLines(root);
        assert.deepEqual(lines.map((l) => l.replace(/^\S+ /, "").replace(/ commit=\S+$/, "")), [
            `event=activate status=ok release=${firstSha} previous=-`,
            `event=activate status=ok release=${secondSha} previous=${firstSha}`,
        ]);
        assertCurrentComplete(root, new Map([[a.sha, a.files], [b.sha, b.files]]));
        assertNoLeftovers(root);
    });

    it("survives kill -9 at random moments: current is never dangling or incomplete, and the next run succeeds", async function () {
        this.timeout(120_000);
        const root = path.join(tmpDir("root"), "srv");
        const rels = [await bigRelease("x", 400, 40_000), await bigRelease("y", 400, 40_000), await bigRelease("z", 400, 40_000)];
        const expected = new Map(rels.map((r) => [r.sha, r.files] as const));
        // Measure one full activation to spread the kills over its whole length.
        const t0 = Date.now();
        await ok(["--root", root, "--keep", "2", "activate", rels[0].tar, rels[0].sha]);
        const span = Math.max(Date.now() - t0, 100);
        let target = 0;
        let killedMidRun = 0;
        let leftovers = 0;
        for (let i = 0; i < 20; i++) {
            target = (target + 2) % 3; // with --keep 2 the next target is always the pruned one: a full unpack
            const rel = rels[target];
            const child = spawn(TOOL, ["--root", root, "--keep", "2", "activate", rel.tar, rel.sha], { stdio: "ignore", detached: true });
            const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
            await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * span)));
            const wholeGroup = i % 2 === 0;
            try {
                if (wholeGroup) process.kill(-child.pid!, "SIGKILL");
                else process.kill(child.pid!, "SIGKILL");
            } catch {
                // already exited: fine, the moment was "after the end"
            }
            if ((await exited) === "SIGKILL") killedMidRun++;
            assert.ok(assertCurrentComplete(root, expected) !== null, "current never disappears once it existed");
            // The next run (which may wait for orphans holding the lock) must succeed.
            const next = await run(["--root", root, "--keep", "2", "activate", rel.tar, rel.sha]);
            assert.equal(next.code, 0, `after kill #${i}: ${describeRun(next)}`);
            if (/removing leftover/.test(next.stderr)) leftovers++;
            assert.equal(assertCurrentComplete(root, expected), rel.sha);
            assertNoLeftovers(root);
            const s = await status(root);
            assert.equal(s.current, rel.sha);
            assert.ok(s.releases.length <= 3 && s.releases.includes(rel.sha), JSON.stringify(s));
        }
        for (const line of logLines(root)) assert.match(line, LOG_RE);
        // The kills must really land inside runs (not only after them) for this test to mean anything.
        assert.ok(killedMidRun >= 5, `only ${killedMidRun} of 20 kills landed before the run ended`);
        assert.ok(leftovers >= 2, `only ${leftovers} kills left work to clean up (span ${span} ms)`);
        console.log(`      (kills inside a run: ${killedMidRun}/20, runs that had to clean up: ${leftovers}, activation ${span} ms)`);
    });

    it("never lets a reader see current missing or half-switched while releases swap", async function () {
        this.timeout(60_000);
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A");
        const b = await makeRelease("B");
        await ok(["--root", root, "activate", a.tar, a.sha]);
        await ok(["--root", root, "activate", b.tar, b.sha]);
        const stop = path.join(tmpDir("stop"), "stop");
        // A tight reader in its own process, like a web server resolving DIR/current/healthz.
        const poller = spawn("python3", ["-c", `
import os, sys
root, stop = sys.argv[1], sys.argv[2]
reads = bad = 0
seen = set()
while not os.path.exists(stop):
    reads += 1
    try:
        os.readlink(root + "/current")
        with open(root + "/current/healthz") as f:
            seen.add(f.read())
    except OSError as e:
        bad += 1
print(reads, bad, len(seen), sorted(seen))
`, root, stop], { stdio: ["ignore", "pipe", "inherit"] });
        let out = "";
        poller.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
        const done = new Promise<void>((resolve) => poller.on("close", () => resolve()));
        for (let i = 0; i < 20; i++) await ok(["--root", root, "rollback"]);
        fs.writeFileSync(stop, "");
        await done;
        const [reads, bad, distinct] = out.trim().split(" ").map(Number);
        assert.equal(bad, 0, `reader failed ${bad} of ${reads} times: ${out}`);
        assert.ok(reads > 1000, `the reader ran (${reads} reads)`);
        assert.equal(distinct, 2, out);
    });

    it("cleans up what a killed run left (temp dirs, temp links, an incomplete release) and then succeeds", async () => {
        const root = path.join(tmpDir("root"), "srv");
        const a = await makeRelease("A");
        const b = await makeRelease("B");
        await ok(["--root", root, "activate", a.tar, a.sha]);
        fs.mkdirSync(path.join(root, "releases", ".tmp-deadbeef", "tree", "half"), { recursive: true });
        fs.writeFileSync(path.join(root, "releases", ".tmp-deadbeef", "tree", "half", "file"), "partial");
        fs.symlinkSync("releases/nowhere", path.join(root, ".current.tmp-99999"));
        // An incomplete directory under b's final name (no healthz marker): must be rebuilt, not reused.
        fs.mkdirSync(path.join(root, "releases", b.sha));
        fs.writeFileSync(path.join(root, "releases", b.sha, "index.html"), "half");
        const r = await ok(["--root", root, "activate", b.tar, b.sha]);
        assert.match(r.stderr, /removing leftover .*\.tmp-deadbeef/);
        assert.match(r.stderr, /removing incomplete/);
        assert.equal(fs.readFileSync(path.join(root, "current", "index.html"), "utf8"), "<h1>B</h1>\n");
        assert.deepEqual(await status(root), { current: b.sha, previous: a.sha, releases: [b.sha, a.sha] });
        assertNoLeftovers(root);
    });
});

describe("lighttpd-release: run by a user other than root", () => {
    // Permission bits do not stop root, which the other tests run as; they do stop anyone else (a
    // lab, a developer), and tar restores an archive's directory modes when it has extracted all.
    const NOBODY = 65534;
    const asRoot = process.getuid?.() === 0;
    const via = asRoot ? ["setpriv", `--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups"] : [];
    // The checkout may sit in a directory only root can enter (a fresh clone in `mktemp -d`, mode
    // 0700), so the other user runs a copy of the tool from a directory anyone can enter.
    let tool = TOOL;
    before(() => {
        if (asRoot) requireBinary("setpriv", "util-linux");
        const dir = tmpDir("tool");
        fs.chmodSync(dir, 0o755);
        tool = path.join(dir, path.basename(TOOL));
        fs.copyFileSync(TOOL, tool);
        fs.chmodSync(tool, 0o755);
    });

    /** A directory the unprivileged user owns (the release root, or its parent). */
    function userDir(): string {
        const dir = tmpDir("user");
        fs.chmodSync(dir, 0o755);
        if (asRoot) fs.chownSync(dir, NOBODY, NOBODY);
        return dir;
    }
    /** Makes an archive (in a private temporary directory) readable by the unprivileged user. */
    function readable<T extends { tar: string }>(arc: T): T {
        fs.chmodSync(path.dirname(arc.tar), 0o755);
        fs.chmodSync(arc.tar, 0o644);
        return arc;
    }
    const runAsUser = (args: string[]) => run(args, {}, via, true, tool);

    it("unpacks directories without read or search permission and settles them to 0755", async () => {
        const root = path.join(userDir(), "srv");
        const arc = readable(pythonTar([
            { name: "index.html", type: "file", data: "locked\n" },
            { name: "locked", type: "dir", mode: 0 },
            { name: "locked/inner", type: "dir", mode: 0o300 },
            { name: "locked/inner/f.txt", type: "file", data: "f\n", mode: 0 },
            { name: "noexec", type: "dir", mode: 0o600 },
            { name: "noexec/g.txt", type: "file", data: "g\n" },
        ]));
        const r = await runAsUser(["--root", root, "activate", arc.tar, arc.sha]);
        assert.equal(r.code, 0, describeRun(r));
        assert.ok(r.stderr.split("\n").every((l) => l === "" || l.startsWith("lighttpd-release: ")), r.stderr);
        const dir = path.join(root, "current");
        for (const d of ["locked", "locked/inner", "noexec"]) assert.equal(fs.statSync(path.join(dir, d)).mode & 0o7777, 0o755, d);
        assert.equal(fs.statSync(path.join(dir, "locked/inner/f.txt")).mode & 0o7777, 0o644);
        assert.equal(fs.readFileSync(path.join(dir, "noexec/g.txt"), "utf8"), "g\n");
        assert.deepEqual(await status(root), { current: arc.sha, previous: null, releases: [arc.sha] });
        assertNoLeftovers(root);
    });

    it("leaves nothing behind when extraction fails after such a directory, and the next run succeeds", async () => {
        const root = path.join(userDir(), "srv");
        const good = readable(await makeRelease("user-good"));
        assert.equal((await runAsUser(["--root", root, "activate", good.tar, good.sha])).code, 0);
        const bad = readable(pythonTar([
            { name: "locked", type: "dir", mode: 0 },
            { name: "locked/f.txt", type: "file", data: "f\n" },
            { name: "x", type: "file", data: "x\n" },
            { name: "x/y", type: "file", data: "y\n" },
        ]));
        const r = await runAsUser(["--root", root, "activate", bad.tar, bad.sha]);
        assertRefused(r, root, { current: `releases/${good.sha}`, previous: null }, /^cannot extract the archive: tar: x\/y: Cannot open: Not a directory$/);
        const next = readable(await makeRelease("user-next"));
        const n = await runAsUser(["--root", root, "activate", next.tar, next.sha]);
        assert.equal(n.code, 0, describeRun(n));
        assert.deepEqual(await status(root), { current: next.sha, previous: good.sha, releases: [next.sha, good.sha] });
    });

    it("removes what a killed run left in directories without permissions, then succeeds", async () => {
        const root = path.join(userDir(), "srv");
        const a = readable(await makeRelease("user-a"));
        assert.equal((await runAsUser(["--root", root, "activate", a.tar, a.sha])).code, 0);
        const inner = path.join(root, "releases", ".tmp-killed01", "tree", "a", "b");
        fs.mkdirSync(inner, { recursive: true });
        fs.writeFileSync(path.join(inner, "f"), "partial");
        if (asRoot) {
            for (let p = inner; p !== path.join(root, "releases"); p = path.dirname(p)) fs.chownSync(p, NOBODY, NOBODY);
            fs.chownSync(path.join(inner, "f"), NOBODY, NOBODY);
        }
        fs.chmodSync(inner, 0);
        fs.chmodSync(path.dirname(inner), 0);
        const b = readable(await makeRelease("user-b"));
        const r = await runAsUser(["--root", root, "activate", b.tar, b.sha]);
        assert.equal(r.code, 0, describeRun(r));
        assert.match(r.stderr, /removing leftover .*\.tmp-killed01/);
        assert.deepEqual(await status(root), { current: b.sha, previous: a.sha, releases: [b.sha, a.sha] });
        assertNoLeftovers(root);
    });

    it("gives one reason, and no lines but its own, when the root is not writable", async () => {
        const root = userDir();
        fs.chmodSync(root, 0o555);
        const a = readable(await makeRelease("user-ro"));
        const r = await runAsUser(["--root", root, "activate", a.tar, a.sha]);
        assertRefused(r, root, { current: null, previous: null }, /^cannot create .*\/releases; check the path and permissions$/);
        assert.match(r.stderr, /warning: cannot append to .*release\.log/);
    });
});

describe("lighttpd-release: run through sudo by the deploy user", () => {
    // sudo sets SUDO_USER/SUDO_UID; the tests run as root, so setting them simulates the sudo rule.
    const asDeployUser = { SUDO_USER: "lighttpd-deploy", SUDO_UID: "4242" };
    before(function () {
        if (process.getuid?.() !== 0) throw new Error("these tests need root (CI runs as root), to simulate sudo");
    });

    it("refuses another release root", async () => {
        const root = tmpDir("root");
        const rel = await makeRelease("sudo-root");
        const r = await run(["--root", root, "activate", rel.tar, rel.sha], asDeployUser);
        assert.equal(r.code, 1, describeRun(r));
        assert.equal(r.stderr.trim().split("\n").pop(), `${ERROR_PREFIX}--root cannot be changed when run through sudo (by lighttpd-deploy); it is /srv/lighttpd`);
        assert.equal(fs.existsSync(path.join(root, "current")), false);
        assert.deepEqual(fs.readdirSync(root), [], "nothing written to the refused root");
    });

    it("refuses a health URL on another host", async () => {
        const r = await run(["--health-url", "http://10.0.0.1/healthz", "status"], asDeployUser);
        assert.equal(r.code, 1, describeRun(r));
        assert.match(r.stderr, /--health-url must point at this host \(http:\/\/127\.0\.0\.1\/\.\.\.\) when run through sudo; got 'http:\/\/10\.0\.0\.1\/healthz'/);
    });

    it("refuses an archive the caller does not own, or a link to one", async () => {
        const rel = await makeRelease("sudo-owner");
        const r = await run(["activate", rel.tar, rel.sha], asDeployUser);
        assert.equal(r.code, 1, describeRun(r));
        assert.match(r.stderr, new RegExp(`archive '${rel.tar.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}' must belong to lighttpd-deploy, who runs this through sudo`));
        const link = path.join(tmpDir("link"), "a.tar");
        fs.symlinkSync("/etc/shadow", link);
        const l = await run(["activate", link, rel.sha], asDeployUser);
        assert.equal(l.code, 1, describeRun(l));
        assert.match(l.stderr, /must be a regular file \(not a link\) when run through sudo/);
    });

    it("still answers status on the default root", async () => {
        const r = await run(["status"], asDeployUser);
        assert.equal(r.code, 0, describeRun(r));
        const s = JSON.parse(r.stdout);
        assert.deepEqual(Object.keys(s), ["current", "previous", "releases"]);
    });
});

describe("lighttpd-release: hash spelling", () => {
    it("takes an upper-case hash as the same release id (lower-case on disk)", async () => {
        const r = await makeRelease("upper");
        const upRoot = path.join(tmpDir("root"), "srv");
        await ok(["--root", upRoot, "activate", r.tar, r.sha.toUpperCase()]);
        assert.equal((await status(upRoot)).current, r.sha);
        assert.ok(fs.existsSync(path.join(upRoot, "releases", r.sha)));
    });
});
