import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { StackConfig } from "./config";
import { azureName, NamingContext, slug } from "./naming";
import { WebNetwork } from "./WebNetwork";
import { WebVms, WebHost } from "./WebVms";
import { WebScaleSet } from "./WebScaleSet";
import { HostExtension, KEY_VAULT_EXTENSION, keyVaultExtensionSettings, parseImageUrn } from "./hostProfile";
import { customDataBase64, renderCloudInit, SshHostKey } from "./cloudInit";
import { hostLighttpdOptions, hostTlsPemFile } from "./hostLighttpd";
import { renderLighttpdConf, renderReleaseIdScript } from "./lighttpdConf";

/** The release tool shipped to every host by cloud-init. */
export const RELEASE_TOOL_PATH = path.join(__dirname, "..", "host", "lighttpd-release");
/** The account the deploying agent uses in vm (push) mode; it may run only the release tool. */
export const DEPLOY_USER = "lighttpd-deploy";

export interface WebTierArgs {
    readonly config: StackConfig;
    readonly naming: NamingContext;
    readonly resourceGroupName: pulumi.Input<string>;
    readonly location: pulumi.Input<string>;
    readonly subscriptionId: pulumi.Input<string>;
    readonly dnsLabel: pulumi.Input<string>;
    /** ARM id of the web tier's user-assigned identity (identity plane). */
    readonly identityId: pulumi.Input<string>;
    /** Public half of the deploy key (vm mode), from the identity plane. */
    readonly deployPublicKey?: pulumi.Input<string>;
    /**
     * The hosts' only SSH host key (vm mode, required there), from the identity plane: the private half
     * is a secret and makes the custom data one.
     * @default vmss mode: none, instances generate their own host keys at first boot
     */
    readonly sshHostKey?: { readonly privateKey: pulumi.Input<string>; readonly publicKey: pulumi.Input<string> };
    /** Client id of the web identity (the pull script asks IMDS for this identity's token). */
    readonly identityClientId: pulumi.Input<string>;
    /** vmss mode: the desired release, and the resource that published it. */
    /** Extensions every host gets besides the tier's own (the Azure Monitor Agent). @default none */
    readonly extensions?: readonly HostExtension[];
    /** Customer-managed-key disk encryption set for the OS disks. @default platform-managed keys */
    readonly diskEncryptionSetId?: pulumi.Input<string>;
    /** With TLS on: the vault and certificate the Key Vault VM extension syncs to every host. */
    readonly tlsCertificate?: { readonly vaultName: pulumi.Input<string>; readonly vaultUri: pulumi.Input<string>; readonly certificateName: string };
    readonly release?: { readonly blobUrl: pulumi.Input<string>; readonly sha256: pulumi.Input<string>; readonly published?: pulumi.Resource };
    readonly tags: Record<string, string>;
}

/**
 * Web tier plane: the network (WebNetwork) and Lighttpd hosts, either N VMs (`vm`, push) or a scale set
 * (`vmss`, pull), both configured entirely by the same rendered cloud-config.
 */
export class WebTier extends pulumi.ComponentResource {
    public readonly network: WebNetwork;
    /** vm mode: the hosts, in the order releases are pushed to them. Empty in vmss mode. */
    public readonly hosts: WebHost[];
    public readonly scaleSetId?: pulumi.Output<string>;
    /** The base64 cloud-config of every host; a secret when it carries the host key (vm mode). */
    public readonly customData: pulumi.Output<string>;

