/**
 * Test harness: evaluates the Platform component under the shared mock engine with a stack config
 * read from Pulumi.<stack>.yaml (optionally overridden), exactly as the program does.
 */
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";
import { installMocks, MockEngine, settle, promiseOf, Registration } from "../scripts/mocks";
import { toEngineConfig } from "../scripts/stackFile";
import { offlinePlaceholder, parseStackConfig, PROJECT, StackConfig } from "../components/config";
import { Platform } from "../components/Platform";

export const ROOT = path.resolve(__dirname, "..");

/** The stack file's config block in engine form, with overrides (value undefined removes a key). */
export function stackConfig(stack: string, overrides: Record<string, unknown> = {}): { values: Record<string, string>; secretKeys: string[] } {
    const doc = YAML.parse(fs.readFileSync(path.join(ROOT, `Pulumi.${stack}.yaml`), "utf8")) as { config: Record<string, unknown> };
    const config: Record<string, unknown> = { ...doc.config };
    for (const [k, v] of Object.entries(overrides)) {
        const key = k.includes(":") ? k : `${PROJECT}:${k}`;
        if (v === undefined) delete config[key];
        else config[key] = v;
    }
    return toEngineConfig(config, PROJECT, offlinePlaceholder);
}

export interface Evaluated {
    readonly engine: MockEngine;
    readonly platform: Platform;
    readonly config: StackConfig;
}

/** Builds the platform for a stack under mocks and waits for every registration. */
export async function evaluate(stack: string, overrides: Record<string, unknown> = {}): Promise<Evaluated> {
    const raw = stackConfig(stack, overrides);
    const engine = await installMocks({ project: PROJECT, stack, config: raw.values, secretKeys: raw.secretKeys });
    const config = parseStackConfig(raw);
    const platform = new Platform("lighttpd", { config, project: PROJECT, stack });
    await promiseOf(platform.url);
    await settle();
    return { engine, platform, config };
}

/** The one registration of a type (fails when there are none or several). */
export function only(engine: MockEngine, type: string): Registration {
    const all = engine.ofType(type);
    if (all.length !== 1) throw new Error(`expected exactly one ${type}, got ${all.length}: ${all.map((r) => r.name).join(", ")}`);
    return all[0];
}

export { promiseOf };

/** The cloud-config inside a VM's custom data (base64, gzip-compressed when large). */
export function decodeCustomData(b64: string): string {
    const bytes = Buffer.from(b64, "base64");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return bytes[0] === 0x1f && bytes[1] === 0x8b ? (require("zlib") as typeof import("zlib")).gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
}
