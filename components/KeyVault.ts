import * as pulumi from "@pulumi/pulumi";
import * as keyvault from "@pulumi/azure-native/keyvault";
import * as compute from "@pulumi/azure-native/compute";
import * as monitor from "@pulumi/azure-native/monitor";
import { grant } from "./rbac";
import { rotationPolicy, RotationSettings, expiryEpoch } from "./keyVaultPolicy";

export interface KeyVaultArgs {
    readonly resourceGroupName: pulumi.Input<string>;
    readonly location: pulumi.Input<string>;
    readonly subscriptionId: pulumi.Input<string>;
    readonly tenantId: pulumi.Input<string>;
    /** Globally unique vault name (3 to 24 characters). */
    readonly vaultName: pulumi.Input<string>;
    readonly names: { readonly diskKey: string; readonly diskEncryptionSet: string; readonly deployKeySecret: string };
    /** Purge protection (cannot be turned off again once on). @default true */
    readonly purgeProtection: boolean;
    readonly softDeleteRetentionDays: number;
    /** Public IPv4 addresses/ranges admitted by the firewall (default action Deny). */
    readonly allowedIpRanges: readonly string[];
    /** Subnets admitted through service endpoints (the web subnet). */
    readonly allowedSubnetIds: pulumi.Input<string>[];
    readonly publicNetworkAccess: boolean;
    /** Create the disk key and the disk encryption set (customer-managed keys for the web tier's disks). */
    readonly customerManagedDiskKey: boolean;
    readonly keyRotation: RotationSettings;
    /** vm mode: the deploy private key to keep in the vault, with its expiry. */
    readonly deployKey?: { readonly privateKey: pulumi.Input<string>; readonly rotationDate: string; readonly expiryDays: number };
    /** Principal of the web tier's identity: reads secrets (TLS certificate sync). */
    readonly webPrincipalId: pulumi.Input<string>;
    /** Log Analytics workspace for the vault's audit events. @default no diagnostic setting */
    readonly logAnalyticsWorkspaceId?: pulumi.Input<string>;
    readonly nameParts: readonly string[];
    readonly tags: Record<string, string>;
}

/**
 * The stack's Key Vault (RBAC authorization only, purge protection, firewall deny-by-default with the
 * AzureServices bypass), the disk encryption key with its rotation policy, the disk encryption set
 * that follows the key to its latest version, the deploy key as an expiring secret, the role
 * assignments each consumer needs on exactly this vault or key, and audit logs to Log Analytics.
 */
export class KeyVault extends pulumi.ComponentResource {
    public readonly vaultId: pulumi.Output<string>;
    public readonly vaultName: pulumi.Output<string>;
    public readonly vaultUri: pulumi.Output<string>;
    /** Disk encryption set id; resolves only once the set may use the key (role assignment done). */
    public readonly diskEncryptionSetId?: pulumi.Output<string>;

