/**
 * The security baseline of lighttpd-azure as CrossGuard policies.
 *
 * This module only declares policies: it constructs no `PolicyPack` (that starts the analyzer's gRPC
 * server, see `index.ts`) and has no runtime dependency on `@pulumi/policy` (types only), so the
 * offline evaluator (`scripts/policy.ts`) can import it and call each `validateResource` /
 * `validateStack` with its own `reportViolation`.
 *
 * Every policy reads only property shapes that are the same in both places it runs:
 *   - under `pulumi preview|up --policy-pack policy`, `props` are the resource's inputs as the engine
 *     sees them (stack policies: its outputs), secrets unwrapped, unknown values behind a proxy that
 *     throws when read during preview (the engine then reports "can't run policy during preview" as
 *     advisory, and enforces it during `up`, when the values are known);
 *   - offline, `props` are the plan's registered inputs (contract 1), secrets as the string "[secret]".
 * No policy needs a secret's value. Presence checks use `has()`, which never reads a value, so an
 * unknown (not yet created) id still counts as present during preview.
 *
 * Enforcement: mandatory in production stacks, advisory elsewhere (`enforcementFor`). The pack
 * itself declares "mandatory" (fail closed) and the pipeline passes `policy/config/<stack>.json`
 * (`{"all": "<level>"}`, generated from `policyPackConfigFor`) with `--policy-pack-config`. The rules
 * that only apply to production (purge protection, environment checks) decide by the stack name in
 * the resource's URN, which a program cannot change.
 */
import type {
    EnforcementLevel, PolicyResource, ReportViolation, ResourceValidation, ResourceValidationArgs,
    ResourceValidationPolicy, StackValidationArgs, StackValidationPolicy,
} from "@pulumi/policy";
import * as zlib from "zlib";

// ---------------------------------------------------------------------------------------------
// Stacks and enforcement
// ---------------------------------------------------------------------------------------------

/** The stack name in a URN (`urn:pulumi:<stack>::<project>::<type>::<name>`), or "" when it has none. */
export function stackOfUrn(urn: string): string {
    const m = /^urn:pulumi:([^:]+)::/.exec(urn);
    return m ? m[1] : "";
}

/** Production stacks: `prod` and `prod-*` / `prod.*` / `prod_*` (e.g. `prod-westeurope`). */
export function isProductionStack(stack: string): boolean {
    return /^prod(?:[-_.].+)?$/.test(stack);
}

/** How violations count in a stack (or environment kind): "mandatory" in production, "advisory" otherwise. */
export function enforcementFor(stackOrEnvironment: string): "mandatory" | "advisory" {
    return isProductionStack(stackOrEnvironment) ? "mandatory" : "advisory";
}

/** The `--policy-pack-config` document for a stack: one level for every policy of the pack. */
export function policyPackConfigFor(stack: string): { all: EnforcementLevel } {
    return { all: enforcementFor(stack) };
}

// ---------------------------------------------------------------------------------------------
// Resource types (Pulumi type tokens) and well-known ids
// ---------------------------------------------------------------------------------------------

export const T = {
    nsg: "azure-native:network:NetworkSecurityGroup",
    securityRule: "azure-native:network:SecurityRule",
    vm: "azure-native:compute:VirtualMachine",
    vmss: "azure-native:compute:VirtualMachineScaleSet",
    disk: "azure-native:compute:Disk",
    diskEncryptionSet: "azure-native:compute:DiskEncryptionSet",
    vault: "azure-native:keyvault:Vault",
    storageAccount: "azure-native:storage:StorageAccount",
    blobContainer: "azure-native:storage:BlobContainer",
    roleAssignment: "azure-native:authorization:RoleAssignment",
    roleAssignmentScheduleRequest: "azure-native:authorization:RoleAssignmentScheduleRequest",
    roleEligibilityScheduleRequest: "azure-native:authorization:RoleEligibilityScheduleRequest",
    roleDefinition: "azure-native:authorization:RoleDefinition",
    serviceEndpointAzureRM: "azuredevops:index/serviceEndpointAzureRM:ServiceEndpointAzureRM",
    environment: "azuredevops:index/environment:Environment",
    checkApproval: "azuredevops:index/checkApproval:CheckApproval",
    checkBranchControl: "azuredevops:index/checkBranchControl:CheckBranchControl",
} as const;

