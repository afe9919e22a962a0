import * as pulumi from "@pulumi/pulumi";
import * as compute from "@pulumi/azure-native/compute";
import * as monitor from "@pulumi/azure-native/monitor";
import { BOOT_DIAGNOSTICS, HostExtension, ImageReference, linuxConfiguration, SECURITY_PROFILE, storageProfile } from "./hostProfile";
import { HEALTH_PROBE } from "./WebNetwork";

export interface RollingPolicy {
    readonly maxBatchPercent: number;
    readonly maxUnhealthyPercent: number;
    readonly maxUnhealthyUpgradedPercent: number;
    readonly pauseSeconds: number;
}

export interface AutoscalePolicy {
    readonly min: number;
    readonly max: number;
    readonly cpuScaleOutPercent: number;
    readonly cpuScaleInPercent: number;
}

export interface WebScaleSetArgs {
    readonly resourceGroupName: pulumi.Input<string>;
    readonly location: pulumi.Input<string>;
    readonly names: { readonly scaleSet: string; readonly computerPrefix: string; readonly autoscale: string };
    readonly zones: readonly string[];
    readonly vmSize: string;
    readonly image: ImageReference;
    readonly osDiskType: string;
    readonly adminUsername: string;
    readonly adminSshPublicKey: string;
    /** Base64 cloud-config (see cloudInit.ts); part of the model, so a change rolls out batch by batch. */
    readonly customData: pulumi.Input<string>;
    readonly subnetId: pulumi.Input<string>;
    readonly backendPoolId: pulumi.Input<string>;
    readonly identityId: pulumi.Input<string>;
    readonly diskEncryptionSetId?: pulumi.Input<string>;
    /** Further extensions in the model (Key Vault certificate sync, monitoring agent). @default none */
    readonly extensions?: readonly HostExtension[];
    readonly rolling: RollingPolicy;
    /**
     * The desired release, carried in the model (see RELEASE_EXTENSION): a change rolls out batch by
     * batch under the rolling-upgrade policy, and every instance created later pulls it at provisioning.
     * @default no release: instances serve nothing until one is set
     */
    readonly release?: { readonly blobUrl: pulumi.Input<string>; readonly sha256: pulumi.Input<string> };
    /** Client id of the web identity, for the pull script's token request. */
    readonly identityClientId: pulumi.Input<string>;
    readonly autoscale: AutoscalePolicy;
    readonly tags: Record<string, string>;
}

/** The Application Health extension's settings: the same /healthz the load balancer probes. */
export const HEALTH_EXTENSION = {
    name: "health",
    publisher: "Microsoft.ManagedServices",
    type: "ApplicationHealthLinux",
    typeHandlerVersion: "2.0",
    settings: {
        protocol: "http",
        port: HEALTH_PROBE.port,
        requestPath: HEALTH_PROBE.path,
        intervalInSeconds: HEALTH_PROBE.intervalSeconds,
        numberOfProbes: HEALTH_PROBE.threshold,
        gracePeriod: 600,
    },
} as const;

/**
 * The extension that converges an instance to the desired release: waits for cloud-init, then runs the
 * pull script (download with the instance's managed identity, `lighttpd-release activate`, health
 * check). `forceUpdateTag` is the release id, so a new release is a model change.
 */
export const RELEASE_EXTENSION = {
    name: "lighttpd-release",
    publisher: "Microsoft.Azure.Extensions",
    type: "CustomScript",
    typeHandlerVersion: "2.1",
} as const;

/** The extension's command for a release (pure; tested). */
export function pullCommand(blobUrl: string, sha256: string, clientId: string): string {
    for (const [k, v, re] of [["blobUrl", blobUrl, /^https:\/\/[a-z0-9]{3,24}\.blob\.core\.windows\.net\/[A-Za-z0-9._/-]+$/], ["sha256", sha256, /^[0-9a-f]{64}$/], ["clientId", clientId, /^[0-9a-f-]{36}$/]] as const) {
        if (!re.test(v)) throw new Error(`pullCommand: ${k} is malformed: ${JSON.stringify(v)}`);
    }
    return `cloud-init status --wait >/dev/null; /usr/local/sbin/lighttpd-pull-release http://127.0.0.1/healthz ${blobUrl} ${sha256} ${clientId}`;
}

const isoSeconds = (s: number) => `PT${Math.floor(s / 60) > 0 ? `${Math.floor(s / 60)}M` : ""}${s % 60 > 0 || s === 0 ? `${s % 60}S` : ""}`;

/**
 * vmss mode: a Uniform scale set across zones with a rolling upgrade policy gated by the Application
 * Health extension, automatic instance repairs, and CPU autoscale. Instances pull releases themselves.
 */
export class WebScaleSet extends pulumi.ComponentResource {
    public readonly scaleSetId: pulumi.Output<string>;
    public readonly scaleSetName: pulumi.Output<string>;

