import * as pulumi from "@pulumi/pulumi";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import * as tls from "@pulumi/tls";
import { grant } from "./rbac";
import { delegationCondition, DELEGABLE_ROLES } from "./keyVaultPolicy";

export interface DeployerGrantArgs {
    /** The stack's resource group: the deployer's only scope. */
    readonly resourceGroupId: pulumi.Input<string>;
    readonly subscriptionId: pulumi.Input<string>;
    /** Stable strings for deterministic role-assignment names. */
    readonly nameParts: readonly string[];
    /** What must exist first: the federated credential (identity → connection → credential → roles). */
    readonly after: pulumi.Resource[];
}

export interface IdentityArgs {
    readonly resourceGroupName: pulumi.Input<string>;
    readonly location: pulumi.Input<string>;
    /** Azure names of the identities this plane creates. */
    readonly names: { readonly webIdentity: string; readonly deployerIdentity: string };
    /** Generate the SSH key the deploying agent uses to push releases (vm mode only). */
    readonly deployKey: boolean;
    /** Changing it regenerates the deploy key (a rotation keeper: `credentialRotationDate`). */
    readonly rotationKeeper: string;
    /**
     * Generate the hosts' SSH host key (vm mode): the deploying agent pins its public half, so pushes
     * verify the host. It is not tied to `rotationKeeper`: the hosts receive it in their custom data, so
     * a new host key recreates the VMs in vm mode. Rotate it deliberately with
     * `pulumi up --replace <the host key's URN>`.
     */
    readonly hostKey: boolean;

    readonly tags: Record<string, string>;
}

/**
 * Identity and secrets plane: the web tier's user-assigned identity and, in vm (push) mode, the deploy
 * SSH key and the hosts' SSH host key. Private keys exist only as Pulumi secrets; hosts receive only the
 * public half of the deploy key, and the host key pair through their (secret) custom data.
 */
export class Identity extends pulumi.ComponentResource {
    /** ARM id of the web tier's user-assigned identity. */
    public readonly webIdentityId: pulumi.Output<string>;
    public readonly webIdentityPrincipalId: pulumi.Output<string>;
    public readonly webIdentityClientId: pulumi.Output<string>;
    /** The pipeline's deployer identity (workload identity federation from Azure DevOps). */
    public readonly deployerIdentityName: pulumi.Output<string>;
    public readonly deployerPrincipalId: pulumi.Output<string>;
    public readonly deployerClientId: pulumi.Output<string>;
    /** OpenSSH public key of the deploy user (vm mode), undefined in vmss mode. */
    public readonly deployPublicKey?: pulumi.Output<string>;
    /** OpenSSH private key of the deploy user (a secret), undefined in vmss mode. */
    public readonly deployPrivateKey?: pulumi.Output<string>;
    /** The hosts' SSH host key as one `ssh-ed25519 AAAA...` line (vm mode), undefined otherwise. */
    public readonly hostPublicKey?: pulumi.Output<string>;
    /** The hosts' SSH host key as an OpenSSH private key block (a secret; vm mode), undefined otherwise. */
    public readonly hostPrivateKey?: pulumi.Output<string>;

    constructor(name: string, args: IdentityArgs, opts: pulumi.ComponentResourceOptions = {}) {
        super("lighttpd-azure:identity:Identity", name, {}, opts);

        const web = new managedidentity.UserAssignedIdentity(`${name}-web`, {
            resourceName: args.names.webIdentity,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            tags: args.tags,
        }, { parent: this });
        this.webIdentityId = web.id;
        this.webIdentityPrincipalId = web.principalId;
        this.webIdentityClientId = web.clientId;

        const deployer = new managedidentity.UserAssignedIdentity(`${name}-deployer`, {
            resourceName: args.names.deployerIdentity,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            tags: args.tags,
        }, { parent: this });
        this.deployerIdentityName = deployer.name;
        this.deployerPrincipalId = deployer.principalId;
        this.deployerClientId = deployer.clientId;

        if (args.deployKey) {
            const key = new tls.PrivateKey(`${name}-deploy-key`, { algorithm: "ED25519" }, {
                parent: this,
                replacementTrigger: args.rotationKeeper,
            });
            this.deployPublicKey = key.publicKeyOpenssh.apply((k) => k.trim());
            this.deployPrivateKey = pulumi.secret(key.privateKeyOpenssh);
        }
        if (args.hostKey) {
            // One host key per stack, shared by its hosts (they receive the same custom data). No
            // replacementTrigger: rotating it recreates the VMs (see IdentityArgs.hostKey).
            const hostKey = new tls.PrivateKey(`${name}-host-key`, { algorithm: "ED25519" }, { parent: this });
            this.hostPublicKey = hostKey.publicKeyOpenssh.apply((k) => k.trim());
            this.hostPrivateKey = pulumi.secret(hostKey.privateKeyOpenssh);
        }
        this.registerOutputs({
            webIdentityId: this.webIdentityId,
            webIdentityPrincipalId: this.webIdentityPrincipalId,
            deployerPrincipalId: this.deployerPrincipalId,
            deployPublicKey: this.deployPublicKey,
            hostPublicKey: this.hostPublicKey,
        });
    }

    /**
     * The deployer's role assignments at the resource group, created only once its federated credential
     * exists: Contributor, plus role assignments only through the ABAC-constrained administrator role,
     * limited to the exact roles the program assigns. No Owner or User Access Administrator.
     */
    grantDeployer(name: string, a: DeployerGrantArgs): void {
        grant(`${name}-contributor`, {
            role: "contributor", scope: a.resourceGroupId, principalId: this.deployerPrincipalId,
            principalType: "ServicePrincipal", subscriptionId: a.subscriptionId,
            nameParts: [...a.nameParts, "deployer-contributor"],
            description: "The pipeline runs pulumi up for this stack",
        }, this, a.after);
        grant(`${name}-rbac-admin`, {
            role: "rbacAdministrator", scope: a.resourceGroupId, principalId: this.deployerPrincipalId,
            principalType: "ServicePrincipal", subscriptionId: a.subscriptionId,
            nameParts: [...a.nameParts, "deployer-rbac-admin"],
            description: "The pipeline may assign only the data-plane roles this program declares, to managed identities",
            condition: delegationCondition(DELEGABLE_ROLES),
        }, this, a.after);
    }
}
