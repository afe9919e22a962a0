/**
 * The mock engine shared by the unit tests and the offline plan.
 *
 * It runs the real program under `pulumi.runtime.setMocks`, records every registration (type, name,
 * parent URN, inputs, mocked outputs) and answers with realistic computed outputs: ARM resource ids
 * built from the resource's own name inputs, GUIDs for principal/client/tenant ids, the Azure DevOps
 * service connection's federation issuer and subject, random strings, deterministic (well-formed) key pairs.
 * Every value is a deterministic function of the resource's type and name, so two runs give the same
 * plan. An invoke or an Azure resource type it has no rule for is an error, never a silent guess:
 * add the rule here when the program starts using a new one.
 */
import * as crypto from "crypto";
import * as pulumi from "@pulumi/pulumi";

/** Pulumi's marker for a secret value in serialized properties (sdk/nodejs/runtime/rpc.ts). */
export const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG_VALUE = "1b47061264138c4ac30d75fd1eb44270";

export interface Registration {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    /** URN of the parent, or null at the root. */
    readonly parent: string | null;
    readonly custom: boolean;
    /** Inputs as registered (each secret value still in Pulumi's secret envelope, where it is). */
    readonly inputs: Record<string, unknown>;
    /** The mocked state for custom resources, the registered outputs for components. */
    outputs: Record<string, unknown>;
    /** URNs this resource depends on (dependsOn and input dependencies), as the engine would see them. */
    readonly dependencies: readonly string[];
    /** The `replacementTrigger` resource option, if set. */
    readonly replacementTrigger?: unknown;
}

/** Deterministic GUID (RFC 4122 layout, version 5 style) from a seed string. */
export function guid(seed: string): string {
    const h = crypto.createHash("sha256").update(seed).digest("hex");
    const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const MOCK_TENANT_ID = guid("tenant");
export const MOCK_SUBSCRIPTION_ID = guid("subscription");
export const MOCK_DEPLOYER_OBJECT_ID = guid("deployer-object");
export const MOCK_DEVOPS_ORG = "contoso";
export const MOCK_DEVOPS_ORG_ID = guid("devops-organization");

/** True when `v` is Pulumi's serialized secret envelope. */
export function isSecretEnvelope(v: unknown): v is { value: unknown } {
    return typeof v === "object" && v !== null && (v as Record<string, unknown>)[SECRET_SIG_KEY] === SECRET_SIG_VALUE;
}

/** Removes secret envelopes, for computing outputs from inputs. */
export function reveal(v: unknown): unknown {
    if (isSecretEnvelope(v)) return reveal(v.value);
    if (Array.isArray(v)) return v.map(reveal);
    if (v && typeof v === "object") {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, reveal(x)]));
    }
    return v;
}

/** Replaces every secret with the string "[secret]" (what the offline plan prints). */
export function maskSecrets(v: unknown): unknown {
    if (isSecretEnvelope(v)) return "[secret]";
    if (Array.isArray(v)) return v.map(maskSecrets);
    if (v && typeof v === "object") {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, maskSecrets(x)]));
    }
    return v;
}

const secretOf = (value: unknown) => ({ [SECRET_SIG_KEY]: SECRET_SIG_VALUE, value });
const str = (v: unknown): string => (typeof v === "string" ? v : String(v ?? ""));

type Inputs = Record<string, unknown>;
type IdRule = (inputs: Inputs, name: string) => string;

const rg = (i: Inputs) => `/subscriptions/${MOCK_SUBSCRIPTION_ID}/resourceGroups/${str(i.resourceGroupName)}`;
const inRg = (provider: string, collection: string, nameKey: string): IdRule =>
    (i, name) => `${rg(i)}/providers/${provider}/${collection}/${str(i[nameKey] ?? name)}`;

