/**
 * Contract 3 (the local lab) and release swaps under load, on a real lighttpd through the real
 * release tool: while clients hammer the site, releases are activated back and forth; no request may
 * fail or answer non-2xx, and every body must be a complete page of one release or the other.
 */
import { strict as assert } from "assert";
import { spawn, spawnSync, ChildProcess } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { packSite } from "../components/archive";
import { ROOT } from "./harness";
import { freePort, freePortPair } from "./support/net";

const TOOL = path.join(ROOT, "host", "lighttpd-release");

function requireBinary(bin: string, pkg: string): void {
    if (spawnSync("sh", ["-c", `command -v ${bin}`]).status !== 0) {
        throw new Error(`'${bin}' is not installed: apt-get install -y ${pkg} (see .ci/run)`);
    }
}

interface Lab { child: ChildProcess; stdout: string; stderr: string; exited: Promise<number | null> }

/** Starts `npm run lab`'s script and resolves once it printed its URL line. */
async function startLab(port: number, dir: string, stack: string): Promise<Lab> {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/lab.ts"), "--port", String(port), "--dir", dir, "--stack", stack], {
        cwd: ROOT, stdio: ["ignore", "pipe", "pipe"],
    });
    const lab: Lab = { child, stdout: "", stderr: "", exited: new Promise((r) => child.on("exit", (code) => r(code))) };
    child.stdout!.on("data", (d) => { lab.stdout += d; });
    child.stderr!.on("data", (d) => { lab.stderr += d; });
    const deadline = Date.now() + 60_000;
    while (!lab.stdout.includes(`http://127.0.0.1:${port}`)) {
        if (child.exitCode !== null) throw new Error(`lab exited with ${child.exitCode}:\n${lab.stderr}`);
        if (Date.now() > deadline) throw new Error(`lab did not become ready:\n${lab.stderr}`);
        await new Promise((r) => setTimeout(r, 100));
    }
    return lab;
}

function get(port: number, urlPath: string, agent?: http.Agent): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
    return new Promise((resolve, reject) => {
        const req = http.get({ host: "127.0.0.1", port, path: urlPath, agent }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
            res.on("error", reject);
        });
        req.on("error", reject);
        req.setTimeout(10_000, () => req.destroy(new Error("timeout")));
    });
}

function copySite(to: string, marker: string): void {
    fs.cpSync(path.join(ROOT, "site"), to, { recursive: true });
    const index = path.join(to, "index.html");
    fs.writeFileSync(index, fs.readFileSync(index, "utf8").replace("</body>", `<!-- release ${marker} -->\n</body>`));
}

function activate(root: string, port: number, archive: string, sha: string): void {
    const r = spawnSync(TOOL, ["--root", root, "--health-url", `http://127.0.0.1:${port}/healthz`, "--health-timeout", "10", "activate", archive, sha], { encoding: "utf8" });
    assert.equal(r.status, 0, `activate ${sha}: ${r.stderr}`);
}

