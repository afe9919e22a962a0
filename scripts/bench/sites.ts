/**
 * The two trees the activation and packing benchmarks use: the shipped site (site/) and a generated
 * large site (200 MB in 20,000 files; 20 MB in 2,000 files with --quick), generated once per run under
 * the run's scratch directory (in /tmp) and deleted with it.
 */
import * as fs from "fs";
import * as path from "path";
import { BenchOptions, ROOT } from "./common";
import { generateSite, GeneratedSite, treeStats } from "./fixtures";

export interface Tree {
    readonly key: "shipped" | "large";
    readonly label: string;
    readonly dir: string;
    readonly files: number;
    readonly bytes: number;
}

export function largeSiteSpec(quick: boolean): { files: number; bytes: number } {
    return quick ? { files: 2_000, bytes: 20 * 1024 * 1024 } : { files: 20_000, bytes: 200 * 1024 * 1024 };
}

export function shippedSite(): Tree {
    const dir = path.join(ROOT, "site");
    const s = treeStats(dir);
    return { key: "shipped", label: "shipped site (site/)", dir, ...s };
}

let generated: { work: string; site: GeneratedSite } | undefined;

/** The generated site of this run (generated on first use). */
export function largeSite(o: BenchOptions): Tree {
    if (!generated || generated.work !== o.work) {
        const spec = largeSiteSpec(o.quick);
        const dir = path.join(o.work, "large-site");
        fs.rmSync(dir, { recursive: true, force: true });
        o.log(`generating the large site: ${spec.files} files, ${spec.bytes} bytes (seeded; half text, half random bytes)`);
        const t0 = Date.now();
        generated = { work: o.work, site: generateSite(dir, spec.files, spec.bytes) };
        o.log(`generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const g = generated.site;
    return {
        key: "large",
        label: `generated site (${g.files.toLocaleString("en-US")} files, ${(g.bytes / 1e6).toFixed(0)} MB: ${Math.round((g.textBytes / g.bytes) * 100)}% text, the rest random bytes)`,
        dir: g.dir, files: g.files, bytes: g.bytes,
    };
}
