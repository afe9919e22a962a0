import * as pulumi from "@pulumi/pulumi";
/**
 * The provider type for the azuredevops package. By default, resources use package-wide configuration
 * settings, however an explicit `Provider` instance may be created and passed during resource
 * construction to achieve fine-grained programmatic control over provider settings. See the
 * [documentation](https://www.pulumi.com/docs/reference/programming-model/#providers) for more information.
 */
export declare class Provider extends pulumi.ProviderResource {
    /**
     * Returns true if the given object is an instance of Provider.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Provider;
    /**
     * Base64 encoded certificate to use to authenticate to the service principal.
     */
    readonly clientCertificate: pulumi.Output<string | undefined>;
    /**
     * Password for a client certificate password.
     */
    readonly clientCertificatePassword: pulumi.Output<string | undefined>;
    /**
     * Path to a certificate to use to authenticate to the service principal.
     */
    readonly clientCertificatePath: pulumi.Output<string | undefined>;
    /**
     * The service principal client id which should be used for AAD auth.
     */
    readonly clientId: pulumi.Output<string | undefined>;
    /**
     * The path to a file containing the Client ID which should be used.
     */
    readonly clientIdFilePath: pulumi.Output<string | undefined>;
    /**
     * Client secret for authenticating to  a service principal.
     */
    readonly clientSecret: pulumi.Output<string | undefined>;
    /**
     * Path to a file containing a client secret for authenticating to  a service principal.
     */
    readonly clientSecretPath: pulumi.Output<string | undefined>;
    /**
     * The Azure Pipelines Service Connection ID to use for authentication.
     */
    readonly oidcAzureServiceConnectionId: pulumi.Output<string | undefined>;
    /**
     * The bearer token for the request to the OIDC provider. For use when authenticating as a Service Principal using OpenID Connect.
     */
    readonly oidcRequestToken: pulumi.Output<string | undefined>;
    /**
     * The URL for the OIDC provider from which to request an ID token. For use when authenticating as a Service Principal using OpenID Connect.
     */
    readonly oidcRequestUrl: pulumi.Output<string | undefined>;
    /**
     * OIDC token to authenticate as a service principal.
     */
    readonly oidcToken: pulumi.Output<string | undefined>;
    /**
     * OIDC token from file to authenticate as a service principal.
     */
    readonly oidcTokenFilePath: pulumi.Output<string | undefined>;
    /**
     * The url of the Azure DevOps instance which should be used.
     */
    readonly orgServiceUrl: pulumi.Output<string | undefined>;
    /**
     * The personal access token which should be used.
     */
    readonly personalAccessToken: pulumi.Output<string | undefined>;
    /**
     * The service principal tenant id which should be used for AAD auth.
     */
    readonly tenantId: pulumi.Output<string | undefined>;
    /**
     * Create a Provider resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ProviderArgs, opts?: pulumi.ResourceOptions);
    /**
     * This function returns a Terraform config object with terraform-namecased keys,to be used with the Terraform Module Provider.
     */
    terraformConfig(): pulumi.Output<Provider.TerraformConfigResult>;
}
/**
 * The set of arguments for constructing a Provider resource.
 */
export interface ProviderArgs {
    /**
     * List of auxiliary Tenant IDs required for multi-tenancy and cross-tenant scenarios.
     */
    auxiliaryTenantIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Base64 encoded certificate to use to authenticate to the service principal.
     */
    clientCertificate?: pulumi.Input<string | undefined>;
    /**
     * Password for a client certificate password.
     */
    clientCertificatePassword?: pulumi.Input<string | undefined>;
    /**
     * Path to a certificate to use to authenticate to the service principal.
     */
    clientCertificatePath?: pulumi.Input<string | undefined>;
    /**
     * The service principal client id which should be used for AAD auth.
     */
    clientId?: pulumi.Input<string | undefined>;
    /**
     * The path to a file containing the Client ID which should be used.
     */
    clientIdFilePath?: pulumi.Input<string | undefined>;
    /**
     * Client secret for authenticating to  a service principal.
     */
    clientSecret?: pulumi.Input<string | undefined>;
    /**
     * Path to a file containing a client secret for authenticating to  a service principal.
     */
    clientSecretPath?: pulumi.Input<string | undefined>;
    /**
     * The Azure Pipelines Service Connection ID to use for authentication.
     */
    oidcAzureServiceConnectionId?: pulumi.Input<string | undefined>;
    /**
     * The bearer token for the request to the OIDC provider. For use when authenticating as a Service Principal using OpenID Connect.
     */
    oidcRequestToken?: pulumi.Input<string | undefined>;
    /**
     * The URL for the OIDC provider from which to request an ID token. For use when authenticating as a Service Principal using OpenID Connect.
     */
    oidcRequestUrl?: pulumi.Input<string | undefined>;
    /**
     * OIDC token to authenticate as a service principal.
     */
    oidcToken?: pulumi.Input<string | undefined>;
    /**
     * OIDC token from file to authenticate as a service principal.
     */
    oidcTokenFilePath?: pulumi.Input<string | undefined>;
    /**
     * The url of the Azure DevOps instance which should be used.
     */
    orgServiceUrl?: pulumi.Input<string | undefined>;
    /**
     * The personal access token which should be used.
     */
    personalAccessToken?: pulumi.Input<string | undefined>;
    /**
     * The service principal tenant id which should be used for AAD auth.
     */
    tenantId?: pulumi.Input<string | undefined>;
    /**
     * Use Azure CLI to authenticate. Defaults to `true`.
     */
    useCli?: pulumi.Input<boolean | undefined>;
    /**
     * Use an Azure Managed Service Identity. Defaults to `false`.
     */
    useMsi?: pulumi.Input<boolean | undefined>;
    /**
     * Use an OIDC token to authenticate to a service principal. Defaults to `false`.
     */
    useOidc?: pulumi.Input<boolean | undefined>;
}
export declare namespace Provider {
    /**
     * The results of the Provider.terraformConfig method.
     */
    interface TerraformConfigResult {
        readonly result: {
            [key: string]: any;
        };
    }
}