describe("local lab (contract 3) and swaps under load", function () {
    this.timeout(240_000);
    let lab: Lab | undefined;
    let dir: string, port: number;

    before(async () => {
        requireBinary("lighttpd", "lighttpd");
        requireBinary("curl", "curl");
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "lab-"));
        port = await freePort();
        lab = await startLab(port, dir, "dev");
    });

    after(async () => {
        if (lab && lab.child.exitCode === null) {
            lab.child.kill("SIGTERM");
            await lab.exited;
        }
    });

    it("serves site/ from D/current and answers /healthz with the active release's sha256", async () => {
        const status = JSON.parse(spawnSync(TOOL, ["--root", dir, "status"], { encoding: "utf8" }).stdout);
        assert.match(status.current, /^[0-9a-f]{64}$/);
        assert.equal(fs.realpathSync(path.join(dir, "current")), fs.realpathSync(path.join(dir, "releases", status.current)));
        assert.match(lab!.stdout, new RegExp(`release ${status.current} is live at http://127\\.0\\.0\\.1:${port}/`));
        const health = await get(port, "/healthz");
        assert.equal(health.status, 200);
        assert.equal(health.body.trim(), status.current);
        const index = await get(port, "/");
        assert.equal(index.status, 200);
        assert.equal(index.body, fs.readFileSync(path.join(ROOT, "site", "index.html"), "utf8"));
    });

    it("keeps serving complete pages, all 2xx, while releases are swapped repeatedly", async () => {
        const work = fs.mkdtempSync(path.join(os.tmpdir(), "swap-"));
        const releases = [];
        for (const m of ["A", "B"]) {
            copySite(path.join(work, m), m);
            const archive = path.join(work, `${m}.tar`);
            const packed = await packSite(path.join(work, m), { out: archive, commit: null });
            releases.push({ marker: m, archive, sha: packed.sha256, index: fs.readFileSync(path.join(work, m, "index.html"), "utf8") });
        }
        const bodies = new Set(releases.map((r) => r.index));
        const shas = new Set(releases.map((r) => r.sha));
        const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
        const counts = { ok: 0, bad: 0, errors: 0, torn: 0 };
        const problems: string[] = [];
        let stop = false;
        const client = async () => {
            for (let n = 0; !stop && n < 20_000; n++) {
                try {
                    const [page, health] = await Promise.all([get(port, "/", agent), get(port, "/healthz", agent)]);
                    for (const r of [page, health]) {
                        if (r.status >= 200 && r.status < 300) counts.ok++;
                        else { counts.bad++; problems.push(`status ${r.status}`); }
                    }
                    const seen = [...bodies].some((b) => b === page.body);
                    if (!seen && counts.ok > 4) { counts.torn++; problems.push(`unexpected body of ${page.body.length} bytes`); }
                    if (!shas.has(health.body.trim()) && counts.ok > 4) problems.push(`healthz ${health.body.trim()}`);
                } catch (e) {
                    counts.errors++;
                    problems.push(String(e));
                }
            }
        };
        const clients = Array.from({ length: 6 }, client);
        // Ten activations, alternating A and B, each health-checked by the tool itself.
        for (let i = 0; i < 10; i++) {
            const r = releases[i % 2];
            activate(dir, port, r.archive, r.sha);
            await new Promise((res) => setTimeout(res, 300));
        }
        stop = true;
        await Promise.all(clients);
        agent.destroy();
        assert.deepEqual({ bad: counts.bad, errors: counts.errors, torn: counts.torn }, { bad: 0, errors: 0, torn: 0 }, problems.slice(0, 5).join("\n"));
        assert.ok(counts.ok > 200, `load actually ran (${counts.ok} responses)`);
        const last = (await get(port, "/healthz")).body.trim();
        assert.equal(last, releases[1].sha);
    });

    it("stops lighttpd on SIGTERM and exits 0", async () => {
        lab!.child.kill("SIGTERM");
        assert.equal(await lab!.exited, 0);
        await assert.rejects(get(port, "/healthz"), /ECONNREFUSED/);
    });

    it("rejects bad arguments with usage and exit code 2", () => {
        const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/lab.ts"), "--port", "x"], { cwd: ROOT, encoding: "utf8" });
        assert.equal(r.status, 2);
        assert.match(r.stderr, /--port must be an integer/);
        assert.match(r.stderr, /usage: npm run lab -- --port P --dir D/);
    });
});

describe("local lab with the prod stack (TLS on P+1)", function () {
    this.timeout(120_000);
    it("serves /healthz over HTTP and redirects pages to HTTPS", async () => {
        requireBinary("openssl", "openssl");
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lab-prod-"));
        const port = await freePortPair();
        const lab = await startLab(port, dir, "prod");
        try {
            const health = await get(port, "/healthz");
            assert.equal(health.status, 200);
            assert.match(health.body.trim(), /^[0-9a-f]{64}$/);
            const page = await get(port, "/");
            assert.equal(page.status, 308);
            assert.equal(page.headers.location, `https://127.0.0.1:${port + 1}/`);
        } finally {
            lab.child.kill("SIGINT");
            assert.equal(await lab.exited, 0);
        }
    });
});