    constructor(name: string, args: WebTierArgs, opts: pulumi.ComponentResourceOptions = {}) {
        super("lighttpd-azure:web:WebTier", name, {}, opts);
        const c = args.config, ctx = args.naming;
        if (c.webMode === "vm" && args.deployPublicKey === undefined) {
            throw new Error(`WebTier '${name}': vm mode needs the deploy public key`);
        }
        if (c.webMode === "vm" && args.sshHostKey === undefined) {
            throw new Error(`WebTier '${name}': vm mode needs the SSH host key (the push pins it)`);
        }

        this.network = new WebNetwork(`${name}-net`, {
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            subscriptionId: args.subscriptionId,
            names: {
                vnet: azureName(ctx, "vnet"),
                subnet: azureName(ctx, "snet", "web"),
                nsg: azureName(ctx, "nsg", "web"),
                publicIp: azureName(ctx, "pip", "web"),
                loadBalancer: azureName(ctx, "lbe", "web"),
            },
            addressSpace: c.vnetAddressSpace,
            subnetPrefix: c.webSubnetPrefix,
            dnsLabel: args.dnsLabel,
            zones: c.webZones,
            tls: c.tlsEnabled,
            sshSourceRanges: c.webMode === "vm" ? c.deployerSourceRanges : [],
            sshNatRuleCount: c.webMode === "vm" && !c.deployOverPrivateNetwork ? c.webInstanceCount : 0,
            tags: args.tags,
        }, { parent: this });

        if (c.tlsEnabled && !args.tlsCertificate) throw new Error(`WebTier '${name}': TLS is on but no Key Vault certificate was given`);
        const releaseTool = fs.readFileSync(RELEASE_TOOL_PATH, "utf8");
        const render = (deployKey: string | undefined, hostKey: SshHostKey | undefined, vaultName: string | undefined) => {
            const lighttpd = hostLighttpdOptions(c, vaultName ? hostTlsPemFile(vaultName, args.tlsCertificate!.certificateName) : undefined);
            return customDataBase64(renderCloudInit({
                mode: c.webMode,
                lighttpdConf: renderLighttpdConf(lighttpd),
                releaseIdScript: renderReleaseIdScript(lighttpd),
                releaseTool,
                releaseRoot: lighttpd.releaseRoot,
                deployUser: deployKey !== undefined ? { name: DEPLOY_USER, sshPublicKey: deployKey } : undefined,
                sshHostKey: hostKey,
                tls: c.tlsEnabled,
            }));
        };
        const hostKey = args.sshHostKey;
        const rendered = pulumi.all([args.deployPublicKey, hostKey?.privateKey, hostKey?.publicKey, args.tlsCertificate?.vaultName])
            .apply(([k, hostPrivate, hostPublic, v]) => render(
                c.webMode === "vm" ? k : undefined,
                hostKey ? { privateKey: hostPrivate as string, publicKey: hostPublic as string } : undefined,
                c.tlsEnabled ? v : undefined,
            ));
        // The host's private key is inside: secret, explicitly (not only by propagation from the key's
        // output), all the way to osProfile.customData and the plan's "[secret]".
        this.customData = hostKey ? pulumi.secret(rendered) : rendered;
        const extensions: HostExtension[] = [...(args.extensions ?? [])];
        if (c.tlsEnabled) {
            const cert = args.tlsCertificate!;
            extensions.push({
                ...KEY_VAULT_EXTENSION,
                settings: pulumi.all([cert.vaultUri, args.identityClientId])
                    .apply(([uri, clientId]) => keyVaultExtensionSettings(uri, cert.certificateName, clientId)),
            });
        }

        const image = parseImageUrn(c.webImage);
        const osDiskType = c.environment === "prod" ? "Premium_LRS" : "StandardSSD_LRS";
        const common = {
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            zones: c.webZones,
            vmSize: c.webVmSize,
            image,
            osDiskType,
            adminUsername: c.adminUsername,
            adminSshPublicKey: c.adminSshPublicKey,
            customData: this.customData,
            subnetId: this.network.subnetId,
            backendPoolId: this.network.backendPoolId,
            identityId: args.identityId,
            diskEncryptionSetId: args.diskEncryptionSetId,
            extensions,
            tags: args.tags,
        };

        switch (c.webMode) {
            case "vm": {
                const vms = new WebVms(`${name}-vm`, {
                    ...common,
                    sshNatRuleId: (i) => this.network.sshNatRuleId(i),
                    count: c.webInstanceCount,
                    names: (i) => ({
                        vm: azureName(ctx, "vm", `web-${i + 1}`),
                        nic: azureName(ctx, "nic", `web-${i + 1}`),
                        computer: `${ctx.prefix}-${slug(ctx.stack)}-web-${i + 1}`.slice(0, 63),
                    }),
                }, { parent: this });
                this.hosts = vms.hosts;
                break;
            }
            case "vmss": {
                const vmss = new WebScaleSet(`${name}-vmss`, {
                    ...common,
                    identityClientId: args.identityClientId,
                    release: args.release ? { blobUrl: args.release.blobUrl, sha256: args.release.sha256 } : undefined,
                    names: {
                        scaleSet: azureName(ctx, "vmss", "web"),
                        computerPrefix: `${ctx.prefix}${slug(ctx.stack).replace(/-/g, "")}`.slice(0, 15),
                        autoscale: azureName(ctx, "as", "web"),
                    },
                    rolling: {
                        maxBatchPercent: c.rollingMaxBatchPercent,
                        maxUnhealthyPercent: c.rollingMaxUnhealthyPercent,
                        maxUnhealthyUpgradedPercent: c.rollingMaxUnhealthyUpgradedPercent,
                        pauseSeconds: c.rollingPauseSeconds,
                    },
                    autoscale: {
                        min: c.autoscaleMinCount,
                        max: c.autoscaleMaxCount,
                        cpuScaleOutPercent: c.autoscaleCpuScaleOutPercent,
                        cpuScaleInPercent: c.autoscaleCpuScaleInPercent,
                    },
                }, { parent: this, dependsOn: args.release?.published ? [args.release.published] : [] });
                this.hosts = [];
                this.scaleSetId = vmss.scaleSetId;
                break;
            }
            default: {
                const never: never = c.webMode;
                throw new Error(`unknown webMode ${String(never)}`);
            }
        }
        this.registerOutputs({ fqdn: this.network.fqdn, publicIpAddress: this.network.publicIpAddress, scaleSetId: this.scaleSetId });
    }
}