/** Built-in role definition GUIDs. */
export const ROLE = {
    owner: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
    userAccessAdministrator: "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
    rbacAdministrator: "f58310d9-a9f6-439a-9e8d-f62e7b41a168",
} as const;

// ---------------------------------------------------------------------------------------------
// Helpers that behave the same on engine props (proxied) and offline props (plain JSON)
// ---------------------------------------------------------------------------------------------

type Props = Record<string, unknown>;

/** The plan's stand-in for a secret value. */
const SECRET = "[secret]";

/** True when `obj` has own key `key`, without reading its value (safe on unknown values). */
function has(obj: unknown, key: string): boolean {
    return typeof obj === "object" && obj !== null && Object.prototype.hasOwnProperty.call(obj, key);
}

/** Reads `key` of `obj` when it is an object; `undefined` otherwise. */
function get(obj: unknown, key: string): unknown {
    return typeof obj === "object" && obj !== null ? (obj as Props)[key] : undefined;
}

/** Reads a dotted path (`osProfile.linuxConfiguration`); `undefined` as soon as a step is missing. */
function at(obj: unknown, path: string): unknown {
    return path.split(".").reduce<unknown>((o, k) => get(o, k), obj);
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const show = (v: unknown): string => (v === undefined ? "not set" : `'${typeof v === "string" ? v : JSON.stringify(v)}'`);
const lower = (v: unknown): string => (typeof v === "string" ? v.toLowerCase() : "");

/** Marker for a value that is not known yet (preview) when read through the engine's proxy. */
const UNKNOWN = Symbol("unknown");

/** Reads a value, mapping the engine's "unknown during preview" error to UNKNOWN instead of throwing. */
function peek<V>(read: () => V): V | typeof UNKNOWN {
    try {
        return read();
    } catch (e) {
        if ((e as Error)?.constructor?.name === "UnknownValueError") return UNKNOWN;
        throw e;
    }
}

/** A resource validation that runs only on the given type tokens. */
function forTypes(types: readonly string[], validate: (props: Props, args: ResourceValidationArgs, report: ReportViolation) => void): ResourceValidation {
    return (args, report) => {
        if (types.includes(args.type)) validate(args.props as Props, args, report);
    };
}

/** The VM model of a VM (itself) or a scale set (its `virtualMachineProfile`). */
function vmModel(type: string, props: Props): Props {
    return (type === T.vmss ? get(props, "virtualMachineProfile") ?? {} : props) as Props;
}

// ---------------------------------------------------------------------------------------------
// Network: no SSH or RDP from the Internet
// ---------------------------------------------------------------------------------------------

const REMOTE_ADMIN_PORTS: readonly { port: number; service: string }[] = [{ port: 22, service: "SSH" }, { port: 3389, service: "RDP" }];
const INTERNET_WORDS = new Set(["*", "any", "internet", "0.0.0.0", "0.0.0.0/0", "::", "::/0"]);

/** True when a source prefix admits the whole Internet (or a range so wide it is the Internet). */
export function isInternetSource(prefix: string): boolean {
    const p = prefix.trim().toLowerCase();
    if (INTERNET_WORDS.has(p)) return true;
    const m = /\/(\d+)$/.exec(p);
    if (!m) return false;
    const bits = Number(m[1]);
    return p.includes(":") ? bits < 16 : bits < 8;
}

/** True when a port spec ("22", "20-30", "*", 22) covers `port`. */
function portCovers(spec: unknown, port: number): boolean {
    const s = String(spec).trim();
    if (s === "*") return true;
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(s);
    if (range) return Number(range[1]) <= port && port <= Number(range[2]);
    return /^\d+$/.test(s) && Number(s) === port;
}

/** The Internet-exposure problems of one security rule (its properties, flattened as in azure-native). */
function internetAdminExposure(rule: Props): string[] {
    if (lower(rule.direction || "inbound") !== "inbound" || lower(rule.access || "allow") !== "allow") return [];
    const protocol = lower(rule.protocol || "*");
    if (!["*", "tcp", "udp", "any"].includes(protocol)) return [];
    const sources = [rule.sourceAddressPrefix, ...asArray(rule.sourceAddressPrefixes)].filter((s): s is string => typeof s === "string");
    const open = sources.filter(isInternetSource);
    if (open.length === 0) return [];
    const ports = [rule.destinationPortRange, ...asArray(rule.destinationPortRanges)].filter((p) => p !== undefined && p !== null);
    const specs = ports.length > 0 ? ports : ["*"];
    return REMOTE_ADMIN_PORTS
        .filter(({ port, service }) => (service === "SSH" ? protocol !== "udp" : true) && specs.some((s) => portCovers(s, port)))
        .map(({ port, service }) => `rule '${String(rule.name ?? "(unnamed)")}' allows ${service} (port ${port}) from ${open.map((s) => `'${s}'`).join(", ")}`);
}

export const noInternetSshRdp: ResourceValidationPolicy = {
    name: "no-internet-ssh-rdp",
    description: "No network security rule allows SSH (22) or RDP (3389) inbound from the Internet ('*', 'Internet', 'Any', '0.0.0.0/0', '::/0' or any range wider than /8).",
    severity: "critical",
    remediationSteps: "Restrict the rule's source to the deploying agent's ranges (deployerSourceRanges) or use the private network.",
    validateResource: forTypes([T.nsg, T.securityRule], (props, args, report) => {
        const rules = args.type === T.nsg ? asArray(props.securityRules) as Props[] : [props];
        for (const rule of rules) for (const problem of internetAdminExposure(rule)) report(problem);
    }),
};

// ---------------------------------------------------------------------------------------------
// Compute: password login off, disks encrypted with the customer-managed key
// ---------------------------------------------------------------------------------------------

export const vmPasswordLoginDisabled: ResourceValidationPolicy = {
    name: "vm-password-login-disabled",
    description: "Every VM and scale set is Linux with password authentication disabled and no admin password.",
    severity: "high",
    remediationSteps: "Set osProfile.linuxConfiguration.disablePasswordAuthentication to true and log in with SSH keys only.",
    validateResource: forTypes([T.vm, T.vmss], (props, args, report) => {
        const osProfile = get(vmModel(args.type, props), "osProfile");
        const where = args.type === T.vmss ? "virtualMachineProfile.osProfile" : "osProfile";
        const disabled = at(osProfile, "linuxConfiguration.disablePasswordAuthentication");
        if (disabled !== true) report(`${where}.linuxConfiguration.disablePasswordAuthentication must be true; got ${show(disabled)}`);
        if (has(osProfile, "adminPassword")) report(`${where}.adminPassword is set: hosts must not have a password`);
    }),
};

const CUSTOMER_KEY_ENCRYPTION = ["EncryptionAtRestWithCustomerKey", "EncryptionAtRestWithPlatformAndCustomerKeys", "ConfidentialVmEncryptedWithCustomerKey"];

function diskEncryptionProblems(where: string, disk: unknown): string[] {
    const des = at(disk, "managedDisk.diskEncryptionSet");
    return has(des, "id") ? [] : [`${where}.managedDisk.diskEncryptionSet.id is not set: the disk would use a platform-managed key`];
}

export const diskEncryptionCustomerManagedKey: ResourceValidationPolicy = {
    name: "disk-encryption-customer-managed-key",
    description: "Every managed disk (OS and data disks of VMs and scale sets, standalone disks) is encrypted through a disk encryption set with the customer-managed key.",
    severity: "high",
    remediationSteps: "Reference the stack's disk encryption set (diskEncryptionCustomerKey: true) in storageProfile.osDisk.managedDisk.diskEncryptionSet.",
    validateResource: forTypes([T.vm, T.vmss, T.disk, T.diskEncryptionSet], (props, args, report) => {
        if (args.type === T.disk) {
            const enc = get(props, "encryption");
            if (!has(enc, "diskEncryptionSetId")) report("encryption.diskEncryptionSetId is not set: the disk would use a platform-managed key");
            const type = get(enc, "type");
            if (type !== undefined && !CUSTOMER_KEY_ENCRYPTION.includes(String(type))) report(`encryption.type must use the customer-managed key; got ${show(type)}`);
            return;
        }
        if (args.type === T.diskEncryptionSet) {
            const type = get(props, "encryptionType");
            if (type !== undefined && !CUSTOMER_KEY_ENCRYPTION.includes(String(type))) report(`encryptionType must use the customer-managed key; got ${show(type)}`);
            if (!has(get(props, "activeKey"), "keyUrl")) report("activeKey.keyUrl is not set: the set has no customer-managed key");
            return;
        }
        const prefix = args.type === T.vmss ? "virtualMachineProfile.storageProfile" : "storageProfile";
        const storage = get(vmModel(args.type, props), "storageProfile");
        for (const p of diskEncryptionProblems(`${prefix}.osDisk`, get(storage, "osDisk"))) report(p);
        asArray(get(storage, "dataDisks")).forEach((d, i) => {
            for (const p of diskEncryptionProblems(`${prefix}.dataDisks[${i}]`, d)) report(p);
        });
    }),
};

// ---------------------------------------------------------------------------------------------
// Key Vault
// ---------------------------------------------------------------------------------------------

export const keyVaultRbacAuthorization: ResourceValidationPolicy = {
    name: "keyvault-rbac-authorization",
    description: "Key Vaults use Azure RBAC for data-plane access (enableRbacAuthorization) and declare no access policies.",
    severity: "high",
    remediationSteps: "Set properties.enableRbacAuthorization to true and grant data-plane roles with role assignments.",
    validateResource: forTypes([T.vault], (props, _args, report) => {
        const p = get(props, "properties");
        const rbac = get(p, "enableRbacAuthorization");
        if (rbac !== true) report(`properties.enableRbacAuthorization must be true; got ${show(rbac)}`);
        if (asArray(get(p, "accessPolicies")).length > 0) report("properties.accessPolicies must be empty: access policies bypass RBAC");
    }),
};

/** A string value, or `fallback` when it is absent, not a string or not known yet. */
function knownString(v: unknown, fallback: string): string {
    return typeof v === "string" ? v : fallback;
}

/** Production if the URN's stack is, or the resource is tagged as a production environment. */
function isProductionResource(args: ResourceValidationArgs): boolean {
    return isProductionStack(stackOfUrn(args.urn)) || isProductionStack(knownString(peek(() => at(args.props, "tags.environment")), ""));
}

export const keyVaultPurgeProtection: ResourceValidationPolicy = {
    name: "keyvault-purge-protection",
    description: "In production, Key Vaults have purge protection enabled (deleted keys and secrets cannot be purged within the retention period).",
    severity: "high",
    remediationSteps: "Set properties.enablePurgeProtection to true (keyVaultPurgeProtection); it cannot be turned off afterwards.",
    validateResource: forTypes([T.vault], (props, args, report) => {
        if (!isProductionResource(args)) return;
        const purge = at(props, "properties.enablePurgeProtection");
        if (purge !== true) report(`properties.enablePurgeProtection must be true in production; got ${show(purge)}`);
    }),
};

export const keyVaultFirewallDenyByDefault: ResourceValidationPolicy = {
    name: "keyvault-firewall-deny-by-default",
    description: "Key Vault firewalls deny by default (networkAcls.defaultAction 'Deny') and admit no Internet-wide IP range.",
    severity: "high",
    remediationSteps: "Set properties.networkAcls.defaultAction to 'Deny' and admit only the web subnet and named ranges.",
    validateResource: forTypes([T.vault], (props, _args, report) => {
        const acls = at(props, "properties.networkAcls");
        const action = get(acls, "defaultAction");
        if (action !== "Deny") report(`properties.networkAcls.defaultAction must be 'Deny'; got ${show(action)}`);
        for (const rule of asArray(get(acls, "ipRules"))) {
            const value = get(rule, "value");
            if (typeof value === "string" && isInternetSource(value)) report(`properties.networkAcls.ipRules admits the Internet: '${value}'`);
        }
    }),
};

// ---------------------------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------------------------

export const storageNoSharedKeyAccess: ResourceValidationPolicy = {
    name: "storage-no-shared-key-access",
    description: "Storage accounts refuse shared-key (account key and SAS) authorization: Entra ID and RBAC only.",
    severity: "high",
    remediationSteps: "Set allowSharedKeyAccess to false (Azure's default is true).",
    validateResource: forTypes([T.storageAccount], (props, _args, report) => {
        if (props.allowSharedKeyAccess !== false) report(`allowSharedKeyAccess must be false; got ${show(props.allowSharedKeyAccess)}`);
    }),
};

export const storageNoPublicBlobAccess: ResourceValidationPolicy = {
    name: "storage-no-public-blob-access",
    description: "Storage accounts forbid anonymous blob access and no container is public.",
    severity: "high",
    remediationSteps: "Set allowBlobPublicAccess to false on the account and publicAccess to 'None' on containers.",
    validateResource: forTypes([T.storageAccount, T.blobContainer], (props, args, report) => {
        if (args.type === T.storageAccount) {
            if (props.allowBlobPublicAccess !== false) report(`allowBlobPublicAccess must be false; got ${show(props.allowBlobPublicAccess)}`);
        } else if (props.publicAccess !== undefined && props.publicAccess !== "None") {
            report(`publicAccess must be 'None'; got ${show(props.publicAccess)}`);
        }
    }),
};

// ---------------------------------------------------------------------------------------------
// TLS 1.2 or later
// ---------------------------------------------------------------------------------------------

/** The TLS version a setting names ("TLS1_2", "1.2", "Tls12", "TLSv1.3"), as [major, minor], or undefined. */
function tlsVersion(v: unknown): [number, number] | undefined {
    const m = /(\d)[._]?(\d)\s*$/.exec(String(v));
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}
const atLeastTls12 = (v: [number, number] | undefined) => v !== undefined && (v[0] > 1 || (v[0] === 1 && v[1] >= 2));

/** Decodes cloud-init custom data (base64, optionally gzip); undefined when it is not readable text. */
export function decodeCustomData(data: string): string | undefined {
    let bytes: Buffer;
    try {
        bytes = Buffer.from(data, "base64");
    } catch {
        return undefined;
    }
    if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
        try {
            bytes = zlib.gunzipSync(bytes);
        } catch {
            return undefined;
        }
    }
    return bytes.toString("utf8");
}

