/**
 * Packs a site into the deterministic release archive (see components/archive.ts).
 *
 *   tsx scripts/pack.ts SITE_DIR [--out FILE] [--commit ID]
 *
 * Prints one JSON line on stdout: {"sha256": "<release id>", "bytes": <tar size>, "files": <site files>}.
 * Without --out the archive is only hashed. --commit overrides the commit recorded in the manifest
 * (default: the last commit that changed SITE_DIR, `git log -1 -- SITE_DIR`, else none).
 * Exit 0 on success, 1 when the site cannot be packed (reason on stderr), 2 on a usage error.
 */
import { packSite } from "../components/archive";

const USAGE = "usage: tsx scripts/pack.ts SITE_DIR [--out FILE] [--commit ID]";

function parseArgs(argv: string[]): { site: string; out?: string; commit?: string } {
    let site: string | undefined;
    let out: string | undefined;
    let commit: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "--out" || arg === "--commit") {
            const value = argv[++i];
            if (value === undefined || value === "") usage(`${arg} needs a value`);
            if (arg === "--out") out = value;
            else commit = value;
        } else if (arg === "-h" || arg === "--help") {
            process.stdout.write(USAGE + "\n");
            process.exit(0);
        } else if (arg.startsWith("-")) {
            usage(`unknown option '${arg}'`);
        } else if (site === undefined) {
            site = arg;
        } else {
            usage(`unexpected argument '${arg}'`);
        }
    }
    if (site === undefined) usage("SITE_DIR is required");
    return { site, out, commit };
}

function usage(message: string): never {
    process.stderr.write(`pack: ${message}\n${USAGE}\n`);
    process.exit(2);
}

async function main(): Promise<void> {
    const args = parseArgs(process.argv.slice(2));
    const result = await packSite(args.site, { out: args.out, commit: args.commit });
    process.stdout.write(JSON.stringify({ sha256: result.sha256, bytes: result.bytes, files: result.fileCount }) + "\n");
}

main().catch((err: unknown) => {
    process.stderr.write(`pack: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
});
