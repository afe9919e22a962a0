/** Azure resource names and tags, derived from the stack. Pure; no Pulumi imports. */

export interface NamingContext {
    /** Short prefix from config (`namePrefix`). */
    readonly prefix: string;
    /** Pulumi stack name (may contain characters Azure names do not allow). */
    readonly stack: string;
    /** `environment` from config. */
    readonly environment: string;
    /** Pulumi project name. */
    readonly project: string;
}

/** Lower-case letters, digits and single hyphens: safe in every Azure name used here. */
export function slug(text: string): string {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "x";
}

/**
 * `<abbreviation>-<prefix>-<stack>`, following the Cloud Adoption Framework abbreviations
 * (rg, vnet, snet, nsg, pip, lbe, vm, vmss, id, kv, ...). Names are deterministic so that a preview
 * shows real names and two stacks never collide inside one subscription.
 */
export function azureName(ctx: NamingContext, abbreviation: string, suffix?: string): string {
    const parts = [abbreviation, ctx.prefix, slug(ctx.stack)];
    if (suffix !== undefined) parts.push(slug(suffix));
    return parts.join("-");
}

/** Tags on every taggable resource: the operator's tags plus project, stack and environment. */
export function standardTags(ctx: NamingContext, extra: readonly string[]): Record<string, string> {
    const tags: Record<string, string> = {};
    for (const entry of extra) {
        const i = entry.indexOf("=");
        tags[entry.slice(0, i)] = entry.slice(i + 1);
    }
    tags.project = ctx.project;
    tags.stack = ctx.stack;
    tags.environment = ctx.environment;
    return tags;
}
