import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import * as authorization from "@pulumi/azure-native/authorization";
import * as random from "@pulumi/random";
import { parseBusinessHours, StackConfig } from "./config";
import { azureName, NamingContext, slug, standardTags } from "./naming";
import { Identity } from "./Identity";
import { WebTier, DEPLOY_USER } from "./WebTier";
import { ReleaseArtifact, ReleasePush } from "./Release";
import { SSH_NAT_BASE_PORT } from "./WebNetwork";
import { KeyVault } from "./KeyVault";
import { Delivery } from "./Delivery";
import { deployerFederatedCredential } from "./federatedCredential";
import { amaExtension, Observability } from "./Observability";

export interface PlatformArgs {
    /** The validated stack configuration (see config.ts). */
    readonly config: StackConfig;
    /** Pulumi project name (tags, names). */
    readonly project: string;
    /** Pulumi stack name (tags, names). */
    readonly stack: string;
    /**
     * Directory that relative paths in config (siteDir) are resolved against, and where built
     * archives are kept (`.releases/`).
     * @default the program's directory (the repository root)
     */
    readonly projectDir?: string;
}

/**
 * The whole topology of one stack: the resource group, then one component per plane (identity and
 * secrets, web tier, release), wired together here and nowhere else.
 */
export class Platform extends pulumi.ComponentResource {
    public readonly resourceGroupName: pulumi.Output<string>;
    public readonly url: pulumi.Output<string>;
    public readonly publicIpAddress: pulumi.Output<string>;
    /** The release id (SHA-256 of the archive) this stack serves. */
    public readonly releaseId: pulumi.Output<string>;
    /** The commit that last changed the released site (null when unknown or pinned). */
    public readonly releaseCommit: pulumi.Output<string | null>;
    /** vm mode: the hosts' SSH host key (`ssh-ed25519 AAAA...`), for administrators' known_hosts. */
    public readonly sshHostPublicKey?: pulumi.Output<string>;