/** ARM id rules for every azure-native type the program declares. */
const ARM_IDS: Record<string, IdRule> = {
    "azure-native:resources:ResourceGroup": (i) => rg(i),
    "azure-native:network:VirtualNetwork": inRg("Microsoft.Network", "virtualNetworks", "virtualNetworkName"),
    "azure-native:network:Subnet": (i, n) => `${inRg("Microsoft.Network", "virtualNetworks", "virtualNetworkName")(i, n)}/subnets/${str(i.subnetName ?? n)}`,
    "azure-native:network:NetworkSecurityGroup": inRg("Microsoft.Network", "networkSecurityGroups", "networkSecurityGroupName"),
    "azure-native:network:PublicIPAddress": inRg("Microsoft.Network", "publicIPAddresses", "publicIpAddressName"),
    "azure-native:network:LoadBalancer": inRg("Microsoft.Network", "loadBalancers", "loadBalancerName"),
    "azure-native:network:NetworkInterface": inRg("Microsoft.Network", "networkInterfaces", "networkInterfaceName"),
    "azure-native:compute:VirtualMachine": inRg("Microsoft.Compute", "virtualMachines", "vmName"),
    "azure-native:compute:VirtualMachineExtension": (i, n) => `${inRg("Microsoft.Compute", "virtualMachines", "vmName")(i, n)}/extensions/${str(i.vmExtensionName ?? n)}`,
    "azure-native:compute:VirtualMachineScaleSet": inRg("Microsoft.Compute", "virtualMachineScaleSets", "vmScaleSetName"),
    "azure-native:compute:DiskEncryptionSet": inRg("Microsoft.Compute", "diskEncryptionSets", "diskEncryptionSetName"),
    "azure-native:managedidentity:UserAssignedIdentity": inRg("Microsoft.ManagedIdentity", "userAssignedIdentities", "resourceName"),
    "azure-native:managedidentity:FederatedIdentityCredential": (i, n) => `${inRg("Microsoft.ManagedIdentity", "userAssignedIdentities", "resourceName")(i, n)}/federatedIdentityCredentials/${str(i.federatedIdentityCredentialResourceName ?? n)}`,
    "azure-native:keyvault:Vault": inRg("Microsoft.KeyVault", "vaults", "vaultName"),
    "azure-native:keyvault:Key": (i, n) => `${inRg("Microsoft.KeyVault", "vaults", "vaultName")(i, n)}/keys/${str(i.keyName ?? n)}`,
    "azure-native:keyvault:Secret": (i, n) => `${inRg("Microsoft.KeyVault", "vaults", "vaultName")(i, n)}/secrets/${str(i.secretName ?? n)}`,
    "azure-native:storage:StorageAccount": inRg("Microsoft.Storage", "storageAccounts", "accountName"),
    "azure-native:storage:BlobContainer": (i, n) => `${inRg("Microsoft.Storage", "storageAccounts", "accountName")(i, n)}/blobServices/default/containers/${str(i.containerName ?? n)}`,
    "azure-native:authorization:RoleAssignment": (i) => `${str(i.scope)}/providers/Microsoft.Authorization/roleAssignments/${str(i.roleAssignmentName)}`,
    "azure-native:operationalinsights:Workspace": inRg("Microsoft.OperationalInsights", "workspaces", "workspaceName"),
    "azure-native:operationalinsights:Table": (i, n) => `${inRg("Microsoft.OperationalInsights", "workspaces", "workspaceName")(i, n)}/tables/${str(i.tableName ?? n)}`,
    "azure-native:operationalinsights:SavedSearch": (i, n) => `${inRg("Microsoft.OperationalInsights", "workspaces", "workspaceName")(i, n)}/savedSearches/${str(i.savedSearchId ?? n)}`,
    "azure-native:monitor:AutoscaleSetting": inRg("Microsoft.Insights", "autoscalesettings", "autoscaleSettingName"),
    "azure-native:monitor:DiagnosticSetting": (i) => `${str(i.resourceUri)}/providers/Microsoft.Insights/diagnosticSettings/${str(i.name)}`,
    "azure-native:monitor:DataCollectionRule": inRg("Microsoft.Insights", "dataCollectionRules", "dataCollectionRuleName"),
    "azure-native:monitor:DataCollectionEndpoint": inRg("Microsoft.Insights", "dataCollectionEndpoints", "dataCollectionEndpointName"),
    "azure-native:monitor:DataCollectionRuleAssociation": (i) => `${str(i.resourceUri)}/providers/Microsoft.Insights/dataCollectionRuleAssociations/${str(i.associationName)}`,
    "azure-native:monitor:ActionGroup": inRg("Microsoft.Insights", "actionGroups", "actionGroupName"),
    "azure-native:monitor:MetricAlert": inRg("Microsoft.Insights", "metricAlerts", "ruleName"),
    "azure-native:monitor:ScheduledQueryRule": inRg("Microsoft.Insights", "scheduledQueryRules", "ruleName"),
};

function sshWireString(b: Buffer | string): Buffer {
    const body = Buffer.isBuffer(b) ? b : Buffer.from(b, "latin1");
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    return Buffer.concat([len, body]);
}