    constructor(name: string, args: WebScaleSetArgs, opts: pulumi.ComponentResourceOptions = {}) {
        super("lighttpd-azure:web:ScaleSet", name, {}, opts);
        const a = args.autoscale, r = args.rolling;
        if (a.min < 1 || a.max < a.min) throw new Error(`WebScaleSet '${name}': autoscale min/max must satisfy 1 <= min <= max; got ${a.min}/${a.max}`);

        const vmss = new compute.VirtualMachineScaleSet(name, {
            vmScaleSetName: args.names.scaleSet,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            zones: args.zones.length > 0 ? [...args.zones] : undefined,
            zoneBalance: args.zones.length > 1 ? true : undefined,
            platformFaultDomainCount: 1,
            orchestrationMode: "Uniform",
            singlePlacementGroup: false,
            overprovision: false,
            sku: { name: args.vmSize, tier: "Standard", capacity: a.min },
            upgradePolicy: {
                mode: "Rolling",
                rollingUpgradePolicy: {
                    maxBatchInstancePercent: r.maxBatchPercent,
                    maxUnhealthyInstancePercent: r.maxUnhealthyPercent,
                    maxUnhealthyUpgradedInstancePercent: r.maxUnhealthyUpgradedPercent,
                    pauseTimeBetweenBatches: isoSeconds(r.pauseSeconds),
                    prioritizeUnhealthyInstances: true,
                    enableCrossZoneUpgrade: args.zones.length > 1,
                    rollbackFailedInstancesOnPolicyBreach: true,
                },
                automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true, disableAutomaticRollback: false },
            },
            automaticRepairsPolicy: { enabled: true, gracePeriod: "PT10M", repairAction: "Replace" },
            identity: { type: "UserAssigned", userAssignedIdentities: [args.identityId] },
            virtualMachineProfile: {
                osProfile: {
                    computerNamePrefix: args.names.computerPrefix,
                    adminUsername: args.adminUsername,
                    customData: args.customData,
                    linuxConfiguration: linuxConfiguration(args.adminUsername, args.adminSshPublicKey),
                },
                storageProfile: storageProfile(args.image, args.osDiskType, args.diskEncryptionSetId),
                networkProfile: {
                    networkInterfaceConfigurations: [{
                        name: "primary",
                        primary: true,
                        enableIPForwarding: false,
                        ipConfigurations: [{
                            name: "primary",
                            primary: true,
                            subnet: { id: args.subnetId },
                            loadBalancerBackendAddressPools: [{ id: args.backendPoolId }],
                        }],
                    }],
                },
                extensionProfile: {
                    extensions: [{
                        name: HEALTH_EXTENSION.name,
                        publisher: HEALTH_EXTENSION.publisher,
                        type: HEALTH_EXTENSION.type,
                        typeHandlerVersion: HEALTH_EXTENSION.typeHandlerVersion,
                        autoUpgradeMinorVersion: true,
                        settings: { ...HEALTH_EXTENSION.settings },
                    }, ...(args.extensions ?? []).map((e) => ({
                        name: e.name,
                        publisher: e.publisher,
                        type: e.type,
                        typeHandlerVersion: e.typeHandlerVersion,
                        autoUpgradeMinorVersion: true,
                        enableAutomaticUpgrade: true,
                        settings: e.settings,
                    })), ...(args.release ? [{
                        name: RELEASE_EXTENSION.name,
                        publisher: RELEASE_EXTENSION.publisher,
                        type: RELEASE_EXTENSION.type,
                        typeHandlerVersion: RELEASE_EXTENSION.typeHandlerVersion,
                        autoUpgradeMinorVersion: true,
                        forceUpdateTag: args.release.sha256,
                        provisionAfterExtensions: [HEALTH_EXTENSION.name],
                        settings: {
                            commandToExecute: pulumi.all([args.release.blobUrl, args.release.sha256, args.identityClientId])
                                .apply(([u, h, c]) => pullCommand(u, h, c)),
                        },
                    }] : [])],
                },
                securityProfile: SECURITY_PROFILE,
                diagnosticsProfile: BOOT_DIAGNOSTICS,
            },
            tags: args.tags,
            // Autoscale owns the instance count after creation.
        }, { parent: this, ignoreChanges: ["sku.capacity"] });

        const cpuRule = (direction: "Increase" | "Decrease", operator: "GreaterThan" | "LessThan", threshold: number, cooldown: string) => ({
            metricTrigger: {
                metricName: "Percentage CPU",
                metricNamespace: "microsoft.compute/virtualmachinescalesets",
                metricResourceUri: vmss.id,
                timeGrain: "PT1M",
                statistic: "Average",
                timeWindow: "PT10M",
                timeAggregation: "Average",
                operator,
                threshold,
            },
            scaleAction: { direction, type: "ChangeCount", value: "1", cooldown },
        } as const);

        new monitor.AutoscaleSetting(`${name}-autoscale`, {
            autoscaleSettingName: args.names.autoscale,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            enabled: true,
            targetResourceUri: vmss.id,
            profiles: [{
                name: "cpu",
                capacity: { minimum: String(a.min), maximum: String(a.max), default: String(a.min) },
                rules: [
                    cpuRule("Increase", "GreaterThan", a.cpuScaleOutPercent, "PT5M"),
                    cpuRule("Decrease", "LessThan", a.cpuScaleInPercent, "PT10M"),
                ],
            }],
            tags: args.tags,
        }, { parent: this });

        this.scaleSetId = vmss.id;
        this.scaleSetName = vmss.name;
        this.registerOutputs({ scaleSetId: this.scaleSetId, scaleSetName: this.scaleSetName });
    }
}
