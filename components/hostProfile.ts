import type * as pulumi from "@pulumi/pulumi";

/**
 * Pieces shared by the VM and the scale-set models: image reference, Linux OS profile, security
 * profile. Pure values, so the VM and VMSS components cannot drift apart on security settings.
 */

export interface ImageReference {
    readonly publisher: string;
    readonly offer: string;
    readonly sku: string;
    readonly version: string;
}

/** Parses 'publisher:offer:sku:version' (validated by config already). */
export function parseImageUrn(urn: string): ImageReference {
    const parts = urn.split(":");
    if (parts.length !== 4 || parts.some((p) => p === "")) {
        throw new Error(`image '${urn}' must be 'publisher:offer:sku:version'`);
    }
    const [publisher, offer, sku, version] = parts;
    return { publisher, offer, sku, version };
}

/** Linux settings: SSH key only, password login disabled, platform-orchestrated patching. */
export function linuxConfiguration(adminUsername: string, adminSshPublicKey: string) {
    return {
        disablePasswordAuthentication: true,
        provisionVMAgent: true,
        ssh: {
            publicKeys: [{ path: `/home/${adminUsername}/.ssh/authorized_keys`, keyData: adminSshPublicKey }],
        },
    };
}

/** Trusted Launch (Secure Boot, vTPM): the Ubuntu LTS 'server' SKUs are Generation 2 images. */
export const SECURITY_PROFILE = {
    securityType: "TrustedLaunch",
    uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
} as const;

/** Managed boot diagnostics: enabled without a storage account of ours. */
export const BOOT_DIAGNOSTICS = { bootDiagnostics: { enabled: true } } as const;

/**
 * Image and OS disk: managed, deleted with its VM, encrypted with the customer-managed key's disk
 * encryption set when one is given.
 */
export function storageProfile(image: ImageReference, storageAccountType: string, diskEncryptionSetId?: pulumi.Input<string>) {
    return {
        imageReference: { ...image },
        osDisk: {
            createOption: "FromImage",
            caching: "ReadWrite",
            deleteOption: "Delete",
            managedDisk: {
                storageAccountType,
                diskEncryptionSet: diskEncryptionSetId ? { id: diskEncryptionSetId } : undefined,
            },
        },
    } as const;
}

/** A VM extension, applied the same way to each VM (vm mode) and to the scale set's model (vmss). */
export interface HostExtension {
    readonly name: string;
    readonly publisher: string;
    readonly type: string;
    readonly typeHandlerVersion: string;
    readonly settings: unknown;
}

/**
 * The Key Vault VM extension (KeyVaultForLinux 3.x): polls the stack's vault with the web identity and
 * writes the certificate (chain + key, PEM) to KEY_VAULT_CERT_STORE; cloud-init's path unit reloads
 * Lighttpd when it changes. `requireInitialSync` holds other extensions until the first sync.
 */
export const KEY_VAULT_EXTENSION = {
    name: "KeyVaultForLinux",
    publisher: "Microsoft.Azure.KeyVault",
    type: "KeyVaultForLinux",
    typeHandlerVersion: "3.0",
} as const;

export function keyVaultExtensionSettings(vaultUri: string, certificateName: string, clientId: string) {
    return {
        secretsManagementSettings: {
            pollingIntervalInS: "3600",
            requireInitialSync: true,
            certificateStoreLocation: "/var/lib/waagent/Microsoft.Azure.KeyVault.Store",
            observedCertificates: [`${vaultUri.replace(/\/+$/, "")}/secrets/${certificateName}`],
        },
        authenticationSettings: {
            msiEndpoint: "http://169.254.169.254/metadata/identity/oauth2/token",
            msiClientId: clientId,
        },
    };
}
