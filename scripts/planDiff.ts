/**
 * Differences between two offline plans (contract 1), for reviewers: which resources a change adds,
 * removes or changes, and which inputs change, from what to what.
 *
 * Pure: works on two plan documents. Secrets are already the string "[secret]" in both, so they stay
 * masked here (and a change of a secret's value cannot be seen, only a change into or out of one).
 * `npm run plan -- --diff REF` (scripts/plan.ts) builds the plan at REF and renders this.
 */
import * as crypto from "crypto";
import type { PlanDocument, PlanResource } from "./planFormat";

/** One changed input. `before`/`after` are absent (undefined, omitted in JSON) when the input was absent. */
export interface ValueChange {
    readonly path: string;
    readonly before?: unknown;
    readonly after?: unknown;
}

export interface ResourceRef {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
}

export interface ChangedResource extends ResourceRef {
    readonly changes: ValueChange[];
}

export interface PlanDiff {
    readonly added: ResourceRef[];
    readonly removed: ResourceRef[];
    readonly changed: ChangedResource[];
    /** Changes of the stack's outputs. */
    readonly outputs: ValueChange[];
}

const ref = (r: PlanResource): ResourceRef => ({ urn: r.urn, type: r.type, name: r.name });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** `a.b`, `a["odd key"]`, `a[0]`. */
function child(path: string, key: string): string {
    if (/^[A-Za-z_$][\w$-]*$/.test(key)) return path ? `${path}.${key}` : key;
    return `${path}[${JSON.stringify(key)}]`;
}

/** Array elements that are objects with distinct string names (NSG rules, LB probes) are matched by name. */
function namesOf(items: unknown[]): string[] | undefined {
    const names = items.map((x) => (isObject(x) && typeof x.name === "string" ? x.name : undefined));
    if (names.some((n) => n === undefined) || new Set(names).size !== names.length) return undefined;
    return names as string[];
}

function deepEqual(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if (isObject(a) && isObject(b)) {
        const ka = Object.keys(a), kb = Object.keys(b);
        return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
    }
    return false;
}

/** The changes between two values, at the finest path where they differ. */
export function diffValues(before: unknown, after: unknown, path = ""): ValueChange[] {
    if (deepEqual(before, after)) return [];
    const out: ValueChange[] = [];
    if (isObject(before) && isObject(after)) {
        const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
        for (const k of keys) out.push(...diffValues(before[k], after[k], child(path, k)));
        return out;
    }
    if (Array.isArray(before) && Array.isArray(after)) {
        const nb = namesOf(before), na = namesOf(after);
        if (nb && na) {
            const names = [...nb, ...na.filter((n) => !nb.includes(n))];
            for (const n of names) {
                out.push(...diffValues(before[nb.indexOf(n)], after[na.indexOf(n)], `${path}[name=${n}]`));
            }
            return out;
        }
        for (let i = 0; i < Math.max(before.length, after.length); i++) out.push(...diffValues(before[i], after[i], `${path}[${i}]`));
        return out;
    }
    const change: { path: string; before?: unknown; after?: unknown } = { path: path || "(value)" };
    if (before !== undefined) change.before = before;
    if (after !== undefined) change.after = after;
    return [change];
}

