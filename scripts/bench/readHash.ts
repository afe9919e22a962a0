/**
 * Child process of the packing benchmark: a lower bound for a packer written in Node. Walks DIR in
 * byte order of names and feeds 512 bytes of header and every file's bytes into one SHA-256, with
 * synchronous file-system calls; prints `{"ms", "files"}` (the walk's wall time, without start-up).
 * It writes no valid tar: it only shows what reading and hashing the tree costs in this runtime.
 *
 *   tsx scripts/bench/readHash.ts DIR
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";

function main(): void {
    const dir = process.argv[2];
    if (!dir) throw new Error("usage: tsx scripts/bench/readHash.ts DIR");
    const t0 = process.hrtime.bigint();
    const hash = crypto.createHash("sha256");
    const header = Buffer.alloc(512);
    let files = 0;
    const walk = (d: string) => {
        const names = fs.readdirSync(d).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        for (const name of names) {
            const p = path.join(d, name);
            const st = fs.lstatSync(p);
            hash.update(header);
            if (st.isDirectory()) walk(p);
            else if (st.isFile()) {
                hash.update(fs.readFileSync(p));
                files++;
            }
        }
    };
    walk(dir);
    hash.digest("hex");
    process.stdout.write(`${JSON.stringify({ ms: Number(process.hrtime.bigint() - t0) / 1e6, files })}\n`);
}

main();
