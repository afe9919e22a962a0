import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { evaluate, only, ROOT } from "./harness";
import { activateCommand, rollbackCommand, HOST_RELEASE_TOOL, ReleasePush } from "../components/Release";
import { pullCommand } from "../components/WebScaleSet";
import { ROLES } from "../components/rbac";
import { SSH_NAT_BASE_PORT } from "../components/WebNetwork";
import { installMocks, isSecretEnvelope, reveal } from "../scripts/mocks";

const T = {
    copy: "command:remote:CopyToRemote",
    cmd: "command:remote:Command",
    publish: "command:local:Command",
    vmss: "azure-native:compute:VirtualMachineScaleSet",
    ra: "azure-native:authorization:RoleAssignment",
    st: "azure-native:storage:StorageAccount",
    container: "azure-native:storage:BlobContainer",
    id: "azure-native:managedidentity:UserAssignedIdentity",
    pip: "azure-native:network:PublicIPAddress",
    lb: "azure-native:network:LoadBalancer",
    key: "tls:index/privateKey:PrivateKey",
};
const SHA = /^[0-9a-f]{64}$/;

function tmpSite(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "site-"));
    for (const [name, body] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), body);
    }
    return dir;
}

describe("release delivery, Pulumi side (mock engine)", () => {
    it("copies and activates on every host, keyed by the release id, host after host", async () => {
        const { engine, platform } = await evaluate("dev", { webInstanceCount: 3 });
        const sha = await new Promise<string>((r) => platform.releaseId.apply((s) => { r(s); return s; }));
        assert.match(sha, SHA);
        const copies = engine.ofType(T.copy), cmds = engine.ofType(T.cmd);
        assert.deepEqual(copies.map((c) => c.name), ["lighttpd-push-1-copy", "lighttpd-push-2-copy", "lighttpd-push-3-copy"]);
        assert.deepEqual(cmds.map((c) => c.name), ["lighttpd-push-1-activate", "lighttpd-push-2-activate", "lighttpd-push-3-activate"]);
        // keyed by the release id and the VM's unique id (properties.vmId, new on every creation; the ARM
        // id of a VM replaced under its name does not change): a replaced VM gets the release again
        const vms = engine.ofType("azure-native:compute:VirtualMachine");
        assert.equal(vms.length, 3);
        for (const [i, r] of [...copies, ...cmds].entries()) assert.deepEqual(r.inputs.triggers, [sha, vms[i % 3].outputs.vmId], r.name);
        assert.equal(new Set(vms.map((v) => v.outputs.vmId)).size, 3);
        for (const v of vms) assert.match(String(v.outputs.vmId), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        for (const [i, c] of cmds.entries()) {
            assert.equal(c.inputs.create, activateCommand(sha, `/home/lighttpd-deploy/release-${sha}.tar`));
            const conn = reveal(c.inputs.connection) as Record<string, unknown>;
            assert.ok(isSecretEnvelope(c.inputs.connection), "the connection carries the private key, so it is secret");
            assert.equal(conn.user, "lighttpd-deploy");
            assert.equal(conn.port, SSH_NAT_BASE_PORT + i + 1);
            assert.equal(conn.host, only(engine, T.pip).outputs.ipAddress);
            assert.match(String(conn.privateKey), /OPENSSH PRIVATE KEY/);
        }
        assert.equal(copies[0].inputs.remotePath, `/home/lighttpd-deploy/release-${sha}.tar`);
    });

    it("pins the stack's host key on every copy and activation: no host key but that one is accepted", async () => {
        for (const overrides of [{ webInstanceCount: 3 }, { webInstanceCount: 2, deployOverPrivateNetwork: true }, { releasePin: "cd".repeat(32) }]) {
            const { engine } = await evaluate("dev", overrides);
            const hostKey = engine.get(T.key, "lighttpd-identity-host-key");
            const pinned = String(hostKey.outputs.publicKeyOpenssh).trim();
            assert.match(pinned, /^ssh-ed25519 AAAA[A-Za-z0-9+/]+=*$/);
            const pushes = [...engine.ofType(T.copy), ...engine.ofType(T.cmd)];
            assert.equal(pushes.length, overrides.releasePin ? 1 : 2 * (overrides.webInstanceCount ?? 1), JSON.stringify(overrides));
            for (const r of pushes) {
                assert.ok(isSecretEnvelope(r.inputs.connection), `${r.name}: the connection is secret`);
                const conn = reveal(r.inputs.connection) as Record<string, unknown>;
                assert.equal(conn.hostKey, pinned, `${r.name} (${JSON.stringify(overrides)}) pins the host key`);
            }
        }
    });

    it("refuses to build a push without a host key", async () => {
        await installMocks({ project: "lighttpd-azure", stack: "dev" });
        assert.throws(
            () => new ReleasePush("p", { sha256: "ab".repeat(32), hosts: [], user: "deploy", privateKey: "k", hostKey: undefined as unknown as string }),
            /^Error: ReleasePush 'p': hostKey is required: without it the provider accepts any host key$/,
        );
    });

    it("orders the push: each host waits for the previous host's activation", async () => {
        const { engine } = await evaluate("dev", { webInstanceCount: 2 });
        const urn = (type: string, name: string) => engine.get(type, name).urn;
        const deps = (type: string, name: string) => engine.get(type, name).dependencies;
        assert.ok(deps(T.cmd, "lighttpd-push-1-activate").includes(urn(T.copy, "lighttpd-push-1-copy")));
        assert.ok(deps(T.copy, "lighttpd-push-1-copy").includes(urn("azure-native:compute:VirtualMachine", "lighttpd-web-vm-0")));
        assert.ok(deps(T.copy, "lighttpd-push-2-copy").includes(urn(T.cmd, "lighttpd-push-1-activate")), "host 2 waits for host 1");
        assert.ok(deps(T.cmd, "lighttpd-push-2-activate").includes(urn(T.cmd, "lighttpd-push-1-activate")));
        assert.ok(!deps(T.copy, "lighttpd-push-1-copy").some((d) => d.includes("push-2")), "host 1 does not wait for host 2");
    });

    it("opens one SSH NAT port per host, or none when deploying over the private network", async () => {
        const nat = only((await evaluate("dev", { webInstanceCount: 2 })).engine, T.lb).inputs.inboundNatRules as any[];
        assert.deepEqual(nat.map((r) => [r.name, r.frontendPort, r.backendPort, r.protocol]), [["ssh-1", 50001, 22, "Tcp"], ["ssh-2", 50002, 22, "Tcp"]]);
        const priv = await evaluate("dev", { webInstanceCount: 2, deployOverPrivateNetwork: true });
        assert.deepEqual(only(priv.engine, T.lb).inputs.inboundNatRules, []);
        const conn = reveal(priv.engine.ofType(T.cmd)[1].inputs.connection) as Record<string, unknown>;
        assert.equal(conn.port, 22);
        const nic = priv.engine.ofType("azure-native:network:NetworkInterface")[1];
        assert.equal(conn.host, (nic.outputs.ipConfigurations as any[])[0].privateIPAddress);
    });

    it("rolls back by pin: no copy, the release tool switches to the pinned release", async () => {
        const pin = "ab".repeat(32);
        const { engine } = await evaluate("dev", { releasePin: pin });
        assert.equal(engine.ofType(T.copy).length, 0);
        const cmd = only(engine, T.cmd);
        assert.deepEqual(cmd.inputs.triggers, [pin, only(engine, "azure-native:compute:VirtualMachine").outputs.vmId]);
        assert.equal(cmd.inputs.create, rollbackCommand(pin));
        assert.match(rollbackCommand(pin), new RegExp(`sudo ${HOST_RELEASE_TOOL} --verbose --health-url http://127.0.0.1/healthz rollback ${pin}$`));
    });

    it("publishes to private RBAC-only storage in vmss mode and carries the release in the scale set model", async () => {
        const { engine, platform } = await evaluate("prod");
        const sha = await new Promise<string>((r) => platform.releaseId.apply((s) => { r(s); return s; }));
        const st = only(engine, T.st).inputs;
        assert.equal(st.allowSharedKeyAccess, false);
        assert.equal(st.allowBlobPublicAccess, false);
        assert.equal(st.minimumTlsVersion, "TLS1_2");
        assert.equal(st.enableHttpsTrafficOnly, true);
        assert.deepEqual(st.sku, { name: "Standard_ZRS" });
        const container = only(engine, T.container);
        assert.equal(container.inputs.publicAccess, "None");
        const publish = only(engine, T.publish);
        assert.deepEqual(publish.inputs.triggers, [sha]);
        assert.equal((publish.inputs.environment as any).BLOB, `${sha}.tar`);
        assert.match(String(publish.inputs.create), /az storage blob upload --auth-mode login/);
        assert.doesNotMatch(String(publish.inputs.create), /account-key|sas-token|connection-string/);
        const blobUrl = `https://${st.accountName}.blob.core.windows.net/releases/${sha}.tar`;
        const ext = (only(engine, T.vmss).inputs.virtualMachineProfile as any).extensionProfile.extensions.find((e: any) => e.name === "lighttpd-release");
        const web = engine.get(T.id, "lighttpd-identity-web");
        assert.equal(ext.forceUpdateTag, sha);
        assert.equal(ext.settings.commandToExecute, pullCommand(blobUrl, sha, String(web.outputs.clientId)));
        // Exactly two role assignments on the container: web reads, deployer writes.
        const ras = engine.ofType(T.ra).filter((r) => r.inputs.scope === container.outputs.id);
        const deployer = engine.get(T.id, "lighttpd-identity-deployer");
        assert.deepEqual(ras.map((r) => [String(r.inputs.roleDefinitionId).split("/").pop(), r.inputs.principalId, r.inputs.principalType]).sort(), [
            [ROLES.storageBlobDataReader, web.outputs.principalId, "ServicePrincipal"],
            [ROLES.storageBlobDataContributor, deployer.outputs.principalId, "ServicePrincipal"],
        ].sort());
        assert.equal(engine.ofType(T.copy).length + engine.ofType(T.cmd).length, 0, "no SSH push in pull mode");
    });

    it("validates the commands it builds", () => {
        assert.throws(() => activateCommand("nope", "/x"), /malformed sha256/);
        assert.throws(() => pullCommand("http://evil/x", "a".repeat(64), "00000000-0000-0000-0000-000000000000"), /blobUrl is malformed/);
    });
});

describe("release id through the offline plan (npm run plan -- --site DIR)", function () {
    this.timeout(240_000);
    const planId = (site: string): string => {
        const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/plan.ts"), "--stack", "dev", "--site", site, "--format", "json"], { cwd: ROOT, encoding: "utf8" });
        assert.equal(r.status, 0, r.stderr);
        const doc = JSON.parse(r.stdout);
        const cmd = doc.resources.find((x: { type: string }) => x.type === T.cmd);
        assert.equal(cmd.inputs.triggers.length, 2);
        assert.equal(cmd.inputs.triggers[0], doc.outputs.releaseId);
        assert.equal(cmd.inputs.triggers[1], doc.resources.find((x: { type: string }) => x.type === "azure-native:compute:VirtualMachine").outputs.vmId);
        assert.match(cmd.inputs.triggers[1], /^[0-9a-f-]{36}$/);
        return doc.outputs.releaseId;
    };

    it("is the same whatever the mtimes, modes and creation order, and changes with one byte", () => {
        const a = tmpSite({ "index.html": "<h1>hi</h1>\n", "assets/app.js": "console.log(1)\n", "b/c.txt": "c" });
        const b = tmpSite({ "b/c.txt": "c", "assets/app.js": "console.log(1)\n", "index.html": "<h1>hi</h1>\n" });
        fs.utimesSync(path.join(b, "index.html"), new Date(2001, 1, 1), new Date(2001, 1, 1));
        fs.chmodSync(path.join(b, "assets/app.js"), 0o600);
        const idA = planId(a);
        assert.match(idA, SHA);
        assert.equal(planId(b), idA);
        fs.appendFileSync(path.join(b, "b/c.txt"), "!");
        assert.notEqual(planId(b), idA);
    });
});
