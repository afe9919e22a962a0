import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { parse } from "yaml";
import { decodeCustomData, evaluate, only, promiseOf, stackConfig } from "./harness";
import { HEALTH_EXTENSION } from "../components/WebScaleSet";
import { DEPLOY_USER, WebTier } from "../components/WebTier";
import { parseStackConfig } from "../components/config";
import { installMocks, isSecretEnvelope, mockEd25519Key, reveal } from "../scripts/mocks";

const T = {
    vm: "azure-native:compute:VirtualMachine",
    nic: "azure-native:network:NetworkInterface",
    vmss: "azure-native:compute:VirtualMachineScaleSet",
    autoscale: "azure-native:monitor:AutoscaleSetting",
    identity: "azure-native:managedidentity:UserAssignedIdentity",
    lb: "azure-native:network:LoadBalancer",
    subnet: "azure-native:network:Subnet",
    key: "tls:index/privateKey:PrivateKey",
};

const decode = decodeCustomData;

describe("web tier compute (mock engine)", () => {
    it("spreads vm-mode hosts across zones round-robin, each NIC in the backend pool", async () => {
        const { engine } = await evaluate("dev", { webInstanceCount: 3, webZones: ["1", "2"] });
        const vms = engine.ofType(T.vm);
        assert.deepEqual(vms.map((v) => [v.inputs.vmName, v.inputs.zones]), [
            ["vm-lhttpd-dev-web-1", ["1"]], ["vm-lhttpd-dev-web-2", ["2"]], ["vm-lhttpd-dev-web-3", ["1"]],
        ]);
        const pool = (only(engine, T.lb).outputs.backendAddressPools as { id: string }[])[0].id;
        const subnetId = only(engine, T.subnet).outputs.id;
        for (const nic of engine.ofType(T.nic)) {
            const ip = (nic.inputs.ipConfigurations as any[])[0];
            assert.deepEqual(ip.loadBalancerBackendAddressPools, [{ id: pool }]);
            assert.deepEqual(ip.subnet, { id: subnetId });
            assert.equal(nic.inputs.enableIPForwarding, false);
        }
        for (const [i, vm] of vms.entries()) {
            const nic = engine.ofType(T.nic)[i];
            assert.deepEqual((vm.inputs.networkProfile as any).networkInterfaces, [{ id: nic.outputs.id, primary: true, deleteOption: "Delete" }]);
        }
    });

    it("turns password login off and installs only the admin's SSH key, on VMs and the scale set", async () => {
        const dev = await evaluate("dev");
        const prod = await evaluate("prod");
        const vmOs = only(dev.engine, T.vm).inputs.osProfile as any;
        const ssOs = (only(prod.engine, T.vmss).inputs.virtualMachineProfile as any).osProfile;
        for (const [os, cfg] of [[vmOs, dev.config], [ssOs, prod.config]] as const) {
            assert.equal(os.adminPassword, undefined);
            assert.equal(os.adminUsername, "azureadmin");
            assert.deepEqual(os.linuxConfiguration, {
                disablePasswordAuthentication: true,
                provisionVMAgent: true,
                ssh: { publicKeys: [{ path: "/home/azureadmin/.ssh/authorized_keys", keyData: cfg.adminSshPublicKey }] },
            });
        }
    });

    it("attaches the web tier's user-assigned identity to the VMs and the scale set", async () => {
        for (const [stack, type] of [["dev", T.vm], ["prod", T.vmss]] as const) {
            const { engine } = await evaluate(stack);
            const id = engine.get(T.identity, "lighttpd-identity-web");
            assert.equal(id.inputs.resourceName, `id-lhttpd-${stack}-web`);
            for (const r of engine.ofType(type)) {
                assert.deepEqual(r.inputs.identity, { type: "UserAssigned", userAssignedIdentities: [id.outputs.id] });
            }
        }
    });

    it("uses Trusted Launch, managed boot diagnostics and the configured Ubuntu LTS image", async () => {
        const { engine } = await evaluate("dev");
        const vm = only(engine, T.vm).inputs as any;
        assert.deepEqual(vm.securityProfile, { securityType: "TrustedLaunch", uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } });
        assert.deepEqual(vm.diagnosticsProfile, { bootDiagnostics: { enabled: true } });
        assert.deepEqual(vm.storageProfile.imageReference, { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" });
        assert.equal(vm.hardwareProfile.vmSize, "Standard_B1s");
        assert.deepEqual(vm.tags, { owner: "platform-team", costCenter: "web-dev", project: "lighttpd-azure", stack: "dev", environment: "dev" });
    });

    it("configures the scale set for zones, rolling upgrades, health-gated batches and repairs", async () => {
        const { engine } = await evaluate("prod");
        const ss = only(engine, T.vmss).inputs as any;
        assert.deepEqual(ss.zones, ["1", "2", "3"]);
        assert.equal(ss.zoneBalance, true);
        assert.equal(ss.orchestrationMode, "Uniform");
        assert.equal(ss.overprovision, false);
        assert.deepEqual(ss.sku, { name: "Standard_D2as_v5", tier: "Standard", capacity: 3 });
        assert.deepEqual(ss.upgradePolicy, {
            mode: "Rolling",
            rollingUpgradePolicy: {
                maxBatchInstancePercent: 34,
                maxUnhealthyInstancePercent: 34,
                maxUnhealthyUpgradedInstancePercent: 20,
                pauseTimeBetweenBatches: "PT30S",
                prioritizeUnhealthyInstances: true,
                enableCrossZoneUpgrade: true,
                rollbackFailedInstancesOnPolicyBreach: true,
            },
            automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true, disableAutomaticRollback: false },
        });
        assert.deepEqual(ss.automaticRepairsPolicy, { enabled: true, gracePeriod: "PT10M", repairAction: "Replace" });
        assert.deepEqual(ss.virtualMachineProfile.extensionProfile.extensions.slice(0, 1), [{
            name: "health", publisher: "Microsoft.ManagedServices", type: "ApplicationHealthLinux", typeHandlerVersion: "2.0",
            autoUpgradeMinorVersion: true,
            settings: { protocol: "http", port: 80, requestPath: "/healthz", intervalInSeconds: 5, numberOfProbes: 2, gracePeriod: 600 },
        }]);
        assert.equal(HEALTH_EXTENSION.settings.requestPath, "/healthz");
    });

    it("autoscales the scale set on CPU between the configured bounds", async () => {
        const { engine } = await evaluate("prod");
        const ss = only(engine, T.vmss);
        const as = only(engine, T.autoscale).inputs as any;
        assert.equal(as.targetResourceUri, ss.outputs.id);
        assert.deepEqual(as.profiles[0].capacity, { minimum: "3", maximum: "9", default: "3" });
        assert.deepEqual(as.profiles[0].rules.map((r: any) => [r.metricTrigger.metricName, r.metricTrigger.operator, r.metricTrigger.threshold, r.scaleAction.direction, r.metricTrigger.metricResourceUri]), [
            ["Percentage CPU", "GreaterThan", 70, "Increase", ss.outputs.id],
            ["Percentage CPU", "LessThan", 25, "Decrease", ss.outputs.id],
        ]);
    });

    it("generates a deploy key only in vm mode and gives hosts only its public half", async () => {
        const dev = await evaluate("dev");
        const key = dev.engine.get(T.key, "lighttpd-identity-deploy-key");
        assert.equal(key.inputs.algorithm, "ED25519");
        const cloudConfig = decode(String(reveal((only(dev.engine, T.vm).inputs.osProfile as any).customData)));
        const { users, ssh_keys: hostKeys, ...rest } = parse(cloudConfig) as { users: any[]; ssh_keys: Record<string, string> };
        assert.deepEqual(users[1].ssh_authorized_keys, [String(key.outputs.publicKeyOpenssh).trim()], "deploy public key in cloud-config");
        // The only private key the hosts get is their own host key, never the deploy key.
        assert.equal(hostKeys.ed25519_private, reveal(dev.engine.get(T.key, "lighttpd-identity-host-key").outputs.privateKeyOpenssh));
        assert.notEqual(hostKeys.ed25519_private, reveal(key.outputs.privateKeyOpenssh));
        assert.doesNotMatch(JSON.stringify([users, rest]), /PRIVATE KEY/);
        assert.ok(cloudConfig.includes(DEPLOY_USER));
        const prod = await evaluate("prod");
        assert.equal(prod.engine.ofType(T.key).length, 0);
        const prodConfig = decode((only(prod.engine, T.vmss).inputs.virtualMachineProfile as any).osProfile.customData);
        assert.ok(!prodConfig.includes(DEPLOY_USER), "no deploy user in pull mode");
    });

    it("gives every vm-mode host exactly the stack's host key pair, the one the push pins, in secret custom data", async () => {
        const { engine } = await evaluate("dev", { webInstanceCount: 2 });
        const key = engine.get(T.key, "lighttpd-identity-host-key");
        const pinned = String(key.outputs.publicKeyOpenssh).trim();
        assert.ok(isSecretEnvelope(key.outputs.privateKeyOpenssh), "the tls key's private half is a secret");
        const vms = engine.ofType(T.vm);
        assert.equal(vms.length, 2);
        for (const vm of vms) {
            const os = vm.inputs.osProfile as Record<string, unknown>;
            assert.ok(isSecretEnvelope(os.customData), `${vm.name}: osProfile.customData is a secret`);
            assert.ok(!isSecretEnvelope(os) && os.adminUsername === "azureadmin", `${vm.name}: only the custom data is masked`);
            assert.ok(isSecretEnvelope((vm.outputs.osProfile as Record<string, unknown>).customData), `${vm.name}: and stays secret in the state`);
            const c = parse(decode(String(reveal(os.customData)))) as Record<string, unknown>;
            assert.deepEqual(c.ssh_keys, { ed25519_private: reveal(key.outputs.privateKeyOpenssh), ed25519_public: pinned }, vm.name);
            assert.equal(c.ssh_deletekeys, true);
            assert.deepEqual(c.ssh_genkeytypes, ["ed25519"]);
        }
        for (const push of [...engine.ofType("command:remote:CopyToRemote"), ...engine.ofType("command:remote:Command")]) {
            assert.equal((reveal(push.inputs.connection) as Record<string, unknown>).hostKey, pinned, `${push.name} pins the key the hosts get`);
        }
    });

    it("leaves scale-set instances the host key cloud-init generates: no key material, custom data readable", async () => {
        const { engine } = await evaluate("prod");
        const os = (only(engine, T.vmss).inputs.virtualMachineProfile as any).osProfile;
        assert.equal(typeof os.customData, "string", "not a secret: it carries no key");
        const c = parse(decode(os.customData)) as Record<string, unknown>;
        for (const k of ["ssh_keys", "ssh_deletekeys", "ssh_genkeytypes"]) assert.ok(!(k in c), `vmss cloud-config sets ${k}`);
        assert.doesNotMatch(decode(os.customData), /PRIVATE KEY/);
    });

    it("keeps the web tier's custom data secret even when handed the host key as a plain string", async () => {
        await installMocks({ project: "lighttpd-azure", stack: "dev" });
        const raw = stackConfig("dev");
        const config = parseStackConfig(raw);
        const k = mockEd25519Key("web-tier-test");
        const tier = (privateKey: pulumi.Input<string>) => new WebTier(`w${Math.random().toString(36).slice(2, 8)}`, {
            config, naming: { prefix: config.namePrefix, stack: "dev", environment: config.environment, project: "lighttpd-azure" },
            resourceGroupName: "rg", location: "westeurope", subscriptionId: "sub", dnsLabel: "web", identityId: "id", identityClientId: "00000000-0000-0000-0000-000000000000",
            deployPublicKey: mockEd25519Key("deploy").publicKeyOpenssh.trim(),
            sshHostKey: { privateKey, publicKey: k.publicKeyOpenssh },
            tags: {},
        });
        for (const privateKey of [k.privateKeyOpenssh, pulumi.secret(k.privateKeyOpenssh)]) {
            const web = tier(privateKey);
            assert.equal(await pulumi.isSecret(web.customData), true);
            const c = parse(decode(await promiseOf(web.customData))) as Record<string, any>;
            assert.deepEqual(c.ssh_keys, { ed25519_private: k.privateKeyOpenssh, ed25519_public: k.publicKeyOpenssh.trim() });
        }
        assert.throws(() => new WebTier("nokey", {
            config, naming: { prefix: config.namePrefix, stack: "dev", environment: config.environment, project: "lighttpd-azure" },
            resourceGroupName: "rg", location: "westeurope", subscriptionId: "sub", dnsLabel: "web", identityId: "id", identityClientId: "00000000-0000-0000-0000-000000000000",
            deployPublicKey: mockEd25519Key("deploy").publicKeyOpenssh.trim(), tags: {},
        }), /WebTier 'nokey': vm mode needs the SSH host key \(the push pins it\)/);
    });

    it("hands the scale set and the VMs the same rendered cloud-config the web tier exposes", async () => {
        const { engine, platform } = await evaluate("dev");
        void platform;
        const vm = only(engine, T.vm).inputs.osProfile as any;
        const customData = String(reveal(vm.customData));
        assert.match(decode(customData), /^#cloud-config\n/);
        assert.ok(customData.length < 64 * 1024, "custom data under Azure's 64 KB limit");
        assert.equal(typeof (await promiseOf(platform.url)), "string");
    });
});

describe("web tier monitoring agent (mock engine)", () => {
    it("installs the Azure Monitor Agent with the web identity on every VM and in the scale set model", async () => {
        const dev = await evaluate("dev", { webInstanceCount: 2 });
        const webId = dev.engine.get(T.identity, "lighttpd-identity-web").outputs.id;
        const amas = dev.engine.ofType("azure-native:compute:VirtualMachineExtension").filter((e) => e.inputs.type === "AzureMonitorLinuxAgent");
        assert.deepEqual(amas.map((e) => e.name), ["lighttpd-web-vm-0-azuremonitorlinuxagent", "lighttpd-web-vm-1-azuremonitorlinuxagent"]);
        for (const e of amas) {
            assert.equal(e.inputs.publisher, "Microsoft.Azure.Monitor");
            assert.deepEqual(e.inputs.settings, { authentication: { managedIdentity: { "identifier-name": "mi_res_id", "identifier-value": webId } } });
        }
        const prod = await evaluate("prod");
        const ext = (only(prod.engine, T.vmss).inputs.virtualMachineProfile as any).extensionProfile.extensions.find((e: any) => e.type === "AzureMonitorLinuxAgent");
        assert.deepEqual(ext.settings.authentication.managedIdentity, { "identifier-name": "mi_res_id", "identifier-value": prod.engine.get(T.identity, "lighttpd-identity-web").outputs.id });
    });

    it("associates the data collection rule with every host, or the scale set", async () => {
        const dev = await evaluate("dev", { webInstanceCount: 2 });
        const vms = dev.engine.ofType(T.vm).map((v) => v.outputs.id);
        const dcr = only(dev.engine, "azure-native:monitor:DataCollectionRule");
        const assoc = dev.engine.ofType("azure-native:monitor:DataCollectionRuleAssociation").filter((a) => a.inputs.dataCollectionRuleId === dcr.outputs.id);
        assert.deepEqual(assoc.map((a) => a.inputs.resourceUri).sort(), [...vms].sort());
        const prod = await evaluate("prod");
        const pdcr = only(prod.engine, "azure-native:monitor:DataCollectionRule");
        const passoc = prod.engine.ofType("azure-native:monitor:DataCollectionRuleAssociation").filter((a) => a.inputs.dataCollectionRuleId === pdcr.outputs.id);
        assert.deepEqual(passoc.map((a) => a.inputs.resourceUri), [only(prod.engine, T.vmss).outputs.id]);
    });

    it("sends the Key Vault's audit events to the stack's workspace", async () => {
        const { engine } = await evaluate("prod");
        const diag = only(engine, "azure-native:monitor:DiagnosticSetting");
        assert.equal(diag.inputs.resourceUri, only(engine, "azure-native:keyvault:Vault").outputs.id);
        assert.equal(diag.inputs.workspaceId, only(engine, "azure-native:operationalinsights:Workspace").outputs.id);
        assert.deepEqual(diag.inputs.logs, [{ categoryGroup: "audit", enabled: true }]);
    });
});
