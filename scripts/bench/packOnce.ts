/**
 * Child process of the packing benchmark: packs one tree with the project's packer and prints
 * `{"ms", "sha256", "bytes", "maxRssKiB"}` (the packSite call's wall time, excluding node and tsx
 * start-up; the process's peak resident memory).
 *
 *   tsx scripts/bench/packOnce.ts DIR [OUT]
 */
import { packSite } from "../../components/archive";

async function main(): Promise<void> {
    const [dir, out] = process.argv.slice(2);
    if (!dir) throw new Error("usage: tsx scripts/bench/packOnce.ts DIR [OUT]");
    const t0 = process.hrtime.bigint();
    const r = await packSite(dir, { commit: null, out });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    process.stdout.write(`${JSON.stringify({ ms, sha256: r.sha256, bytes: r.bytes, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
}

main().catch((e: unknown) => {
    process.stderr.write(`packOnce: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
});
