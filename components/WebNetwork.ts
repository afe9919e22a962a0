import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import { webSecurityRules } from "./nsgRules";

export interface WebNetworkArgs {
    /** Resource group that holds the network. */
    readonly resourceGroupName: pulumi.Input<string>;
    /** Azure region. */
    readonly location: pulumi.Input<string>;
    /** Subscription id, used to build the load balancer's child resource ids. */
    readonly subscriptionId: pulumi.Input<string>;
    /** Deterministic Azure names, one per resource (see naming.ts). */
    readonly names: {
        readonly vnet: string;
        readonly subnet: string;
        readonly nsg: string;
        readonly publicIp: string;
        readonly loadBalancer: string;
    };
    /** Address space of the virtual network (CIDR). */
    readonly addressSpace: string;
    /** Address range of the web subnet (CIDR, inside `addressSpace`). */
    readonly subnetPrefix: string;
    /** DNS label of the public IP. */
    readonly dnsLabel: pulumi.Input<string>;
    /** Availability zones of the web tier; the public IP is zone-redundant across them. @default no zones */
    readonly zones: readonly string[];
    /** Open 443 and add an HTTPS load-balancing rule. @default false */
    readonly tls: boolean;
    /**
     * Source ranges allowed to reach port 22. Empty means no SSH rule at all (vmss pull mode).
     * Config validation has already refused Internet-wide ranges; the rule builder refuses them again.
     */
    readonly sshSourceRanges: readonly string[];
    /**
     * vm mode: one inbound NAT rule per host on the public IP (port `SSH_NAT_BASE_PORT + i` → 22), so a
     * deploying agent outside the VNet can reach each host; the NSG still admits only `sshSourceRanges`.
     * @default 0 (no NAT rules)
     */
    readonly sshNatRuleCount?: number;
    /** Tags for every resource. */
    readonly tags: Record<string, string>;
}

/** The load balancer's child resource names: fixed, so their ids can be built before it exists. */
export const LB_CHILD = {
    frontend: "public",
    backendPool: "web",
    probe: "healthz",
} as const;

/** Frontend port of host i's SSH NAT rule is SSH_NAT_BASE_PORT + i (i from 1). */
export const SSH_NAT_BASE_PORT = 50000;

/** Name of host i's SSH NAT rule (i from 1). */
export const sshNatRuleName = (i: number) => `ssh-${i}`;

/** The HTTP health probe: the release tool's `/healthz`, answered by Lighttpd itself. */
export const HEALTH_PROBE = { port: 80, path: "/healthz", intervalSeconds: 5, threshold: 2 } as const;

/**
 * The web tier's network: VNet and subnet, an NSG with least-privilege rules, a Standard public IP
 * with a DNS label, and a Standard load balancer with an HTTP probe on /healthz, rules for 80 (and 443)
 * and an explicit outbound rule (the subnet has default outbound access off, so package installs and
 * unattended upgrades leave through the load balancer's public IP and nothing else).
 */
export class WebNetwork extends pulumi.ComponentResource {
    public readonly subnetId: pulumi.Output<string>;
    public readonly backendPoolId: pulumi.Output<string>;
    public readonly loadBalancerId: pulumi.Output<string>;
    public readonly publicIpAddress: pulumi.Output<string>;
    public readonly fqdn: pulumi.Output<string>;
    public readonly nsgId: pulumi.Output<string>;
    /** ARM id of host i's SSH NAT rule (i from 1). */
    public readonly sshNatRuleId: (i: number) => pulumi.Output<string>;

