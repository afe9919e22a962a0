/** IPv4 CIDR helpers for config validation and NSG rules. Pure; no Pulumi imports. */

export interface Cidr {
    /** Network address as an unsigned 32-bit integer. */
    readonly base: number;
    readonly prefix: number;
}

/** Source ranges that mean "anyone": never acceptable for SSH. Compared case-insensitively. */
export const FORBIDDEN_SOURCE_RANGES: readonly string[] = ["*", "internet", "any", "0.0.0.0/0", "::/0"];

/**
 * True when a source range would open a port to the whole Internet: the literal wildcards and
 * service tags, `0.0.0.0/0`, `::/0`, and any IPv4 range with a /0 prefix written another way.
 */
export function isForbiddenSourceRange(range: string): boolean {
    const r = range.trim().toLowerCase();
    if (FORBIDDEN_SOURCE_RANGES.includes(r)) return true;
    if (r.endsWith("/0")) return true;
    return false;
}

/**
 * Parses `a.b.c.d/n` with a prefix from 8 to 32 (or the given bounds). Returns undefined for anything
 * else, including host bits set below the prefix (e.g. 10.0.0.1/24), which Azure rejects too.
 */
export function parseCidr(text: string, minPrefix = 8, maxPrefix = 32): Cidr | undefined {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
    if (!m) return undefined;
    const octets = m.slice(1, 5).map(Number);
    const prefix = Number(m[5]);
    if (octets.some((o) => o > 255) || prefix < minPrefix || prefix > maxPrefix) return undefined;
    const base = ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    if ((base & ~mask) >>> 0 !== 0) return undefined;
    return { base, prefix };
}

/** True when `inner` lies entirely inside `outer` (both valid CIDRs). */
export function cidrContains(outer: string, inner: string): boolean {
    const o = parseCidr(outer), i = parseCidr(inner);
    if (!o || !i || i.prefix < o.prefix) return false;
    const mask = o.prefix === 0 ? 0 : (0xffffffff << (32 - o.prefix)) >>> 0;
    return ((i.base & mask) >>> 0) === o.base;
}
