/** Renderers of the offline plan document: text for terminals, Markdown for pull-request comments. */

export interface PlanResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly parent: string | null;
    readonly inputs: Record<string, unknown>;
    readonly outputs: Record<string, unknown>;
}

export interface PlanDocument {
    readonly stack: string;
    readonly project: string;
    readonly resources: PlanResource[];
    readonly outputs: Record<string, unknown>;
}

/** Resources in tree order (parents before children, siblings in registration order) with depth. */
export function tree(doc: PlanDocument): { r: PlanResource; depth: number }[] {
    const children = new Map<string | null, PlanResource[]>();
    const known = new Set(doc.resources.map((r) => r.urn));
    for (const r of doc.resources) {
        const p = r.parent && known.has(r.parent) ? r.parent : null;
        children.set(p, [...(children.get(p) ?? []), r]);
    }
    const out: { r: PlanResource; depth: number }[] = [];
    const visit = (p: string | null, depth: number) => {
        for (const r of children.get(p) ?? []) {
            out.push({ r, depth });
            visit(r.urn, depth + 1);
        }
    };
    visit(null, 0);
    return out;
}

/** Count of resources per type token, sorted by type. */
export function countByType(doc: PlanDocument): [string, number][] {
    const counts = new Map<string, number>();
    for (const r of doc.resources) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}

export function renderText(doc: PlanDocument): string {
    const lines = [`Offline plan of ${doc.project}/${doc.stack}: ${doc.resources.length} resources`, ""];
    for (const { r, depth } of tree(doc)) lines.push(`${"  ".repeat(depth)}${r.type}  ${r.name}`);
    lines.push("", "Resources by type:");
    const counts = countByType(doc);
    const width = Math.max(...counts.map(([t]) => t.length), 4);
    for (const [t, n] of counts) lines.push(`  ${t.padEnd(width)}  ${n}`);
    lines.push("", "Outputs:");
    for (const [k, v] of Object.entries(doc.outputs)) lines.push(`  ${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`);
    return `${lines.join("\n")}\n`;
}

const mdEscape = (s: string) => s.replace(/\|/g, "\\|");

/**
 * Types drawn in the topology diagram; the others are counted per component ("+3 more: ...").
 * Picked for what a reviewer needs to see: where traffic enters, what runs, what holds keys and data,
 * who deploys. Role assignments, checks, secrets, alert rules stay in the counts and the tree.
 */
export const KEY_TYPES: ReadonlySet<string> = new Set([
    "azure-native:resources:ResourceGroup",
    "azure-native:managedidentity:UserAssignedIdentity",
    "azure-native:managedidentity:FederatedIdentityCredential",
    "azure-native:keyvault:Vault",
    "azure-native:keyvault:Key",
    "azure-native:compute:DiskEncryptionSet",
    "azure-native:compute:VirtualMachine",
    "azure-native:compute:VirtualMachineScaleSet",
    "azure-native:storage:StorageAccount",
    "azure-native:storage:BlobContainer",
    "azure-native:network:VirtualNetwork",
    "azure-native:network:Subnet",
    "azure-native:network:NetworkSecurityGroup",
    "azure-native:network:PublicIPAddress",
    "azure-native:network:LoadBalancer",
    "azure-native:network:NetworkInterface",
    "azure-native:monitor:AutoscaleSetting",
    "azure-native:monitor:DataCollectionRule",
    "azure-native:monitor:ActionGroup",
    "azure-native:operationalinsights:Workspace",
    "azuredevops:index/project:Project",
    "azuredevops:index/environment:Environment",
    "azuredevops:index/serviceEndpointAzureRM:ServiceEndpointAzureRM",
    "azuredevops:index/buildDefinition:BuildDefinition",
    "command:local:Command",
    "command:remote:Command",
]);

/** The last segment of a type token: `azure-native:network:LoadBalancer` → `LoadBalancer`. */
const shortType = (type: string) => type.split(/[:/]/).pop() ?? type;

/** A component's label: `web: WebTier (lighttpd-web)` for `lighttpd-azure:web:WebTier`. */
function componentLabel(r: PlanResource): string {
    const parts = r.type.split(":");
    const module = parts.length === 3 && parts[1] !== "index" ? `${parts[1]}: ` : "";
    return `${module}${shortType(r.type)} (${r.name})`;
}

/** The Azure (or Azure DevOps) name of a resource when the plan knows it, else its logical name. */
function cloudName(r: PlanResource): string {
    for (const v of [r.outputs.name, r.inputs.name, r.inputs.serviceEndpointName]) {
        if (typeof v === "string" && v !== "" && v !== "[secret]") return v;
    }
    return r.name;
}

/** Text safe inside a quoted Mermaid label. */
const mermaidText = (s: string) => s.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");

/** Every string inside a value (inputs), depth-first. */
function stringsIn(v: unknown, out: string[] = []): string[] {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => stringsIn(x, out));
    else if (v && typeof v === "object") Object.values(v).forEach((x) => stringsIn(x, out));
    return out;
}