/**
 * TLS problems of a rendered lighttpd.conf (or a cloud-config embedding it): when TLS is enabled
 * (`ssl.engine = "enable"`), `ssl.openssl.ssl-conf-cmd` must set `"MinProtocol" => "TLSv1.2"` or TLSv1.3.
 */
export function lighttpdTlsProblems(text: string): string[] {
    if (!/ssl\.engine\s*=\s*"enable"/.test(text)) return [];
    const mins = [...text.matchAll(/"MinProtocol"\s*=>\s*"([^"]*)"/g)].map((m) => m[1]);
    if (mins.length === 0) return ["lighttpd enables TLS (ssl.engine) without \"MinProtocol\" in ssl.openssl.ssl-conf-cmd"];
    return mins.filter((v) => !/^TLSv1\.[23]$/.test(v)).map((v) => `lighttpd's \"MinProtocol\" must be TLSv1.2 or TLSv1.3; got '${v}'`);
}

export const tls12OrLater: ResourceValidationPolicy = {
    name: "tls-1-2-or-later",
    description: "Every endpoint requires TLS 1.2 or later: storage accounts (minimumTlsVersion, HTTPS only), any resource with a minimum TLS setting, and Lighttpd's TLS configuration in the hosts' cloud-init.",
    severity: "high",
    remediationSteps: "Set minimumTlsVersion to 'TLS1_2' and enableHttpsTrafficOnly to true; render lighttpd.conf with \"MinProtocol\" => \"TLSv1.2\".",
    validateResource: (args, report) => {
        if (!args.type.startsWith("azure-native:")) return;
        const props = args.props as Props;
        if (args.type === T.storageAccount) {
            const v = props.minimumTlsVersion;
            if (!atLeastTls12(tlsVersion(v))) report(`minimumTlsVersion must be TLS1_2 or later; got ${show(v)}`);
            if (props.enableHttpsTrafficOnly === false) report("enableHttpsTrafficOnly is false: the account accepts plain HTTP");
        } else {
            for (const key of ["minimumTlsVersion", "minTlsVersion", "minimalTlsVersion"]) {
                if (has(props, key) && !atLeastTls12(tlsVersion(props[key]))) report(`${key} must be 1.2 or later; got ${show(props[key])}`);
            }
        }
        if (args.type === T.vm || args.type === T.vmss) {
            const osProfile = get(vmModel(args.type, props), "osProfile");
            if (!has(osProfile, "customData")) return;
            const data = get(osProfile, "customData");
            // A secret custom data (offline: "[secret]") cannot be checked offline; the engine sees it.
            if (typeof data !== "string" || data === SECRET) return;
            const text = decodeCustomData(data);
            if (text !== undefined) for (const p of lighttpdTlsProblems(text)) report(p);
        }
    },
};