/**
 * A deterministic ed25519 key pair in the formats tls.PrivateKey outputs (the provider marshals with
 * Go's x/crypto/ssh: an unencrypted openssh-key-v1 block with an empty comment, `ssh-ed25519 AAAA...\n`).
 * Real, well-formed key material, so consumers that parse keys (the cloud-init renderer checks that a
 * host key pair matches) see what the provider would give; derived from the seed, so plans are stable.
 */
export function mockEd25519Key(seed: string): { privateKeyOpenssh: string; privateKeyPem: string; publicKeyOpenssh: string; publicKeyPem: string; fingerprintSha256: string } {
    const secret = crypto.createHash("sha256").update(`${seed}:ed25519`).digest();
    // PKCS#8 wrapping of an ed25519 seed (RFC 8410)
    const key = crypto.createPrivateKey({ key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), secret]), format: "der", type: "pkcs8" });
    const publicKey = crypto.createPublicKey(key);
    const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32);
    const blob = Buffer.concat([sshWireString("ssh-ed25519"), sshWireString(raw)]);
    const check = crypto.createHash("sha256").update(`${seed}:check`).digest().subarray(0, 4);
    let section = Buffer.concat([check, check, sshWireString("ssh-ed25519"), sshWireString(raw), sshWireString(Buffer.concat([secret, raw])), sshWireString("")]);
    const pad = (8 - (section.length % 8)) % 8;
    section = Buffer.concat([section, Buffer.from(Array.from({ length: pad }, (_, i) => i + 1))]);
    const nkeys = Buffer.alloc(4);
    nkeys.writeUInt32BE(1);
    const body = Buffer.concat([
        Buffer.from("openssh-key-v1\0", "latin1"), sshWireString("none"), sshWireString("none"), sshWireString(""), nkeys, sshWireString(blob), sshWireString(section),
    ]).toString("base64");
    return {
        privateKeyOpenssh: `-----BEGIN OPENSSH PRIVATE KEY-----\n${body.match(/.{1,64}/g)!.join("\n")}\n-----END OPENSSH PRIVATE KEY-----\n`,
        privateKeyPem: key.export({ format: "pem", type: "pkcs8" }).toString(),
        publicKeyOpenssh: `ssh-ed25519 ${blob.toString("base64")}\n`,
        publicKeyPem: publicKey.export({ format: "pem", type: "spki" }).toString(),
        fingerprintSha256: `SHA256:${crypto.createHash("sha256").update(blob).digest("base64").replace(/=+$/, "")}`,
    };
}