/**
 * A Mermaid flowchart of the plan's topology: one subgraph per component (the planes and the
 * components inside them), the key resources (KEY_TYPES) as nodes labelled with their type and
 * Azure name, a "+N more" node for the rest of each component's resources, and an edge wherever a
 * key resource's inputs name another key resource's ARM id (the longest matching id: a subnet, not
 * its VNet; never the resource group, which everything is in).
 */
export function renderMermaid(doc: PlanDocument): string {
    const byUrn = new Map(doc.resources.map((r) => [r.urn, r]));
    const parents = new Set(doc.resources.map((r) => r.parent));
    // The program's own components carry its type prefix; anything else with children groups them too.
    const isComponent = (r: PlanResource) => r.type.startsWith(`${doc.project}:`) || parents.has(r.urn);
    const root = doc.resources.find((r) => r.parent === null || !byUrn.has(r.parent));
    const ids = new Map<string, string>();
    let nodes = 0, groups = 0;
    const nodeId = (urn: string) => {
        let id = ids.get(urn);
        if (!id) ids.set(urn, id = `n${nodes++}`);
        return id;
    };
    const children = (urn: string | null) => doc.resources.filter((r) => (r.parent && byUrn.has(r.parent) ? r.parent : null) === urn);
    const lines = ["flowchart LR"];
    const emitResources = (members: PlanResource[], indent: string) => {
        if (members.length === 0) return;
        const key = members.filter((r) => KEY_TYPES.has(r.type));
        for (const r of key) lines.push(`${indent}${nodeId(r.urn)}["${mermaidText(shortType(r.type))}<br/>${mermaidText(cloudName(r))}"]`);
        const rest = members.filter((r) => !KEY_TYPES.has(r.type));
        if (rest.length > 0) {
            const counts = new Map<string, number>();
            for (const r of rest) counts.set(shortType(r.type), (counts.get(shortType(r.type)) ?? 0) + 1);
            const what = [...counts.entries()].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(", ");
            lines.push(`${indent}${nodeId(`more:${members[0].parent ?? ""}`)}["+${rest.length} more: ${mermaidText(what)}"]`);
        }
    };
    const visit = (component: PlanResource, indent: string) => {
        lines.push(`${indent}subgraph g${groups++}["${mermaidText(componentLabel(component))}"]`);
        const kids = children(component.urn);
        for (const c of kids.filter(isComponent)) visit(c, `${indent}  `);
        emitResources(kids.filter((k) => !isComponent(k)), `${indent}  `);
        if (kids.length === 0) lines.push(`${indent}  ${nodeId(`empty:${component.urn}`)}["no resources in this stack"]`);
        lines.push(`${indent}end`);
    };
    if (root && isComponent(root)) {
        const top = children(root.urn);
        emitResources(top.filter((k) => !isComponent(k)), "  ");
        for (const c of top.filter(isComponent)) visit(c, "  ");
    } else {
        emitResources(doc.resources, "  ");
    }
    // Edges: a key resource's inputs naming another key resource's ARM id.
    const armIds = doc.resources
        .filter((r) => KEY_TYPES.has(r.type) && r.type !== "azure-native:resources:ResourceGroup" && typeof r.outputs.id === "string" && (r.outputs.id as string).startsWith("/"))
        .map((r) => ({ urn: r.urn, id: (r.outputs.id as string).toLowerCase() }))
        .sort((a, b) => b.id.length - a.id.length);
    const edges = new Set<string>();
    for (const r of doc.resources.filter((x) => KEY_TYPES.has(x.type))) {
        for (const s of stringsIn(r.inputs)) {
            const v = s.toLowerCase();
            const hit = armIds.find((a) => v === a.id || v.startsWith(`${a.id}/`));
            if (hit && hit.urn !== r.urn) edges.add(`  ${nodeId(r.urn)} --> ${nodeId(hit.urn)}`);
        }
    }
    lines.push(...edges);
    return `${lines.join("\n")}\n`;
}

export function renderMarkdown(doc: PlanDocument, changes?: string): string {
    const counts = countByType(doc);
    const lines = [
        `### Offline plan: \`${doc.project}\` / \`${doc.stack}\``,
        "",
        `${doc.resources.length} resources, evaluated under the mock engine (no Azure calls).`,
        "",
        ...(changes ? [changes.trimEnd(), ""] : []),
        "#### Topology",
        "",
        "```mermaid",
        renderMermaid(doc).trimEnd(),
        "```",
        "",
        "#### Resources by type",
        "",
        "| type | count |",
        "|---|---:|",
        ...counts.map(([t, n]) => `| \`${mdEscape(t)}\` | ${n} |`),
        "",
        "<details><summary>Resource tree</summary>",
        "",
        "```",
        ...tree(doc).map(({ r, depth }) => `${"  ".repeat(depth)}${r.type}  ${r.name}`),
        "```",
        "",
        "</details>",
        "",
        "| output | value |",
        "|---|---|",
        ...Object.entries(doc.outputs).map(([k, v]) => `| \`${mdEscape(k)}\` | \`${mdEscape(typeof v === "string" ? v : JSON.stringify(v))}\` |`),
        "",
    ];
    return lines.join("\n");
}
