/**
 * Stack configuration: one typed, validated model of every `lighttpd-azure:*` key.
 *
 * This module is the single source of truth for configuration. Each key is declared once, in
 * `FIELDS`, with its Pulumi type, description, default and the zod schema that validates it.
 * `Pulumi.yaml`'s `config:` block and the README's config reference are derived from `FIELDS`
 * (`renderProjectConfigBlock`), and a test keeps them in sync.
 *
 * Pulumi hands a program its configuration as strings (objects and arrays JSON-encoded), so
 * `parseStackConfig` first decodes each raw value by its declared type, then validates it, then runs
 * the cross-key rules. It collects every problem before failing, so an operator sees the whole list at
 * once, each message naming the key, the value given and what is allowed. Nothing here touches the
 * Pulumi engine: it is a pure function of the raw key/value map, so it can run before any resource is
 * registered and be tested without the engine.
 */
import { z } from "zod";
import { isForbiddenSourceRange, parseCidr, cidrContains } from "./cidr";

const WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

/** 'TimeZoneId|days|HH:MM-HH:MM' → its parts, or undefined when malformed. */
export function parseBusinessHours(v: string): { timeZone: string; days: (typeof WEEKDAY_NAMES)[number][]; start: string; end: string } | undefined {
    const m = /^([A-Za-z0-9 .()+-]{1,64})\|([a-z,]+)\|([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(v);
    if (!m) return undefined;
    const days = m[2].split(",");
    if (days.some((d) => !(WEEKDAY_NAMES as readonly string[]).includes(d)) || new Set(days).size !== days.length) return undefined;
    const start = `${m[3]}:${m[4]}`, end = `${m[5]}:${m[6]}`;
    if (start >= end) return undefined;
    return { timeZone: m[1], days: days as (typeof WEEKDAY_NAMES)[number][], start, end };
}

/** Evaluation windows Azure Monitor accepts (kept here so config and the component agree). */
const LOG_ALERT_WINDOWS = [5, 10, 15, 30, 45, 60, 120, 180, 240, 300, 360, 1440] as const;
const METRIC_ALERT_WINDOWS = [1, 5, 15, 30, 60, 360, 720, 1440] as const;
const oneOfNumbers = (values: readonly number[]) => z.number().int().refine((v) => values.includes(v));

/** The Pulumi project name, which is also the configuration namespace. */
export const PROJECT = "lighttpd-azure";

/** The Pulumi type of a key as declared in Pulumi.yaml (`type:`). */
export type ConfigType = "string" | "integer" | "boolean" | "array";

interface FieldMeta<S extends z.ZodType> {
    /** Pulumi.yaml type; also decides how the raw string from the engine is decoded. */
    readonly type: ConfigType;
    /** What the key means, shown in Pulumi.yaml and the README. */
    readonly description: string;
    /** "must be <allowed>" in error messages. */
    readonly allowed: string;
    /** The value used when the key is not set; absent for required keys and derived defaults. */
    readonly default?: z.input<S>;
    /** How the default is derived when it depends on other keys (documentation). */
    readonly derivedDefault?: string;
    /**
     * Computes that derived default from the other (validated) keys, so every default is still applied
     * here and nowhere else. Without it, a key with `derivedDefault` is simply optional.
     */
    readonly derive?: (c: Readonly<Record<string, unknown>>) => z.output<S>;
    /** The key must be stored as a Pulumi secret; its value is handed to resources as a secret Output. */
    readonly secret?: boolean;
    /**
     * Secret keys only: a schema-valid stand-in the offline plan uses for an encrypted value it cannot
     * decrypt (the plan prints it as "[secret]" all the same).
     */
    readonly offlinePlaceholder?: string;
    readonly schema: S;
}

function field<S extends z.ZodType>(meta: FieldMeta<S>): FieldMeta<S> {
    return meta;
}

const SSH_KEY = /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+={0,3}( .*)?$/;
const RESERVED_ADMIN_NAMES = new Set([
    "admin", "administrator", "root", "guest", "user", "test", "sys", "adm", "support", "owner",
    "backup", "console", "david", "user1", "user2", "user3", "test1", "test2", "test3", "a", "actuser",
    "server", "sql", "aspnet", "lighttpd-deploy",
]);

const cidr = z.string().refine((v) => parseCidr(v, 8, 28) !== undefined);
const percent = (min: number, max: number) => z.number().int().min(min).max(max);

/** Every configuration key of the project, in the order they are documented. */
export const FIELDS = {
    environment: field({
        type: "string",
        description: "Kind of environment this stack is. 'prod' turns on the production rules (zone redundancy, at least two instances).",
        allowed: "one of 'dev', 'prod'",
        schema: z.enum(["dev", "prod"]),
    }),
    location: field({
        type: "string",
        description: "Azure region for every resource of the stack, e.g. 'westeurope'.",
        allowed: "an Azure region name in lower case without spaces, e.g. 'westeurope'",
        schema: z.string().regex(/^[a-z]+[a-z0-9]*$/).max(40),
    }),
    namePrefix: field({
        type: "string",
        description: "Short prefix of every Azure resource name (2 to 10 lower-case letters or digits, starting with a letter).",
        allowed: "2 to 10 lower-case letters or digits starting with a letter",
        default: "lhttpd",
        schema: z.string().regex(/^[a-z][a-z0-9]{1,9}$/),
    }),
    tags: field({
        type: "array",
        description: "Extra tags for every resource, as 'key=value' strings. The program always adds 'project', 'stack' and 'environment'.",
        allowed: "a list of 'key=value' strings (key: 1 to 128 characters without '<>%&\\?/=')",
        default: [],
        schema: z.array(z.string().regex(/^[^<>%&\\?/=]{1,128}=.{0,256}$/)).max(40),
    }),
    vnetAddressSpace: field({
        type: "string",
        description: "Address space of the stack's virtual network (IPv4 CIDR).",
        allowed: "an IPv4 CIDR range such as '10.40.0.0/16' with a prefix from /8 to /28",
        default: "10.40.0.0/16",
        schema: cidr,
    }),
    webSubnetPrefix: field({
        type: "string",
        description: "Address range of the web tier's subnet; must lie inside vnetAddressSpace.",
        allowed: "an IPv4 CIDR range such as '10.40.1.0/24' with a prefix from /8 to /28",
        default: "10.40.1.0/24",
        schema: cidr,
    }),
    deployerSourceRanges: field({
        type: "array",
        description: "Source ranges (IPv4 CIDR) allowed to reach the hosts over SSH: the deploying agent's addresses. Required in vm (push) mode; must be empty in vmss (pull) mode, which opens no SSH at all. '*', 'Internet', 'Any', '0.0.0.0/0' and '::/0' are refused.",
        allowed: "a list of IPv4 CIDR ranges such as '203.0.113.0/28'",
        default: [],
        schema: z.array(z.string()).max(50),
    }),
    dnsLabel: field({
        type: "string",
        description: "DNS label of the public IP (<label>.<region>.cloudapp.azure.com).",
        allowed: "3 to 63 lower-case letters, digits or '-', starting with a letter and not ending with '-'",
        derivedDefault: "'<namePrefix>-<stack>-<random 6 characters>' (stable for the life of the stack)",
        schema: z.string().regex(/^[a-z][a-z0-9-]{1,61}[a-z0-9]$/),
    }),
    webMode: field({
        type: "string",
        description: "How Lighttpd runs: 'vm' (N virtual machines, releases pushed over SSH) or 'vmss' (a VM scale set with rolling upgrades and autoscale, releases pulled from storage).",
        allowed: "one of 'vm', 'vmss'",
        default: "vm",
        schema: z.enum(["vm", "vmss"]),
    }),
    webInstanceCount: field({
        type: "integer",
        description: "Number of VMs in vm mode, spread across webZones. Not used in vmss mode (see autoscaleMinCount).",
        allowed: "an integer from 1 to 100",
        default: 1,
        schema: z.number().int().min(1).max(100),
    }),
    webZones: field({
        type: "array",
        description: "Availability zones for the web tier ('1', '2', '3'). Empty means no zone pinning (regions without zones).",
        allowed: "a list of distinct zones from '1', '2', '3'",
        default: [],
        schema: z.array(z.enum(["1", "2", "3"])).max(3).refine((zs) => new Set(zs).size === zs.length),
    }),
    webVmSize: field({
        type: "string",
        description: "Azure VM size of each web host.",
        allowed: "an Azure VM size such as 'Standard_B2s'",
        default: "Standard_B2s",
        schema: z.string().regex(/^Standard_[A-Za-z0-9_]+$/),
    }),
    webImage: field({
        type: "string",
        description: "Ubuntu LTS marketplace image as 'publisher:offer:sku:version'.",
        allowed: "an image URN 'publisher:offer:sku:version' such as 'Canonical:ubuntu-24_04-lts:server:latest'",
        default: "Canonical:ubuntu-24_04-lts:server:latest",
        schema: z.string().regex(/^[A-Za-z0-9._-]+:[A-Za-z0-9._-]+:[A-Za-z0-9._-]+:[A-Za-z0-9._-]+$/),
    }),
    adminUsername: field({
        type: "string",
        description: "Administrator account on each host (SSH key only, no password).",
        allowed: "1 to 32 lower-case letters, digits, '-' or '_' starting with a letter, not a reserved name such as 'root' or 'admin'",
        default: "azureadmin",
        schema: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/).refine((n) => !RESERVED_ADMIN_NAMES.has(n)),
    }),
    adminSshPublicKey: field({
        type: "string",
        description: "OpenSSH public key of the administrator account (ssh-ed25519, ssh-rsa or ecdsa). Password login is always disabled.",
        allowed: "an OpenSSH public key line such as 'ssh-ed25519 AAAA... comment'",
        schema: z.string().regex(SSH_KEY),
    }),
    tlsEnabled: field({
        type: "boolean",
        description: "Serve HTTPS on 443 (TLS 1.2+, certificate synced from Key Vault) and redirect HTTP to HTTPS.",
        allowed: "true or false",
        default: false,
        schema: z.boolean(),
    }),
    tlsCertificateName: field({
        type: "string",
        description: "Name of the certificate in the stack's Key Vault that hosts serve when tlsEnabled (import or issue it there; the Key Vault VM extension syncs it to every host and Lighttpd reloads on renewal).",
        allowed: "1 to 127 letters, digits or '-'",
        default: "web-tls",
        schema: z.string().regex(/^[A-Za-z0-9-]{1,127}$/),
    }),
    autoscaleMinCount: field({
        type: "integer",
        description: "vmss mode: minimum (and initial) number of instances.",
        allowed: "an integer from 1 to 100",
        default: 2,
        schema: z.number().int().min(1).max(100),
    }),
    autoscaleMaxCount: field({
        type: "integer",
        description: "vmss mode: maximum number of instances.",
        allowed: "an integer from 1 to 100",
        default: 6,
        schema: z.number().int().min(1).max(100),
    }),
    autoscaleCpuScaleOutPercent: field({
        type: "integer",
        description: "vmss mode: add an instance when average CPU over 10 minutes is above this percentage.",
        allowed: "an integer from 30 to 95",
        default: 70,
        schema: percent(30, 95),
    }),
    autoscaleCpuScaleInPercent: field({
        type: "integer",
        description: "vmss mode: remove an instance when average CPU over 10 minutes is below this percentage.",
        allowed: "an integer from 5 to 80",
        default: 25,
        schema: percent(5, 80),
    }),
    rollingMaxBatchPercent: field({
        type: "integer",
        description: "vmss mode: largest share of instances upgraded in one rolling-upgrade batch.",
        allowed: "an integer from 5 to 100",
        default: 20,
        schema: percent(5, 100),
    }),
    rollingMaxUnhealthyPercent: field({
        type: "integer",
        description: "vmss mode: the rolling upgrade stops when more than this share of all instances is unhealthy.",
        allowed: "an integer from 5 to 100",
        default: 20,
        schema: percent(5, 100),
    }),
    rollingMaxUnhealthyUpgradedPercent: field({
        type: "integer",
        description: "vmss mode: the rolling upgrade stops when more than this share of upgraded instances is unhealthy.",
        allowed: "an integer from 0 to 100",
        default: 20,
        schema: percent(0, 100),
    }),
    rollingPauseSeconds: field({
        type: "integer",
        description: "vmss mode: pause between rolling-upgrade batches, in seconds.",
        allowed: "an integer from 0 to 3600",
        default: 30,
        schema: z.number().int().min(0).max(3600),
    }),
    siteDir: field({
        type: "string",
        description: "Directory holding the document root that is packed into each release (relative to the project, or absolute).",
        allowed: "a directory path (relative to the project, or absolute) without '..'",
        default: "site",
        schema: z.string().min(1).refine((p) => !p.split(/[\\/]/).includes("..")),
    }),
    releasePin: field({
        type: "string",
        description: "Roll back (or forward) to an earlier release by its id (the SHA-256 shown in the plan and in `lighttpd-release status`) instead of the site's current content. vm mode: the release must still be on the hosts (the newest 5 are kept); vmss mode: it must have been published before.",
        allowed: "a release id: 64 lower-case hexadecimal digits",
        derivedDefault: "not set: the release is the site's current content",
        schema: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    deployOverPrivateNetwork: field({
        type: "boolean",
        description: "vm mode: the deploying agent reaches hosts on their private addresses (agent inside or peered with the VNet). When false, each host gets an SSH NAT port (50001, 50002, ...) on the public IP, open only to deployerSourceRanges.",
        allowed: "true or false",
        default: false,
        schema: z.boolean(),
    }),
    keyVaultPurgeProtection: field({
        type: "boolean",
        description: "Purge protection on the stack's Key Vault: deleted keys and secrets cannot be purged before the retention period ends. Always on in prod, and required whenever diskEncryptionCustomerKey is on (Azure requires it for disk encryption sets). Cannot be turned off again once on.",
        allowed: "true or false",
        default: true,
        schema: z.boolean(),
    }),
    keyVaultSoftDeleteRetentionDays: field({
        type: "integer",
        description: "Days a deleted vault, key or secret stays recoverable.",
        allowed: "an integer from 7 to 90",
        default: 90,
        schema: z.number().int().min(7).max(90),
    }),
    keyVaultAllowedIpRanges: field({
        type: "array",
        description: "IPv4 addresses or CIDR ranges admitted by the Key Vault firewall (default action Deny, AzureServices bypass, the web subnet always admitted). Internet-wide ranges are refused.",
        allowed: "a list of IPv4 addresses or CIDR ranges such as '203.0.113.0/28'",
        default: [],
        schema: z.array(z.string()).max(100),
    }),
    keyVaultPublicNetworkAccess: field({
        type: "boolean",
        description: "Whether the Key Vault's public endpoint is reachable at all (its firewall still denies by default). Turn off when every client uses a private endpoint.",
        allowed: "true or false",
        default: true,
        schema: z.boolean(),
    }),
    diskEncryptionCustomerKey: field({
        type: "boolean",
        description: "Encrypt the web tier's disks with a customer-managed key from the stack's Key Vault (a disk encryption set that follows the key's rotation). Always on in prod.",
        allowed: "true or false",
        default: true,
        schema: z.boolean(),
    }),
    keyRotationDays: field({
        type: "integer",
        description: "Key Vault rotates the disk encryption key this many days after each version is created.",
        allowed: "an integer from 7 to 730",
        default: 180,
        schema: z.number().int().min(7).max(730),
    }),
    keyExpiryDays: field({
        type: "integer",
        description: "Lifetime of each disk encryption key version, in days; must exceed keyRotationDays plus keyExpiryNotifyDays.",
        allowed: "an integer from 28 to 1095",
        default: 365,
        schema: z.number().int().min(28).max(1095),
    }),
    keyExpiryNotifyDays: field({
        type: "integer",
        description: "Key Vault emits a near-expiry event this many days before a key version expires.",
        allowed: "an integer from 7 to 90",
        default: 30,
        schema: z.number().int().min(7).max(90),
    }),
    credentialRotationDate: field({
        type: "string",
        description: "Rotation keeper of the static credentials the program generates (the vm-mode deploy SSH key): change it (e.g. to today's date) to regenerate them. Their Key Vault copies expire secretExpiryDays after this date. In vm mode the new public key reaches hosts through cloud-init, which recreates the VMs.",
        allowed: "a date 'YYYY-MM-DD'",
        schema: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`))),
    }),
    secretExpiryDays: field({
        type: "integer",
        description: "Days after credentialRotationDate at which the Key Vault copies of generated credentials expire (rotate before then).",
        allowed: "an integer from 1 to 730",
        default: 180,
        schema: z.number().int().min(1).max(730),
    }),
    logRetentionDays: field({
        type: "integer",
        description: "Days the Log Analytics workspace keeps Lighttpd's access, error and release logs.",
        allowed: "an integer from 30 to 730",
        default: 30,
        schema: z.number().int().min(30).max(730),
    }),
    alertEmails: field({
        type: "array",
        description: "E-mail receivers of the action group, as 'name=address' strings. At least one receiver (e-mail or webhook) is required.",
        allowed: "a list of 'name=address' strings (name: 1 to 64 letters, digits, '-' or '_')",
        default: [],
        schema: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}=[^\s@=]+@[^\s@=]+\.[^\s@=]+$/)).max(10),
    }),
    alertWebhookUrl: field({
        type: "string",
        description: "Webhook receiver of the action group (Teams, Slack, a paging service). It embeds a token, so it must be stored as a secret: pulumi config set --secret alertWebhookUrl https://...",
        allowed: "an https URL",
        derivedDefault: "not set: no webhook receiver",
        secret: true,
        offlinePlaceholder: "https://hooks.example.invalid/offline-plan-placeholder",
        schema: z.string().regex(/^https:\/\/[^\s]+$/).max(2048),
    }),
    alert5xxRatePercent: field({
        type: "integer",
        description: "Alert when more than this percentage of requests in the window answer 5xx.",
        allowed: "an integer from 1 to 100",
        default: 10,
        schema: z.number().int().min(1).max(100),
    }),
    alert5xxWindowMinutes: field({
        type: "integer",
        description: "Window of the 5xx-rate alert, in minutes.",
        allowed: `one of ${LOG_ALERT_WINDOWS.join(", ")}`,
        default: 15,
        schema: oneOfNumbers(LOG_ALERT_WINDOWS),
    }),
    alert5xxMinRequests: field({
        type: "integer",
        description: "The 5xx-rate alert ignores windows with fewer requests than this (no alert on one failed request at night).",
        allowed: "an integer from 1 to 100000",
        default: 10,
        schema: z.number().int().min(1).max(100000),
    }),
    alertFailedActivations: field({
        type: "integer",
        description: "Alert when at least this many release activations fail or roll back in the window (from the release tool's log).",
        allowed: "an integer from 1 to 100",
        default: 1,
        schema: z.number().int().min(1).max(100),
    }),
    alertFailedActivationsWindowMinutes: field({
        type: "integer",
        description: "Window of the failed-activation alert, in minutes.",
        allowed: `one of ${LOG_ALERT_WINDOWS.join(", ")}`,
        default: 15,
        schema: oneOfNumbers(LOG_ALERT_WINDOWS),
    }),
    alertHealthProbeMinPercent: field({
        type: "integer",
        description: "Alert when the load balancer's health-probe availability (DipAvailability) drops below this percentage.",
        allowed: "an integer from 1 to 100",
        default: 90,
        schema: z.number().int().min(1).max(100),
    }),
    alertHealthProbeWindowMinutes: field({
        type: "integer",
        description: "Window of the health-probe alert, in minutes (prod: long enough that one instance restarting in a rolling batch does not fire it).",
        allowed: `one of ${METRIC_ALERT_WINDOWS.join(", ")}`,
        default: 5,
        schema: oneOfNumbers(METRIC_ALERT_WINDOWS),
    }),
    devopsProjectName: field({
        type: "string",
        description: "Azure DevOps project that holds the pipeline, the environments and the service connections.",
        allowed: "1 to 64 characters, not ending with '.'",
        schema: z.string().min(1).max(64).regex(/^[^\\/:*?"<>;#$%&|+=@]+[^.]$/),
    }),
    devopsProjectCreate: field({
        type: "boolean",
        description: "Create the Azure DevOps project (true) or use an existing one by name (false). Only one stack may create it.",
        allowed: "true or false",
        default: false,
        schema: z.boolean(),
    }),
    devopsSubscriptionName: field({
        type: "string",
        description: "Display name of the Azure subscription, shown on the Azure Resource Manager service connection.",
        allowed: "1 to 64 characters",
        schema: z.string().min(1).max(64),
    }),
    devopsApprovers: field({
        type: "array",
        description: "Azure DevOps identity ids (GUIDs of users or groups) that approve deployments to this stack's environment and uses of its service connection. Required in prod.",
        allowed: "a list of distinct GUIDs",
        default: [],
        schema: z.array(z.string().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/)).max(20).refine((a) => new Set(a.map((x) => x.toLowerCase())).size === a.length),
    }),
    devopsMinimumApprovers: field({
        type: "integer",
        description: "How many of devopsApprovers must approve.",
        allowed: "an integer from 1 to 10, at most the number of approvers",
        default: 1,
        schema: z.number().int().min(1).max(10),
    }),
    devopsRequesterCanApprove: field({
        type: "boolean",
        description: "Whether whoever queued the run may approve it. Always false in prod.",
        allowed: "true or false",
        default: false,
        schema: z.boolean(),
    }),
    devopsApprovalTimeoutMinutes: field({
        type: "integer",
        description: "Minutes an approval may stay pending before the run fails.",
        allowed: "an integer from 1 to 43200 (30 days)",
        default: 4320,
        schema: z.number().int().min(1).max(43200),
    }),
    devopsAllowedBranches: field({
        type: "array",
        description: "Branches (refs) whose runs may use this stack's environment and service connection (branch control check).",
        allowed: "a list of refs such as 'refs/heads/main' or 'refs/heads/release/*'",
        derivedDefault: "['refs/heads/main'] in prod; ['refs/heads/main', 'refs/pull/*'] otherwise (pull-request previews)",
        derive: (c) => (c.environment === "prod" ? ["refs/heads/main"] : ["refs/heads/main", "refs/pull/*"]),
        schema: z.array(z.string().regex(/^(\*|refs\/[A-Za-z0-9._\/*-]+)$/)).min(1).max(20),
    }),
    devopsVerifyBranchProtection: field({
        type: "boolean",
        description: "The branch control check also requires the branch to be protected by branch policies.",
        allowed: "true or false",
        derivedDefault: "true in prod, false otherwise",
        derive: (c) => c.environment === "prod",
        schema: z.boolean(),
    }),
    devopsExclusiveLock: field({
        type: "boolean",
        description: "Only one run at a time may deploy to this stack (exclusive lock check).",
        allowed: "true or false",
        default: true,
        schema: z.boolean(),
    }),
    devopsBusinessHours: field({
        type: "string",
        description: "Restrict deployments to business hours, as 'TimeZoneId|days|HH:MM-HH:MM', e.g. 'W. Europe Standard Time|monday,tuesday,wednesday,thursday|08:00-16:00'. Empty: no restriction.",
        allowed: "'' or 'TimeZoneId|day,day,...|HH:MM-HH:MM' with lower-case weekdays and start before end",
        default: "",
        schema: z.string().refine((v) => v === "" || parseBusinessHours(v) !== undefined),
    }),
    devopsPipelineCreate: field({
        type: "boolean",
        description: "Create the pipeline (BuildDefinition for azure-pipelines.yml). One pipeline serves every stack, so exactly one stack creates it.",
        allowed: "true or false",
        derivedDefault: "true in prod, false otherwise",
        derive: (c) => c.environment === "prod",
        schema: z.boolean(),
    }),
    devopsPipelineName: field({
        type: "string",
        description: "Name of the pipeline in Azure DevOps.",
        allowed: "1 to 128 characters without '\\' or '/'",
        default: "lighttpd-azure",
        schema: z.string().min(1).max(128).regex(/^[^\\/]+$/),
    }),
    devopsRepository: field({
        type: "string",
        description: "Azure Repos Git repository holding this project (where azure-pipelines.yml lives).",
        allowed: "1 to 64 characters",
        default: "lighttpd-azure",
        schema: z.string().min(1).max(64),
    }),
    devopsRepositoryBranch: field({
        type: "string",
        description: "Default branch of the pipeline.",
        allowed: "a ref such as 'refs/heads/main'",
        default: "refs/heads/main",
        schema: z.string().regex(/^refs\/heads\/[A-Za-z0-9._\/-]+$/),
    }),
} as const;

export type ConfigKey = keyof typeof FIELDS;
type Shape = { [K in ConfigKey]: (typeof FIELDS)[K]["schema"] };

/** The validated stack configuration, defaults applied. Optional keys without default are `undefined`. */
export type StackConfig = {
    readonly [K in ConfigKey]: (typeof FIELDS)[K] extends { default: unknown } ? z.output<Shape[K]>
        : (typeof FIELDS)[K] extends { derive: unknown } ? z.output<Shape[K]>
        : (typeof FIELDS)[K] extends { derivedDefault: string } ? z.output<Shape[K]> | undefined
        : z.output<Shape[K]>;
};

/** The stand-in the offline plan uses for an undecryptable value of `key`, if it is a secret key. */
export function offlinePlaceholder(key: string): string | undefined {
    const meta = (FIELDS as Record<string, FieldMeta<z.ZodType>>)[key];
    return meta?.secret ? meta.offlinePlaceholder : undefined;
}

/** Keys that only make sense in vmss mode; setting one explicitly in vm mode is an error. */
const VMSS_ONLY: readonly ConfigKey[] = [
    "autoscaleMinCount", "autoscaleMaxCount", "autoscaleCpuScaleOutPercent", "autoscaleCpuScaleInPercent",
    "rollingMaxBatchPercent", "rollingMaxUnhealthyPercent", "rollingMaxUnhealthyUpgradedPercent", "rollingPauseSeconds",
];

/** Raised when the stack configuration is invalid; `problems` holds one line per problem. */
export class ConfigError extends Error {
    constructor(public readonly problems: readonly string[]) {
        super(`invalid stack configuration (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
            problems.map((p) => `  - ${p}`).join("\n"));
        this.name = "ConfigError";
    }
}

/** Formats a value as the operator wrote it, for "got ..." in messages. */
export function show(value: unknown): string {
    if (value === undefined) return "nothing";
    if (typeof value === "string") return `'${value}'`;
    return JSON.stringify(value);
}

const qualified = (key: string) => `${PROJECT}:${key}`;

/** Decodes a raw engine value (always a string) by the key's declared type. */
function decode(type: ConfigType, raw: string): { ok: true; value: unknown } | { ok: false } {
    switch (type) {
        case "string":
            return { ok: true, value: raw };
        case "integer":
            return /^-?\d+$/.test(raw.trim()) ? { ok: true, value: Number(raw.trim()) } : { ok: false };
        case "boolean":
            return raw === "true" || raw === "false" ? { ok: true, value: raw === "true" } : { ok: false };
        case "array": {
            try {
                const v = JSON.parse(raw);
                return Array.isArray(v) ? { ok: true, value: v } : { ok: false };
            } catch {
                return { ok: false };
            }
        }
        default: {
            const never: never = type;
            throw new Error(`unhandled config type ${String(never)}`);
        }
    }
}

/** Levenshtein distance, for did-you-mean suggestions on unknown keys. */
export function editDistance(a: string, b: string): number {
    const al = a.toLowerCase(), bl = b.toLowerCase();
    let prev = Array.from({ length: bl.length + 1 }, (_, i) => i);
    for (let i = 1; i <= al.length; i++) {
        const cur = [i];
        for (let j = 1; j <= bl.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (al[i - 1] === bl[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[bl.length];
}

function suggest(key: string): string {
    const known = Object.keys(FIELDS);
    const best = known.map((k) => ({ k, d: editDistance(key, k) })).sort((x, y) => x.d - y.d)[0];
    return best && best.d <= Math.max(2, Math.floor(key.length / 3))
        ? `did you mean '${qualified(best.k)}'?`
        : `known keys: ${known.join(", ")}`;
}

export interface RawConfig {
    /** Config as the engine provides it: fully-qualified key ("ns:key") → string value. */
    readonly values: Readonly<Record<string, string>>;
    /** Fully-qualified keys the engine holds as secrets. */
    readonly secretKeys?: readonly string[];
}

/**
 * Parses and validates the project's keys out of the engine's config map. Keys of other namespaces
 * (providers such as `azure-native:location`) are ignored. Throws `ConfigError` listing every problem.
 */
export function parseStackConfig(raw: RawConfig): StackConfig {
    const problems: string[] = [];
    const given: Partial<Record<ConfigKey, unknown>> = {};
    const undecodable = new Set<ConfigKey>();
    const secretKeys = new Set(raw.secretKeys ?? []);

    for (const [fullKey, rawValue] of Object.entries(raw.values)) {
        const sep = fullKey.indexOf(":");
        const ns = sep < 0 ? PROJECT : fullKey.slice(0, sep);
        if (ns !== PROJECT) continue;
        const key = fullKey.slice(sep + 1).replace(/^config:/, "");
        if (!(key in FIELDS)) {
            problems.push(`'${qualified(key)}' is not a known key; ${suggest(key)}`);
            continue;
        }
        const meta: FieldMeta<z.ZodType> = FIELDS[key as ConfigKey];
        const decoded = decode(meta.type, rawValue);
        if (!decoded.ok) {
            problems.push(`'${qualified(key)}' must be ${meta.allowed}; got ${show(rawValue)}`);
            undecodable.add(key as ConfigKey);
            continue;
        }
        if (meta.secret && !secretKeys.has(fullKey)) {
            problems.push(`'${qualified(key)}' must be stored as a secret (pulumi config set --secret ${key} ...); it is in plain text`);
        }
        if (!meta.secret && secretKeys.has(fullKey)) {
            // A value the operator encrypted would otherwise flow into resource inputs and state in
            // plain text: refuse rather than pretend it is protected.
            problems.push(`'${qualified(key)}' is stored as a secret but is not a secret setting, so it would reach resource inputs in plain text; store it with 'pulumi config set ${key} ...' (no --secret)`);
        }
        given[key as ConfigKey] = decoded.value;
    }

    const out: Record<string, unknown> = {};
    for (const key of Object.keys(FIELDS) as ConfigKey[]) {
        if (undecodable.has(key)) continue; // reported above; its default must not stand in for it
        const meta: FieldMeta<z.ZodType> = FIELDS[key];
        const value = key in given ? given[key] : meta.default;
        if (value === undefined) {
            if (meta.default === undefined && meta.derivedDefault === undefined) {
                problems.push(`'${qualified(key)}' is required: set it to ${meta.allowed}; got nothing`);
            }
            continue;
        }
        const result = meta.schema.safeParse(value);
        if (result.success) {
            out[key] = result.data;
        } else if (key in given) {
            problems.push(`'${qualified(key)}' must be ${meta.allowed}; got ${show(value)}`);
        } else {
            throw new Error(`default of '${key}' does not satisfy its own schema`);
        }
    }

    // Derived defaults, from keys that are themselves valid (or defaulted).
    for (const key of Object.keys(FIELDS) as ConfigKey[]) {
        const meta: FieldMeta<z.ZodType> = FIELDS[key];
        if (meta.derive && !(key in given) && !undecodable.has(key)) out[key] = meta.derive(out);
    }
    const set = new Set<ConfigKey>([...(Object.keys(given) as ConfigKey[]), ...undecodable]);
    problems.push(...crossKeyProblems(out as Partial<StackConfig>, set));
    if (problems.length > 0) throw new ConfigError(problems);
    return Object.freeze(out) as StackConfig;
}

/** Rules that involve more than one key, or one key's items. Run only on keys that parsed. */
function crossKeyProblems(c: Partial<StackConfig>, given: ReadonlySet<ConfigKey>): string[] {
    const problems: string[] = [];
    const has = <K extends ConfigKey>(k: K): boolean => c[k] !== undefined;

    if (has("deployerSourceRanges")) {
        c.deployerSourceRanges!.forEach((range, i) => {
            const where = `'${qualified("deployerSourceRanges")}' item ${i}`;
            if (isForbiddenSourceRange(range)) {
                problems.push(`${where} must not open SSH to the Internet; got ${show(range)} ('*', 'Internet', 'Any', '0.0.0.0/0' and '::/0' are refused: list the deploying agent's own ranges)`);
            } else if (parseCidr(range.includes("/") ? range : `${range}/32`) === undefined) {
                problems.push(`${where} must be an IPv4 address or CIDR range such as '203.0.113.0/28'; got ${show(range)}`);
            }
        });
    }
    if (has("webMode") && has("deployerSourceRanges")) {
        if (c.webMode === "vm" && c.deployerSourceRanges!.length === 0) {
            problems.push(`'${qualified("deployerSourceRanges")}' must list at least one range when '${qualified("webMode")}' is 'vm' (releases are pushed over SSH from the deploying agent); got []`);
        }
        if (c.webMode === "vmss" && c.deployerSourceRanges!.length > 0) {
            problems.push(`'${qualified("deployerSourceRanges")}' must be empty when '${qualified("webMode")}' is 'vmss' (pull mode opens no SSH at all); got ${show(c.deployerSourceRanges)}`);
        }
    }
    if (c.webMode === "vm") {
        for (const k of VMSS_ONLY) {
            if (given.has(k)) problems.push(`'${qualified(k)}' is only used when '${qualified("webMode")}' is 'vmss'; remove it or set webMode to 'vmss'`);
        }
    }
    if (c.webMode === "vmss" && given.has("webInstanceCount")) {
        problems.push(`'${qualified("webInstanceCount")}' is only used when '${qualified("webMode")}' is 'vm'; in vmss mode set '${qualified("autoscaleMinCount")}' and '${qualified("autoscaleMaxCount")}'`);
    }
    if (c.webMode === "vmss" && given.has("deployOverPrivateNetwork")) {
        problems.push(`'${qualified("deployOverPrivateNetwork")}' is only used when '${qualified("webMode")}' is 'vm' (pull mode opens no SSH at all)`);
    }
    if (has("autoscaleMinCount") && has("autoscaleMaxCount") && c.autoscaleMinCount! > c.autoscaleMaxCount!) {
        problems.push(`'${qualified("autoscaleMinCount")}' must not exceed '${qualified("autoscaleMaxCount")}'; got ${c.autoscaleMinCount} > ${c.autoscaleMaxCount}`);
    }
    if (has("autoscaleCpuScaleInPercent") && has("autoscaleCpuScaleOutPercent") &&
        c.autoscaleCpuScaleInPercent! + 10 > c.autoscaleCpuScaleOutPercent!) {
        problems.push(`'${qualified("autoscaleCpuScaleInPercent")}' must be at least 10 points below '${qualified("autoscaleCpuScaleOutPercent")}' to avoid flapping; got ${c.autoscaleCpuScaleInPercent} and ${c.autoscaleCpuScaleOutPercent}`);
    }
    if (has("vnetAddressSpace") && has("webSubnetPrefix") && !cidrContains(c.vnetAddressSpace!, c.webSubnetPrefix!)) {
        problems.push(`'${qualified("webSubnetPrefix")}' must lie inside '${qualified("vnetAddressSpace")}' (${c.vnetAddressSpace}); got ${show(c.webSubnetPrefix)}`);
    }
    if (has("tags")) {
        const seen = new Set<string>();
        for (const tag of c.tags!) {
            const k = tag.slice(0, tag.indexOf("=")).toLowerCase();
            if (["project", "stack", "environment"].includes(k)) {
                problems.push(`'${qualified("tags")}' must not set '${k}', which the program sets itself; got ${show(tag)}`);
            } else if (seen.has(k)) {
                problems.push(`'${qualified("tags")}' must not repeat a key; got '${k}' twice`);
            }
            seen.add(k);
        }
    }
    if (has("keyVaultAllowedIpRanges")) {
        c.keyVaultAllowedIpRanges!.forEach((range, i) => {
            const where = `'${qualified("keyVaultAllowedIpRanges")}' item ${i}`;
            if (isForbiddenSourceRange(range)) {
                problems.push(`${where} must not open the Key Vault to the Internet; got ${show(range)}`);
            } else if (parseCidr(range.includes("/") ? range : `${range}/32`) === undefined) {
                problems.push(`${where} must be an IPv4 address or CIDR range such as '203.0.113.0/28'; got ${show(range)}`);
            }
        });
    }
    if (c.diskEncryptionCustomerKey === true && c.keyVaultPurgeProtection === false) {
        problems.push(`'${qualified("keyVaultPurgeProtection")}' must be true when '${qualified("diskEncryptionCustomerKey")}' is true (Azure requires purge protection on the vault of a disk encryption set); got false`);
    }
    if (has("keyExpiryDays") && has("keyRotationDays") && has("keyExpiryNotifyDays") &&
        c.keyExpiryDays! <= c.keyRotationDays! + c.keyExpiryNotifyDays!) {
        problems.push(`'${qualified("keyExpiryDays")}' must exceed '${qualified("keyRotationDays")}' + '${qualified("keyExpiryNotifyDays")}' (${c.keyRotationDays} + ${c.keyExpiryNotifyDays}), so a key is rotated before it expires; got ${c.keyExpiryDays}`);
    }
    if (has("alertEmails") && c.alertEmails!.length === 0 && !given.has("alertWebhookUrl")) {
        problems.push(`'${qualified("alertEmails")}' or '${qualified("alertWebhookUrl")}' must be set: alerts need at least one receiver; got neither`);
    }
    if (has("devopsApprovers") && has("devopsMinimumApprovers") && c.devopsApprovers!.length > 0 &&
        c.devopsMinimumApprovers! > c.devopsApprovers!.length) {
        problems.push(`'${qualified("devopsMinimumApprovers")}' must not exceed the number of '${qualified("devopsApprovers")}' (${c.devopsApprovers!.length}); got ${c.devopsMinimumApprovers}`);
    }
    if (has("devopsApprovers") && c.devopsApprovers!.length === 0) {
        for (const k of ["devopsMinimumApprovers", "devopsRequesterCanApprove", "devopsApprovalTimeoutMinutes"] as const) {
            if (given.has(k)) problems.push(`'${qualified(k)}' is only used with '${qualified("devopsApprovers")}'; list the approvers or remove it`);
        }
    }
    if (c.environment === "prod") {
        if (has("devopsApprovers") && c.devopsApprovers!.length === 0) {
            problems.push(`'${qualified("devopsApprovers")}' must list at least one Azure DevOps identity id when '${qualified("environment")}' is 'prod' (deployments need an approval); got []`);
        }
        if (c.devopsRequesterCanApprove === true) {
            problems.push(`'${qualified("devopsRequesterCanApprove")}' must be false when '${qualified("environment")}' is 'prod'; got true`);
        }
        if (has("devopsAllowedBranches") && c.devopsAllowedBranches!.some((b) => b === "*" || b.startsWith("refs/pull/"))) {
            problems.push(`'${qualified("devopsAllowedBranches")}' must not admit every branch or pull-request builds when '${qualified("environment")}' is 'prod'; got ${show(c.devopsAllowedBranches)}`);
        }
        if (c.keyVaultPurgeProtection === false) {
            problems.push(`'${qualified("keyVaultPurgeProtection")}' must be true when '${qualified("environment")}' is 'prod'; got false`);
        }
        if (c.diskEncryptionCustomerKey === false) {
            problems.push(`'${qualified("diskEncryptionCustomerKey")}' must be true when '${qualified("environment")}' is 'prod'; got false`);
        }
        if (has("webZones") && c.webZones!.length < 2) {
            problems.push(`'${qualified("webZones")}' must list at least two zones when '${qualified("environment")}' is 'prod' (zone redundancy); got ${show(c.webZones)}`);
        }
        if (c.webMode === "vm" && has("webInstanceCount") && c.webInstanceCount! < 2) {
            problems.push(`'${qualified("webInstanceCount")}' must be at least 2 when '${qualified("environment")}' is 'prod'; got ${c.webInstanceCount}`);
        }
        if (c.webMode === "vmss" && has("autoscaleMinCount") && c.autoscaleMinCount! < 2) {
            problems.push(`'${qualified("autoscaleMinCount")}' must be at least 2 when '${qualified("environment")}' is 'prod'; got ${c.autoscaleMinCount}`);
        }
    }
    return problems;
}

/**
 * The `config:` block of Pulumi.yaml, derived from `FIELDS` so that documentation and validation
 * cannot drift (a test compares it with the file).
 */
export function projectConfigBlock(): Record<string, Record<string, unknown>> {
    const block: Record<string, Record<string, unknown>> = {};
    for (const [key, meta] of Object.entries(FIELDS) as [ConfigKey, FieldMeta<z.ZodType>][]) {
        const description = meta.derivedDefault
            ? `${meta.description} Default: ${meta.derivedDefault}.`
            : meta.description;
        const entry: Record<string, unknown> = { type: meta.type, description };
        if (meta.type === "array") entry.items = { type: "string" };
        if (meta.default !== undefined) entry.default = meta.default;
        if (meta.secret) entry.secret = true;
        block[key] = entry;
    }
    return block;
}
