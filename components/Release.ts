import * as pulumi from "@pulumi/pulumi";
import * as command from "@pulumi/command";
import * as storage from "@pulumi/azure-native/storage";
import { buildRelease, BuiltRelease } from "./siteRelease";
import { grant } from "./rbac";

/** Where the release tool lives on hosts (installed by cloud-init). */
export const HOST_RELEASE_TOOL = "/usr/local/sbin/lighttpd-release";
/** Health URL the release tool checks on the host itself (HTTP, exempt from the HTTPS redirect). */
export const HOST_HEALTH_URL = "http://127.0.0.1/healthz";
export const RELEASE_CONTAINER = "releases";

export interface ReleaseArtifactArgs {
    readonly mode: "vm" | "vmss";
    /** Absolute path of the document root to pack. */
    readonly siteDir: string;
    /** Absolute directory for built archives (content-addressed). */
    readonly archiveDir: string;
    /**
     * An earlier release id to activate instead of the site's current content (rollback by config).
     * @default not set: the site is packed and its hash is the release
     */
    readonly pin?: string;
    readonly resourceGroupName: pulumi.Input<string>;
    readonly location: pulumi.Input<string>;
    readonly subscriptionId: pulumi.Input<string>;
    /** vmss mode: the storage account's globally unique name. */
    readonly storageAccountName?: pulumi.Input<string>;
    /** vmss mode: Standard_LRS or Standard_ZRS. */
    readonly storageSku?: string;
    /** vmss mode: principal ids for the container's role assignments. */
    readonly readerPrincipalId?: pulumi.Input<string>;
    readonly uploaderPrincipalId?: pulumi.Input<string>;
    /** Stable strings for deterministic role-assignment names. */
    readonly nameParts: readonly string[];
    /** vmss mode: what the uploader's role assignment waits for (the deployer's federated credential). */
    readonly uploaderGrantAfter?: pulumi.Resource[];
    readonly tags: Record<string, string>;
}

/**
 * The release artefact: the site packed into a deterministic archive whose SHA-256 is the release id
 * (or a pinned earlier id). In vmss (pull) mode it also declares the private, RBAC-only storage
 * container and a command resource, keyed by the hash, that uploads the archive as `<sha256>.tar`.
 */
export class ReleaseArtifact extends pulumi.ComponentResource {
    public readonly sha256: pulumi.Output<string>;
    /** Local archive path (relative to the program's directory); undefined when pinned. */
    public readonly archivePath?: pulumi.Output<string>;
    public readonly commit: pulumi.Output<string | null>;
    /** vmss mode: https URL of the release blob, read by instances with their managed identity. */
    public readonly blobUrl?: pulumi.Output<string>;
    /** vmss mode: the resource the scale set's model must wait for. */
    public readonly published?: pulumi.Resource;