    constructor(name: string, args: KeyVaultArgs, opts: pulumi.ComponentResourceOptions = {}) {
        super("lighttpd-azure:identity:KeyVault", name, {}, opts);
        if (args.customerManagedDiskKey && !args.purgeProtection) {
            throw new Error(`KeyVault '${name}': a disk encryption set needs purge protection on its vault`);
        }
        const vault = new keyvault.Vault(name, {
            vaultName: args.vaultName,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            properties: {
                tenantId: args.tenantId,
                sku: { family: "A", name: "standard" },
                enableRbacAuthorization: true,
                enableSoftDelete: true,
                softDeleteRetentionInDays: args.softDeleteRetentionDays,
                // The API refuses an explicit false; leaving it unset is how it stays off.
                enablePurgeProtection: args.purgeProtection ? true : undefined,
                enabledForDeployment: false,
                enabledForDiskEncryption: false,
                enabledForTemplateDeployment: false,
                publicNetworkAccess: args.publicNetworkAccess ? "Enabled" : "Disabled",
                networkAcls: {
                    defaultAction: "Deny",
                    bypass: "AzureServices",
                    ipRules: args.allowedIpRanges.map((value) => ({ value })),
                    virtualNetworkRules: args.allowedSubnetIds.map((id) => ({ id, ignoreMissingVnetServiceEndpoint: false })),
                },
            },
            tags: args.tags,
        }, { parent: this });
        this.vaultId = vault.id;
        this.vaultName = vault.name;
        this.vaultUri = vault.properties.apply((p) => p.vaultUri ?? "");

        grant(`${name}-web-reads-secrets`, {
            role: "keyVaultSecretsUser", scope: vault.id, principalId: args.webPrincipalId,
            principalType: "ServicePrincipal", subscriptionId: args.subscriptionId,
            nameParts: [...args.nameParts, "web-reads-secrets"],
            description: "Web hosts sync their TLS certificate (Key Vault VM extension)",
        }, this);

        if (args.customerManagedDiskKey) {
            const key = new keyvault.Key(`${name}-disk-key`, {
                keyName: args.names.diskKey,
                vaultName: vault.name,
                resourceGroupName: args.resourceGroupName,
                properties: {
                    kty: "RSA",
                    keySize: 3072,
                    keyOps: ["wrapKey", "unwrapKey"],
                    attributes: { enabled: true, exportable: false },
                    rotationPolicy: rotationPolicy(args.keyRotation),
                },
                tags: args.tags,
            }, { parent: this });
            const des = new compute.DiskEncryptionSet(`${name}-des`, {
                diskEncryptionSetName: args.names.diskEncryptionSet,
                resourceGroupName: args.resourceGroupName,
                location: args.location,
                encryptionType: "EncryptionAtRestWithCustomerKey",
                identity: { type: "SystemAssigned" },
                // Versionless key URL + rotationToLatestKeyVersionEnabled: the set follows rotations
                // itself, so a rotation is no drift for the program.
                activeKey: { keyUrl: key.keyUri, sourceVault: { id: vault.id } },
                rotationToLatestKeyVersionEnabled: true,
                tags: args.tags,
            }, { parent: this });
            const desCanUseKey = grant(`${name}-des-uses-key`, {
                role: "keyVaultCryptoServiceEncryptionUser", scope: key.id,
                principalId: des.identity.apply((i) => i?.principalId ?? ""),
                principalType: "ServicePrincipal", subscriptionId: args.subscriptionId,
                nameParts: [...args.nameParts, "des-uses-key"],
                description: "The disk encryption set wraps and unwraps disk keys with the stack's key",
            }, this);
            // Disks must not be created before the set can use the key.
            this.diskEncryptionSetId = pulumi.all([des.id, desCanUseKey.id]).apply(([id]) => id);
        }

        if (args.deployKey) {
            new keyvault.Secret(`${name}-deploy-key`, {
                secretName: args.names.deployKeySecret,
                vaultName: vault.name,
                resourceGroupName: args.resourceGroupName,
                properties: {
                    value: pulumi.secret(args.deployKey.privateKey),
                    contentType: "application/x-openssh-private-key",
                    attributes: { enabled: true, expires: expiryEpoch(args.deployKey.rotationDate, args.deployKey.expiryDays) },
                },
                tags: args.tags,
            }, { parent: this });
        }

        if (args.logAnalyticsWorkspaceId) {
            new monitor.DiagnosticSetting(`${name}-audit`, {
                name: "audit-to-log-analytics",
                resourceUri: vault.id,
                workspaceId: args.logAnalyticsWorkspaceId,
                logAnalyticsDestinationType: "Dedicated",
                logs: [{ categoryGroup: "audit", enabled: true }],
                metrics: [{ category: "AllMetrics", enabled: true }],
            }, { parent: this });
        }
        this.registerOutputs({ vaultId: this.vaultId, vaultUri: this.vaultUri, diskEncryptionSetId: this.diskEncryptionSetId });
    }
}
