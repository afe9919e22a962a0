/**
 * Deterministic, content-addressed release archive of a static site.
 *
 * `packSite` turns a site directory into an UNCOMPRESSED tar (ustar, with pax headers only where
 * ustar cannot hold a name) and returns the SHA-256 of the tar bytes: that hash is the release id
 * that `host/lighttpd-release activate ARCHIVE SHA256` verifies. Uncompressed, so the id does not
 * depend on a zlib version; the host accepts a gzip of it too, but then the id is the hash of the
 * gzip file.
 *
 * Determinism: the archive depends only on relative paths, file bytes, the execute bit and the
 * commit recorded in the manifest; never on mtimes, ownership, umask, permission bits other than
 * "any execute bit", or readdir order.
 *   - First entry: `.release/manifest.json` (see {@link ReleaseManifest}); `.release/` itself has
 *     no entry of its own (tar creates it).
 *   - Then every directory and regular file, in byte order of the entry name (directories carry a
 *     trailing `/`, so a directory precedes its contents).
 *   - mtime 0, uid/gid 0, empty uname/gname; directories 0755, files 0644, or 0755 when any execute
 *     bit is set.
 *
 * Refused, with an error naming the path ({@link SiteArchiveError}): a missing site directory,
 * symlinks (all of them: the host tool refuses them too, and storing a target's content would
 * silently duplicate files), FIFOs, sockets, devices, file names that are not valid UTF-8, a site
 * without any regular file, and a top-level entry with a reserved name ({@link RESERVED_NAMES}).
 *
 * Memory is bounded: file contents are streamed (64 KiB chunks, with back-pressure), the archive is
 * never held in memory; only the list of entries (path, size, mode) is kept, because the manifest
 * written first must carry the totals.
 *
 * No Pulumi imports: this module is pure and is tested without the engine.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { constants as fsConstants, createWriteStream, promises as fsp } from "node:fs";
import * as path from "node:path";
import * as tar from "tar-stream";

/**
 * Top-level names a site must not contain. Shared with `host/lighttpd-release`, which refuses an
 * archive holding a top-level `healthz`:
 *   - `.release` — written by this packer (`.release/manifest.json`);
 *   - `healthz`  — written by the host tool into each release (body `<sha256>\n`), served as `/healthz`.
 */
export const RESERVED_NAMES: readonly string[] = [".release", "healthz"];

/** Path of the manifest inside the archive; always the first entry. */
export const MANIFEST_PATH = ".release/manifest.json";

/**
 * Content of `.release/manifest.json`: JSON with sorted keys and a trailing newline, e.g.
 * `{"bytes":1234,"commit":"0a1b…","files":12,"format":1}`. It carries no release id: the id IS the
 * SHA-256 of the archive.
 */
export interface ReleaseManifest {
    /** Sum of the sizes of the site's regular files (the manifest excluded). */
    readonly bytes: number;
    /** Source commit, or null when unknown. */
    readonly commit: string | null;
    /** Number of the site's regular files (the manifest excluded). */
    readonly files: number;
    /** Manifest format version. */
    readonly format: 1;
}

export interface PackOptions {
    /**
     * Commit to record in the manifest. `null` records no commit (and looks nothing up).
     * @default the last commit that changed the site directory (`git log -1 -- SITE_DIR`), else null.
     * The commit is part of the archive, so it must only change when the site does (see
     * lastCommitTouching); never pass the pipeline's ever-changing build commit.
     */
    readonly commit?: string | null;
    /**
     * Where the tar bytes go. A path is written atomically (a temporary file beside it, renamed on
     * success, removed on failure). A stream is written with back-pressure and NOT ended: the caller
     * owns it.
     * @default nowhere: the archive is only hashed
     */
    readonly out?: NodeJS.WritableStream | string;
}

export interface PackResult {
    /** SHA-256 of the tar bytes, 64 lowercase hex digits: the release id. */
    readonly sha256: string;
    /** Size of the tar in bytes. */
    readonly bytes: number;
    /** Number of the site's regular files (the manifest excluded). */
    readonly fileCount: number;
    /** The manifest written as the first entry. */
    readonly manifest: ReleaseManifest;
}

/** A site that cannot be packed; `path` names the offending file or directory. */
export class SiteArchiveError extends Error {
    constructor(
        message: string,
        public readonly path: string,
    ) {
        super(message);
        this.name = "SiteArchiveError";
    }
}

/** One entry of the archive, as collected by the walk. */
interface Entry {
    /** Entry name: relative, `/`-separated, directories with a trailing `/`. */
    readonly name: string;
    readonly abs: string;
    readonly type: "file" | "directory";
    readonly mode: number;
    readonly size: number;
    readonly dev: bigint;
    readonly ino: bigint;
}

type TarHeader = Partial<tar.Header> & Pick<tar.Header, "name">;

const COMMIT_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._:/+-]{0,127}$/;
const FIXED_MTIME = new Date(0);
const CHUNK = 64 * 1024;

