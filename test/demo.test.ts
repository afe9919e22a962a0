/**
 * `npm run demo` end to end (scripts/demo.ts): the prod plan's summary, the lab serving site/, a second
 * release activated and rolled back, the URL line; lighttpd stopped afterwards; `--serve` keeps
 * serving until SIGTERM. Runs the real npm script on free loopback ports with a --dir of its own,
 * and checks the narration against the release tool's own state and the plan's JSON.
 */
import { strict as assert } from "assert";
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { hashSite } from "../components/archive";

const ROOT = path.resolve(__dirname, "..");
const TOOL = path.join(ROOT, "host", "lighttpd-release");
const SHA = /^[0-9a-f]{64}$/;

async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const s = net.createServer();
        s.once("error", reject);
        s.listen(0, "127.0.0.1", () => {
            const port = (s.address() as net.AddressInfo).port;
            s.close(() => resolve(port));
        });
    });
}

interface Demo {
    readonly child: ReturnType<typeof spawn>;
    stdout: string;
    stderr: string;
    readonly exited: Promise<number | null>;
}

/** `npm run demo -- ARGS` in the project, killed after `limitMs` whatever happens. */
function startDemo(args: readonly string[], limitMs = 180_000): Demo {
    const child = spawn("npm", ["run", "--silent", "demo", "--", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const demo: Demo = {
        child, stdout: "", stderr: "",
        exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
    };
    child.stdout!.on("data", (d) => (demo.stdout += d));
    child.stderr!.on("data", (d) => (demo.stderr += d));
    const t = setTimeout(() => child.kill("SIGKILL"), limitMs);
    demo.exited.then(() => clearTimeout(t));
    return demo;
}

async function waitForOutput(demo: Demo, re: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const m = demo.stdout.match(re);
        if (m) return m;
        if (demo.child.exitCode !== null) throw new Error(`demo exited with ${demo.child.exitCode} before printing ${re}:\n${demo.stdout}\n${demo.stderr}`);
        if (Date.now() > deadline) throw new Error(`demo did not print ${re} within ${timeoutMs / 1000} s:\n${demo.stdout}\n${demo.stderr}`);
        await new Promise((r) => setTimeout(r, 100));
    }
}

function status(dir: string): { current: string; previous: string; releases: string[] } {
    const r = spawnSync(TOOL, ["--root", dir, "status"], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
}

async function healthz(port: number): Promise<{ status: number; body: string }> {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(5000) });
    return { status: res.status, body: (await res.text()).trim() };
}

async function refused(port: number): Promise<boolean> {
    return new Promise((resolve) => {
        const s = net.connect(port, "127.0.0.1");
        s.once("connect", () => { s.destroy(); resolve(false); });
        s.once("error", () => resolve(true));
    });
}

/** lighttpd processes whose command line names this demo directory's lab config. */
function lighttpdFor(dir: string): number[] {
    const conf = path.join(dir, ".lab", "lighttpd.conf");
    const pids: number[] = [];
    for (const p of fs.readdirSync("/proc").filter((x) => /^\d+$/.test(x))) {
        try {
            const cmd = fs.readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0");
            if (path.basename(cmd[0] ?? "") === "lighttpd" && cmd.includes(conf)) pids.push(Number(p));
        } catch {
            // gone meanwhile
        }
    }
    return pids;
}

function lines(out: string): string[] {
    return out.split("\n").filter((l) => l.startsWith("demo: "));
}

