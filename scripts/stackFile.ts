/**
 * Reads a Pulumi stack settings file (Pulumi.<stack>.yaml) into the form the engine hands a program:
 * fully-qualified key → string (objects and arrays JSON-encoded), plus the list of secret keys.
 * Secure values cannot be decrypted offline; they become the placeholder "[secret]" and stay marked
 * secret, so the program treats them exactly as it would under `pulumi up`.
 */
import * as fs from "fs";
import * as YAML from "yaml";

export class StackFileError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "StackFileError";
    }
}

export interface EngineConfig {
    readonly values: Record<string, string>;
    readonly secretKeys: string[];
}

export const SECRET_PLACEHOLDER = "[secret]";

const isSecure = (v: unknown): boolean =>
    typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && "secure" in v;

function containsSecure(v: unknown): boolean {
    if (isSecure(v)) return true;
    if (Array.isArray(v)) return v.some(containsSecure);
    if (v && typeof v === "object") return Object.values(v).some(containsSecure);
    return false;
}

function maskSecure(v: unknown): unknown {
    if (isSecure(v)) return SECRET_PLACEHOLDER;
    if (Array.isArray(v)) return v.map(maskSecure);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, maskSecure(x)]));
    return v;
}

/**
 * Converts stack-file config (already parsed YAML) to engine form. `placeholderFor(key)` may supply a
 * schema-valid stand-in for an encrypted value of a secret key (it stays marked secret).
 */
export function toEngineConfig(config: Record<string, unknown>, project: string,
    placeholderFor: (key: string) => string | undefined = () => undefined): EngineConfig {
    const values: Record<string, string> = {};
    const secretKeys: string[] = [];
    for (const [rawKey, rawValue] of Object.entries(config)) {
        const key = rawKey.includes(":") ? rawKey : `${project}:${rawKey}`;
        if (containsSecure(rawValue)) secretKeys.push(key);
        const placeholder = key.startsWith(`${project}:`) && isSecure(rawValue) ? placeholderFor(key.slice(project.length + 1)) : undefined;
        const v = placeholder ?? maskSecure(rawValue);
        if (v === null || v === undefined) values[key] = "";
        else if (typeof v === "string") values[key] = v;
        else if (typeof v === "number" || typeof v === "boolean") values[key] = String(v);
        else values[key] = JSON.stringify(v);
    }
    return { values, secretKeys };
}

/** Reads and converts a stack settings file; throws StackFileError naming the file on any problem. */
export function readStackConfigFile(file: string, project: string,
    placeholderFor: (key: string) => string | undefined = () => undefined): EngineConfig {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new StackFileError(`cannot read stack config file '${file}': ${(e as NodeJS.ErrnoException).code ?? e}`);
    }
    let doc: unknown;
    try {
        doc = YAML.parse(text);
    } catch (e) {
        throw new StackFileError(`stack config file '${file}' is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
    if (doc === null || doc === undefined) return { values: {}, secretKeys: [] };
    if (typeof doc !== "object" || Array.isArray(doc)) {
        throw new StackFileError(`stack config file '${file}' must be a YAML mapping with a 'config:' key`);
    }
    const config = (doc as Record<string, unknown>).config ?? {};
    if (typeof config !== "object" || config === null || Array.isArray(config)) {
        throw new StackFileError(`'config' in '${file}' must be a mapping of keys to values`);
    }
    return toEngineConfig(config as Record<string, unknown>, project, placeholderFor);
}
