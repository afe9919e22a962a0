import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "./harness";
import { mockEd25519Key } from "../scripts/mocks";

/** Runs the offline plan exactly as a user does (npm run plan -- ...). */
function plan(...args: string[]) {
    const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/plan.ts"), ...args], {
        cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpFile(name: string, content: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-test-"));
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
}

describe("offline plan (contract 1)", function () {
    this.timeout(180_000);

    for (const stack of ["dev", "prod"]) {
        it(`prints only JSON per the contract for ${stack}`, () => {
            const r = plan("--stack", stack, "--format", "json");
            assert.equal(r.code, 0, r.stderr);
            const doc = JSON.parse(r.stdout);
            assert.deepEqual(Object.keys(doc), ["stack", "project", "resources", "outputs"]);
            assert.equal(doc.stack, stack);
            assert.equal(doc.project, "lighttpd-azure");
            const urns = new Set(doc.resources.map((x: { urn: string }) => x.urn));
            for (const res of doc.resources) {
                assert.deepEqual(Object.keys(res), ["urn", "type", "name", "parent", "inputs", "outputs"]);
                assert.match(res.urn, new RegExp(`^urn:pulumi:${stack}::lighttpd-azure::`));
                assert.ok(res.parent === null || urns.has(res.parent), `parent of ${res.urn} is a registered URN`);
                assert.match(res.type, /^[a-z-]+:[A-Za-z0-9/._-]*:[A-Za-z0-9]+$/);
            }
            const roots = doc.resources.filter((x: { parent: unknown }) => x.parent === null);
            assert.deepEqual(roots.map((x: { type: string }) => x.type), ["lighttpd-azure:index:Platform"]);
            const rg = doc.resources.find((x: { type: string }) => x.type === "azure-native:resources:ResourceGroup");
            assert.equal(rg.inputs.resourceGroupName, `rg-lhttpd-${stack}`);
            assert.match(rg.outputs.id, /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/rg-lhttpd-/);
            assert.equal(doc.outputs.resourceGroupName, `rg-lhttpd-${stack}`);
        });
    }

    it("masks every secret: no key material anywhere in the JSON plan", () => {
        const r = plan("--stack", "dev", "--format", "json");
        assert.equal(r.code, 0, r.stderr);
        assert.doesNotMatch(r.stdout, /PRIVATE KEY|MOCKPRIVATE/);
        const doc = JSON.parse(r.stdout);
        const secret = doc.resources.find((x: { type: string }) => x.type === "azure-native:keyvault:Secret");
        assert.equal(secret.inputs.properties.value, "[secret]");
        assert.equal(secret.inputs.properties.contentType, "application/x-openssh-private-key", "only the secret itself is masked");
        const keys = doc.resources.filter((x: { type: string }) => x.type === "tls:index/privateKey:PrivateKey");
        assert.deepEqual(keys.map((k: { name: string }) => k.name).sort(), ["lighttpd-identity-deploy-key", "lighttpd-identity-host-key"]);
        for (const key of keys) {
            assert.equal(key.outputs.privateKeyOpenssh, "[secret]");
            assert.equal(key.outputs.privateKeyPem, "[secret]");
            assert.match(key.outputs.publicKeyOpenssh, /^ssh-ed25519 /);
        }
    });

    it("shows the hosts' custom data, which carries their host key, only as a secret", () => {
        const r = plan("--stack", "dev", "--config-file", tmpFile("Pulumi.two.yaml", fs.readFileSync(path.join(ROOT, "Pulumi.dev.yaml"), "utf8")
            .replace("lighttpd-azure:webInstanceCount: 1", "lighttpd-azure:webInstanceCount: 2")), "--format", "json");
        assert.equal(r.code, 0, r.stderr);
        const doc = JSON.parse(r.stdout);
        const hostKey = mockEd25519Key("tls:index/privateKey:PrivateKey::lighttpd-identity-host-key");
        const body = hostKey.privateKeyOpenssh.split("\n").slice(1, -2);
        assert.ok(body.length >= 3);
        for (const line of body) assert.ok(!r.stdout.includes(line), "a line of the host private key is in the plan");
        const vms = doc.resources.filter((x: { type: string }) => x.type === "azure-native:compute:VirtualMachine");
        assert.equal(vms.length, 2);
        for (const vm of vms) {
            for (const os of [vm.inputs.osProfile, vm.outputs.osProfile]) {
                assert.equal(os.customData, "[secret]");
                assert.equal(os.linuxConfiguration.disablePasswordAuthentication, true, "the rest of osProfile stays reviewable");
            }
        }
        const key = doc.resources.find((x: { name: string }) => x.name === "lighttpd-identity-host-key");
        assert.equal(key.outputs.publicKeyOpenssh, hostKey.publicKeyOpenssh, "the mock engine's key is the one checked above");
        assert.equal(doc.outputs.sshHostPublicKey, hostKey.publicKeyOpenssh.trim());
        const pushes = doc.resources.filter((x: { type: string }) => x.type.startsWith("command:remote:"));
        assert.equal(pushes.length, 4);
        for (const p of pushes) assert.equal(p.inputs.connection, "[secret]");
    });

    it("reads an encrypted webhook URL as a secret and never prints it", () => {
        const prod = fs.readFileSync(path.join(ROOT, "Pulumi.prod.yaml"), "utf8")
            .replace("  # lighttpd-azure:alertWebhookUrl:\n  #   secure: v1:...", "  lighttpd-azure:alertWebhookUrl:\n    secure: v1:c2VjcmV0LXdlYmhvb2s=");
        assert.ok(prod.includes("secure: v1:c2VjcmV0LXdlYmhvb2s="), "fixture edited");
        const r = plan("--stack", "prod", "--config-file", tmpFile("Pulumi.hook.yaml", prod), "--format", "json");
        assert.equal(r.code, 0, r.stderr);
        assert.doesNotMatch(r.stdout, /hooks\.example\.invalid|c2VjcmV0LXdlYmhvb2s/);
        const doc = JSON.parse(r.stdout);
        const ag = doc.resources.find((x: { type: string }) => x.type === "azure-native:monitor:ActionGroup");
        assert.deepEqual(ag.inputs.webhookReceivers.map((w: { serviceUri: string }) => w.serviceUri), ["[secret]"]);
        assert.deepEqual(ag.inputs.emailReceivers.map((e: { emailAddress: string }) => e.emailAddress), ["platform-team@example.com", "web-oncall@example.com"]);
    });

    it("prints a resource tree and a count by type as text", () => {
        const r = plan("--stack", "dev");
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /^lighttpd-azure:index:Platform  lighttpd$/m);
        assert.match(r.stdout, /^ {2}azure-native:resources:ResourceGroup  lighttpd-rg$/m);
        assert.match(r.stdout, /^ {2}lighttpd-azure:web:WebTier  lighttpd-web$/m);
        assert.match(r.stdout, /^ {6}azure-native:network:NetworkSecurityGroup  lighttpd-web-net-nsg$/m);
        assert.match(r.stdout, /^Resources by type:$/m);
        assert.match(r.stdout, /^ {2}azure-native:network:LoadBalancer +1$/m);
    });

    it("prints a Markdown summary for pull requests", () => {
        const r = plan("--stack", "prod", "--format", "md");
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /^### Offline plan: `lighttpd-azure` \/ `prod`$/m);
        assert.match(r.stdout, /^\| `azure-native:network:LoadBalancer` \| 1 \|$/m);
        assert.match(r.stdout, /<details><summary>Resource tree<\/summary>/);
    });

    it("exits non-zero with nothing on stdout, naming a misspelled key", () => {
        const prod = fs.readFileSync(path.join(ROOT, "Pulumi.prod.yaml"), "utf8");
        const file = tmpFile("Pulumi.typo.yaml", prod.replace("lighttpd-azure:webVmSize:", "lighttpd-azure:webVmSise:"));
        const r = plan("--stack", "prod", "--config-file", file, "--format", "json");
        assert.notEqual(r.code, 0);
        assert.equal(r.stdout, "");
        assert.match(r.stderr, /'lighttpd-azure:webVmSise' is not a known key; did you mean 'lighttpd-azure:webVmSize'\?/);
    });

    it("exits non-zero with nothing on stdout for a wrong-shaped value, listing every problem", () => {
        const dev = fs.readFileSync(path.join(ROOT, "Pulumi.dev.yaml"), "utf8")
            .replace("lighttpd-azure:webInstanceCount: 1", "lighttpd-azure:webInstanceCount: [1]")
            .replace("lighttpd-azure:webZones: []", "lighttpd-azure:webZones: {a: 1}");
        const r = plan("--stack", "dev", "--config-file", tmpFile("Pulumi.bad.yaml", dev), "--format", "json");
        assert.notEqual(r.code, 0);
        assert.equal(r.stdout, "");
        assert.match(r.stderr, /'lighttpd-azure:webInstanceCount' must be an integer from 1 to 100; got '\[1\]'/);
        assert.match(r.stderr, /'lighttpd-azure:webZones' must be a list of distinct zones from '1', '2', '3'; got '\{"a":1\}'/);
    });

    it("refuses SSH from the Internet before registering anything", () => {
        const dev = fs.readFileSync(path.join(ROOT, "Pulumi.dev.yaml"), "utf8").replace("- 198.51.100.0/28", "- 0.0.0.0/0");
        const r = plan("--stack", "dev", "--config-file", tmpFile("Pulumi.open.yaml", dev), "--format", "json");
        assert.notEqual(r.code, 0);
        assert.equal(r.stdout, "");
        assert.match(r.stderr, /'lighttpd-azure:deployerSourceRanges' item 0 must not open SSH to the Internet; got '0\.0\.0\.0\/0'/);
    });

    it("treats an encrypted value as a secret it cannot read", () => {
        const dev = fs.readFileSync(path.join(ROOT, "Pulumi.dev.yaml"), "utf8")
            .replace("lighttpd-azure:webVmSize: Standard_B1s", "lighttpd-azure:webVmSize:\n    secure: v1:abcdef");
        const r = plan("--stack", "dev", "--config-file", tmpFile("Pulumi.sec.yaml", dev), "--format", "json");
        assert.notEqual(r.code, 0);
        assert.equal(r.stdout, "");
        assert.match(r.stderr, /'lighttpd-azure:webVmSize' is stored as a secret but is not a secret setting/);
    });

    it("rejects bad arguments with usage and exit code 2", () => {
        for (const args of [[], ["--stack"], ["--stack", "dev", "--format", "yaml"], ["--stack", "dev", "--bogus"]]) {
            const r = plan(...args);
            assert.equal(r.code, 2, `args ${args.join(" ")}`);
            assert.equal(r.stdout, "");
            assert.match(r.stderr, /usage: npm run plan -- --stack NAME/);
        }
    });

    it("fails clearly for a stack without a config file", () => {
        const r = plan("--stack", "nosuchstack");
        assert.equal(r.code, 1);
        assert.equal(r.stdout, "");
        assert.match(r.stderr, /cannot read stack config file '.*Pulumi\.nosuchstack\.yaml': ENOENT/);
    });
});