/** Resources keyed by URN: added, removed, and changed (with each changed input path). */
export function diffPlans(before: PlanDocument, after: PlanDocument): PlanDiff {
    const old = new Map(before.resources.map((r) => [r.urn, r]));
    const now = new Map(after.resources.map((r) => [r.urn, r]));
    const added = after.resources.filter((r) => !old.has(r.urn)).map(ref);
    const removed = before.resources.filter((r) => !now.has(r.urn)).map(ref);
    const changed: ChangedResource[] = [];
    for (const r of after.resources) {
        const o = old.get(r.urn);
        if (!o) continue;
        const changes = diffValues(o.inputs, r.inputs);
        if (changes.length > 0) changed.push({ ...ref(r), changes });
    }
    return { added, removed, changed, outputs: diffValues(before.outputs, after.outputs) };
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

const sha = (s: string) => crypto.createHash("sha256").update(s).digest("hex").slice(0, 12);

/** A value for one line: "(absent)", short JSON, or a long string's length and hash. */
export function formatValue(v: unknown, max = 100): string {
    if (v === undefined) return "(absent)";
    if (typeof v === "string" && v.length > max) return `${JSON.stringify(v.slice(0, 40))}… (${v.length} chars, sha256 ${sha(v)})`;
    const s = JSON.stringify(v);
    return s.length > max ? `${s.slice(0, max)}… (${s.length} chars, sha256 ${sha(s)})` : s;
}

/**
 * Both sides of a change, for one line each. Two long strings (a command embedding a hash) show
 * only their differing words with a little context, "…" for the rest; other long values their
 * length and hash.
 */
export function formatChange(c: ValueChange, max = 100): [string, string] {
    const a = c.before, b = c.after;
    if (typeof a === "string" && typeof b === "string" && (a.length > max || b.length > max) && decodedText(a) === undefined) {
        const words = (t: string) => t.split(/([\s/;=.,:]+)/).filter((w) => w !== "");
        const ops = sequenceDiff(words(a), words(b));
        const side = (keep: "-" | "+") => {
            const shown = ops.filter((o) => o.op === "=" || o.op === keep);
            const near = (i: number) => shown.slice(Math.max(0, i - 2), i + 3).some((o) => o.op !== "=");
            let out = "", skipped = false;
            shown.forEach((o, i) => {
                if (o.op !== "=" || near(i)) { out += `${skipped ? "…" : ""}${o.item}`; skipped = false; }
                else skipped = true;
            });
            return JSON.stringify(`${out}${skipped ? "…" : ""}`);
        };
        const [x, y] = [side("-"), side("+")];
        if (x.length <= 3 * max && y.length <= 3 * max) return [x, y];
    }
    return [formatValue(a, max), formatValue(b, max)];
}

/** The text inside base64 (cloud-init custom data), when both sides are base64 of readable text. */
function decodedText(v: unknown): string | undefined {
    if (typeof v !== "string" || v.length < 64 || !/^[A-Za-z0-9+/]+=*$/.test(v)) return undefined;
    const text = Buffer.from(v, "base64").toString("utf8");
    return /^[\t\n\r\x20-\x7e\u00a0-\uffff]*$/.test(text) && !text.includes("\ufffd") ? text : undefined;
}

/** An edit script between two sequences (longest common subsequence): kept, removed, added items in order. */
export function sequenceDiff(x: readonly string[], y: readonly string[]): { op: "=" | "-" | "+"; item: string }[] {
    if (x.length * y.length > 4_000_000) return [...x.map((item) => ({ op: "-" as const, item })), ...y.map((item) => ({ op: "+" as const, item }))];
    const lcs: Uint32Array[] = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
    for (let i = x.length - 1; i >= 0; i--) {
        for (let j = y.length - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    const out: { op: "=" | "-" | "+"; item: string }[] = [];
    let i = 0, j = 0;
    while (i < x.length || j < y.length) {
        if (i < x.length && j < y.length && x[i] === y[j]) { out.push({ op: "=", item: x[i] }); i++; j++; }
        else if (i < x.length && (j === y.length || lcs[i + 1][j] >= lcs[i][j + 1])) out.push({ op: "-", item: x[i++] });
        else out.push({ op: "+", item: y[j++] });
    }
    return out;
}

/** Lines removed and added between two texts, in order. */
export function lineDiff(a: string, b: string): { sign: "-" | "+"; line: string }[] {
    return sequenceDiff(a.split("\n"), b.split("\n"))
        .filter((d): d is { op: "-" | "+"; item: string } => d.op !== "=")
        .map((d) => ({ sign: d.op, line: d.item }));
}

/** For a change of base64 text (custom data): its decoded line diff, at most `limit` lines. */
function decodedChange(c: ValueChange, limit = 40): string[] | undefined {
    const a = decodedText(c.before), b = decodedText(c.after);
    if (a === undefined || b === undefined) return undefined;
    const lines = lineDiff(a, b).map((d) => `${d.sign} ${d.line}`);
    return lines.length > limit ? [...lines.slice(0, limit), `… ${lines.length - limit} more changed lines`] : lines;
}

const total = (d: PlanDiff) => d.added.length + d.removed.length + d.changed.length;

export function renderDiffText(d: PlanDiff, refName: string, stack: string): string {
    const lines = [`Changes of ${stack} against ${refName}: ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed`];
    if (total(d) === 0 && d.outputs.length === 0) return `${lines[0]}\nNo resource or input changes.\n`;
    for (const r of d.added) lines.push(`+ ${r.type}  ${r.name}`);
    for (const r of d.removed) lines.push(`- ${r.type}  ${r.name}`);
    for (const r of d.changed) {
        lines.push(`~ ${r.type}  ${r.name}`);
        for (const c of r.changes) {
            const [a, b] = formatChange(c);
            lines.push(`    ${c.path}: ${a} => ${b}`);
            for (const l of decodedChange(c) ?? []) lines.push(`      ${l}`);
        }
    }
    if (d.outputs.length > 0) {
        lines.push("Outputs:");
        for (const c of d.outputs) lines.push(`    ${c.path}: ${formatValue(c.before)} => ${formatValue(c.after)}`);
    }
    return `${lines.join("\n")}\n`;
}

const code = (s: string) => `\`${s.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;

export function renderDiffMarkdown(d: PlanDiff, refName: string): string {
    const lines = [
        `#### Changes against ${code(refName)}`,
        "",
        `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed (inputs as registered; secrets stay \`[secret]\`).`,
        "",
    ];
    if (total(d) === 0 && d.outputs.length === 0) return [...lines, "No resource or input changes.", ""].join("\n");
    if (d.added.length + d.removed.length > 0) {
        lines.push("| | type | name |", "|---|---|---|");
        for (const r of d.added) lines.push(`| + | ${code(r.type)} | ${code(r.name)} |`);
        for (const r of d.removed) lines.push(`| − | ${code(r.type)} | ${code(r.name)} |`);
        lines.push("");
    }
    if (d.changed.length > 0) {
        lines.push("| resource | input | before | after |", "|---|---|---|---|");
        const decoded: string[] = [];
        for (const r of d.changed) {
            for (const c of r.changes) {
                const [a, b] = formatChange(c);
                lines.push(`| ${code(r.name)} | ${code(c.path)} | ${code(a)} | ${code(b)} |`);
                const text = decodedChange(c);
                if (text) decoded.push(`<details><summary>${r.name}: ${c.path} (decoded)</summary>`, "", "```diff", ...text, "```", "", "</details>", "");
            }
        }
        lines.push("", ...decoded);
    }
    if (d.outputs.length > 0) {
        lines.push("| output | before | after |", "|---|---|---|");
        for (const c of d.outputs) lines.push(`| ${code(c.path)} | ${code(formatValue(c.before))} | ${code(formatValue(c.after))} |`);
        lines.push("");
    }
    return lines.join("\n");
}