/** Extra computed outputs, by type, on top of the echoed inputs and the id. */
function computedOutputs(type: string, name: string, i: Inputs, id: string): Inputs {
    const seed = `${type}::${name}`;
    switch (type) {
        case "azure-native:resources:ResourceGroup":
            return { name: i.resourceGroupName ?? name };
        case "azure-native:managedidentity:UserAssignedIdentity":
            return { name: i.resourceName ?? name, principalId: guid(`${seed}:principal`), clientId: guid(`${seed}:client`), tenantId: MOCK_TENANT_ID };
        case "azure-native:network:PublicIPAddress": {
            const h = crypto.createHash("sha256").update(seed).digest();
            const dns = i.dnsSettings as Inputs | undefined;
            return {
                name: i.publicIpAddressName ?? name,
                ipAddress: `20.${h[0]}.${h[1]}.${h[2] % 254 + 1}`,
                dnsSettings: dns ? { ...dns, fqdn: `${str(reveal(dns.domainNameLabel))}.${str(i.location)}.cloudapp.azure.com` } : undefined,
            };
        }
        case "azure-native:network:LoadBalancer": {
            const withIds = (kind: string, items: unknown) =>
                Array.isArray(items) ? items.map((x: Inputs) => ({ ...x, id: `${id}/${kind}/${str(x.name)}` })) : items;
            return {
                name: i.loadBalancerName ?? name,
                frontendIPConfigurations: withIds("frontendIPConfigurations", i.frontendIPConfigurations),
                backendAddressPools: withIds("backendAddressPools", i.backendAddressPools),
                probes: withIds("probes", i.probes),
            };
        }
        case "azure-native:network:NetworkInterface": {
            const h = crypto.createHash("sha256").update(seed).digest();
            const configs = Array.isArray(i.ipConfigurations) ? i.ipConfigurations as Inputs[] : [];
            return {
                name: i.networkInterfaceName ?? name,
                ipConfigurations: configs.map((c, k) => ({ ...c, id: `${id}/ipConfigurations/${str(c.name)}`, privateIPAddress: `10.${h[0] % 200}.${h[1]}.${(h[2] + k) % 250 + 4}` })),
            };
        }
        case "azure-native:compute:VirtualMachine":
            return { name: i.vmName ?? name, vmId: guid(`${seed}:vmId`) };
        case "azure-native:compute:VirtualMachineScaleSet":
            return { name: i.vmScaleSetName ?? name, uniqueId: guid(`${seed}:uniqueId`) };
        case "azure-native:keyvault:Vault":
            return { name: i.vaultName ?? name, properties: { ...(i.properties as Inputs), vaultUri: `https://${str(i.vaultName)}.vault.azure.net/` } };
        case "azure-native:keyvault:Key":
            return { name: i.keyName ?? name, keyUri: `https://${str(i.vaultName)}.vault.azure.net/keys/${str(i.keyName)}`, keyUriWithVersion: `https://${str(i.vaultName)}.vault.azure.net/keys/${str(i.keyName)}/${guid(`${seed}:version`).replace(/-/g, "")}` };
        case "azure-native:compute:DiskEncryptionSet":
            return { name: i.diskEncryptionSetName ?? name, identity: { ...(i.identity as Inputs), principalId: guid(`${seed}:principal`), tenantId: MOCK_TENANT_ID } };
        case "azure-native:storage:StorageAccount":
            return { name: i.accountName ?? name, primaryEndpoints: { blob: `https://${str(i.accountName)}.blob.core.windows.net/` } };
        case "random:index/randomString:RandomString":
        case "random:index/randomPassword:RandomPassword": {
            const length = Number(reveal(i.length) ?? 16);
            const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
            const bytes = crypto.createHash("sha512").update(seed).digest();
            const result = Array.from({ length }, (_, k) => alphabet[bytes[k % bytes.length] % alphabet.length]).join("");
            return type.endsWith("RandomPassword") ? { result: secretOf(result), bcryptHash: secretOf(`$2a$10$${result}`) } : { result };
        }
        case "tls:index/privateKey:PrivateKey": {
            const k = mockEd25519Key(seed);
            return {
                privateKeyPem: secretOf(k.privateKeyPem),
                privateKeyOpenssh: secretOf(k.privateKeyOpenssh),
                publicKeyOpenssh: k.publicKeyOpenssh,
                publicKeyPem: k.publicKeyPem,
                publicKeyFingerprintSha256: k.fingerprintSha256,
            };
        }
        case "azuredevops:index/serviceEndpointAzureRM:ServiceEndpointAzureRM":
            return {
                workloadIdentityFederationIssuer: `https://vstoken.dev.azure.com/${MOCK_DEVOPS_ORG_ID}`,
                workloadIdentityFederationSubject: `sc://${MOCK_DEVOPS_ORG}/${str(reveal(i.projectId))}/${str(reveal(i.serviceEndpointName))}`,
                serviceEndpointAuthenticationScheme: i.serviceEndpointAuthenticationScheme,
            };
        case "azuredevops:index/project:Project":
            return { processTemplateId: guid(`${seed}:process`) };
        case "azuredevops:index/buildDefinition:BuildDefinition":
            return { revision: 1 };
        case "command:remote:Command":
        case "command:local:Command":
            return { stdout: "", stderr: "" };
        default:
            return {};
    }
}

/** Deterministic positive integer id (as Azure DevOps returns it, a decimal string). */
function devopsNumericId(seed: string): string {
    return String(parseInt(crypto.createHash("sha256").update(seed).digest("hex").slice(0, 6), 16) + 1);
}

function idFor(type: string, name: string, inputs: Inputs): string {
    if (type.startsWith("azure-native:")) {
        const rule = ARM_IDS[type];
        if (!rule) throw new Error(`mock engine: no ARM id rule for ${type} (resource '${name}'); add one to scripts/mocks.ts`);
        return rule(reveal(inputs) as Inputs, name);
    }
    if (type.startsWith("azuredevops:")) {
        // Azure DevOps gives pipelines, environments, checks and branch policies integer ids.
        return /:(BuildDefinition|Environment|Check\w+|BranchPolicy\w+)$/.test(type) ? devopsNumericId(`${type}::${name}`) : guid(`${type}::${name}`);
    }
    return `${name}-${crypto.createHash("sha256").update(`${type}::${name}`).digest("hex").slice(0, 8)}`;
}