    constructor(name: string, args: PlatformArgs, opts: pulumi.ComponentResourceOptions = {}) {
        super("lighttpd-azure:index:Platform", name, {}, opts);
        const c = args.config;
        const projectDir = args.projectDir ?? path.resolve(__dirname, "..");
        const ctx: NamingContext = { prefix: c.namePrefix, stack: args.stack, environment: c.environment, project: args.project };
        const tags = standardTags(ctx, c.tags);
        const client = authorization.getClientConfigOutput({ parent: this });

        // One stable random suffix for the names Azure wants globally unique (DNS label, storage).
        // No keepers: it never changes for the life of the stack.
        const suffix = new random.RandomString(`${name}-suffix`, {
            length: 6, lower: true, numeric: true, upper: false, special: false,
        }, { parent: this });

        const rg = new resources.ResourceGroup(`${name}-rg`, {
            resourceGroupName: azureName(ctx, "rg"),
            location: c.location,
            tags,
        }, { parent: this });

        const identity = new Identity(`${name}-identity`, {
            resourceGroupName: rg.name,
            location: rg.location,
            names: { webIdentity: azureName(ctx, "id", "web"), deployerIdentity: azureName(ctx, "id", "deployer") },
            deployKey: c.webMode === "vm",
            rotationKeeper: c.credentialRotationDate,
            // vm mode only: the push pins it. Scale-set instances take no SSH deployments, so they keep the
            // host key cloud-init generates at first boot, and no private key enters the scale set model.
            hostKey: c.webMode === "vm",
            tags,
        }, { parent: this });

        // Delivery: identity → service connection → federated credential → role assignments.
        const approval = c.devopsApprovers.length > 0 ? {
            approvers: c.devopsApprovers,
            minimumApprovers: c.devopsMinimumApprovers,
            requesterCanApprove: c.devopsRequesterCanApprove,
            timeoutMinutes: c.devopsApprovalTimeoutMinutes,
        } : undefined;
        const hours = c.devopsBusinessHours ? parseBusinessHours(c.devopsBusinessHours) : undefined;
        const delivery = new Delivery(`${name}-delivery`, {
            project: c.devopsProjectCreate ? { create: true, name: c.devopsProjectName } : { create: false, name: c.devopsProjectName },
            stack: args.stack,
            subscriptionId: client.subscriptionId,
            subscriptionName: c.devopsSubscriptionName,
            tenantId: client.tenantId,
            resourceGroupName: rg.name,
            deployerClientId: identity.deployerClientId,
            approval,
            branchControl: { allowedBranches: c.devopsAllowedBranches, verifyBranchProtection: c.devopsVerifyBranchProtection },
            exclusiveLock: c.devopsExclusiveLock,
            businessHours: hours,
            pipeline: c.devopsPipelineCreate
                ? { create: true, name: c.devopsPipelineName, yamlPath: "azure-pipelines.yml", repository: { type: "TfsGit", name: c.devopsRepository, branch: c.devopsRepositoryBranch } }
                : { create: false, name: c.devopsPipelineName },
        }, { parent: this });
        const deployerTrust = deployerFederatedCredential(`${name}-deployer-trust`, {
            resourceGroupName: rg.name,
            identityName: identity.deployerIdentityName,
            delivery,
        }, { parent: identity });
        identity.grantDeployer(`${name}-deployer`, {
            resourceGroupId: rg.id,
            subscriptionId: client.subscriptionId,
            nameParts: [args.project, args.stack],
            after: [deployerTrust],
        });

        // The vault's name is needed by the hosts' cloud-config (certificate path) before the vault
        // exists, and the vault needs the web subnet: derive the name once, here.
        const vaultName = pulumi.interpolate`kv-${`${c.namePrefix}-${slug(args.stack)}`.slice(0, 14)}-${suffix.result}`;
        const vaultUri = pulumi.interpolate`https://${vaultName}.vault.azure.net/`;
        // The disk encryption set comes from the vault, which comes after the subnet: the compute
        // resources receive its id through a deferred output resolved below.
        const [diskEncryptionSetId, resolveDiskEncryptionSetId] = pulumi.deferredOutput<string>();

        const release = new ReleaseArtifact(`${name}-release`, {
            mode: c.webMode,
            siteDir: path.resolve(projectDir, c.siteDir),
            archiveDir: path.join(projectDir, ".releases"),
            pin: c.releasePin,
            resourceGroupName: rg.name,
            location: rg.location,
            subscriptionId: client.subscriptionId,
            storageAccountName: pulumi.interpolate`st${`${c.namePrefix}${slug(args.stack).replace(/-/g, "")}`.slice(0, 16)}${suffix.result}`,
            storageSku: c.webZones.length > 1 ? "Standard_ZRS" : "Standard_LRS",
            readerPrincipalId: identity.webIdentityPrincipalId,
            uploaderPrincipalId: identity.deployerPrincipalId,
            nameParts: [args.project, args.stack],
            uploaderGrantAfter: [deployerTrust],
            tags,
        }, { parent: this });

        const web = new WebTier(`${name}-web`, {
            config: c,
            naming: ctx,
            resourceGroupName: rg.name,
            location: rg.location,
            subscriptionId: client.subscriptionId,
            dnsLabel: c.dnsLabel ?? pulumi.interpolate`${`${c.namePrefix}-${slug(args.stack)}`.slice(0, 56)}-${suffix.result}`,
            identityId: identity.webIdentityId,
            identityClientId: identity.webIdentityClientId,
            deployPublicKey: identity.deployPublicKey,
            sshHostKey: identity.hostPublicKey && identity.hostPrivateKey
                ? { privateKey: identity.hostPrivateKey, publicKey: identity.hostPublicKey }
                : undefined,
            diskEncryptionSetId: c.diskEncryptionCustomerKey ? diskEncryptionSetId : undefined,
            extensions: [amaExtension(identity.webIdentityId)],
            tlsCertificate: c.tlsEnabled ? { vaultName, vaultUri, certificateName: c.tlsCertificateName } : undefined,
            release: release.blobUrl ? { blobUrl: release.blobUrl, sha256: release.sha256, published: release.published } : undefined,
            tags,
        }, { parent: this });

        const observability = new Observability(`${name}-obs`, {
            resourceGroupName: rg.name,
            location: rg.location,
            names: {
                workspace: azureName(ctx, "log"),
                dataCollectionEndpoint: azureName(ctx, "dce"),
                dataCollectionRule: azureName(ctx, "dcr", "web"),
                actionGroup: azureName(ctx, "ag"),
                actionGroupShortName: `${c.namePrefix}-${slug(args.stack)}`.slice(0, 12),
                fiveXxAlert: azureName(ctx, "alert", "5xx"),
                failedActivationAlert: azureName(ctx, "alert", "activation"),
                healthProbeAlert: azureName(ctx, "alert", "probe"),
            },
            retentionDays: c.logRetentionDays,
            identityId: identity.webIdentityId,
            targets: c.webMode === "vm" ? web.hosts.map((h) => h.vmId) : [web.scaleSetId!],
            loadBalancerId: web.network.loadBalancerId,
            emails: c.alertEmails.map((e) => ({ name: e.slice(0, e.indexOf("=")), address: e.slice(e.indexOf("=") + 1) })),
            // The webhook URL embeds a token: it stays a secret all the way to the action group.
            webhooks: c.alertWebhookUrl ? [{ name: "webhook", serviceUri: pulumi.secret(c.alertWebhookUrl) }] : [],
            alerts: {
                fiveXxRatePercent: c.alert5xxRatePercent,
                fiveXxWindowMinutes: c.alert5xxWindowMinutes,
                fiveXxMinRequests: c.alert5xxMinRequests,
                failedActivations: c.alertFailedActivations,
                failedActivationsWindowMinutes: c.alertFailedActivationsWindowMinutes,
                healthProbeMinPercent: c.alertHealthProbeMinPercent,
                healthProbeWindowMinutes: c.alertHealthProbeWindowMinutes,
            },
            tags,
        }, { parent: this });

        const vault = new KeyVault(`${name}-kv`, {
            resourceGroupName: rg.name,
            location: rg.location,
            subscriptionId: client.subscriptionId,
            tenantId: client.tenantId,
            vaultName,
            names: {
                diskKey: "disk-encryption",
                diskEncryptionSet: azureName(ctx, "des", "web"),
                deployKeySecret: "deploy-ssh-private-key",
            },
            purgeProtection: c.keyVaultPurgeProtection,
            softDeleteRetentionDays: c.keyVaultSoftDeleteRetentionDays,
            allowedIpRanges: c.keyVaultAllowedIpRanges,
            allowedSubnetIds: [web.network.subnetId],
            publicNetworkAccess: c.keyVaultPublicNetworkAccess,
            customerManagedDiskKey: c.diskEncryptionCustomerKey,
            keyRotation: { rotateAfterDays: c.keyRotationDays, expiryDays: c.keyExpiryDays, notifyBeforeExpiryDays: c.keyExpiryNotifyDays },
            deployKey: identity.deployPrivateKey
                ? { privateKey: identity.deployPrivateKey, rotationDate: c.credentialRotationDate, expiryDays: c.secretExpiryDays }
                : undefined,
            webPrincipalId: identity.webIdentityPrincipalId,
            logAnalyticsWorkspaceId: observability.workspaceId,
            nameParts: [args.project, args.stack],
            tags,
        }, { parent: this });
        if (vault.diskEncryptionSetId) resolveDiskEncryptionSetId(vault.diskEncryptionSetId);

        if (c.webMode === "vm") {
            new ReleasePush(`${name}-push`, {
                sha256: release.sha256,
                archivePath: release.archivePath,
                user: DEPLOY_USER,
                privateKey: identity.deployPrivateKey!,
                hostKey: identity.hostPublicKey!,
                hosts: web.hosts.map((h) => ({
                    name: h.name,
                    index: h.index,
                    host: c.deployOverPrivateNetwork ? h.privateIp : web.network.publicIpAddress,
                    port: c.deployOverPrivateNetwork ? 22 : SSH_NAT_BASE_PORT + h.index,
                    vm: h.vm,
                    vmUniqueId: h.vmUniqueId,
                })),
            }, { parent: this });
        }

        this.resourceGroupName = rg.name;
        this.publicIpAddress = web.network.publicIpAddress;
        this.url = pulumi.interpolate`${c.tlsEnabled ? "https" : "http"}://${web.network.fqdn}/`;
        this.releaseId = release.sha256;
        this.releaseCommit = release.commit;
        this.sshHostPublicKey = identity.hostPublicKey;
        this.registerOutputs({
            resourceGroupName: this.resourceGroupName,
            url: this.url,
            publicIpAddress: this.publicIpAddress,
            releaseId: this.releaseId,
            releaseCommit: this.releaseCommit,
            sshHostPublicKey: this.sshHostPublicKey,
        });
    }
}