/** Packs `siteDir` into a deterministic tar; see the module comment. */
export async function packSite(siteDir: string, opts: PackOptions = {}): Promise<PackResult> {
    const root = path.resolve(siteDir);
    await checkSiteDir(root, siteDir);
    const entries: Entry[] = [];
    await walk(root, "", entries);
    const files = entries.filter((e) => e.type === "file");
    if (files.length === 0) {
        throw new SiteArchiveError(`site directory '${siteDir}' contains no regular files; refusing an empty release`, siteDir);
    }
    const manifest: ReleaseManifest = {
        bytes: files.reduce((sum, e) => sum + e.size, 0),
        commit: await resolveCommit(root, opts.commit),
        files: files.length,
        format: 1,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest) + "\n", "utf8");

    if (typeof opts.out === "string") {
        return writeToFile(opts.out, (out) => emit(entries, manifest, manifestBytes, out));
    }
    return emit(entries, manifest, manifestBytes, opts.out);
}

/** The release id `packSite` would produce, without writing the archive anywhere. */
export async function hashSite(siteDir: string, opts: Pick<PackOptions, "commit"> = {}): Promise<string> {
    return (await packSite(siteDir, { commit: opts.commit })).sha256;
}

async function checkSiteDir(root: string, given: string): Promise<void> {
    let st;
    try {
        st = await fsp.stat(root);
    } catch (err) {
        if (isErrno(err, "ENOENT")) throw new SiteArchiveError(`site directory '${given}' does not exist`, given);
        throw err;
    }
    if (!st.isDirectory()) throw new SiteArchiveError(`site directory '${given}' is not a directory`, given);
}

/**
 * Depth-first walk. Children are sorted by their entry-name bytes (`name/` for directories); since a
 * directory's descendants all share its `name/` prefix, this yields the global byte order of names.
 */
async function walk(absDir: string, relDir: string, out: Entry[]): Promise<void> {
    const raw = await fsp.readdir(absDir, { encoding: "buffer" });
    const children: { key: Buffer; entry: Entry }[] = [];
    for (const nameBuf of raw) {
        const name = nameBuf.toString("utf8");
        const abs = path.join(absDir, name);
        if (!Buffer.from(name, "utf8").equals(nameBuf)) {
            throw new SiteArchiveError(
                `file name is not valid UTF-8 in '${absDir}': ${JSON.stringify(name)}; rename it`,
                abs,
            );
        }
        if (relDir === "" && RESERVED_NAMES.includes(name)) {
            throw new SiteArchiveError(
                `'${abs}' uses the reserved top-level name '${name}' (reserved: ${RESERVED_NAMES.join(", ")}); rename it`,
                abs,
            );
        }
        const st = await fsp.lstat(abs, { bigint: true });
        const rel = relDir + name;
        let entry: Entry;
        if (st.isDirectory()) {
            entry = { name: rel + "/", abs, type: "directory", mode: 0o755, size: 0, dev: st.dev, ino: st.ino };
        } else if (st.isFile()) {
            const exec = (st.mode & 0o111n) !== 0n;
            entry = { name: rel, abs, type: "file", mode: exec ? 0o755 : 0o644, size: Number(st.size), dev: st.dev, ino: st.ino };
        } else {
            throw new SiteArchiveError(`refusing ${kindOf(st)} '${abs}': a site may contain only regular files and directories`, abs);
        }
        children.push({ key: Buffer.from(entry.name, "utf8"), entry });
    }
    children.sort((a, b) => Buffer.compare(a.key, b.key));
    for (const { entry } of children) {
        out.push(entry);
        if (entry.type === "directory") await walk(entry.abs, entry.name, out);
    }
}

