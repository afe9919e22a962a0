/**
 * Fixtures shared by the benchmarks: the deterministic large site, variants of a site (a marker in
 * index.html, so each variant is a different release), packing and activation through the real
 * packer (components/archive.ts) and release tool (host/lighttpd-release).
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { packSite, PackResult } from "../../components/archive";
import { runOk, TOOL } from "./common";

export interface GeneratedSite {
    readonly dir: string;
    readonly files: number;
    readonly bytes: number;
    /** Bytes in text files (compressible) and in random files (incompressible). */
    readonly textBytes: number;
    readonly binaryBytes: number;
}

const WORDS = (
    "lighttpd release archive deploy static site azure pipeline identity vault key rotation health probe " +
    "balancer zone scale set rolling upgrade cloud init manifest commit sha256 content addressed immutable " +
    "rollback activate verify unpack symlink rename atomic document root cache control compression brotli gzip " +
    "access log release id approval branch policy service connection federation subject issuer tenant"
).split(" ");
const TEXT_EXT = ["html", "css", "js", "json", "txt", "svg"] as const;
const BINARY_EXT = ["webp", "png", "woff2", "bin"] as const;

/** A seeded keystream (AES-256-CTR over zeros): fast, deterministic pseudo-random bytes. */
class Keystream {
    private readonly cipher: crypto.Cipher;
    private buf: Buffer = Buffer.alloc(0);
    private pos = 0;
    constructor(seed: string) {
        const key = crypto.createHash("sha256").update(`bench-site:${seed}`).digest();
        this.cipher = crypto.createCipheriv("aes-256-ctr", key, Buffer.alloc(16));
    }
    bytes(n: number): Buffer {
        return this.cipher.update(Buffer.alloc(n));
    }
    /** A uniform integer in [0, n). */
    int(n: number): number {
        if (this.pos + 4 > this.buf.length) {
            this.buf = this.bytes(64 * 1024);
            this.pos = 0;
        }
        const v = this.buf.readUInt32LE(this.pos);
        this.pos += 4;
        return v % n;
    }
}

function textOf(ks: Keystream, size: number, ext: string): Buffer {
    const parts: string[] = [];
    let len = 0;
    const open = ext === "html" ? "<!doctype html>\n<p>" : ext === "json" ? '{"text":"' : ext === "svg" ? "<svg><text>" : "/* ";
    parts.push(open);
    len += open.length;
    while (len < size) {
        const w = WORDS[ks.int(WORDS.length)];
        const sep = ks.int(12) === 0 ? "\n" : " ";
        parts.push(w, sep);
        len += w.length + 1;
    }
    return Buffer.from(parts.join(""), "utf8").subarray(0, size);
}

/**
 * Writes a deterministic site of exactly `files` files and `bytes` bytes under `dir` (which must not
 * exist): `index.html`, then `d000/`, `d001/`, ... with 100 files each; even-numbered files are text
 * (compressible), odd-numbered ones random bytes (incompressible); sizes 2 KiB to 18 KiB, the last file
 * adjusted so the total is exact. The same seed always gives the same bytes.
 */
export function generateSite(dir: string, files: number, bytes: number, seed = "1"): GeneratedSite {
    fs.mkdirSync(dir, { recursive: false, mode: 0o755 });
    const ks = new Keystream(seed);
    const index = Buffer.from(`<!doctype html>\n<title>generated bench site</title>\n<p>${files} files, ${bytes} bytes, seed ${seed}</p>\n`);
    fs.writeFileSync(path.join(dir, "index.html"), index);
    let total = index.length;
    let textBytes = index.length;
    let binaryBytes = 0;
    const n = files - 1;
    for (let i = 0; i < n; i++) {
        const left = bytes - total;
        const remaining = n - i;
        let size = 2048 + ks.int(16 * 1024 + 1);
        if (remaining === 1) size = Math.max(1, left);
        else size = Math.max(1, Math.min(size, left - (remaining - 1)));
        const sub = path.join(dir, `d${String(Math.floor(i / 100)).padStart(3, "0")}`);
        if (i % 100 === 0) fs.mkdirSync(sub, { mode: 0o755 });
        const text = i % 2 === 0;
        const ext = text ? TEXT_EXT[(i / 2) % TEXT_EXT.length] : BINARY_EXT[((i - 1) / 2) % BINARY_EXT.length];
        const body = text ? textOf(ks, size, ext) : ks.bytes(size);
        fs.writeFileSync(path.join(sub, `f${String(i).padStart(5, "0")}.${ext}`), body);
        total += body.length;
        if (text) textBytes += body.length;
        else binaryBytes += body.length;
    }
    return { dir, files, bytes: total, textBytes, binaryBytes };
}

/** Packs `dir` into `out` with the project's packer (no commit recorded, so the id depends on content only). */
export function pack(dir: string, out: string): Promise<PackResult> {
    return packSite(dir, { out, commit: null });
}

/** `lighttpd-release --root ROOT [--health-url URL] activate ARCHIVE SHA` (throws on failure). */
export function activate(root: string, archive: string, sha: string, healthUrl?: string): number {
    const args = ["--root", root, ...(healthUrl ? ["--health-url", healthUrl, "--health-timeout", "20"] : []), "activate", archive, sha];
    return runOk(TOOL, args, { timeoutMs: 300_000 }).ms;
}

/** Sizes of the files of a tree (for the document). */
export function treeStats(dir: string): { files: number; bytes: number } {
    let files = 0;
    let bytes = 0;
    const walk = (d: string) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
            const p = path.join(d, e.name);
            if (e.isDirectory()) walk(p);
            else if (e.isFile()) {
                files++;
                bytes += fs.statSync(p).size;
            }
        }
    };
    walk(dir);
    return { files, bytes };
}
