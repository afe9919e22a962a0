/**
 * List of auxiliary Tenant IDs required for multi-tenancy and cross-tenant scenarios.
 */
export declare const auxiliaryTenantIds: string[] | undefined;
/**
 * Base64 encoded certificate to use to authenticate to the service principal.
 */
export declare const clientCertificate: string | undefined;
/**
 * Password for a client certificate password.
 */
export declare const clientCertificatePassword: string | undefined;
/**
 * Path to a certificate to use to authenticate to the service principal.
 */
export declare const clientCertificatePath: string | undefined;
/**
 * The service principal client id which should be used for AAD auth.
 */
export declare const clientId: string | undefined;
/**
 * The path to a file containing the Client ID which should be used.
 */
export declare const clientIdFilePath: string | undefined;
/**
 * Client secret for authenticating to  a service principal.
 */
export declare const clientSecret: string | undefined;
/**
 * Path to a file containing a client secret for authenticating to  a service principal.
 */
export declare const clientSecretPath: string | undefined;
/**
 * The Azure Pipelines Service Connection ID to use for authentication.
 */
export declare const oidcAzureServiceConnectionId: string | undefined;
/**
 * The bearer token for the request to the OIDC provider. For use when authenticating as a Service Principal using OpenID Connect.
 */
export declare const oidcRequestToken: string | undefined;
/**
 * The URL for the OIDC provider from which to request an ID token. For use when authenticating as a Service Principal using OpenID Connect.
 */
export declare const oidcRequestUrl: string | undefined;
/**
 * OIDC token to authenticate as a service principal.
 */
export declare const oidcToken: string | undefined;
/**
 * OIDC token from file to authenticate as a service principal.
 */
export declare const oidcTokenFilePath: string | undefined;
/**
 * The url of the Azure DevOps instance which should be used.
 */
export declare const orgServiceUrl: string | undefined;
/**
 * The personal access token which should be used.
 */
export declare const personalAccessToken: string | undefined;
/**
 * The service principal tenant id which should be used for AAD auth.
 */
export declare const tenantId: string | undefined;
/**
 * Use Azure CLI to authenticate. Defaults to `true`.
 */
export declare const useCli: boolean | undefined;
/**
 * Use an Azure Managed Service Identity. Defaults to `false`.
 */
export declare const useMsi: boolean | undefined;
/**
 * Use an OIDC token to authenticate to a service principal. Defaults to `false`.
 */
export declare const useOidc: boolean | undefined;