// ---------------------------------------------------------------------------------------------
// Identity: no Owner / User Access Administrator, principalType on every assignment
// ---------------------------------------------------------------------------------------------

/** The role definition GUID at the end of a role definition id (or the GUID itself), lower-case. */
export function roleGuid(roleDefinitionId: unknown): string {
    const m = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s*$/i.exec(String(roleDefinitionId ?? ""));
    return m ? m[1].toLowerCase() : "";
}

export const noPrivilegedRoleAssignments: ResourceValidationPolicy = {
    name: "no-privileged-role-assignments",
    description: "No assignment (direct, eligible or scheduled) of Owner or User Access Administrator, no unconstrained Role Based Access Control Administrator (it must carry an ABAC condition), and no custom role with '*' or 'Microsoft.Authorization/*' actions.",
    severity: "critical",
    remediationSteps: "Assign the least-privileged built-in role; delegate role assignment only through the condition-constrained RBAC Administrator role.",
    validateResource: forTypes([T.roleAssignment, T.roleAssignmentScheduleRequest, T.roleEligibilityScheduleRequest, T.roleDefinition], (props, args, report) => {
        if (args.type === T.roleDefinition) {
            for (const perm of asArray(props.permissions)) {
                for (const action of asArray(get(perm, "actions"))) {
                    if (action === "*" || lower(action) === "microsoft.authorization/*") report(`custom role grants '${String(action)}'`);
                }
            }
            return;
        }
        const guid = roleGuid(props.roleDefinitionId);
        if (guid === ROLE.owner) report(`assigns Owner (${guid})`);
        if (guid === ROLE.userAccessAdministrator) report(`assigns User Access Administrator (${guid})`);
        if (guid === ROLE.rbacAdministrator && !has(props, "condition")) {
            report(`assigns Role Based Access Control Administrator (${guid}) without an ABAC condition: that can grant any role`);
        }
    }),
};

