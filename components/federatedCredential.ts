/**
 * The trust between a stack's deployer identity and its Azure DevOps service connection.
 *
 * The identity plane calls this with its user-assigned identity; issuer and subject are taken from
 * the service connection's outputs (never built as strings here), so the credential always trusts
 * exactly the connection Azure DevOps created. Order: identity -> service connection -> this
 * credential -> the identity's role assignments (the caller makes those depend on the result).
 */
import * as pulumi from "@pulumi/pulumi";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import { Delivery, FEDERATION_AUDIENCE } from "./Delivery";

export interface DeployerFederatedCredentialArgs {
    /** Resource group of the deployer's user-assigned identity. */
    readonly resourceGroupName: pulumi.Input<string>;
    /** Azure name (`resourceName`) of the deployer's user-assigned identity. */
    readonly identityName: pulumi.Input<string>;
    /** The stack's delivery plane, whose service connection the identity is to trust. */
    readonly delivery: Delivery;
    /** Azure name of the credential. @default the service connection's name, e.g. "sc-lighttpd-azure-prod" */
    readonly credentialName?: string;
}

/** Resource options of the credential; `dependsOn` is a plain list so the service connection can be added to it. */
export type DeployerFederatedCredentialOptions = Omit<pulumi.CustomResourceOptions, "dependsOn"> & {
    /** Further dependencies, typically the identity itself. */
    readonly dependsOn?: readonly pulumi.Resource[];
};

/**
 * Creates the federated identity credential on the deployer identity: issuer and subject are the
 * service connection's `workloadIdentityFederationIssuer` / `workloadIdentityFederationSubject`,
 * audience `api://AzureADTokenExchange`. It depends explicitly on the service connection (and on
 * whatever the caller lists, e.g. the identity).
 */
export function deployerFederatedCredential(name: string, args: DeployerFederatedCredentialArgs,
    opts: DeployerFederatedCredentialOptions = {}): managedidentity.FederatedIdentityCredential {
    const { dependsOn = [], ...rest } = opts;
    return new managedidentity.FederatedIdentityCredential(name, {
        resourceGroupName: args.resourceGroupName,
        resourceName: args.identityName,
        federatedIdentityCredentialResourceName: args.credentialName ?? args.delivery.serviceConnectionName,
        issuer: args.delivery.federationIssuer,
        subject: args.delivery.federationSubject,
        audiences: [FEDERATION_AUDIENCE],
    }, { ...rest, dependsOn: [...dependsOn, args.delivery.serviceEndpoint] });
}