    constructor(name: string, args: WebNetworkArgs, opts: pulumi.ComponentResourceOptions = {}) {
        super("lighttpd-azure:web:Network", name, {}, opts);

        const nsg = new network.NetworkSecurityGroup(`${name}-nsg`, {
            networkSecurityGroupName: args.names.nsg,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            securityRules: webSecurityRules({
                subnetPrefix: args.subnetPrefix,
                tls: args.tls,
                sshSourceRanges: args.sshSourceRanges,
            }),
            tags: args.tags,
        }, { parent: this });

        const vnet = new network.VirtualNetwork(`${name}-vnet`, {
            virtualNetworkName: args.names.vnet,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            addressSpace: { addressPrefixes: [args.addressSpace] },
            tags: args.tags,
            // The subnet is its own resource; without this, an update of the VNet would remove it.
        }, { parent: this, ignoreChanges: ["subnets"] });

        const subnet = new network.Subnet(`${name}-snet`, {
            subnetName: args.names.subnet,
            virtualNetworkName: vnet.name,
            resourceGroupName: args.resourceGroupName,
            addressPrefix: args.subnetPrefix,
            networkSecurityGroup: { id: nsg.id },
            defaultOutboundAccess: false,
            privateEndpointNetworkPolicies: "Enabled",
            // Key Vault (certificate sync) and Storage (release pulls) admit this subnet by its id.
            serviceEndpoints: [{ service: "Microsoft.KeyVault" }, { service: "Microsoft.Storage" }],
        }, { parent: this });

        const pip = new network.PublicIPAddress(`${name}-pip`, {
            publicIpAddressName: args.names.publicIp,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            sku: { name: "Standard", tier: "Regional" },
            publicIPAllocationMethod: "Static",
            publicIPAddressVersion: "IPv4",
            zones: args.zones.length > 0 ? [...args.zones] : undefined,
            dnsSettings: { domainNameLabel: args.dnsLabel },
            idleTimeoutInMinutes: 4,
            tags: args.tags,
        }, { parent: this });

        const lbId = pulumi.interpolate`/subscriptions/${args.subscriptionId}/resourceGroups/${args.resourceGroupName}/providers/Microsoft.Network/loadBalancers/${args.names.loadBalancer}`;
        const child = (kind: string, childName: string) => ({ id: pulumi.interpolate`${lbId}/${kind}/${childName}` });
        const frontend = child("frontendIPConfigurations", LB_CHILD.frontend);
        const pool = child("backendAddressPools", LB_CHILD.backendPool);
        const probe = child("probes", LB_CHILD.probe);
        const ports = args.tls ? [80, 443] : [80];
        const natCount = args.sshNatRuleCount ?? 0;
        if (natCount > 0 && args.sshSourceRanges.length === 0) {
            throw new Error(`WebNetwork '${name}': SSH NAT rules need SSH source ranges`);
        }

        const lb = new network.LoadBalancer(`${name}-lb`, {
            loadBalancerName: args.names.loadBalancer,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            sku: { name: "Standard", tier: "Regional" },
            frontendIPConfigurations: [{ name: LB_CHILD.frontend, publicIPAddress: { id: pip.id } }],
            backendAddressPools: [{ name: LB_CHILD.backendPool }],
            probes: [{
                name: LB_CHILD.probe,
                protocol: "Http",
                port: HEALTH_PROBE.port,
                requestPath: HEALTH_PROBE.path,
                intervalInSeconds: HEALTH_PROBE.intervalSeconds,
                probeThreshold: HEALTH_PROBE.threshold,
                numberOfProbes: HEALTH_PROBE.threshold,
            }],
            loadBalancingRules: ports.map((port) => ({
                name: `tcp-${port}`,
                protocol: "Tcp",
                frontendPort: port,
                backendPort: port,
                frontendIPConfiguration: frontend,
                backendAddressPool: pool,
                probe,
                // Outbound traffic uses the explicit outbound rule below, not the rules' implicit SNAT.
                disableOutboundSnat: true,
                enableTcpReset: true,
                idleTimeoutInMinutes: 4,
                loadDistribution: "Default",
            })),
            inboundNatRules: Array.from({ length: natCount }, (_, k) => ({
                name: sshNatRuleName(k + 1),
                protocol: "Tcp",
                frontendIPConfiguration: frontend,
                frontendPort: SSH_NAT_BASE_PORT + k + 1,
                backendPort: 22,
                enableTcpReset: true,
                idleTimeoutInMinutes: 4,
            })),
            outboundRules: [{
                name: "egress",
                protocol: "All",
                frontendIPConfigurations: [frontend],
                backendAddressPool: pool,
                allocatedOutboundPorts: 1024,
                enableTcpReset: true,
                idleTimeoutInMinutes: 4,
            }],
            tags: args.tags,
        }, { parent: this });

        this.sshNatRuleId = (i: number) => pulumi.interpolate`${lbId}/inboundNatRules/${sshNatRuleName(i)}`;
        this.subnetId = subnet.id;
        this.nsgId = nsg.id;
        this.loadBalancerId = lb.id;
        this.backendPoolId = pulumi.all([lb.id, lb.backendAddressPools]).apply(([id, pools]) =>
            pools?.find((p) => p.name === LB_CHILD.backendPool)?.id ?? `${id}/backendAddressPools/${LB_CHILD.backendPool}`);
        this.publicIpAddress = pip.ipAddress.apply((ip) => ip ?? "");
        this.fqdn = pip.dnsSettings.apply((d) => d?.fqdn ?? "");
        this.registerOutputs({
            subnetId: this.subnetId,
            backendPoolId: this.backendPoolId,
            loadBalancerId: this.loadBalancerId,
            publicIpAddress: this.publicIpAddress,
            fqdn: this.fqdn,
        });
    }
}