/** Invoke results for every function the program calls. */
function callResult(token: string, inputs: Inputs): Record<string, unknown> {
    switch (token) {
        case "azure-native:authorization:getClientConfig":
            return { clientId: guid("deployer-client"), objectId: MOCK_DEPLOYER_OBJECT_ID, subscriptionId: MOCK_SUBSCRIPTION_ID, tenantId: MOCK_TENANT_ID };
        case "azuredevops:index/getProject:getProject":
            return { id: guid(`project:${str(inputs.name)}`), projectId: guid(`project:${str(inputs.name)}`), name: inputs.name, description: "", visibility: "private", versionControl: "Git", workItemTemplate: "Agile", processTemplateId: guid("process:agile"), features: {} };
        case "azuredevops:index/getGitRepository:getGitRepository": {
            const id = guid(`repository:${str(inputs.projectId)}/${str(inputs.name)}`);
            const url = `https://dev.azure.com/${MOCK_DEVOPS_ORG}/${str(inputs.projectId)}/_git/${str(inputs.name)}`;
            return { id, name: inputs.name, projectId: inputs.projectId, defaultBranch: "refs/heads/main", disabled: false, isFork: false, remoteUrl: url, size: 0, sshUrl: `git@ssh.dev.azure.com:v3/${MOCK_DEVOPS_ORG}/${str(inputs.projectId)}/${str(inputs.name)}`, url, webUrl: url };
        }
        case "azuredevops:index/getBuildDefinition:getBuildDefinition":
            return { id: devopsNumericId(`build-definition:${str(inputs.projectId)}/${str(inputs.name)}`), name: inputs.name, projectId: inputs.projectId, path: inputs.path ?? "\\", revision: 1, queueStatus: "enabled", jobAuthorizationScope: "project", agentPoolName: "Azure Pipelines", agentSpecification: "", ciTriggers: [], pullRequestTriggers: [], repositories: [], schedules: [], variableGroups: [], variables: [], jobs: [] };
        case "azuredevops:index/getClientConfig:getClientConfig":
            return { id: MOCK_DEVOPS_ORG_ID, organizationUrl: `https://dev.azure.com/${MOCK_DEVOPS_ORG}/` };
        default:
            throw new Error(`mock engine: unknown invoke '${token}'; add it to scripts/mocks.ts`);
    }
}

/** A `pulumi.runtime.Mocks` that records everything it is asked. */
export class MockEngine implements pulumi.runtime.Mocks {
    readonly registrations: Registration[] = [];
    readonly calls: { token: string; inputs: Inputs }[] = [];
    private readonly byUrn = new Map<string, Registration>();

    /** Inputs read in place (secrets where they are) by the monitor hook, waiting for newResource. */
    private readonly pending = new Map<string, Inputs[]>();

    /** @internal Called by the monitor hook just before it forwards a registration. */
    expect(type: string, name: string, inputs: Inputs): void {
        const key = `${type}::${name}`;
        this.pending.set(key, [...(this.pending.get(key) ?? []), inputs]);
    }

    newResource(args: pulumi.runtime.MockResourceArgs): { id: string | undefined; state: Inputs } {
        // Prefer the in-place view: the SDK's mock monitor lifts nested secrets to the top level.
        const queue = this.pending.get(`${args.type}::${args.name}`);
        const inputs = (queue?.shift() ?? args.inputs ?? {}) as Inputs;
        if (!args.custom) {
            return { id: undefined, state: {} };
        }
        const id = args.id && args.id !== "" ? args.id : idFor(args.type, args.name, inputs);
        const state = { ...inputs, ...computedOutputs(args.type, args.name, inputs, id) };
        // Providers report the id in state as well; policies and the plan's readers key on it.
        if (args.type.startsWith("azuredevops:") && state.id === undefined) state.id = id;
        if (args.type.startsWith("azure-native:")) {
            state.id = id;
            // ARM resources expose their own name; it is the last segment of their id.
            if (state.name === undefined) state.name = id.split("/").pop();
        }
        return { id, state };
    }

    call(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
        const inputs = (args.inputs ?? {}) as Inputs;
        this.calls.push({ token: args.token, inputs });
        return callResult(args.token, inputs);
    }

    /** @internal Called by the monitor hook for each completed registration. */
    record(r: Registration): void {
        this.registrations.push(r);
        this.byUrn.set(r.urn, r);
    }

    /** @internal Component outputs arrive after registration. */
    recordOutputs(urn: string, outputs: Inputs): void {
        const r = this.byUrn.get(urn);
        if (r) r.outputs = outputs;
    }

    /** Registrations of one type token, in registration order. */
    ofType(type: string): Registration[] {
        return this.registrations.filter((r) => r.type === type);
    }

