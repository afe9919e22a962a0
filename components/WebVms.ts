import * as pulumi from "@pulumi/pulumi";
import * as compute from "@pulumi/azure-native/compute";
import * as network from "@pulumi/azure-native/network";
import { BOOT_DIAGNOSTICS, HostExtension, ImageReference, linuxConfiguration, SECURITY_PROFILE, storageProfile } from "./hostProfile";

export interface WebVmsArgs {
    readonly resourceGroupName: pulumi.Input<string>;
    readonly location: pulumi.Input<string>;
    /** Azure names per host, index i → { vm, nic, computer }. */
    readonly names: (i: number) => { readonly vm: string; readonly nic: string; readonly computer: string };
    /** Number of VMs (1..100). */
    readonly count: number;
    /** Zones to spread the VMs over, round-robin. @default no zone pinning */
    readonly zones: readonly string[];
    readonly vmSize: string;
    readonly image: ImageReference;
    readonly osDiskType: string;
    readonly adminUsername: string;
    readonly adminSshPublicKey: string;
    /** Base64 cloud-config (see cloudInit.ts). */
    readonly customData: pulumi.Input<string>;
    readonly subnetId: pulumi.Input<string>;
    readonly backendPoolId: pulumi.Input<string>;
    /** ARM id of host i's SSH NAT rule (i from 1) on the load balancer. */
    readonly sshNatRuleId: (i: number) => pulumi.Input<string>;
    /** ARM id of the web tier's user-assigned identity. */
    readonly identityId: pulumi.Input<string>;
    /** Disk encryption set (customer-managed key) for the OS disks. @default platform-managed keys */
    readonly diskEncryptionSetId?: pulumi.Input<string>;
    /** Extensions installed on every VM. @default none */
    readonly extensions?: readonly HostExtension[];
    readonly tags: Record<string, string>;
}

/** One web host as the release plane needs it: where to SSH and what to call it. */
export interface WebHost {
    readonly name: string;
    /** 1-based position: the release is pushed to host 1 first. */
    readonly index: number;
    readonly privateIp: pulumi.Output<string>;
    /** ARM resource id (the same for a VM replaced under the same name). */
    readonly vmId: pulumi.Output<string>;
    /** Azure's unique id of this VM (`properties.vmId`): new whenever the VM is created again. */
    readonly vmUniqueId: pulumi.Output<string>;
    /** The VM resource, for ordering. */
    readonly vm: pulumi.Resource;
}

/**
 * vm mode: N Lighttpd VMs spread across availability zones, each with one NIC in the load balancer's
 * backend pool, configured entirely by cloud-init. Releases are pushed to them over SSH.
 */
export class WebVms extends pulumi.ComponentResource {
    public readonly hosts: WebHost[];

    constructor(name: string, args: WebVmsArgs, opts: pulumi.ComponentResourceOptions = {}) {
        super("lighttpd-azure:web:VirtualMachines", name, {}, opts);
        if (!Number.isInteger(args.count) || args.count < 1 || args.count > 100) {
            throw new Error(`WebVms '${name}': count must be an integer from 1 to 100; got ${args.count}`);
        }
        this.hosts = [];
        for (let i = 0; i < args.count; i++) {
            const n = args.names(i);
            const zone = args.zones.length > 0 ? args.zones[i % args.zones.length] : undefined;
            const nic = new network.NetworkInterface(`${name}-${i}-nic`, {
                networkInterfaceName: n.nic,
                resourceGroupName: args.resourceGroupName,
                location: args.location,
                ipConfigurations: [{
                    name: "primary",
                    primary: true,
                    privateIPAllocationMethod: "Dynamic",
                    subnet: { id: args.subnetId },
                    loadBalancerBackendAddressPools: [{ id: args.backendPoolId }],
                    loadBalancerInboundNatRules: [{ id: args.sshNatRuleId(i + 1) }],
                }],
                enableIPForwarding: false,
                tags: args.tags,
            }, { parent: this });

            const vm = new compute.VirtualMachine(`${name}-${i}`, {
                vmName: n.vm,
                resourceGroupName: args.resourceGroupName,
                location: args.location,
                zones: zone ? [zone] : undefined,
                hardwareProfile: { vmSize: args.vmSize },
                storageProfile: storageProfile(args.image, args.osDiskType, args.diskEncryptionSetId),
                osProfile: {
                    computerName: n.computer,
                    adminUsername: args.adminUsername,
                    customData: args.customData,
                    linuxConfiguration: linuxConfiguration(args.adminUsername, args.adminSshPublicKey),
                },
                networkProfile: { networkInterfaces: [{ id: nic.id, primary: true, deleteOption: "Delete" }] },
                identity: { type: "UserAssigned", userAssignedIdentities: [args.identityId] },
                securityProfile: SECURITY_PROFILE,
                diagnosticsProfile: BOOT_DIAGNOSTICS,
                tags: args.tags,
            }, { parent: this });

            for (const ext of args.extensions ?? []) {
                new compute.VirtualMachineExtension(`${name}-${i}-${ext.name.toLowerCase()}`, {
                    vmName: vm.name,
                    vmExtensionName: ext.name,
                    resourceGroupName: args.resourceGroupName,
                    location: args.location,
                    publisher: ext.publisher,
                    type: ext.type,
                    typeHandlerVersion: ext.typeHandlerVersion,
                    autoUpgradeMinorVersion: true,
                    enableAutomaticUpgrade: true,
                    settings: ext.settings,
                    tags: args.tags,
                }, { parent: this });
            }

            this.hosts.push({
                name: n.vm,
                index: i + 1,
                vmId: vm.id,
                vmUniqueId: vm.vmId,
                vm,
                privateIp: nic.ipConfigurations.apply((c) => c?.[0]?.privateIPAddress ?? ""),
            });
        }
        this.registerOutputs({ hosts: this.hosts.map((h) => ({ name: h.name, privateIp: h.privateIp })) });
    }
}
