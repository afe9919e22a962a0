import { strict as assert } from "assert";
import { evaluate, only, promiseOf } from "./harness";
import { MOCK_SUBSCRIPTION_ID } from "../scripts/mocks";

const T = {
    platform: "lighttpd-azure:index:Platform",
    network: "lighttpd-azure:web:Network",
    webTier: "lighttpd-azure:web:WebTier",
    identity: "lighttpd-azure:identity:Identity",
    vms: "lighttpd-azure:web:VirtualMachines",
    vmssComponent: "lighttpd-azure:web:ScaleSet",
    rg: "azure-native:resources:ResourceGroup",
    nsg: "azure-native:network:NetworkSecurityGroup",
    subnet: "azure-native:network:Subnet",
    vnet: "azure-native:network:VirtualNetwork",
    pip: "azure-native:network:PublicIPAddress",
    lb: "azure-native:network:LoadBalancer",
};

describe("platform (mock engine)", () => {
    it("puts the resource group and every plane under one top-level component", async () => {
        const { engine } = await evaluate("dev");
        const root = only(engine, T.platform);
        assert.equal(root.parent, null);
        assert.equal(only(engine, T.rg).parent, root.urn);
        assert.deepEqual(engine.childrenOf(root.urn).map((r) => r.type).sort(), [
            "azure-native:resources:ResourceGroup", T.identity, T.webTier, "random:index/randomString:RandomString",
            "lighttpd-azure:release:Artifact", "lighttpd-azure:release:Push", "lighttpd-azure:identity:KeyVault",
            "lighttpd-azure:observability:Observability", "lighttpd-azure:delivery:Delivery",
        ].sort());
        const web = only(engine, T.webTier);
        const net = only(engine, T.network);
        assert.equal(net.parent, web.urn);
        assert.equal(only(engine, T.vms).parent, web.urn);
        for (const t of [T.nsg, T.subnet, T.vnet, T.pip, T.lb]) assert.equal(only(engine, t).parent, net.urn, t);
    });

    it("builds a scale set instead of VMs in vmss mode", async () => {
        const { engine } = await evaluate("prod");
        const web = only(engine, T.webTier);
        assert.equal(only(engine, T.vmssComponent).parent, web.urn);
        assert.equal(engine.ofType(T.vms).length, 0);
        assert.equal(engine.ofType("azure-native:compute:VirtualMachine").length, 0);
    });

    it("names resources deterministically from prefix and stack, and tags them", async () => {
        const { engine } = await evaluate("dev");
        const rg = only(engine, T.rg);
        assert.equal(rg.inputs.resourceGroupName, "rg-lhttpd-dev");
        assert.equal(rg.inputs.location, "westeurope");
        assert.deepEqual(rg.inputs.tags, { owner: "platform-team", costCenter: "web-dev", project: "lighttpd-azure", stack: "dev", environment: "dev" });
        assert.equal(only(engine, T.nsg).inputs.networkSecurityGroupName, "nsg-lhttpd-dev-web");
        assert.equal(only(engine, T.lb).inputs.loadBalancerName, "lbe-lhttpd-dev-web");
    });

    it("exports the resource group, the public address and the site URL", async () => {
        const { platform, engine } = await evaluate("prod");
        assert.equal(await promiseOf(platform.resourceGroupName), "rg-lhttpd-prod");
        const pip = only(engine, T.pip);
        const label = (pip.inputs.dnsSettings as { domainNameLabel: string }).domainNameLabel;
        assert.match(label, /^lhttpd-prod-[a-z0-9]{6}$/);
        assert.equal(await promiseOf(platform.url), `https://${label}.westeurope.cloudapp.azure.com/`);
        assert.equal(await promiseOf(platform.publicIpAddress), pip.outputs.ipAddress);
    });

    it("attaches the NSG to the subnet by the NSG's own id", async () => {
        const { engine } = await evaluate("dev");
        const nsg = only(engine, T.nsg);
        const subnet = only(engine, T.subnet);
        assert.deepEqual(subnet.inputs.networkSecurityGroup, { id: nsg.outputs.id });
        assert.equal(subnet.inputs.defaultOutboundAccess, false);
        assert.equal(subnet.inputs.addressPrefix, "10.40.1.0/24");
    });

    it("opens HTTP, the probe and SSH from the deployer ranges only in dev (vm push mode)", async () => {
        const { engine } = await evaluate("dev");
        const rules = only(engine, T.nsg).inputs.securityRules as Record<string, unknown>[];
        assert.deepEqual(rules.map((r) => [r.name, r.priority, r.access, r.protocol, r.sourceAddressPrefix ?? r.sourceAddressPrefixes, r.destinationPortRange]), [
            ["allow-http-from-internet", 100, "Allow", "Tcp", "Internet", "80"],
            ["allow-lb-health-probe", 120, "Allow", "Tcp", "AzureLoadBalancer", "80"],
            ["allow-ssh-from-deployers", 130, "Allow", "Tcp", ["198.51.100.0/28"], "22"],
            ["deny-all-other-inbound", 4096, "Deny", "*", "*", "*"],
        ]);
        for (const r of rules.slice(0, 3)) assert.equal(r.destinationAddressPrefix, "10.40.1.0/24");
    });

    it("opens no SSH at all in prod (vmss pull mode) and adds HTTPS with TLS", async () => {
        const { engine } = await evaluate("prod");
        const rules = only(engine, T.nsg).inputs.securityRules as Record<string, unknown>[];
        assert.deepEqual(rules.map((r) => [r.name, r.sourceAddressPrefix, r.destinationPortRange]), [
            ["allow-http-from-internet", "Internet", "80"],
            ["allow-https-from-internet", "Internet", "443"],
            ["allow-lb-health-probe", "AzureLoadBalancer", "80"],
            ["deny-all-other-inbound", "*", "*"],
        ]);
        assert.ok(!rules.some((r) => r.destinationPortRange === "22" || (r.destinationPortRanges as string[] | undefined)?.includes("22")));
    });

    it("probes /healthz over HTTP and balances 80 (and 443 with TLS) with explicit outbound", async () => {
        const dev = only((await evaluate("dev")).engine, T.lb).inputs as Record<string, any>;
        const lbId = `/subscriptions/${MOCK_SUBSCRIPTION_ID}/resourceGroups/rg-lhttpd-dev/providers/Microsoft.Network/loadBalancers/lbe-lhttpd-dev-web`;
        assert.deepEqual(dev.sku, { name: "Standard", tier: "Regional" });
        assert.deepEqual(dev.probes, [{ name: "healthz", protocol: "Http", port: 80, requestPath: "/healthz", intervalInSeconds: 5, probeThreshold: 2, numberOfProbes: 2 }]);
        assert.deepEqual(dev.loadBalancingRules.map((r: any) => [r.frontendPort, r.backendPort, r.probe.id, r.backendAddressPool.id, r.disableOutboundSnat]), [
            [80, 80, `${lbId}/probes/healthz`, `${lbId}/backendAddressPools/web`, true],
        ]);
        assert.deepEqual(dev.outboundRules.map((r: any) => [r.name, r.protocol, r.backendAddressPool.id, r.frontendIPConfigurations[0].id]), [
            ["egress", "All", `${lbId}/backendAddressPools/web`, `${lbId}/frontendIPConfigurations/public`],
        ]);
        const prod = only((await evaluate("prod")).engine, T.lb).inputs as Record<string, any>;
        assert.deepEqual(prod.loadBalancingRules.map((r: any) => r.frontendPort), [80, 443]);
    });

    it("uses a Standard static public IP, zone-redundant where zones are configured", async () => {
        const dev = only((await evaluate("dev")).engine, T.pip).inputs;
        assert.deepEqual(dev.sku, { name: "Standard", tier: "Regional" });
        assert.equal(dev.publicIPAllocationMethod, "Static");
        assert.equal(dev.zones, undefined);
        const prod = only((await evaluate("prod")).engine, T.pip).inputs;
        assert.deepEqual(prod.zones, ["1", "2", "3"]);
    });
});