export const roleAssignmentPrincipalType: ResourceValidationPolicy = {
    name: "role-assignment-principal-type",
    description: "Every role assignment sets principalType (so Azure neither guesses it nor fails on replication delay of new identities).",
    severity: "medium",
    remediationSteps: "Set principalType ('ServicePrincipal' for managed identities, 'User', 'Group').",
    validateResource: forTypes([T.roleAssignment], (props, _args, report) => {
        if (!has(props, "principalType")) report("principalType is not set");
    }),
};

// ---------------------------------------------------------------------------------------------
// Delivery (Azure DevOps)
// ---------------------------------------------------------------------------------------------

export const serviceConnectionWorkloadIdentity: ResourceValidationPolicy = {
    name: "service-connection-workload-identity",
    description: "Azure Resource Manager service connections authenticate by workload identity federation only: no service principal secret or certificate is stored.",
    severity: "critical",
    remediationSteps: "Set serviceEndpointAuthenticationScheme to 'WorkloadIdentityFederation' and trust the connection's issuer and subject in a federated credential.",
    validateResource: forTypes([T.serviceEndpointAzureRM], (props, _args, report) => {
        const scheme = props.serviceEndpointAuthenticationScheme;
        if (scheme !== "WorkloadIdentityFederation") report(`serviceEndpointAuthenticationScheme must be 'WorkloadIdentityFederation'; got ${show(scheme)}`);
        for (const key of ["serviceprincipalkey", "serviceprincipalcertificate"]) {
            if (has(get(props, "credentials"), key)) report(`credentials.${key} is set: the connection would store a secret`);
        }
    }),
};

