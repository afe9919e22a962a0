/** Helpers shared by the integration tests that talk to a real lighttpd on loopback. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as https from "https";
import * as net from "net";
import * as path from "path";

export const LIGHTTPD_MODULE_DIR = "/usr/lib/lighttpd";

/**
 * Fails (never skips) when something a test needs is missing, naming the Debian package.
 * `bins`: binary → package; `modules`: lighttpd module file → package.
 */
export function requireHostTools(bins: Record<string, string>, modules: Record<string, string> = {}): void {
    const missing: string[] = [];
    const which = (bin: string) => spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0;
    for (const [bin, pkg] of Object.entries(bins)) if (!which(bin)) missing.push(`the ${bin} binary (Debian package: ${pkg})`);
    for (const [file, pkg] of Object.entries(modules)) {
        if (!fs.existsSync(path.join(LIGHTTPD_MODULE_DIR, file))) missing.push(`${LIGHTTPD_MODULE_DIR}/${file} (Debian package: ${pkg})`);
    }
    if (missing.length > 0) throw new Error(`missing on this machine: ${missing.join("; ")}`);
}

/** The lighttpd modules the rendered config loads, with their Debian packages. */
export const LIGHTTPD_MODULES: Record<string, string> = {
    "mod_magnet.so": "lighttpd-modules-lua",
    "mod_deflate.so": "lighttpd-mod-deflate",
    "mod_accesslog.so": "lighttpd",
};

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.once("error", reject);
        srv.listen(0, "127.0.0.1", () => {
            const port = (srv.address() as net.AddressInfo).port;
            srv.close(() => resolve(port));
        });
    });
}

/** A port P such that P and P + 1 were both free on 127.0.0.1 a moment ago (HTTP on P, HTTPS on P + 1). */
export async function freePortPair(): Promise<number> {
    const tryBind = (port: number) => new Promise<net.Server | null>((resolve) => {
        const srv = net.createServer();
        srv.once("error", () => resolve(null));
        srv.listen(port, "127.0.0.1", () => resolve(srv));
    });
    for (let attempt = 0; attempt < 50; attempt++) {
        const port = await freePort();
        if (port >= 65535) continue;
        const [a, b] = [await tryBind(port), await tryBind(port + 1)];
        await Promise.all([a, b].map((srv) => srv && new Promise((r) => srv.close(r))));
        if (a && b) return port;
    }
    throw new Error("found no two adjacent free ports on 127.0.0.1 in 50 attempts");
}

export interface Reply {
    status: number;
    headers: http.IncomingHttpHeaders;
    body: Buffer;
}

/** One HTTP(S) request without connection reuse; 5 s timeout. */
export function request(
    url: string,
    opts: { method?: string; headers?: Record<string, string>; body?: string; ca?: string } = {},
): Promise<Reply> {
    const u = new URL(url);
    const mod = u.protocol === "https:" ? https : http;
    return new Promise((resolve, reject) => {
        const req = mod.request(
            u,
            { method: opts.method ?? "GET", headers: opts.headers, agent: false, ca: opts.ca, servername: "localhost" },
            (res) => {
                const chunks: Buffer[] = [];
                res.on("data", (c: Buffer) => chunks.push(c));
                res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
                res.on("error", reject);
            },
        );
        req.setTimeout(5000, () => req.destroy(new Error(`timeout: ${url}`)));
        req.on("error", reject);
        req.end(opts.body);
    });
}

/** Sends raw bytes and returns the status code of the (first) response. */
export function rawStatus(port: number, payload: string): Promise<number> {
    return new Promise((resolve, reject) => {
        const sock = net.connect(port, "127.0.0.1");
        let data = "";
        sock.setTimeout(5000, () => sock.destroy(new Error("raw request timed out")));
        sock.on("data", (c) => {
            data += c.toString("latin1");
            const m = data.match(/^HTTP\/1\.[01] (\d{3}) /);
            if (m) {
                sock.destroy();
                resolve(Number(m[1]));
            }
        });
        sock.on("error", reject);
        sock.on("close", () => reject(new Error(`no status line; got ${JSON.stringify(data.slice(0, 200))}`)));
        sock.write(payload);
    });
}

/** Polls `probe` until it returns a value (errors count as "not yet"), or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
        try {
            const v = await probe();
            if (v !== undefined) return v;
        } catch (err) {
            last = err;
        }
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ""}`);
        await new Promise((r) => setTimeout(r, 50));
    }
}
