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

export function renderMarkdown(doc: PlanDocument): string {
    const counts = countByType(doc);
    const lines = [
        `### Offline plan: \`${doc.project}\` / \`${doc.stack}\``,
        "",
        `${doc.resources.length} resources, evaluated under the mock engine (no Azure calls).`,
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