/**
 * Whether a check targets `candidate`. The engine gives per-property dependencies (known during
 * preview, when ids are not): `targetResourceId`'s decide. Without them (the offline evaluator has
 * only each resource's dependency list, or nothing for a plan file) the dependency list decides,
 * then equal ids (`targetResourceId` = the candidate's `id` output). A comparison with a value that
 * is not known is remembered in `unknown` (a function that reads it again, and so throws).
 */
function targets(check: PolicyResource, candidate: PolicyResource, unknown: (() => unknown)[]): boolean {
    const perProperty = check.propertyDependencies ?? {};
    const byProperty = perProperty.targetResourceId ?? [];
    if (byProperty.some((r) => r.urn === candidate.urn)) return true;
    if (Object.keys(perProperty).length === 0 && (check.dependencies ?? []).some((r) => r.urn === candidate.urn)) return true;
    const target = peek(() => get(check.props, "targetResourceId"));
    const id = peek(() => get(candidate.props, "id"));
    if (target === UNKNOWN) unknown.push(() => get(check.props, "targetResourceId"));
    if (id === UNKNOWN) unknown.push(() => get(candidate.props, "id"));
    return typeof target === "string" && typeof id === "string" && target !== "" && target === id;
}

function branchControlProblems(check: PolicyResource): string[] {
    const allowed = peek(() => get(check.props, "allowedBranches"));
    if (allowed === UNKNOWN) return [];
    const branches = String(allowed ?? "").split(",").map((b) => b.trim()).filter((b) => b !== "");
    if (branches.length === 0) return ["allows no branch list (allowedBranches is empty)"];
    return branches.filter((b) => b === "*" || b === "refs/*" || b === "refs/heads/*").map((b) => `allows any branch ('${b}')`);
}