function kindOf(st: { isSymbolicLink(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
    if (st.isSymbolicLink()) return "symlink";
    if (st.isFIFO()) return "FIFO";
    if (st.isSocket()) return "socket";
    if (st.isCharacterDevice()) return "character device";
    if (st.isBlockDevice()) return "block device";
    return "special file";
}

async function resolveCommit(root: string, given: string | null | undefined): Promise<string | null> {
    let commit: string | null;
    let source: string;
    if (given !== undefined) {
        commit = given;
        source = "opts.commit";
    } else {
        commit = await lastCommitTouching(root);
        source = "git log -1 -- SITE_DIR";
    }
    if (commit !== null && !COMMIT_PATTERN.test(commit)) {
        throw new SiteArchiveError(
            `commit from ${source} must be 1-128 characters of [0-9A-Za-z._:/+-]; got ${JSON.stringify(commit)}`,
            root,
        );
    }
    return commit;
}

/**
 * The last commit that changed the site directory. Not HEAD and not the pipeline's
 * BUILD_SOURCEVERSION: the commit is part of the archive, so it must stay the same while the site's
 * content does, or every commit elsewhere in the repository would make a new release and a no-op
 * `pulumi up` would redeploy. Needs the site's history (Azure Pipelines: `fetchDepth: 0`); null outside
 * a git work tree.
 */
function lastCommitTouching(cwd: string): Promise<string | null> {
    return new Promise((resolve) => {
        execFile("git", ["log", "-1", "--format=%H", "--", "."], { cwd, timeout: 10_000, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } }, (err, stdout) => {
            const head = String(stdout).trim();
            resolve(err || !/^[0-9a-f]{40,64}$/.test(head) ? null : head);
        });
    });
}

/** Streams the tar through the hash into `out` (if any); resolves when every byte is written. */
async function emit(entries: Entry[], manifest: ReleaseManifest, manifestBytes: Buffer, out: NodeJS.WritableStream | undefined): Promise<PackResult> {
    const pack = tar.pack();
    const produced = produce(pack, entries, manifestBytes).catch((err: unknown) => {
        pack.destroy(err as Error);
        throw err;
    });
    produced.catch(() => undefined); // awaited below; avoid an unhandled rejection meanwhile
    const hash = createHash("sha256");
    let bytes = 0;
    const onOutError = (err: Error) => pack.destroy(err);
    out?.on("error", onOutError);
    try {
        for await (const data of pack) {
            const chunk = data as Buffer;
            hash.update(chunk);
            bytes += chunk.length;
            if (out && !out.write(chunk)) await once(out, "drain");
        }
    } catch (err) {
        pack.destroy(err as Error);
        await produced.catch(() => undefined);
        throw err;
    } finally {
        out?.removeListener("error", onOutError);
    }
    await produced;
    return { sha256: hash.digest("hex"), bytes, fileCount: manifest.files, manifest };
}

async function produce(pack: tar.Pack, entries: Entry[], manifestBytes: Buffer): Promise<void> {
    await addBuffer(pack, header(MANIFEST_PATH, "file", 0o644, manifestBytes.length), manifestBytes);
    for (const e of entries) {
        if (e.type === "directory") await addBuffer(pack, header(e.name, "directory", e.mode, 0));
        else await addFile(pack, e);
    }
    pack.finalize();
}

function header(name: string, type: "file" | "directory", mode: number, size: number): TarHeader {
    return { name, type, mode, size, mtime: FIXED_MTIME, uid: 0, gid: 0, uname: "", gname: "" };
}

function addBuffer(pack: tar.Pack, h: TarHeader, body?: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
        const done = (err?: Error | null) => (err ? reject(err) : resolve());
        if (body) pack.entry(h, body, done);
        else pack.entry(h, done);
    });
}

/** Streams one file; refuses it if it is no longer the file the walk saw. */
async function addFile(pack: tar.Pack, e: Entry): Promise<void> {
    if (e.size === 0) {
        await checkUnchanged(e);
        return addBuffer(pack, header(e.name, "file", e.mode, 0), Buffer.alloc(0));
    }
    const fh = await fsp.open(e.abs, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW).catch((err: unknown) => {
        throw new SiteArchiveError(`cannot open '${e.abs}' (${(err as Error).message}); did the site change while packing?`, e.abs);
    });
    try {
        const st = await fh.stat({ bigint: true });
        if (!st.isFile() || st.dev !== e.dev || st.ino !== e.ino || st.size !== BigInt(e.size)) {
            throw new SiteArchiveError(`'${e.abs}' changed while packing; pack a site that nothing is writing to`, e.abs);
        }
        await new Promise<void>((resolve, reject) => {
            const sink = pack.entry(header(e.name, "file", e.mode, e.size), (err) => {
                if (!err) resolve();
                else if (err.message === "Size mismatch") reject(new SiteArchiveError(`'${e.abs}' changed while packing (it shrank)`, e.abs));
                else reject(err);
            });
            const source = fh.createReadStream({ start: 0, end: e.size - 1, highWaterMark: CHUNK, autoClose: false });
            (async () => {
                for await (const chunk of source) {
                    if (!sink.write(chunk)) await once(sink, "drain");
                }
                sink.end(undefined);
            })().catch((err: unknown) => {
                sink.destroy(err as Error);
                reject(err);
            });
        });
    } finally {
        await fh.close();
    }
}

async function checkUnchanged(e: Entry): Promise<void> {
    const st = await fsp.lstat(e.abs, { bigint: true }).catch(() => undefined);
    if (!st || !st.isFile() || st.dev !== e.dev || st.ino !== e.ino || st.size !== BigInt(e.size)) {
        throw new SiteArchiveError(`'${e.abs}' changed while packing; pack a site that nothing is writing to`, e.abs);
    }
}

/** Writes to `file` through a temporary file in the same directory, renamed only on success. */
async function writeToFile(file: string, write: (out: NodeJS.WritableStream) => Promise<PackResult>): Promise<PackResult> {
    const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.partial-${process.pid}`);
    const out = createWriteStream(tmp, { flags: "w", mode: 0o644 });
    try {
        await once(out, "open");
        const result = await write(out);
        out.end();
        await once(out, "close");
        await fsp.rename(tmp, file);
        return result;
    } catch (err) {
        out.destroy();
        await fsp.rm(tmp, { force: true });
        throw err;
    }
}

function isErrno(err: unknown, code: string): boolean {
    return typeof err === "object" && err !== null && (err as NodeJS.ErrnoException).code === code;
}