    constructor(name: string, args: ReleaseArtifactArgs, opts: pulumi.ComponentResourceOptions = {}) {
        super("lighttpd-azure:release:Artifact", name, {}, opts);
        if (args.pin !== undefined && !/^[0-9a-f]{64}$/.test(args.pin)) {
            throw new Error(`ReleaseArtifact '${name}': pin must be a sha256 (64 lower-case hex digits); got '${args.pin}'`);
        }
        let built: pulumi.Output<BuiltRelease> | undefined;
        if (args.pin !== undefined) {
            this.sha256 = pulumi.output(args.pin);
            this.commit = pulumi.output(null);
        } else {
            built = pulumi.output(buildRelease(args.siteDir, args.archiveDir));
            this.sha256 = built.sha256;
            this.archivePath = built.archivePath;
            this.commit = built.commit;
        }

        if (args.mode === "vmss") {
            if (!args.storageAccountName || !args.readerPrincipalId || !args.uploaderPrincipalId) {
                throw new Error(`ReleaseArtifact '${name}': vmss mode needs storageAccountName, readerPrincipalId and uploaderPrincipalId`);
            }
            const account = new storage.StorageAccount(`${name}-st`, {
                accountName: args.storageAccountName,
                resourceGroupName: args.resourceGroupName,
                location: args.location,
                kind: "StorageV2",
                sku: { name: args.storageSku ?? "Standard_LRS" },
                accessTier: "Hot",
                allowBlobPublicAccess: false,
                allowSharedKeyAccess: false,
                defaultToOAuthAuthentication: true,
                allowCrossTenantReplication: false,
                minimumTlsVersion: "TLS1_2",
                enableHttpsTrafficOnly: true,
                publicNetworkAccess: "Enabled",
                tags: args.tags,
            }, { parent: this });
            const container = new storage.BlobContainer(`${name}-releases`, {
                accountName: account.name,
                resourceGroupName: args.resourceGroupName,
                containerName: RELEASE_CONTAINER,
                publicAccess: "None",
            }, { parent: this });
            const reader = grant(`${name}-web-reads-releases`, {
                role: "storageBlobDataReader", scope: container.id, principalId: args.readerPrincipalId,
                principalType: "ServicePrincipal", subscriptionId: args.subscriptionId,
                nameParts: [...args.nameParts, "web-reads-releases"],
                description: "Web tier instances pull release archives (pull mode)",
            }, this);
            const uploader = grant(`${name}-deployer-writes-releases`, {
                role: "storageBlobDataContributor", scope: container.id, principalId: args.uploaderPrincipalId,
                principalType: "ServicePrincipal", subscriptionId: args.subscriptionId,
                nameParts: [...args.nameParts, "deployer-writes-releases"],
                description: "The pipeline uploads release archives (pull mode)",
            }, this, args.uploaderGrantAfter ?? []);
            const blobName = pulumi.interpolate`${this.sha256}.tar`;
            this.blobUrl = pulumi.interpolate`https://${account.name}.blob.core.windows.net/${RELEASE_CONTAINER}/${blobName}`;
            // Content-addressed: a blob that exists already is the same release, so it is not uploaded
            // again; a pinned release must already be there.
            const script = args.pin !== undefined
                ? `test "$(az storage blob exists --auth-mode login --account-name "$ACCOUNT" --container-name "$CONTAINER" --name "$BLOB" --query exists -o tsv)" = true || { echo "release $BLOB is not in $ACCOUNT/$CONTAINER: pin only a release that was published before" >&2; exit 1; }`
                : `if test "$(az storage blob exists --auth-mode login --account-name "$ACCOUNT" --container-name "$CONTAINER" --name "$BLOB" --query exists -o tsv)" = true; then echo "release $BLOB already published"; else az storage blob upload --auth-mode login --only-show-errors --account-name "$ACCOUNT" --container-name "$CONTAINER" --name "$BLOB" --file "$ARCHIVE" --content-type application/x-tar --overwrite false; fi`;
            this.published = new command.local.Command(`${name}-publish`, {
                create: script,
                environment: {
                    ACCOUNT: account.name,
                    CONTAINER: RELEASE_CONTAINER,
                    BLOB: blobName,
                    ARCHIVE: this.archivePath ?? "",
                },
                triggers: [this.sha256],
            }, { parent: this, dependsOn: [container, uploader, reader] });
        }
        this.registerOutputs({ sha256: this.sha256, blobUrl: this.blobUrl });
    }
}

export interface PushTarget {
    readonly name: string;
    /** 1-based; the release reaches host 1 first. */
    readonly index: number;
    /** Address and port the deploying agent connects to. */
    readonly host: pulumi.Input<string>;
    readonly port: pulumi.Input<number>;
    /** The host's VM: nothing is pushed before it exists. */
    readonly vm?: pulumi.Resource;
    /**
     * Azure's unique id of the VM (`properties.vmId`, new on every creation; the ARM id stays the same
     * when a VM is replaced under its name), a trigger beside the release id: a replaced VM (in vm mode
     * any change of the rendered cloud-config replaces it) starts without any release, so the copy and
     * the activation must run again for it even though the release is unchanged.
     */
    readonly vmUniqueId?: pulumi.Input<string>;
}

export interface ReleasePushArgs {
    readonly sha256: pulumi.Input<string>;
    /** Local archive to copy; undefined for a pinned release (already on the hosts). */
    readonly archivePath?: pulumi.Input<string>;
    readonly hosts: readonly PushTarget[];
    readonly user: string;
    readonly privateKey: pulumi.Input<string>;
    /**
     * The hosts' SSH host key, one OpenSSH public key line (`ssh-ed25519 AAAA...`, as in authorized_keys
     * or tls.PrivateKey's publicKeyOpenssh, trimmed). Every connection verifies the host against it and
     * refuses any other key: a man in the middle cannot take the push.
     */
    readonly hostKey: pulumi.Input<string>;
}