function approvalProblems(check: PolicyResource): string[] {
    const approvers = peek(() => get(check.props, "approvers"));
    if (approvers !== UNKNOWN && asArray(approvers).length === 0) return ["names no approvers"];
    return [];
}

export const prodEnvironmentChecks: StackValidationPolicy = {
    name: "prod-environment-approval-and-branch-control",
    description: "In production, every Azure DevOps environment has an approval check (with approvers) and a branch control check (a branch list, not '*') targeting it.",
    severity: "critical",
    remediationSteps: "Declare CheckApproval and CheckBranchControl with targetResourceType 'environment' and targetResourceId the environment's id (components/Delivery.ts does).",
    validateStack: (args: StackValidationArgs, report: ReportViolation) => {
        const resources = args.resources;
        if (resources.length === 0 || !isProductionStack(stackOfUrn(resources[0].urn))) return;
        const onEnvironments = (type: string) => resources.filter((r) => r.type === type && peek(() => get(r.props, "targetResourceType")) === "environment");
        const approvals = onEnvironments(T.checkApproval);
        const branchControls = onEnvironments(T.checkBranchControl);
        // A missing check that might only be unlinked because ids are not known yet is not reported:
        // reading the unknown value again at the end lets the runtime say it could not decide.
        const undecided: (() => unknown)[] = [];
        const required = (kind: string, checks: PolicyResource[], env: PolicyResource, name: string) => {
            const unknown: (() => unknown)[] = [];
            const linked = checks.filter((c) => targets(c, env, unknown));
            if (linked.length === 0 && unknown.length > 0) undecided.push(unknown[0]);
            else if (linked.length === 0) report(`environment '${name}' has no ${kind} check (${kind === "approval" ? "CheckApproval" : "CheckBranchControl"} targeting it)`, env.urn);
            return linked;
        };
        for (const env of resources.filter((r) => r.type === T.environment)) {
            const name = knownString(peek(() => get(env.props, "name")), env.name);
            for (const c of required("approval", approvals, env, name)) {
                for (const p of approvalProblems(c)) report(`approval check '${c.name}' of environment '${name}' ${p}`, c.urn);
            }
            for (const c of required("branch control", branchControls, env, name)) {
                for (const p of branchControlProblems(c)) report(`branch control check '${c.name}' of environment '${name}' ${p}`, c.urn);
            }
        }
        if (undecided.length > 0) undecided[0]();
    },
};

// ---------------------------------------------------------------------------------------------

/** Every policy of the pack, in report order. */
export const policies: (ResourceValidationPolicy | StackValidationPolicy)[] = [
    noInternetSshRdp,
    vmPasswordLoginDisabled,
    keyVaultRbacAuthorization,
    keyVaultPurgeProtection,
    keyVaultFirewallDenyByDefault,
    storageNoSharedKeyAccess,
    storageNoPublicBlobAccess,
    noPrivilegedRoleAssignments,
    roleAssignmentPrincipalType,
    serviceConnectionWorkloadIdentity,
    prodEnvironmentChecks,
    diskEncryptionCustomerManagedKey,
    tls12OrLater,
];

export function isStackPolicy(p: ResourceValidationPolicy | StackValidationPolicy): p is StackValidationPolicy {
    return typeof (p as StackValidationPolicy).validateStack === "function";
}