describe("npm run demo (the README's main command)", function () {
    this.timeout(300_000);
    const dirs: string[] = [];
    const freshDir = () => {
        const d = fs.mkdtempSync(path.join(os.tmpdir(), "demo-test-"));
        dirs.push(d);
        return d;
    };

    before(() => {
        const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> };
        assert.ok(pkg.scripts?.demo?.includes("scripts/demo.ts"), "package.json has no \"demo\" script running scripts/demo.ts");
        for (const bin of ["lighttpd", "curl"]) {
            assert.equal(spawnSync("sh", ["-c", `command -v ${bin}`]).status, 0, `'${bin}' is not installed (see .ci/run)`);
        }
    });

    after(() => {
        for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    });

    it("summarises the prod plan, deploys site/, activates and rolls back a second release, ends with the URL, stops lighttpd and exits 0", async () => {
        const port = await freePort();
        const dir = freshDir();
        const demo = startDemo(["--port", String(port), "--dir", dir]);
        const code = await demo.exited;
        assert.equal(code, 0, `demo failed:\n${demo.stdout}\n${demo.stderr}`);
        const out = lines(demo.stdout);

        // 1. the plan summary carries the prod plan's resource count
        const plan = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/plan.ts"), "--stack", "prod", "--format", "json"], {
            cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024,
        });
        assert.equal(plan.status, 0, plan.stderr);
        const resources = (JSON.parse(plan.stdout) as { resources: unknown[] }).resources.length;
        const planLine = out.find((l) => l.startsWith("demo: 1/4 plan: the prod stack"));
        assert.ok(planLine, `no plan summary in:\n${demo.stdout}`);
        assert.match(planLine, new RegExp(`: ${resources} resources of \\d+ types`));

        // 2. the lab served site/ as the first release; 3. a second one; 4. rolled back to the first
        const st = status(dir);
        assert.match(st.current, SHA);
        assert.match(st.previous, SHA);
        assert.notEqual(st.current, st.previous);
        assert.deepEqual([...st.releases].sort(), [st.current, st.previous].sort());
        assert.equal(st.current, await hashSite(path.join(ROOT, "site")), "the first release is site/ as the lab packs it");
        const step = (n: number) => out.find((l) => l.startsWith(`demo: ${n}/4 `)) ?? assert.fail(`no step ${n} in:\n${demo.stdout}`);
        assert.match(step(2), new RegExp(`http://127\\.0\\.0\\.1:${port}.*GET /healthz → ${st.current.slice(0, 12)}…`));
        assert.match(step(3), new RegExp(`GET /healthz → ${st.previous.slice(0, 12)}…`));
        assert.match(step(4), new RegExp(`rolled back .*GET /healthz → ${st.current.slice(0, 12)}… again`));
        const log = fs.readFileSync(path.join(dir, "release.log"), "utf8").trim().split("\n");
        assert.deepEqual(log.map((l) => / event=(\w+) status=(\w+) release=(\w+)/.exec(l)!.slice(1)), [
            ["activate", "ok", st.current],
            ["activate", "ok", st.previous],
            ["rollback", "ok", st.current],
        ]);
        assert.ok(out.indexOf(planLine) < out.indexOf(step(2)) && out.indexOf(step(2)) < out.indexOf(step(3)) && out.indexOf(step(3)) < out.indexOf(step(4)), "steps out of order");

        // the last line is the URL; lighttpd is gone
        assert.match(out.at(-1)!, new RegExp(`http://127\\.0\\.0\\.1:${port}/$`));
        assert.ok(await refused(port), `port ${port} still accepts connections`);
        assert.deepEqual(lighttpdFor(dir), [], "lighttpd still running");
    });

    it("--serve keeps serving after the narration until SIGTERM, then stops lighttpd and exits 0", async () => {
        const port = await freePort();
        const dir = freshDir();
        const demo = startDemo(["--port", String(port), "--dir", dir, "--serve"]);
        try {
            await waitForOutput(demo, new RegExp(`demo: serving http://127\\.0\\.0\\.1:${port}/ `), 150_000);
            const current = status(dir).current;
            assert.deepEqual(await healthz(port), { status: 200, body: current });
            await new Promise((r) => setTimeout(r, 2000));
            assert.equal(demo.child.exitCode, null, "demo exited while it should serve");
            assert.deepEqual(await healthz(port), { status: 200, body: current });
            assert.equal(lighttpdFor(dir).length, 1, "one lighttpd serves the demo");
            demo.child.kill("SIGTERM");
            let timer: NodeJS.Timeout | undefined;
            const code = await Promise.race([demo.exited, new Promise<string>((r) => { timer = setTimeout(() => r("timeout"), 30_000); })]);
            clearTimeout(timer);
            assert.equal(code, 0, `after SIGTERM: ${code}\n${demo.stdout}\n${demo.stderr}`);
            assert.ok(await refused(port), `port ${port} still accepts connections after SIGTERM`);
            assert.deepEqual(lighttpdFor(dir), [], "lighttpd still running after SIGTERM");
        } finally {
            if (demo.child.exitCode === null) demo.child.kill("SIGKILL");
            for (const pid of lighttpdFor(dir)) process.kill(pid, "SIGTERM");
        }
    });

    it("rejects bad arguments with usage and exit code 2", async () => {
        const demo = startDemo(["--port", "x"], 60_000);
        assert.equal(await demo.exited, 2);
        assert.match(demo.stderr, /--port must be an integer from 1 to 65534; got 'x'/);
        assert.match(demo.stderr, /usage: npm run demo -- \[--port P\] \[--dir D\]/);
    });
});
