import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import * as authorization from "@pulumi/azure-native/authorization";
import * as random from "@pulumi/random";
import { StackConfig } from "./config";
import { azureName, NamingContext, slug, standardTags } from "./naming";
import { Identity } from "./Identity";
import { WebTier } from "./WebTier";

export interface PlatformArgs {
    /** The validated stack configuration (see config.ts). */
    readonly config: StackConfig;
    /** Pulumi project name (tags, names). */
    readonly project: string;
    /** Pulumi stack name (tags, names). */
    readonly stack: string;
}

/**
 * The whole topology of one stack: the resource group, then one component per plane (web tier,
 * identity and secrets, release, observability, delivery), wired together here and nowhere else.
 */
export class Platform extends pulumi.ComponentResource {
    public readonly resourceGroupName: pulumi.Output<string>;
    public readonly url: pulumi.Output<string>;
    public readonly publicIpAddress: pulumi.Output<string>;

    constructor(name: string, args: PlatformArgs, opts: pulumi.ComponentResourceOptions = {}) {
        super("lighttpd-azure:index:Platform", name, {}, opts);
        const c = args.config;
        const ctx: NamingContext = { prefix: c.namePrefix, stack: args.stack, environment: c.environment, project: args.project };
        const tags = standardTags(ctx, c.tags);
        const client = authorization.getClientConfigOutput({ parent: this });

        // One stable random suffix for the names Azure wants globally unique (DNS label, Key Vault).
        // It never changes for the life of the stack: no keepers, so no replacement.
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
            names: { webIdentity: azureName(ctx, "id", "web") },
            deployKey: c.webMode === "vm",
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
            deployPublicKey: identity.deployPublicKey,
            tags,
        }, { parent: this });
        const net = web.network;

        this.resourceGroupName = rg.name;
        this.publicIpAddress = net.publicIpAddress;
        this.url = pulumi.interpolate`${c.tlsEnabled ? "https" : "http"}://${net.fqdn}/`;
        this.registerOutputs({
            resourceGroupName: this.resourceGroupName,
            url: this.url,
            publicIpAddress: this.publicIpAddress,
        });
    }
}
