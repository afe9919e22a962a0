/**
 * The web servers the serving benchmark compares, each on its own loopback port, pinned to CPU 0:
 *   - rendered: lighttpd with the stack's rendered lighttpd.conf and magnet script (the lab's
 *     substitutions only: listen address, port, directories), document root DIR/current;
 *   - debian:   lighttpd with Debian's /etc/lighttpd/lighttpd.conf (port, document root, log, pid and
 *     upload paths substituted; bound to 127.0.0.1; run as the invoking user like the lab);
 *   - nginx-default: Debian's /etc/nginx/nginx.conf with sites-available/default (listen, root, log,
 *     pid and temp paths substituted; run as the invoking user);
 *   - nginx-tuned: a copy of the release with precompressed files, `gzip_static`, `sendfile`,
 *     `open_file_cache`, keep-alive, one worker (it gets one CPU);
 * plus attribution variants of the rendered config (without mod_magnet; rendered by another version of
 * components/lighttpdConf.ts) that explain where the time goes.
 */
import { ChildProcess, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { parseStackConfig, offlinePlaceholder } from "../../components/config";
import { labLighttpdOptions } from "../../components/hostLighttpd";
import * as lighttpdConf from "../../components/lighttpdConf";
import { readStackConfigFile } from "../stackFile";
import { hasCommand, Pinning, pinned, processTree, ROOT, runOk, startChild, stopChild, waitForHttp } from "./common";

export interface Server {
    /** Short key used in tables: rendered, debian, nginx-default, nginx-tuned, ... */
    readonly key: string;
    readonly label: string;
    readonly port: number;
    readonly base: string;
    readonly configFile: string;
    /** Server processes (for CPU accounting). */
    pids(): number[];
    stop(): Promise<void>;
}

/** The two functions of components/lighttpdConf.ts a rendered server needs (this or another version). */
export interface Renderer {
    renderLighttpdConf(o: lighttpdConf.LighttpdConfOptions): string;
    renderReleaseIdScript(o: Pick<lighttpdConf.LighttpdConfOptions, "releaseRoot">): string;
}

export const CURRENT_RENDERER: Renderer = lighttpdConf;

/**
 * Loads another version of components/lighttpdConf.ts for a before/after comparison: `spec` is a file
 * (a saved copy) or a git ref (read with `git show REF:components/lighttpdConf.ts`, which changes nothing).
 */
export function loadRenderer(spec: string, scratch: string): { renderer: Renderer; label: string } {
    let file: string;
    let label: string;
    if (fs.existsSync(spec)) {
        file = path.join(scratch, "baseline-lighttpdConf.ts");
        fs.copyFileSync(spec, file);
        label = path.basename(spec);
    } else {
        const r = spawnSync("git", ["show", `${spec}:components/lighttpdConf.ts`], { cwd: ROOT, encoding: "utf8", env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
        if (r.status !== 0) throw new Error(`--baseline ${spec}: neither a file nor a git ref with components/lighttpdConf.ts (${r.stderr.trim()})`);
        file = path.join(scratch, "baseline-lighttpdConf.ts");
        fs.writeFileSync(file, r.stdout);
        const sha = spawnSync("git", ["rev-parse", "--short", spec], { cwd: ROOT, encoding: "utf8" }).stdout.trim();
        label = sha && !sha.startsWith(spec) && !spec.startsWith(sha) ? `${spec} (${sha})` : spec;
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as Partial<Renderer>;
    if (typeof mod.renderLighttpdConf !== "function" || typeof mod.renderReleaseIdScript !== "function") {
        throw new Error(`--baseline ${spec}: the module does not export renderLighttpdConf and renderReleaseIdScript`);
    }
    return { renderer: mod as Renderer, label };
}

function devStack() {
    return parseStackConfig(readStackConfigFile(path.join(ROOT, "Pulumi.dev.yaml"), "lighttpd-azure", offlinePlaceholder));
}

async function startLighttpd(key: string, label: string, conf: string, confFile: string, port: number, pin: Pinning, logFile: string): Promise<Server> {
    fs.writeFileSync(confFile, conf);
    const check = spawnSync("lighttpd", ["-tt", "-f", confFile], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`${label}: lighttpd -tt rejected ${confFile}:\n${check.stderr || check.stdout}`);
    const [cmd, args] = pinned(pin.server, ["lighttpd", "-D", "-f", confFile]);
    const child = startChild(cmd, args, logFile);
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/`, 10_000, child);
    return serverOf(key, label, port, confFile, child);
}

function serverOf(key: string, label: string, port: number, configFile: string, child: ChildProcess): Server {
    return {
        key, label, port, base: `http://127.0.0.1:${port}`, configFile,
        pids: () => (child.pid ? processTree(child.pid) : []),
        stop: () => stopChild(child),
    };
}

/** The rendered config (dev stack: HTTP only) for release root `root`, state under `state`. */
export async function startRendered(opts: {
    key: string; label: string; root: string; state: string; port: number; pin: Pinning;
    renderer?: Renderer; transform?: (conf: string) => string;
}): Promise<Server> {
    const { root, state, port } = opts;
    for (const d of ["log", "cache", "run"]) fs.mkdirSync(path.join(state, d), { recursive: true });
    const o: lighttpdConf.LighttpdConfOptions = {
        ...labLighttpdOptions(devStack(), port, root),
        logDir: path.join(state, "log"),
        cacheDir: path.join(state, "cache"),
        runDir: path.join(state, "run"),
        releaseIdScript: path.join(state, "release-id.lua"),
    };
    const r = opts.renderer ?? CURRENT_RENDERER;
    fs.writeFileSync(o.releaseIdScript!, r.renderReleaseIdScript(o));
    let conf = r.renderLighttpdConf(o);
    if (opts.transform) conf = opts.transform(conf);
    return startLighttpd(opts.key, opts.label, conf, path.join(state, "lighttpd.conf"), port, opts.pin, path.join(state, "stderr.log"));
}

/** The rendered config without mod_magnet (no release pinning, no 405/404/Cache-Control logic). */
export function withoutMagnet(conf: string): string {
    const out = conf
        .replace(/^ {2}"mod_magnet",\n/m, "")
        .replace(/^magnet\.attract-[a-z-]+ = \(\n(?: {2}"[^"\n]*",\n)*\)\n/gm, "");
    if (out.includes("mod_magnet") || /^magnet\./m.test(out)) throw new Error("could not remove mod_magnet from the rendered config");
    return out;
}

function substitute(text: string, what: string, re: RegExp, replacement: string): string {
    if (!re.test(text)) throw new Error(`the Debian default config has changed: cannot substitute ${what} (${re})`);
    return text.replace(re, replacement);
}

/** Debian's default lighttpd.conf, with only paths and the listener substituted. */
export async function startDebianLighttpd(opts: { docroot: string; state: string; port: number; pin: Pinning }): Promise<Server> {
    const src = "/etc/lighttpd/lighttpd.conf";
    if (!fs.existsSync(src)) throw new Error(`${src} is missing: install the Debian package 'lighttpd'`);
    const { state, port } = opts;
    fs.mkdirSync(path.join(state, "uploads"), { recursive: true });
    let conf = fs.readFileSync(src, "utf8");
    conf = substitute(conf, "server.document-root", /^server\.document-root\s*=.*$/m, `server.document-root = "${opts.docroot}"`);
    conf = substitute(conf, "server.upload-dirs", /^server\.upload-dirs\s*=.*$/m, `server.upload-dirs = ( "${state}/uploads" )`);
    conf = substitute(conf, "server.errorlog", /^server\.errorlog\s*=.*$/m, `server.errorlog = "${state}/error.log"`);
    conf = substitute(conf, "server.pid-file", /^server\.pid-file\s*=.*$/m, `server.pid-file = "${state}/lighttpd.pid"`);
    conf = substitute(conf, "server.port", /^server\.port\s*=.*$/m, `server.port = ${port}\nserver.bind = "127.0.0.1"`);
    conf = conf.replace(/^server\.(username|groupname)\s*=.*$/gm, "# (bench: runs as the invoking user, like the lab) $&");
    conf = substitute(conf, "the IPv6 listener", /^include_shell "\/usr\/share\/lighttpd\/use-ipv6\.pl.*$/m, "# (bench: loopback only) $&");
    return startLighttpd("debian", "lighttpd, Debian default lighttpd.conf", conf, path.join(state, "lighttpd.conf"), port, opts.pin, path.join(state, "stderr.log"));
}

function nginxTempPaths(state: string): string {
    return ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `\t${t}_temp_path ${state}/tmp-${t};`).join("\n");
}

async function startNginx(key: string, label: string, conf: string, state: string, port: number, pin: Pinning): Promise<Server> {
    const confFile = path.join(state, "nginx.conf");
    fs.writeFileSync(confFile, conf);
    const check = spawnSync("nginx", ["-t", "-q", "-p", "/usr/share/nginx/", "-c", confFile, "-e", path.join(state, "error.log")], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`${label}: nginx -t rejected ${confFile}:\n${check.stderr}`);
    const [cmd, args] = pinned(pin.server, ["nginx", "-p", "/usr/share/nginx/", "-c", confFile, "-e", path.join(state, "error.log"), "-g", "daemon off;"]);
    const child = startChild(cmd, args, path.join(state, "stderr.log"));
    await waitForHttp(`http://127.0.0.1:${port}/`, 10_000, child);
    return serverOf(key, label, port, confFile, child);
}

/** Debian's default nginx.conf and sites-available/default, with only paths and the listener substituted. */
export async function startNginxDefault(opts: { docroot: string; state: string; port: number; pin: Pinning }): Promise<Server> {
    const { state, port } = opts;
    fs.mkdirSync(state, { recursive: true });
    let main = fs.readFileSync("/etc/nginx/nginx.conf", "utf8");
    let site = fs.readFileSync("/etc/nginx/sites-available/default", "utf8");
    main = main.replace(/^user\s+[^;]+;/m, "# (bench: runs as the invoking user) $&");
    main = substitute(main, "pid", /^pid\s+[^;]+;/m, `pid ${state}/nginx.pid;`);
    main = main.replace(/^(\s*)error_log\s+[^;]+;/gm, `$1error_log ${state}/error.log;`);
    main = substitute(main, "access_log", /^(\s*)access_log\s+[^;]+;/m, `$1access_log ${state}/access.log;`);
    main = substitute(main, "the sites-enabled include", /^(\s*)include \/etc\/nginx\/sites-enabled\/\*;/m, `$1include ${state}/site.conf;\n${nginxTempPaths(state)}`);
    site = substitute(site, "listen", /^(\s*)listen 80 default_server;/m, `$1listen 127.0.0.1:${port} default_server;`);
    site = substitute(site, "the IPv6 listener", /^(\s*)listen \[::\]:80 default_server;/m, "$1# (bench: loopback only) listen [::]:80;");
    site = substitute(site, "root", /^(\s*)root \/var\/www\/html;/m, `$1root ${opts.docroot};`);
    fs.writeFileSync(path.join(state, "site.conf"), site);
    return startNginx("nginx-default", "nginx, Debian default nginx.conf", main, state, port, opts.pin);
}

export interface Precompressed {
    readonly gzip: number;
    readonly brotli: number;
    /** Whether nginx can serve the .br files (ngx_http_brotli_static module present). */
    readonly brotliServed: boolean;
    readonly note: string;
}

const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/**
 * Copies the release to `dst` and writes `.gz` (zlib level 9) next to every compressible file, and
 * `.br` (quality 11) when nginx has the brotli_static module and the `brotli` CLI exists.
 */
export function precompress(src: string, dst: string): Precompressed {
    fs.cpSync(fs.realpathSync(src), dst, { recursive: true });
    const exts = new Set(lighttpdConf.compressibleExtensions());
    const brotliCli = hasCommand("brotli");
    const brotliModule = fs.existsSync(BROTLI_MODULE);
    const withBr = brotliCli && brotliModule;
    let gzip = 0;
    let brotli = 0;
    const walk = (d: string) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
            const p = path.join(d, e.name);
            if (e.isDirectory()) walk(p);
            else if (e.isFile() && exts.has(path.extname(e.name).slice(1).toLowerCase())) {
                fs.writeFileSync(`${p}.gz`, zlib.gzipSync(fs.readFileSync(p), { level: 9 }));
                gzip++;
                if (withBr) {
                    runOk("brotli", ["-q", "11", "-k", "-f", "-o", `${p}.br`, p]);
                    brotli++;
                }
            }
        }
    };
    walk(dst);
    const note = withBr
        ? `precompressed with gzip -9 and brotli -q 11; nginx serves both (gzip_static, brotli_static)`
        : `precompressed with gzip -9 only: ${[!brotliCli && "the `brotli` CLI is not installed", !brotliModule && `nginx has no brotli_static module (${BROTLI_MODULE}; Debian package libnginx-mod-http-brotli-static)`].filter(Boolean).join(" and ")}, so nginx answers \`Accept-Encoding: br, gzip\` with gzip`;
    return { gzip, brotli, brotliServed: withBr, note };
}

/** nginx with precompressed files; one worker because it gets one CPU. */
export async function startNginxTuned(opts: { docroot: string; state: string; port: number; pin: Pinning; brotli: boolean }): Promise<Server> {
    const { state, port } = opts;
    fs.mkdirSync(state, { recursive: true });
    const conf = `# nginx tuned for static files (scripts/bench/servers.ts)
${opts.brotli ? `load_module ${BROTLI_MODULE};\n` : ""}worker_processes 1;
pid ${state}/nginx.pid;
error_log ${state}/error.log;
events {
\tworker_connections 4096;
}
http {
\tinclude /etc/nginx/mime.types;
\tdefault_type application/octet-stream;
\tsendfile on;
\ttcp_nopush on;
\ttcp_nodelay on;
\tkeepalive_timeout 65;
\tkeepalive_requests 1000;
\topen_file_cache max=10000 inactive=60s;
\topen_file_cache_valid 60s;
\topen_file_cache_min_uses 1;
\topen_file_cache_errors on;
\taccess_log ${state}/access.log combined buffer=64k flush=1s;
\tserver_tokens off;
\tgzip off;
\tgzip_static on;
\tgzip_vary on;
${opts.brotli ? "\tbrotli_static on;\n" : ""}${nginxTempPaths(state)}
\tserver {
\t\tlisten 127.0.0.1:${port} default_server;
\t\troot ${opts.docroot};
\t\tindex index.html;
\t\tlocation / {
\t\t\ttry_files $uri $uri/ =404;
\t\t}
\t}
}
`;
    return startNginx("nginx-tuned", "nginx, tuned (precompressed, gzip_static)", conf, state, port, opts.pin);
}

/** nginx's build flags include the gzip_static module. */
export function nginxHasGzipStatic(): boolean {
    const r = spawnSync("nginx", ["-V"], { encoding: "utf8" });
    return /--with-http_gzip_static_module/.test(`${r.stdout}${r.stderr}`);
}