/** The remote commands for one host (pure; tested). */
export function activateCommand(sha256: string, remoteArchive: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`activateCommand: malformed sha256 '${sha256}'`);
    return `cloud-init status --wait >/dev/null 2>&1 || true; sudo ${HOST_RELEASE_TOOL} --verbose --health-url ${HOST_HEALTH_URL} activate ${remoteArchive} ${sha256}; rc=$?; rm -f ${remoteArchive}; exit $rc`;
}

export function rollbackCommand(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`rollbackCommand: malformed sha256 '${sha256}'`);
    return `cloud-init status --wait >/dev/null 2>&1 || true; sudo ${HOST_RELEASE_TOOL} --verbose --health-url ${HOST_HEALTH_URL} rollback ${sha256}`;
}

/**
 * vm (push) mode: per host, copy the archive (remote.CopyToRemote) and activate it with the release
 * tool (remote.Command), both keyed by the release id and the VM's unique id, chained host after host
 * so only one host is switching at any moment and a failing host stops the roll-out. Unchanged
 * release and VMs: no command runs; a replaced VM gets the release again. Every connection pins the
 * hosts' SSH host key. A pinned release (rollback) is only switched to: a VM replaced while a pin is
 * set does not have it, and its activation fails saying so (unpin to push the current site).
 */
export class ReleasePush extends pulumi.ComponentResource {
    /** The last host's activation: done means every host serves the release. */
    public readonly done: pulumi.Resource | undefined;

    constructor(name: string, args: ReleasePushArgs, opts: pulumi.ComponentResourceOptions = {}) {
        super("lighttpd-azure:release:Push", name, {}, opts);
        if (args.hostKey === undefined || args.hostKey === "") {
            throw new Error(`ReleasePush '${name}': hostKey is required: without it the provider accepts any host key`);
        }
        let previous: pulumi.Resource | undefined;
        for (const h of args.hosts) {
            const connection = {
                host: h.host,
                port: h.port,
                user: args.user,
                privateKey: args.privateKey,
                // Without hostKey the provider accepts any host key. Assumption (the provider binary is not
                // available here to check): @pulumi/command 1.2.1 (pulumi/pulumi-command#794) parses hostKey
                // as an authorized_keys-format public key line and accepts exactly that key
                // (ssh.FixedHostKey). Go's x/crypto/ssh client prefers ECDSA host keys, so the hosts must
                // have this ed25519 key only: cloud-init deletes the others and sshd loads only it.
                hostKey: pulumi.output(args.hostKey).apply((k) => k.trim()),
                dialErrorLimit: 40,
                perDialTimeout: 15,
            };
            const remoteArchive = pulumi.interpolate`/home/${args.user}/release-${args.sha256}.tar`;
            const after = [...(previous ? [previous] : []), ...(h.vm ? [h.vm] : [])];
            const triggers = [args.sha256, ...(h.vmUniqueId !== undefined ? [h.vmUniqueId] : [])];
            let activate: command.remote.Command;
            if (args.archivePath !== undefined) {
                const copy = new command.remote.CopyToRemote(`${name}-${h.index}-copy`, {
                    connection,
                    source: pulumi.output(args.archivePath).apply((p) => new pulumi.asset.FileAsset(p)),
                    remotePath: remoteArchive,
                    triggers,
                }, { parent: this, dependsOn: after });
                activate = new command.remote.Command(`${name}-${h.index}-activate`, {
                    connection,
                    create: pulumi.all([args.sha256, remoteArchive]).apply(([s, r]) => activateCommand(s, r)),
                    triggers,
                }, { parent: this, dependsOn: [copy, ...after] });
            } else {
                activate = new command.remote.Command(`${name}-${h.index}-activate`, {
                    connection,
                    create: pulumi.output(args.sha256).apply(rollbackCommand),
                    triggers,
                }, { parent: this, dependsOn: after });
            }
            previous = activate;
        }
        this.done = previous;
        this.registerOutputs({});
    }
}
