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

/** The OS disk: managed, deleted with its VM, zone-redundant-friendly SSD. */
export function osDisk(storageAccountType: string) {
    return {
        createOption: "FromImage",
        caching: "ReadWrite",
        managedDisk: { storageAccountType },
        deleteOption: "Delete",
    } as const;
}