    /** The single registration of a type with a given logical name; throws if absent. */
    get(type: string, name: string): Registration {
        const r = this.registrations.find((x) => x.type === type && x.name === name);
        if (!r) throw new Error(`no ${type} named '${name}' was registered; have: ${this.ofType(type).map((x) => x.name).join(", ") || "none"}`);
        return r;
    }

    /** Direct children of a URN. */
    childrenOf(urn: string | null): Registration[] {
        return this.registrations.filter((r) => r.parent === urn);
    }
}

/**
 * Deserializes a gRPC property struct the way the engine holds it: a secret stays in its envelope
 * exactly where it is. (The SDK's `deserializeProperties` lifts a nested secret to the top-level
 * property, so one secret `osProfile.customData` would mask the whole `osProfile`, admin settings
 * included, in the plan and for the offline policies.) Other special values (assets, resource
 * references, unknowns) are deserialized by the SDK.
 */
export function deserializeInPlace(struct: { toJavaScript(): unknown }): Inputs {
    const walk = (v: unknown): unknown => {
        if (Array.isArray(v)) return v.map(walk);
        if (v !== null && typeof v === "object") {
            const o = v as Record<string, unknown>;
            if (o[SECRET_SIG_KEY] === SECRET_SIG_VALUE) return secretOf(walk(o.value));
            if (SECRET_SIG_KEY in o) return pulumi.runtime.deserializeProperty(o);
            return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined).map(([k, x]) => [k, walk(x)]));
        }
        return pulumi.runtime.deserializeProperty(v);
    };
    return walk(struct.toJavaScript()) as Inputs;
}

type MonitorLike = {
    registerResource(req: any, cb: (err: unknown, resp: any) => void): void;
    registerResourceOutputs(req: any, cb: (err: unknown, resp: any) => void): void;
};

export interface InstallOptions {
    readonly project: string;
    readonly stack: string;
    /** Engine-style config: fully-qualified key → string value. */
    readonly config?: Record<string, string>;
    /** Fully-qualified keys held as secrets. */
    readonly secretKeys?: string[];
}

/**
 * Installs a fresh MockEngine as the Pulumi runtime's monitor, with the given project, stack and
 * config, and hooks the monitor so every registration is recorded with its parent URN.
 * Call before constructing any resource (and before importing a program module).
 */
export async function installMocks(o: InstallOptions): Promise<MockEngine> {
    const engine = new MockEngine();
    pulumi.runtime.setAllConfig(o.config ?? {}, o.secretKeys ?? []);
    await pulumi.runtime.setMocks(engine, o.project, o.stack, false);
    const monitor = pulumi.runtime.getMonitor() as unknown as MonitorLike;

    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, cb) => {
        // Read the request as the engine would, secrets in place, and hand newResource the same view.
        const inputs = deserializeInPlace(req.getObject());
        engine.expect(req.getType(), req.getName(), inputs);
        register(req, (err, resp) => {
            if (!err && resp) {
                const parent = req.getParent() as string;
                engine.record({
                    urn: resp.getUrn(),
                    type: req.getType(),
                    name: req.getName(),
                    parent: parent ? parent : null,
                    custom: req.getCustom(),
                    inputs,
                    outputs: req.getCustom() ? deserializeInPlace(resp.getObject()) : {},
                    dependencies: req.getDependenciesList() as string[],
                    replacementTrigger: req.getReplacementTrigger?.()?.toJavaScript(),
                });
            }
            cb(err, resp);
        });
    };
    const registerOutputs = monitor.registerResourceOutputs.bind(monitor);
    monitor.registerResourceOutputs = (req, cb) => registerOutputs(req, (err, resp) => {
        if (!err && req.getOutputs()) {
            engine.recordOutputs(req.getUrn(), deserializeInPlace(req.getOutputs()));
        }
        cb(err, resp);
    });
    return engine;
}

/** Resolves an Output's value (known under mocks outside preview). */
export function promiseOf<T>(o: pulumi.Output<T>): Promise<T> {
    return new Promise((resolve) => o.apply((v) => { resolve(v); return v; }));
}

/** Waits until every pending registration and RPC of the program has completed. */
export async function settle(): Promise<void> {
    const waitForRPCs = (pulumi.runtime as unknown as { waitForRPCs?: () => Promise<void> }).waitForRPCs;
    for (let i = 0; i < 3; i++) {
        if (waitForRPCs) await waitForRPCs();
        await new Promise((r) => setImmediate(r));
    }
}
