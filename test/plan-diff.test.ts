import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { diffPlans, diffValues, formatChange, lineDiff, renderDiffMarkdown, renderDiffText } from "../scripts/planDiff";
import { PlanDocument, PlanResource, renderMermaid } from "../scripts/planFormat";
import { ROOT } from "./harness";

const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

const res = (name: string, inputs: Record<string, unknown>, type = "azure-native:storage:StorageAccount", parent: string | null = null): PlanResource => ({
    urn: `urn:pulumi:dev::p::${type}::${name}`, type, name, parent, inputs, outputs: {},
});
const doc = (...resources: PlanResource[]): PlanDocument => ({ stack: "dev", project: "p", resources, outputs: {} });

/** The Mermaid block of a Markdown plan, checked for the structure a renderer needs. */
function mermaidBlock(md: string): string {
    const m = /^```mermaid\n([\s\S]*?)\n```$/m.exec(md);
    assert.ok(m, "a ```mermaid block");
    return m[1];
}

function assertValidFlowchart(src: string): { nodes: string[]; groups: string[] } {
    const lines = src.split("\n");
    assert.equal(lines[0], "flowchart LR");
    const nodes: string[] = [], groups: string[] = [];
    let depth = 0;
    for (const l of lines.slice(1)) {
        const t = l.trim();
        let m: RegExpExecArray | null;
        if ((m = /^subgraph (g\d+)\["([^"]*)"\]$/.exec(t))) { groups.push(m[1]); depth++; }
        else if (t === "end") { depth--; assert.ok(depth >= 0, "end closes a subgraph"); }
        else if ((m = /^(n\d+)\["([^"]*)"\]$/.exec(t))) nodes.push(m[1]);
        else if ((m = /^(n\d+) --> (n\d+)$/.exec(t))) {
            assert.ok(nodes.includes(m[1]) && nodes.includes(m[2]), `edge ${t} joins declared nodes`);
            assert.notEqual(m[1], m[2]);
        } else assert.fail(`unexpected Mermaid line '${l}'`);
    }
    assert.equal(depth, 0, "every subgraph is closed");
    assert.equal(new Set(nodes).size, nodes.length, "node ids are unique");
    assert.equal(new Set(groups).size, groups.length, "subgraph ids are unique");
    return { nodes, groups };
}

describe("plan diff (npm run plan -- --diff REF)", function () {
    this.timeout(180_000);

    describe("diffPlans (pure)", () => {
        it("lists added, removed and changed resources by URN, and leaves unchanged ones out", () => {
            const a = res("a", { sku: { name: "Standard_LRS" } });
            const b = res("b", { x: 1 });
            const c = res("c", { y: 1 });
            const d = diffPlans(doc(a, b), doc({ ...a, inputs: { sku: { name: "Standard_ZRS" } } }, c));
            assert.deepEqual(d.added, [{ urn: c.urn, type: c.type, name: "c" }]);
            assert.deepEqual(d.removed, [{ urn: b.urn, type: b.type, name: "b" }]);
            assert.deepEqual(d.changed, [{ urn: a.urn, type: a.type, name: "a", changes: [{ path: "sku.name", before: "Standard_LRS", after: "Standard_ZRS" }] }]);
            assert.deepEqual(diffPlans(doc(a, b), doc(a, b)), { added: [], removed: [], changed: [], outputs: [] });
        });

        it("names the changed input path: nested keys, odd keys, list indexes, absent sides", () => {
            assert.deepEqual(diffValues({ tags: { "cost.center": "a" }, zones: ["1", "2"] }, { tags: { "cost.center": "b" }, zones: ["1"], extra: true }), [
                { path: 'tags["cost.center"]', before: "a", after: "b" },
                { path: "zones[1]", before: "2" },
                { path: "extra", after: true },
            ]);
        });

        it("matches list elements by name (NSG rules), so inserting a rule is not a change of every later rule", () => {
            const rule = (name: string, priority: number, source = "Internet") => ({ name, priority, sourceAddressPrefix: source });
            const before = { securityRules: [rule("http", 100), rule("deny", 4096, "*")] };
            const after = { securityRules: [rule("http", 100), rule("ssh", 130, "198.51.100.0/28"), rule("deny", 4096, "*")] };
            assert.deepEqual(diffValues(before, after), [{ path: "securityRules[name=ssh]", after: rule("ssh", 130, "198.51.100.0/28") }]);
        });

        it("keeps secrets masked: an unchanged secret is no change, a value that becomes secret shows only '[secret]'", () => {
            const before = doc(res("kv", { value: "[secret]", connection: { host: "10.0.0.4", privateKey: "[secret]" } }, "command:remote:Command"));
            const after = doc(res("kv", { value: "[secret]", connection: { host: "[secret]", privateKey: "[secret]" } }, "command:remote:Command"));
            const d = diffPlans(before, after);
            assert.deepEqual(d.changed[0].changes, [{ path: "connection.host", before: "10.0.0.4", after: "[secret]" }]);
            const md = renderDiffMarkdown(d, "main");
            assert.match(md, /\| `kv` \| `connection.host` \| `"10\.0\.0\.4"` \| `"\[secret\]"` \|/);
            assert.doesNotMatch(renderDiffText(d, "main", "dev"), /privateKey/);
        });

        it("diffs the stack outputs too", () => {
            const d = diffPlans({ ...doc(), outputs: { releaseId: "aa", url: "u" } }, { ...doc(), outputs: { releaseId: "bb", url: "u" } });
            assert.deepEqual(d.outputs, [{ path: "releaseId", before: "aa", after: "bb" }]);
        });

        it("shows long changed strings by their differing words, and base64 cloud-init by its changed lines", () => {
            const cmd = (h: string) => `sudo /usr/local/sbin/lighttpd-release --health-url http://127.0.0.1/healthz activate /home/d/release-${h}.tar ${h}; rc=$?; rm -f /home/d/release-${h}.tar; exit $rc`;
            const [a, b] = formatChange({ path: "create", before: cmd("a".repeat(64)), after: cmd("b".repeat(64)) });
            assert.match(a, /release-a{64}\.tar a{64};/);
            assert.match(b, /release-b{64}\.tar b{64};/);
            assert.ok(a.includes("…") && !a.includes("healthz"), "unchanged words are elided");
            const cc = (min: string) => Buffer.from(`#cloud-config\nwrite_files:\n  - content: |\n      ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "${min}")\n`).toString("base64");
            const d = diffPlans(doc(res("vm", { customData: cc("TLSv1.2") })), doc(res("vm", { customData: cc("TLSv1.3") })));
            const text = renderDiffText(d, "HEAD", "dev");
            assert.match(text, /^ {6}- {7}ssl\.openssl\.ssl-conf-cmd = \("MinProtocol" => "TLSv1\.2"\)$/m);
            assert.match(text, /^ {6}\+ {7}ssl\.openssl\.ssl-conf-cmd = \("MinProtocol" => "TLSv1\.3"\)$/m);
            assert.match(renderDiffMarkdown(d, "HEAD"), /```diff\n- {7}ssl\.openssl/);
            assert.deepEqual(lineDiff("a\nb\nc", "a\nc\nd"), [{ sign: "-", line: "b" }, { sign: "+", line: "d" }]);
        });
    });

    describe("Markdown summary", () => {
        it("draws planes, components and key resources as valid Mermaid with unique, sanitized ids", () => {
            const r = spawnSync(process.execPath, [TSX, path.join(ROOT, "scripts/plan.ts"), "--stack", "prod", "--format", "md"], { cwd: ROOT, encoding: "utf8" });
            assert.equal(r.status, 0, r.stderr);
            const src = mermaidBlock(r.stdout);
            const { groups } = assertValidFlowchart(src);
            assert.ok(groups.length >= 5, "one subgraph per plane and component");
            for (const plane of ["identity: Identity (lighttpd-identity)", "web: WebTier (lighttpd-web)", "release: Artifact (lighttpd-release)", "delivery: Delivery (lighttpd-delivery)"]) {
                assert.ok(src.includes(`["${plane}"]`), `plane ${plane}`);
            }
            assert.match(src, /^ {6}n\d+\["VirtualMachineScaleSet<br\/>vmss-lhttpd-prod-web"\]$/m);
            assert.match(src, /^ {4}n\d+\["Vault<br\/>kv-lhttpd-prod-[a-z0-9]{6}"\]$/m);
            assert.match(src, /\["\+\d+ more: [^"]*RoleAssignment ×\d[^"]*"\]/, "the rest is counted, not drawn");
            assert.doesNotMatch(src, /RoleAssignment<br\/>/);
            assert.match(r.stdout, /^\| `azure-native:network:LoadBalancer` \| 1 \|$/m, "still counts by type");
        });

        it("quotes labels whatever the names contain", () => {
            const root = { ...res("p", {}, "p:index:Platform"), urn: "urn:pulumi:dev::p::p:index:Platform::p" };
            const rg = res("rg", { name: 'we"ird <name>' }, "azure-native:resources:ResourceGroup", root.urn);
            const src = renderMermaid(doc(root, rg));
            assertValidFlowchart(src.trimEnd());
            assert.ok(src.includes('["ResourceGroup<br/>we#quot;ird #lt;name#gt;"]'));
        });
    });

    describe("end to end, in a scratch git repository", () => {
        let repo: string;
        const run = (...args: string[]) => spawnSync(process.execPath, [TSX, path.join(repo, "scripts/plan.ts"), ...args], { cwd: repo, encoding: "utf8", timeout: 120_000 });

        before(() => {
            // A commit of this working tree (the program as it is now), so the test does not depend on
            // what this checkout's history holds; node_modules is shared.
            repo = fs.mkdtempSync(path.join(os.tmpdir(), "plan-diff-repo-"));
            const listed = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" });
            assert.equal(listed.status, 0, listed.stderr);
            for (const f of listed.stdout.split("\n").filter((x) => x && !/^(sdks|test)\//.test(x))) {
                if (!fs.existsSync(path.join(ROOT, f))) continue;
                fs.mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
                fs.copyFileSync(path.join(ROOT, f), path.join(repo, f));
            }
            fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(repo, "node_modules"), "dir");
            const git = (...a: string[]) => {
                const r = spawnSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.invalid", ...a], { cwd: repo, encoding: "utf8" });
                assert.equal(r.status, 0, r.stderr);
            };
            git("init", "--quiet");
            git("add", "--all");
            git("commit", "--quiet", "--no-gpg-sign", "-m", "base");
        });
        after(() => {
            if (repo) fs.rmSync(repo, { recursive: true, force: true });
        });

        it("shows a changed site as changed release triggers, and a changed stack file as changed inputs", () => {
            const site = path.join(repo, "site-next");
            fs.cpSync(path.join(repo, "site"), site, { recursive: true });
            fs.appendFileSync(path.join(site, "index.html"), "\n<!-- next release -->\n");
            const stackFile = path.join(repo, "Pulumi.dev.yaml");
            fs.writeFileSync(stackFile, fs.readFileSync(stackFile, "utf8").replace("lighttpd-azure:webVmSize: Standard_B1s", "lighttpd-azure:webVmSize: Standard_B2s"));
            const r = run("--stack", "dev", "--site", site, "--diff", "HEAD", "--format", "json");
            assert.equal(r.status, 0, r.stderr);
            const d = JSON.parse(r.stdout);
            assert.deepEqual(Object.keys(d), ["stack", "project", "ref", "commit", "added", "removed", "changed", "outputs"]);
            assert.equal(d.ref, "HEAD");
            assert.match(d.commit, /^[0-9a-f]{40}$/);
            assert.deepEqual(d.added, []);
            assert.deepEqual(d.removed, []);
            const byName = new Map<string, { path: string; before?: unknown; after?: unknown }[]>(d.changed.map((c: { name: string; changes: [] }) => [c.name, c.changes]));
            const triggers = (name: string) => byName.get(name)?.find((c) => c.path === "triggers[0]");
            for (const name of ["lighttpd-push-1-copy", "lighttpd-push-1-activate"]) {
                const t = triggers(name);
                assert.ok(t, `${name}: triggers changed`);
                assert.match(String(t.before), /^[0-9a-f]{64}$/);
                assert.match(String(t.after), /^[0-9a-f]{64}$/);
                assert.notEqual(t.before, t.after);
            }
            assert.deepEqual(byName.get("lighttpd-web-vm-0")?.find((c) => c.path === "hardwareProfile.vmSize"), { path: "hardwareProfile.vmSize", before: "Standard_B1s", after: "Standard_B2s" });
            assert.ok(!JSON.stringify(d).includes("PRIVATE KEY"), "no secret in the diff");

            const md = run("--stack", "dev", "--site", site, "--diff", "HEAD", "--format", "md");
            assert.equal(md.status, 0, md.stderr);
            assert.match(md.stdout, /^#### Changes against `HEAD`$/m);
            assert.match(md.stdout, /^\| `lighttpd-push-1-activate` \| `triggers\[0\]` \| `"[0-9a-f]{64}"` \| `"[0-9a-f]{64}"` \|$/m);
            assertValidFlowchart(mermaidBlock(md.stdout));
            const worktrees = spawnSync("git", ["worktree", "list"], { cwd: repo, encoding: "utf8" }).stdout.trim().split("\n");
            assert.equal(worktrees.length, 1, `the temporary worktrees are removed: ${worktrees.join("\n")}`);
        });

        it("fails clearly for a ref that is not a commit", () => {
            const r = run("--stack", "dev", "--diff", "no-such-ref");
            assert.equal(r.status, 1);
            assert.equal(r.stdout, "");
            assert.match(r.stderr, /^plan: --diff: 'no-such-ref' is not a commit of /m);
        });
    });
});
