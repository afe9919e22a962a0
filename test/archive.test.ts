import * as assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { PassThrough, Writable } from "node:stream";
import * as tar from "tar-stream";

import { MANIFEST_PATH, RESERVED_NAMES, SiteArchiveError, hashSite, packSite, type PackResult } from "../components/archive";

const REPO = path.resolve(__dirname, "..");
const PACK_CLI = path.join(REPO, "scripts", "pack.ts");
const TSX = path.join(REPO, "node_modules", ".bin", "tsx");
const COMMIT = "0123456789abcdef0123456789abcdef01234567";

/** Fails (never skips) when a binary the test needs is missing. */
function requireBinary(bin: string, debianPackage: string): void {
    const found = spawnSync("sh", ["-c", `command -v ${bin}`], { encoding: "utf8" });
    if (found.status !== 0) assert.fail(`'${bin}' is required by this test; install the Debian package '${debianPackage}'`);
}

const tmpDirs: string[] = [];
function tmpDir(prefix: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `archive-${prefix}-`));
    tmpDirs.push(dir);
    return dir;
}
after(() => {
    for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (path → content; a trailing `/` makes a directory) under a new temp dir. */
function makeSite(files: Record<string, string | Buffer>, order: "forward" | "reverse" = "forward"): string {
    const root = tmpDir("site");
    const names = Object.keys(files);
    if (order === "reverse") names.reverse();
    for (const name of names) {
        const abs = path.join(root, name);
        if (name.endsWith("/")) fs.mkdirSync(abs, { recursive: true });
        else {
            fs.mkdirSync(path.dirname(abs), { recursive: true });
            fs.writeFileSync(abs, files[name]);
        }
    }
    return root;
}

const SAMPLE: Record<string, string> = {
    "index.html": "<h1>hello</h1>\n",
    "css/site.css": "body { color: black }\n",
    "css/print.css": "",
    "a-b/x.txt": "dash\n",
    "a/x.txt": "slash\n",
    "a.txt": "dot\n",
    "B.txt": "upper\n",
    "empty-dir/": "",
    "js/app.js": "console.log(1)\n",
    "bin/tool.sh": "#!/bin/sh\necho hi\n",
};

interface ParsedEntry {
    name: string;
    type: string;
    mode: number;
    uid: number;
    gid: number;
    uname: string;
    gname: string;
    mtime: number;
    size: number;
    body: Buffer;
}

async function parseTar(bytes: Buffer): Promise<ParsedEntry[]> {
    const extract = tar.extract();
    const entries: ParsedEntry[] = [];
    const done = (async () => {
        for await (const entry of extract) {
            const chunks: Buffer[] = [];
            for await (const chunk of entry) chunks.push(chunk as Buffer);
            const h = entry.header;
            entries.push({
                name: h.name,
                type: h.type,
                mode: h.mode,
                uid: h.uid,
                gid: h.gid,
                uname: h.uname,
                gname: h.gname,
                mtime: h.mtime.getTime(),
                size: h.size,
                body: Buffer.concat(chunks),
            });
        }
    })();
    extract.end(bytes);
    await done;
    return entries;
}

async function packToBuffer(site: string, commit: string | null = COMMIT): Promise<{ bytes: Buffer; sha256: string; size: number }> {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const result = await packSite(site, { commit, out });
    out.end();
    return { bytes: Buffer.concat(chunks), sha256: result.sha256, size: result.bytes };
}

describe("packSite: determinism", () => {
    it("gives the same hash for the same tree whatever mtimes, non-exec mode bits, creation order, umask and owner", async () => {
        const a = makeSite(SAMPLE, "forward");
        fs.chmodSync(path.join(a, "bin/tool.sh"), 0o755);

        const oldUmask = process.umask(0o077);
        let b: string;
        try {
            b = makeSite(SAMPLE, "reverse");
        } finally {
            process.umask(oldUmask);
        }
        fs.chmodSync(path.join(b, "bin/tool.sh"), 0o700); // another exec pattern, still "executable"
        fs.chmodSync(path.join(b, "index.html"), 0o600);
        fs.chmodSync(path.join(b, "css/site.css"), 0o666);
        fs.chmodSync(path.join(b, "css"), 0o700);
        const old = new Date("2001-02-03T04:05:06Z");
        for (const name of Object.keys(SAMPLE)) fs.utimesSync(path.join(b, name), old, old);
        if (process.getuid?.() === 0) {
            for (const name of Object.keys(SAMPLE)) fs.lchownSync(path.join(b, name), 4321, 8765);
        }

        const [ha, hb] = [await hashSite(a, { commit: COMMIT }), await hashSite(b, { commit: COMMIT })];
        assert.match(ha, /^[0-9a-f]{64}$/);
        assert.equal(hb, ha);
    });

    it("hashes exactly the bytes it writes, to a file or a stream", async () => {
        const site = makeSite(SAMPLE);
        const file = path.join(tmpDir("out"), "site.tar");
        const toFile = await packSite(site, { commit: COMMIT, out: file });
        const onDisk = fs.readFileSync(file);
        assert.equal(createHash("sha256").update(onDisk).digest("hex"), toFile.sha256);
        assert.equal(onDisk.length, toFile.bytes);
        assert.equal(onDisk.length % 512, 0);
        const toStream = await packToBuffer(site);
        assert.deepEqual(toStream.bytes, onDisk);
        assert.equal(await hashSite(site, { commit: COMMIT }), toFile.sha256);
        assert.deepEqual(fs.readdirSync(path.dirname(file)), ["site.tar"], "no temporary file is left beside the output");
    });

    for (const [what, change] of [
        ["one changed byte", (s: string) => fs.writeFileSync(path.join(s, "index.html"), "<h1>hellO</h1>\n")],
        ["a renamed file", (s: string) => fs.renameSync(path.join(s, "a.txt"), path.join(s, "a2.txt"))],
        ["a set execute bit", (s: string) => fs.chmodSync(path.join(s, "index.html"), 0o744)],
        ["a cleared execute bit", (s: string) => fs.chmodSync(path.join(s, "bin/tool.sh"), 0o644)],
        ["an added empty directory", (s: string) => fs.mkdirSync(path.join(s, "new-dir"))],
        ["a file moved to another directory", (s: string) => fs.renameSync(path.join(s, "a/x.txt"), path.join(s, "a-b/y.txt"))],
    ] as const) {
        it(`gives a different hash for ${what}`, async () => {
            const site = makeSite(SAMPLE);
            fs.chmodSync(path.join(site, "bin/tool.sh"), 0o755);
            const before = await hashSite(site, { commit: COMMIT });
            change(site);
            assert.notEqual(await hashSite(site, { commit: COMMIT }), before);
        });
    }

    it("records the commit in the manifest, so another commit gives another hash", async () => {
        const site = makeSite(SAMPLE);
        assert.notEqual(await hashSite(site, { commit: "a".repeat(40) }), await hashSite(site, { commit: "b".repeat(40) }));
        assert.notEqual(await hashSite(site, { commit: null }), await hashSite(site, { commit: "a".repeat(40) }));
    });
});

describe("packSite: archive layout", () => {
    it("writes the manifest first, then directories and files in byte order with normalised headers", async () => {
        const site = makeSite({ ...SAMPLE, "é/ü.txt": "unicode\n", [`${"d".repeat(120)}/long-name.txt`]: "long\n" });
        fs.chmodSync(path.join(site, "bin/tool.sh"), 0o711);
        fs.chmodSync(path.join(site, "index.html"), 0o600);
        const { bytes, sha256, size } = await packToBuffer(site);
        assert.equal(bytes.length, size);
        assert.equal(createHash("sha256").update(bytes).digest("hex"), sha256);
        const entries = await parseTar(bytes);

        const manifest = entries[0];
        assert.equal(manifest.name, MANIFEST_PATH);
        assert.equal(manifest.type, "file");
        const siteFiles = entries.slice(1).filter((e) => e.type === "file");
        const totalBytes = siteFiles.reduce((n, e) => n + e.size, 0);
        assert.equal(manifest.body.toString("utf8"), `{"bytes":${totalBytes},"commit":"${COMMIT}","files":${siteFiles.length},"format":1}\n`);
        assert.equal(siteFiles.length, 11);

        const names = entries.slice(1).map((e) => e.name);
        assert.deepEqual(names, [
            "B.txt",
            "a-b/",
            "a-b/x.txt",
            "a.txt",
            "a/",
            "a/x.txt",
            "bin/",
            "bin/tool.sh",
            "css/",
            "css/print.css",
            "css/site.css",
            `${"d".repeat(120)}/`,
            `${"d".repeat(120)}/long-name.txt`,
            "empty-dir/",
            "index.html",
            "js/",
            "js/app.js",
            "é/",
            "é/ü.txt",
        ]);
        const sorted = [...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
        assert.deepEqual(names, sorted, "names are in byte order");

        for (const e of entries) {
            assert.equal(e.uid, 0, e.name);
            assert.equal(e.gid, 0, e.name);
            assert.equal(e.uname, "", e.name);
            assert.equal(e.gname, "", e.name);
            assert.equal(e.mtime, 0, e.name);
            assert.ok(e.type === "file" || e.type === "directory", e.name);
            const want = e.type === "directory" || e.name === "bin/tool.sh" ? 0o755 : 0o644;
            assert.equal(e.mode, want, `mode of ${e.name}`);
        }
        assert.equal(entries.find((e) => e.name === "index.html")?.body.toString(), SAMPLE["index.html"]);
        assert.equal(entries.find((e) => e.name === "é/ü.txt")?.body.toString(), "unicode\n");
    });

    it("is read by GNU tar as the same entries, with numeric owner 0/0 and mtime 0", async () => {
        requireBinary("tar", "tar");
        const site = makeSite(SAMPLE);
        const file = path.join(tmpDir("gnutar"), "site.tar");
        await packSite(site, { commit: COMMIT, out: file });
        const listing = execFileSync("tar", ["-tv", "--numeric-owner", "--utc", "-f", file], { encoding: "utf8", env: { ...process.env, LC_ALL: "C" } });
        const lines = listing.trimEnd().split("\n");
        assert.match(lines[0], /^-rw-r--r-- 0\/0 +\d+ 1970-01-01 00:00 \.release\/manifest\.json$/);
        assert.match(lines.find((l) => l.endsWith(" css/")) ?? "", /^drwxr-xr-x 0\/0 +0 1970-01-01 00:00 css\/$/);
        assert.equal(lines.length, 1 + Object.keys(SAMPLE).length + 5 /* directories a-b a bin css js */);
        const out = tmpDir("untar");
        execFileSync("tar", ["-x", "-f", file, "-C", out]);
        for (const [name, content] of Object.entries(SAMPLE)) {
            if (!name.endsWith("/")) assert.equal(fs.readFileSync(path.join(out, name), "utf8"), content, name);
        }
    });
});

describe("packSite: exact bytes", () => {
    const MiB = 1024 * 1024;

    /** Deterministic bytes: the same `seed` and `size` always give the same content. */
    function bytesOf(size: number, seed: number): Buffer {
        const b = Buffer.alloc(size);
        for (let i = 0; i < size; i++) b[i] = (i * 131 + seed * 7 + (i >>> 11)) & 0xff;
        return b;
    }

    /**
     * A site whose archive crosses the packer's 1 MiB output chunks everywhere: files of exactly one
     * chunk and a byte or a block either side of it, a file of several chunks, 1,500 small files (sizes
     * 0 to 1,100 bytes, so headers, contents and padding straddle chunk boundaries at many offsets), pax
     * names (non-ASCII, a component over 100 bytes) among them, a name split into ustar's prefix, an
     * empty directory and execute bits.
     */
    function boundarySite(): string {
        const files: Record<string, string | Buffer> = { ...SAMPLE, "empty/": "" };
        for (const [name, size] of [["exact", MiB], ["minus-1", MiB - 1], ["plus-1", MiB + 1], ["minus-block", MiB - 512], ["plus-block-1", MiB + 511], ["several", 3 * MiB + 7]] as const) {
            files[`big/${name}.bin`] = bytesOf(size, size & 0xff);
        }
        for (let i = 0; i < 1500; i++) {
            const name = i % 100 === 7 ? `small/é-${i}-${"ü".repeat(40)}.txt` : `small/f${String(i).padStart(4, "0")}.txt`;
            files[name] = bytesOf((i * 37) % 1101, i);
        }
        files[`long/${"x".repeat(150)}/${"y".repeat(110)}.txt`] = "a component over 100 bytes\n";
        files[`long/${"p".repeat(90)}/${"q".repeat(90)}.txt`] = "split into prefix and name\n";
        const site = makeSite(files);
        fs.chmodSync(path.join(site, "bin/tool.sh"), 0o755);
        fs.chmodSync(path.join(site, "big/several.bin"), 0o700);
        return site;
    }

    /**
     * The archive of `site` as tar-stream 3.3 writes it, which is what the packer wrote before it
     * got its own tar writer (release ids must not change). Entries are listed here independently.
     */
    async function referenceTar(site: string, commit: string): Promise<Buffer> {
        const list: { name: string; abs: string; dir: boolean; exec: boolean }[] = [];
        const walk = (absDir: string, rel: string) => {
            const kids = fs.readdirSync(absDir).map((n) => {
                const abs = path.join(absDir, n);
                const st = fs.lstatSync(abs);
                return { name: rel + n + (st.isDirectory() ? "/" : ""), abs, dir: st.isDirectory(), exec: (st.mode & 0o111) !== 0 };
            });
            kids.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
            for (const k of kids) {
                list.push(k);
                if (k.dir) walk(k.abs, k.name);
            }
        };
        walk(site, "");
        const bodies = list.filter((e) => !e.dir).map((e) => fs.readFileSync(e.abs));
        const manifest = { bytes: bodies.reduce((n, b) => n + b.length, 0), commit, files: bodies.length, format: 1 };
        const pack = tar.pack();
        const chunks: Buffer[] = [];
        pack.on("data", (c: unknown) => chunks.push(c as Buffer));
        const ended = new Promise<void>((resolve) => pack.on("end", () => resolve()));
        const common = { mtime: new Date(0), uid: 0, gid: 0, uname: "", gname: "" };
        pack.entry({ ...common, name: MANIFEST_PATH, type: "file", mode: 0o644 }, Buffer.from(JSON.stringify(manifest) + "\n"));
        let body = 0;
        for (const e of list) {
            if (e.dir) pack.entry({ ...common, name: e.name, type: "directory", mode: 0o755 });
            else pack.entry({ ...common, name: e.name, type: "file", mode: e.exec ? 0o755 : 0o644 }, bodies[body++]);
        }
        pack.finalize();
        await ended;
        return Buffer.concat(chunks);
    }

    function assertSameBytes(actual: Buffer, expected: Buffer, what: string): void {
        if (actual.equals(expected)) return;
        let i = 0;
        while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
        assert.fail(`${what}: ${actual.length} bytes, expected ${expected.length}; first difference at byte ${i} (block ${Math.floor(i / 512)}, offset ${i % 512})`);
    }

    let site: string;
    let expected: Buffer;
    before(async function () {
        this.timeout(120_000);
        site = boundarySite();
        expected = await referenceTar(site, COMMIT);
    });

    it("writes the bytes tar-stream writes, across chunk boundaries, to a file, a stream and the hash", async () => {
        assert.ok(expected.length > 8 * MiB, "the reference spans several chunks");
        const file = path.join(tmpDir("exact"), "site.tar");
        const toFile = await packSite(site, { commit: COMMIT, out: file });
        assertSameBytes(fs.readFileSync(file), expected, "archive written to a file");
        const toStream = await packToBuffer(site);
        assertSameBytes(toStream.bytes, expected, "archive written to a stream");
        const sha256 = createHash("sha256").update(expected).digest("hex");
        assert.equal(toFile.sha256, sha256);
        assert.equal(toStream.sha256, sha256);
        assert.equal(await hashSite(site, { commit: COMMIT }), sha256);
        assert.equal(toFile.bytes, expected.length);
        assert.equal(toFile.fileCount, Object.keys(SAMPLE).length - 1 + 6 + 1500 + 2);
    });

    it("keeps the release id of this site that the tar-stream packer gave it", async () => {
        // Pinned: computed with the packer of commit bfce59e (async fs + tar-stream). A change here
        // changes every release id, so every host would see a new release.
        assert.equal(await hashSite(site, { commit: COMMIT }), "255c99060a3d2cece6029714ccc63e3c1bd127ea4110245eaa393495b2da5aab");
    });

    it("hands a stream chunks it may keep: none is overwritten by later ones", async () => {
        // This consumer keeps every chunk and accepts the next one only later, so a reused buffer
        // would show up as wrong bytes (and back-pressure is exercised: highWaterMark 1 byte).
        const kept: Buffer[] = [];
        const slow = new Writable({
            highWaterMark: 1,
            write(chunk: Buffer, _enc, done) {
                kept.push(chunk);
                setImmediate(done);
            },
        });
        const result = await packSite(site, { commit: COMMIT, out: slow });
        assertSameBytes(Buffer.concat(kept), expected, "archive kept by a slow stream");
        assert.equal(result.bytes, expected.length);
        assert.equal(slow.writableEnded, false, "the caller's stream is not ended");
    });

    it("rejects with the stream's error when the output stream fails, and stops reading", async () => {
        let writes = 0;
        const failing = new Writable({
            highWaterMark: 1,
            write(_chunk: Buffer, _enc, done) {
                writes++;
                done(writes === 2 ? new Error("disk full (test)") : null);
            },
        });
        await assert.rejects(packSite(site, { commit: COMMIT, out: failing }), /disk full \(test\)/);
        assert.equal(writes, 2, "no chunk is written after the error");
    });

    it("writes the bytes tar-stream writes for names at every ustar and pax limit", async () => {
        // ustar holds an ASCII name of at most 100 bytes after at most 155 of prefix, split at a '/';
        // anything else is a pax 'path' record, whose length prefix gains a digit at 10, 100 and 1000
        // and whose block pads to 512. Each name here sits on one side of one of those limits.
        const files: Record<string, string> = { "index.html": "x" };
        const p155 = `${"p".repeat(77)}/${"q".repeat(77)}`;
        const p156 = `${"r".repeat(78)}/${"s".repeat(77)}`;
        for (const name of [
            "a".repeat(99), "b".repeat(100), "c".repeat(101), "i".repeat(255), `${"e".repeat(100)}/x`, `${"k".repeat(255)}/y`,
            `${p155}/${"n".repeat(100)}`, `${p155}/${"o".repeat(101)}`, `${p155}/${"t".repeat(99)}`, `${p156}/${"m".repeat(100)}`,
            `${"a".repeat(200)}/${"b".repeat(200)}/${"c".repeat(50)}`, `${"d".repeat(50)}/${"e".repeat(200)}`,
            `${Array(30).fill("0123456789").join("/")}/f`,
            "caf\u00e9.txt", "cafe\u0301.txt", "\u{1F600}/\u{1F389}.txt", "\u65e5\u672c/\u30d5.html",
            "a\nb.txt", "a\\b.txt", "k=v.txt", "%2e.txt", "\u0001ctl", "del\u007f", " sp ace ",
        ]) files[name] = name;
        for (let len = 2; len <= 255; len += 1) files[`u${len}/é${"x".repeat(len - 2)}`] = String(len);
        for (let len = 80; len <= 1100; len += 7) files[`deep${len}/${"segment/".repeat(Math.floor(len / 8))}é`] = String(len);
        const dirs = ["d".repeat(99) + "/", "f".repeat(101) + "/", "j".repeat(254) + "/", "g".repeat(154) + "/h/"];
        const site = makeSite({ ...files, ...Object.fromEntries(dirs.map((d) => [d, ""])) });
        assertSameBytes((await packToBuffer(site)).bytes, await referenceTar(site, COMMIT), "archive with names at the limits");
    });
});

describe("packSite: a site that changes while it is packed", () => {
    const MiB = 1024 * 1024;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    /**
     * Packs `site` into a stream that runs `change` when it is handed the first 1 MiB chunk: the walk
     * is over by then, the first file is half read and the files after it are not opened yet.
     */
    async function packChangingOnce(site: string, change: () => void): Promise<PackResult> {
        let changed = false;
        const out = new Writable({
            highWaterMark: 1,
            write(_chunk: Buffer, _enc, done) {
                if (!changed) {
                    changed = true;
                    change();
                }
                setImmediate(done);
            },
        });
        return packSite(site, { commit: COMMIT, out });
    }

    async function assertChanged(site: string, file: string, change: () => void): Promise<void> {
        // ctime has the kernel's coarse clock (a jiffy): let it tick between making the site and the change
        await sleep(30);
        await assert.rejects(packChangingOnce(site, change), (err: unknown) => {
            assert.ok(err instanceof SiteArchiveError, `expected a SiteArchiveError, got ${String(err)}`);
            assert.equal(err.path, file);
            assert.match(err.message, /changed while packing|cannot open .*did the site change while packing/);
            return true;
        });
    }

    const site = () => makeSite({ "a.bin": Buffer.alloc(3 * MiB, 0x61), "b.txt": "0123456789\n", "c.txt": "last\n" });

    for (const [what, change] of [
        ["grows", (f: string) => fs.appendFileSync(f, "more")],
        ["shrinks", (f: string) => fs.truncateSync(f, 3)],
        ["is rewritten in place with as many bytes", (f: string) => fs.writeFileSync(f, "9876543210\n")],
        ["gets an execute bit", (f: string) => fs.chmodSync(f, 0o755)],
        ["is replaced by another file", (f: string) => { fs.writeFileSync(`${f}.new`, "0123456789\n"); fs.renameSync(`${f}.new`, f); }],
        ["is removed", (f: string) => fs.rmSync(f)],
        ["is replaced by a symlink", (f: string) => { fs.rmSync(f); fs.symlinkSync("c.txt", f); }],
    ] as const) {
        it(`refuses a file that ${what} between the walk and its read, naming it`, async () => {
            const s = site();
            const file = path.join(s, "b.txt");
            await assertChanged(s, file, () => change(file));
        });
    }

    it("refuses a file replaced by a FIFO between the walk and its read, without hanging", () => {
        // The packer opens files with O_NONBLOCK: a FIFO would otherwise block the (synchronous) open
        // forever, since no writer ever comes. It runs in a child with a time limit, so that a hang
        // fails this test instead of stopping the whole run.
        requireBinary("mkfifo", "coreutils");
        const s = site();
        const file = path.join(s, "b.txt");
        const script = path.join(tmpDir("fifo"), "pack-with-fifo.ts");
        fs.writeFileSync(script, `
            import { execFileSync } from "node:child_process";
            import * as fs from "node:fs";
            import { Writable } from "node:stream";
            import { packSite } from ${JSON.stringify(path.join(REPO, "components", "archive"))};
            let changed = false;
            const out = new Writable({ highWaterMark: 1, write(_c, _e, done) {
                if (!changed) { changed = true; fs.rmSync(${JSON.stringify(file)}); execFileSync("mkfifo", [${JSON.stringify(file)}]); }
                setImmediate(done);
            } });
            packSite(${JSON.stringify(s)}, { commit: null, out }).then(
                () => console.log("packed"),
                (err) => console.log(JSON.stringify({ name: err.name, path: err.path, message: err.message })),
            );
        `);
        // node itself (not the tsx wrapper, whose child would outlive the kill)
        const res = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: REPO, encoding: "utf8", timeout: 30_000, killSignal: "SIGKILL" });
        assert.equal(res.signal, null, `the packer hung on the FIFO (killed after 30 s)\n${res.stderr}`);
        assert.equal(res.status, 0, res.stderr);
        const err = JSON.parse(res.stdout) as { name: string; path: string; message: string };
        assert.deepEqual([err.name, err.path], ["SiteArchiveError", file]);
        assert.match(err.message, /changed while packing/);
    });

    it("refuses an empty file that is written between the walk and its check, naming it", async () => {
        const s = makeSite({ "a.bin": Buffer.alloc(3 * MiB, 0x61), "b.txt": "" });
        const file = path.join(s, "b.txt");
        await assertChanged(s, file, () => fs.writeFileSync(file, "now with content\n"));
    });

    for (const [what, change] of [
        ["grows", (f: string) => fs.appendFileSync(f, "more")],
        ["is rewritten in place with as many bytes", (f: string) => { const fd = fs.openSync(f, "r+"); fs.writeSync(fd, "zzzz", 3 * MiB - 4); fs.closeSync(fd); }],
        ["is removed", (f: string) => fs.rmSync(f)],
    ] as const) {
        it(`refuses a file that ${what} while it is being read, naming it`, async () => {
            // Before, a file still being written was packed with the bytes read so far: half old, half new.
            const s = site();
            const file = path.join(s, "a.bin");
            await assertChanged(s, file, () => change(file));
        });
    }

    it("packs a site that nothing changes, however long it waits for its output (the checks refuse nothing by themselves)", async () => {
        const s = site();
        await sleep(30);
        const slow = await packChangingOnce(s, () => undefined);
        assert.equal(slow.sha256, await hashSite(s, { commit: COMMIT }));
        assert.equal(slow.fileCount, 3);
    });
});

describe("packSite: commit", () => {
    const saved = process.env.BUILD_SOURCEVERSION;
    const savedPath = process.env.PATH;
    afterEach(() => {
        if (saved === undefined) delete process.env.BUILD_SOURCEVERSION;
        else process.env.BUILD_SOURCEVERSION = saved;
        process.env.PATH = savedPath;
    });

    async function manifestOf(site: string, opts: { commit?: string | null } = {}) {
        return (await packSite(site, opts)).manifest;
    }

    it("prefers opts.commit, then the last commit that changed the site dir, else null; never BUILD_SOURCEVERSION", async () => {
        const site = makeSite({ "index.html": "x" });
        // A stub git on PATH stands in for a checkout; it records where it ran.
        const bin = tmpDir("bin");
        const calls = path.join(bin, "calls");
        fs.writeFileSync(path.join(bin, "git"), `#!/bin/sh\npwd >> '${calls}'\necho "$*" >> '${calls}'\necho ${"c".repeat(40)}\n`, { mode: 0o755 });
        process.env.PATH = `${bin}:${savedPath}`;

        process.env.BUILD_SOURCEVERSION = "e".repeat(40);
        assert.equal((await manifestOf(site, { commit: "f".repeat(40) })).commit, "f".repeat(40));
        assert.equal((await manifestOf(site, { commit: null })).commit, null);
        assert.equal(fs.existsSync(calls), false, "git is not asked when a commit is given");
        // The pipeline's build commit changes with every push; the site's last commit does not.
        assert.equal((await manifestOf(site)).commit, "c".repeat(40));
        assert.deepEqual(fs.readFileSync(calls, "utf8").trim().split("\n"), [fs.realpathSync(site), "log -1 --format=%H -- ."]);

        fs.writeFileSync(path.join(bin, "git"), "#!/bin/sh\necho 'fatal: not a git repository' >&2\nexit 128\n", { mode: 0o755 });
        assert.equal((await manifestOf(site)).commit, null);
    });

    it("gives the same hash for an unchanged site after unrelated commits (real git)", async () => {
        const repo = tmpDir("repo");
        const git = (...args: string[]) => execFileSync("git", ["-C", repo, "-c", "user.name=t", "-c", "user.email=t@example", ...args], { encoding: "utf8" }).trim();
        git("init", "-q");
        fs.mkdirSync(path.join(repo, "site"));
        fs.writeFileSync(path.join(repo, "site", "index.html"), "hello\n");
        git("add", "-A"); git("commit", "-q", "-m", "site");
        const siteCommit = git("rev-parse", "HEAD");
        const before = await packSite(path.join(repo, "site"));
        fs.writeFileSync(path.join(repo, "README"), "unrelated\n");
        git("add", "-A"); git("commit", "-q", "-m", "unrelated");
        const after = await packSite(path.join(repo, "site"));
        assert.equal(after.manifest.commit, siteCommit);
        assert.equal(after.sha256, before.sha256);
        fs.writeFileSync(path.join(repo, "site", "index.html"), "changed\n");
        git("add", "-A"); git("commit", "-q", "-m", "site change");
        const changed = await packSite(path.join(repo, "site"));
        assert.equal(changed.manifest.commit, git("rev-parse", "HEAD"));
        assert.notEqual(changed.sha256, before.sha256);
    });

    it("rejects a commit that could not be logged as one token", async () => {
        const site = makeSite({ "index.html": "x" });
        await assert.rejects(packSite(site, { commit: "abc def" }), /commit from opts\.commit must be 1-128 characters .*got "abc def"/);
    });
});

describe("packSite: refusals", () => {
    async function assertRefused(site: string, offending: string, pattern: RegExp, out?: string): Promise<void> {
        await assert.rejects(packSite(site, { commit: COMMIT, out }), (err: unknown) => {
            assert.ok(err instanceof SiteArchiveError, `expected a SiteArchiveError, got ${String(err)}`);
            assert.ok(err.message.includes(offending), `message names ${offending}: ${err.message}`);
            assert.match(err.message, pattern);
            assert.equal(err.path, offending);
            return true;
        });
    }

    it("refuses a symlink inside the tree, naming it", async () => {
        const site = makeSite({ "index.html": "x", "sub/": "" });
        fs.symlinkSync("../index.html", path.join(site, "sub/link.html"));
        await assertRefused(site, path.join(site, "sub/link.html"), /refusing symlink .*only regular files and directories/);
    });

    it("refuses a symlink leaving the tree, naming it", async () => {
        const site = makeSite({ "index.html": "x" });
        fs.symlinkSync("/etc/passwd", path.join(site, "passwd"));
        await assertRefused(site, path.join(site, "passwd"), /refusing symlink/);
    });

    it("refuses a symlinked directory, naming it", async () => {
        const site = makeSite({ "index.html": "x" });
        fs.symlinkSync(os.tmpdir(), path.join(site, "tmp"));
        await assertRefused(site, path.join(site, "tmp"), /refusing symlink/);
    });

    it("refuses a FIFO, naming it", async () => {
        requireBinary("mkfifo", "coreutils");
        const site = makeSite({ "index.html": "x", "d/": "" });
        execFileSync("mkfifo", [path.join(site, "d/pipe")]);
        await assertRefused(site, path.join(site, "d/pipe"), /refusing FIFO/);
    });

    it("refuses a socket, naming it", async () => {
        const site = makeSite({ "index.html": "x" });
        const sock = path.join(site, "s.sock");
        const server = net.createServer();
        await new Promise<void>((resolve) => server.listen(sock, resolve));
        try {
            await assertRefused(site, sock, /refusing socket/);
        } finally {
            server.close();
        }
    });

    it("refuses a character device, naming it", async function () {
        // /dev/null is the one device every machine has; the packer must refuse it wherever it is.
        const site = makeSite({ "index.html": "x" });
        const dev = path.join(site, "null");
        const made = spawnSync("mknod", [dev, "c", "1", "3"]);
        if (made.status !== 0) {
            // Not allowed to create devices here: prove the refusal on /dev itself as a site.
            await assert.rejects(packSite("/dev", { commit: COMMIT }), (err: unknown) => err instanceof SiteArchiveError && /refusing (character device|symlink|socket|FIFO|block device) '\/dev\//.test(err.message));
            return;
        }
        await assertRefused(site, dev, /refusing character device/);
    });

    it("refuses an empty site (directories but no regular file)", async () => {
        const site = makeSite({ "a/": "", "a/b/": "" });
        await assertRefused(site, site, /contains no regular files/);
    });

    it("refuses a missing site directory", async () => {
        const missing = path.join(tmpDir("missing"), "nope");
        await assertRefused(missing, missing, /does not exist/);
    });

    it("refuses a site path that is a file", async () => {
        const file = path.join(tmpDir("file"), "site.html");
        fs.writeFileSync(file, "x");
        await assertRefused(file, file, /is not a directory/);
    });

    for (const name of RESERVED_NAMES) {
        for (const kind of ["file", "directory"] as const) {
            it(`refuses a top-level ${kind} with the reserved name '${name}'`, async () => {
                const site = makeSite({ "index.html": "x", [kind === "file" ? name : `${name}/inner.txt`]: "y" });
                await assertRefused(site, path.join(site, name), new RegExp(`reserved top-level name '${name.replace(".", "\\.")}'`));
            });
        }
    }

    it("allows the reserved names below the top level", async () => {
        const site = makeSite({ "index.html": "x", "docs/healthz": "ok", "docs/.release/notes.txt": "ok" });
        const entries = await parseTar((await packToBuffer(site)).bytes);
        assert.ok(entries.some((e) => e.name === "docs/healthz"));
        assert.ok(entries.some((e) => e.name === "docs/.release/notes.txt"));
    });

    it("refuses a file name that is not valid UTF-8, naming its directory", async () => {
        const site = makeSite({ "index.html": "x", "d/": "" });
        fs.writeFileSync(Buffer.concat([Buffer.from(path.join(site, "d") + "/"), Buffer.from([0x66, 0xff, 0x2e, 0x68])]), "x");
        await assert.rejects(packSite(site, { commit: COMMIT }), (err: unknown) => err instanceof SiteArchiveError && err.message.includes(`in '${path.join(site, "d")}'`) && /not valid UTF-8/.test(err.message));
    });

    it("leaves no output file behind when it refuses", async () => {
        const site = makeSite({ "index.html": "x" });
        fs.symlinkSync("index.html", path.join(site, "link"));
        const dir = tmpDir("noout");
        await assertRefused(site, path.join(site, "link"), /refusing symlink/, path.join(dir, "site.tar"));
        assert.deepEqual(fs.readdirSync(dir), []);
    });
});

describe("scripts/pack.ts", () => {
    it("prints {sha256, bytes, files} and writes --out", () => {
        const site = makeSite(SAMPLE);
        const out = path.join(tmpDir("cli"), "site.tar");
        const res = spawnSync(TSX, [PACK_CLI, site, "--out", out, "--commit", COMMIT], { encoding: "utf8" });
        assert.equal(res.status, 0, res.stderr);
        const printed = JSON.parse(res.stdout) as Record<string, unknown>;
        assert.deepEqual(Object.keys(printed), ["sha256", "bytes", "files"]);
        const bytes = fs.readFileSync(out);
        assert.deepEqual(printed, { sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length, files: 9 });
    });

    it("exits 1 naming the path when the site cannot be packed, 2 on a usage error", () => {
        const site = makeSite({ "a/": "" });
        const refused = spawnSync(TSX, [PACK_CLI, site], { encoding: "utf8" });
        assert.equal(refused.status, 1);
        assert.equal(refused.stdout, "");
        assert.equal(refused.stderr, `pack: site directory '${site}' contains no regular files; refusing an empty release\n`);
        const usage = spawnSync(TSX, [PACK_CLI, site, "--bogus"], { encoding: "utf8" });
        assert.equal(usage.status, 2);
        assert.match(usage.stderr, /^pack: unknown option '--bogus'\nusage: /);
    });

    it("keeps memory bounded on a 200 MB site (peak RSS grows far less than the site)", function () {
        this.timeout(60_000);
        requireBinary("/usr/bin/time", "time");
        const small = makeSite({ "index.html": "x" });
        const big = tmpDir("big");
        const chunk = Buffer.alloc(1024 * 1024);
        for (let i = 0; i < 200; i++) {
            const dir = path.join(big, `d${i % 10}`);
            fs.mkdirSync(dir, { recursive: true });
            chunk.fill(i % 256);
            chunk.writeUInt32BE(i, 0);
            fs.writeFileSync(path.join(dir, `f${i}.bin`), chunk);
        }
        const peakKiB = (site: string): number => {
            const res = spawnSync("/usr/bin/time", ["-v", TSX, PACK_CLI, site, "--commit", COMMIT], { encoding: "utf8" });
            assert.equal(res.status, 0, res.stderr);
            const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr);
            assert.ok(m, res.stderr);
            return Number(m[1]);
        };
        const base = peakKiB(small);
        const peak = peakKiB(big);
        const siteMiB = 200;
        const growthMiB = (peak - base) / 1024;
        assert.ok(growthMiB < 64, `peak RSS grew by ${growthMiB.toFixed(1)} MiB packing a ${siteMiB} MiB site (base ${base} KiB, peak ${peak} KiB)`);
    });
});
