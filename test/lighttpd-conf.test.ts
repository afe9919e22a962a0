import * as assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import * as tls from "node:tls";
import * as zlib from "node:zlib";

import {
  ACCESS_LOG_FIELDS,
  ACCESS_LOG_FORMAT,
  CACHE_CONTROL,
  DEFAULT_RELEASE_ID_SCRIPT,
  HOST_LIGHTTPD_DEFAULTS,
  HSTS_HEADER,
  LIGHTTPD_LIMITS,
  SECURITY_HEADERS,
  lighttpdModules,
  parseAccessLogLine,
  renderLighttpdConf,
  renderReleaseIdScript,
  requiredLighttpdPackages,
  type AccessLogRecord,
  type LighttpdConfOptions,
} from "../components/lighttpdConf";
import { freePort, LIGHTTPD_MODULES, rawStatus, request, requireHostTools, waitFor, type Reply } from "./support/net";

// ---------------------------------------------------------------------------------------------------
// fixtures and helpers

const SITE = path.resolve(__dirname, "..", "site");
/** site/index.html references exactly one fingerprinted stylesheet and one fingerprinted script. */
const INDEX_HTML = fs.readFileSync(path.join(SITE, "index.html"), "utf8");
const CSS = `/${INDEX_HTML.match(/href="\/(assets\/site\.[0-9a-f]{8,}\.css)"/)![1]}`;
const JS = `/${INDEX_HTML.match(/src="\/(assets\/app\.[0-9a-f]{8,}\.js)"/)![1]}`;
const SVG = "/assets/logo.svg";
const WEBP = "/assets/hero.webp";

const SHA_A = crypto.createHash("sha256").update("release A").digest("hex");
const SHA_B = crypto.createHash("sha256").update("release B").digest("hex");


function copyRelease(dir: string, sha: string, tweak?: (releaseDir: string) => void): string {
  const rel = path.join(dir, "releases", sha);
  fs.cpSync(SITE, rel, { recursive: true });
  fs.writeFileSync(path.join(rel, "healthz"), `${sha}\n`);
  // dot-files that must never be served (the site itself has none besides .well-known)
  fs.mkdirSync(path.join(rel, ".git"));
  fs.writeFileSync(path.join(rel, ".git", "config"), "[core]\n\tbare = false\n");
  fs.writeFileSync(path.join(rel, "assets", ".hidden"), "secret\n");
  fs.writeFileSync(path.join(rel, ".well-known", ".secret"), "secret\n");
  tweak?.(rel);
  return rel;
}

/** Switches DIR/current the way the release tool does: a new symlink renamed over the old one. */
function switchCurrent(dir: string, sha: string): void {
  const tmp = path.join(dir, `.current.${process.pid}`);
  fs.rmSync(tmp, { force: true });
  fs.symlinkSync(path.join("releases", sha), tmp);
  fs.renameSync(tmp, path.join(dir, "current"));
}

interface Lab {
  dir: string;
  confFile: string;
  opts: LighttpdConfOptions;
  child?: ChildProcess;
  stderr: string;
}

function prepareLab(root: string, name: string, port: number, extra: Partial<LighttpdConfOptions> = {}): Lab {
  const base = path.join(root, name);
  for (const d of ["logs", "cache", "run", "etc"]) fs.mkdirSync(path.join(base, d), { recursive: true });
  const opts: LighttpdConfOptions = {
    port,
    bindAddress: "127.0.0.1",
    releaseRoot: path.join(root, "srv"),
    logDir: path.join(base, "logs"),
    cacheDir: path.join(base, "cache"),
    runDir: path.join(base, "run"),
    releaseIdScript: path.join(base, "etc", "release-id.lua"),
    ...extra,
  };
  const confFile = path.join(base, "etc", "lighttpd.conf");
  fs.writeFileSync(confFile, renderLighttpdConf(opts));
  fs.writeFileSync(opts.releaseIdScript!, renderReleaseIdScript(opts));
  return { dir: base, confFile, opts, stderr: "" };
}

function checkConfig(lab: Lab): void {
  const r = spawnSync("lighttpd", ["-tt", "-f", lab.confFile], { encoding: "utf8" });
  assert.equal(r.status, 0, `lighttpd -tt failed:\n${r.stdout}${r.stderr}`);
  // warnings (unknown keys, deprecated options) would appear here
  assert.equal(r.stdout + r.stderr, "", "lighttpd -tt printed warnings");
}

async function startLab(lab: Lab, healthUrl: string): Promise<void> {
  const child = spawn("lighttpd", ["-D", "-f", lab.confFile], { stdio: ["ignore", "pipe", "pipe"] });
  lab.child = child;
  child.stderr!.on("data", (c) => (lab.stderr += c));
  child.stdout!.on("data", (c) => (lab.stderr += c));
  let exited = false;
  child.once("exit", () => (exited = true));
  await waitFor("lighttpd to answer /healthz", 10000, async () => {
    if (exited) {
      const log = fs.readFileSync(path.join(lab.opts.logDir, "error.log"), "utf8");
      throw new Error(`lighttpd exited early:\n${lab.stderr}\n${log}`);
    }
    const r = await request(healthUrl, { ca: lab.opts.tls ? fs.readFileSync(lab.opts.tls.pemFile, "utf8") : undefined });
    return r.status === 200 ? true : undefined;
  });
}

async function stopLab(lab: Lab | undefined): Promise<void> {
  const child = lab?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const t = setTimeout(() => child.kill("SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(t);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function accessLog(lab: Lab): AccessLogRecord[] {
  const file = path.join(lab.opts.logDir, "access.log");
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.length > 0)
    .map(parseAccessLogLine);
}

/** mod_accesslog buffers lines and flushes about every second or two. */
function logLine(lab: Lab, match: (r: AccessLogRecord) => boolean, what: string): Promise<AccessLogRecord> {
  return waitFor(`access-log line for ${what}`, 6000, async () => accessLog(lab).find(match));
}

function siteFile(urlPath: string): Buffer {
  return fs.readFileSync(path.join(SITE, urlPath === "/" ? "index.html" : urlPath.slice(1)));
}

function assertSecurityHeaders(r: Reply, where: string): void {
  assert.equal(r.headers["x-content-type-options"], "nosniff", where);
  assert.equal(r.headers["referrer-policy"], "strict-origin-when-cross-origin", where);
  assert.equal(r.headers["x-frame-options"], "DENY", where);
  const csp = r.headers["content-security-policy"];
  assert.equal(csp, SECURITY_HEADERS["Content-Security-Policy"], where);
  assert.match(String(csp), /(^|; )frame-ancestors 'none'(;|$)/, where);
  assert.match(String(csp), /(^|; )default-src 'self'(;|$)/, where);
  assert.match(String(csp), /(^|; )object-src 'none'(;|$)/, where);
  assert.equal(r.headers["cross-origin-opener-policy"], "same-origin", where);
  assert.equal(r.headers["permissions-policy"], SECURITY_HEADERS["Permissions-Policy"], where);
  assert.equal(r.headers["server"], undefined, `${where}: Server header present`);
}

// ---------------------------------------------------------------------------------------------------
// unit tests of the pure renderer

const LAB_OPTS: LighttpdConfOptions = {
  port: 8080,
  bindAddress: "127.0.0.1",
  releaseRoot: "/tmp/lab/srv",
  logDir: "/tmp/lab/logs",
  cacheDir: "/tmp/lab/cache",
  runDir: "/tmp/lab/run",
  releaseIdScript: "/tmp/lab/etc/release-id.lua",
};
const TLS_OPTS: LighttpdConfOptions = { ...HOST_LIGHTTPD_DEFAULTS, tls: { port: 443, pemFile: "/var/lib/waagent/Microsoft.Azure.KeyVault.Store/kv.web" } };

describe("renderLighttpdConf (pure)", () => {
  const invalid: Array<[string, Partial<Record<keyof LighttpdConfOptions, unknown>>, RegExp]> = [
    ["port 0", { port: 0 }, /'port' must be an integer from 1 to 65535; got 0/],
    ["port 65536", { port: 65536 }, /'port' must be an integer from 1 to 65535; got 65536/],
    ["fractional port", { port: 80.5 }, /'port' must be an integer from 1 to 65535; got 80.5/],
    ["host name as bind address", { bindAddress: "localhost" }, /'bindAddress' must be an IPv4 address .*; got "localhost"/],
    ["out-of-range bind address", { bindAddress: "256.0.0.1" }, /'bindAddress' must be an IPv4 address/],
    ["relative release root", { releaseRoot: "srv/lighttpd" }, /'releaseRoot' must be an absolute path .*; got "srv\/lighttpd"/],
    ["release root with a trailing slash", { releaseRoot: "/srv/lighttpd/" }, /'releaseRoot' must be an absolute path/],
    ["release root with ..", { releaseRoot: "/srv/../etc" }, /'releaseRoot' must be an absolute path without .* '\.\.' segments/],
    ["release root with a quote", { releaseRoot: '/srv/"x' }, /'releaseRoot' must be an absolute path/],
    ["log dir with a space", { logDir: "/var/log/light tpd" }, /'logDir' must be an absolute path/],
    ["cache dir inside the releases", { cacheDir: "/tmp/lab/srv/releases/cache" }, /'cacheDir' must be outside the releases/],
    ["log dir inside the served release", { logDir: "/tmp/lab/srv/current/logs" }, /'logDir' must be outside the releases/],
    ["relative run dir", { runDir: "run" }, /'runDir' must be an absolute path/],
    ["relative magnet script", { releaseIdScript: "release-id.lua" }, /'releaseIdScript' must be an absolute path/],
    ["relative module dir", { moduleDir: "lib" }, /'moduleDir' must be an absolute path/],
    ["user without group", { user: "www-data" }, /'user' and 'group' must be set together/],
    ["root user", { user: "root", group: "root" }, /'user' must be an unprivileged system account name \(not root\); got "root"/],
    ["odd group name", { user: "www-data", group: "Www Data" }, /'group' must be an unprivileged system account name/],
    ["tls without a pem file", { tls: { port: 443 } }, /'tls.pemFile' must be an absolute path .*; got undefined/],
    ["tls on the http port", { tls: { port: 8080, pemFile: "/etc/ssl/site.pem" } }, /'tls.port' must differ from 'port'; both are 8080/],
    ["tls port 0", { tls: { port: 0, pemFile: "/etc/ssl/site.pem" } }, /'tls.port' must be an integer from 1 to 65535; got 0/],
  ];
  for (const [name, patch, message] of invalid) {
    it(`rejects ${name}, naming the option`, () => {
      assert.throws(() => renderLighttpdConf({ ...LAB_OPTS, ...patch } as LighttpdConfOptions), message);
    });
  }

  it("reports every problem at once", () => {
    assert.throws(
      () => renderLighttpdConf({ ...LAB_OPTS, port: 0, bindAddress: "x", logDir: "logs" }),
      (err: Error) => /'port'/.test(err.message) && /'bindAddress'/.test(err.message) && /'logDir'/.test(err.message),
    );
  });

  it("renders a self-contained file: explicit modules, no includes, no implicit module loading", () => {
    const conf = renderLighttpdConf(LAB_OPTS);
    assert.doesNotMatch(conf, /^\s*include(_shell)?\b/m);
    assert.match(conf, /^server\.compat-module-load = "disable"$/m);
    assert.doesNotMatch(conf, /"mod_dirlisting"/);
    assert.match(conf, /^server\.document-root = "\/tmp\/lab\/srv\/current"$/m);
    assert.match(conf, /^server\.follow-symlink = "enable"$/m);
    assert.match(conf, /^server\.stat-cache-engine = "simple"$/m);
    assert.match(conf, /^server\.tag = ""$/m);
    assert.match(conf, /^deflate\.cache-dir = "\/tmp\/lab\/cache"$/m);
    // one magnet stage per request (the physical-path stage): the raw-URL stage cost about as much again
    assert.match(conf, /^magnet\.attract-physical-path-to = \(\n {2}"\/tmp\/lab\/etc\/release-id\.lua",\n\)$/m);
    assert.doesNotMatch(conf, /magnet\.attract-(raw-url|uri-clean|response-start)/);
    assert.match(conf, new RegExp(`^server\\.max-request-size = ${LIGHTTPD_LIMITS.maxRequestBodyKiB}$`, "m"));
    assert.match(conf, new RegExp(`^server\\.max-request-field-size = ${LIGHTTPD_LIMITS.maxRequestHeaderBytes}$`, "m"));
    assert.match(conf, /^\s*"\.js" => "text\/javascript; charset=utf-8",$/m);
    assert.match(conf, /^\s*"\.svg" => "image\/svg\+xml; charset=utf-8",$/m);
    assert.match(conf, /^\s*"\.webp" => "image\/webp",$/m);
    assert.match(conf, /^\s*"\.woff2" => "font\/woff2",$/m);
  });

  it("omits user and group in the lab and renders them on hosts", () => {
    const lab = renderLighttpdConf(LAB_OPTS);
    assert.doesNotMatch(lab, /server\.username|server\.groupname/);
    const host = renderLighttpdConf(HOST_LIGHTTPD_DEFAULTS);
    assert.match(host, /^server\.username = "www-data"$/m);
    assert.match(host, /^server\.groupname = "www-data"$/m);
    assert.match(host, /^server\.bind = "0\.0\.0\.0"$/m);
    assert.match(host, /^server\.port = 80$/m);
    assert.match(host, new RegExp(`"${DEFAULT_RELEASE_ID_SCRIPT.replace(/\./g, "\\.")}"`));
  });

  it("without TLS: no mod_openssl, no redirect, no HSTS", () => {
    const conf = renderLighttpdConf(LAB_OPTS);
    assert.deepEqual(lighttpdModules({}), [
      "mod_magnet", "mod_setenv", "mod_deflate", "mod_indexfile", "mod_staticfile", "mod_accesslog",
    ]);
    // dot-files are denied by the magnet script (so that the 403 names its release); mod_access only
    // refuses unknown Host headers on plain HTTP when TLS is on
    assert.doesNotMatch(conf, /url\.access-deny/);
    assert.doesNotMatch(conf, /mod_openssl|mod_redirect|ssl\.|Strict-Transport-Security|url\.redirect/);
    assert.deepEqual(requiredLighttpdPackages({}), ["lighttpd", "lighttpd-mod-deflate", "lighttpd-modules-lua"]);
  });

  it("with TLS: TLS 1.2+ on the TLS socket, HSTS on https only, HTTP redirected except /healthz", () => {
    const conf = renderLighttpdConf(TLS_OPTS);
    assert.ok(lighttpdModules(TLS_OPTS).includes("mod_openssl"));
    assert.ok(lighttpdModules(TLS_OPTS).indexOf("mod_setenv") < lighttpdModules(TLS_OPTS).indexOf("mod_redirect"));
    assert.ok(lighttpdModules(TLS_OPTS).indexOf("mod_setenv") < lighttpdModules(TLS_OPTS).indexOf("mod_access"));
    assert.match(conf, /^\$SERVER\["socket"\] == "0\.0\.0\.0:443" \{\n {2}ssl\.engine = "enable"\n {2}ssl\.pemfile = "\/var\/lib\/waagent\/Microsoft\.Azure\.KeyVault\.Store\/kv\.web"$/m);
    assert.match(conf, /"MinProtocol" => "TLSv1\.2"/);
    assert.match(conf, /"CipherString" => "ECDHE-ECDSA-AES128-GCM-SHA256:[^"]*"/);
    assert.doesNotMatch(conf, /"CipherString" => "[^"]*(RC4|3DES|CBC|SHA1|:AES128-SHA|NULL)/);
    assert.match(conf, /^\$HTTP\["scheme"\] == "https" \{\n {2}setenv\.add-response-header = \("Strict-Transport-Security" => "max-age=31536000"\)\n\}$/m);
    assert.match(conf, /^\$HTTP\["scheme"\] == "http" \{\n {2}\$HTTP\["url"\] != "\/healthz" \{/m);
    assert.match(conf, /url\.redirect = \("" => "https:\/\/%1\$\{url\.path\}\$\{qsa\}"\)/);
    assert.match(conf, /url\.redirect-code = 308/);
    assert.match(conf, /"server\.h2proto" => "enable"/);
    assert.deepEqual(requiredLighttpdPackages(TLS_OPTS), ["lighttpd", "lighttpd-mod-deflate", "lighttpd-modules-lua", "lighttpd-mod-openssl"]);
    // a non-standard TLS port is kept in the redirect target
    const lab = renderLighttpdConf({ ...LAB_OPTS, tls: { port: 8443, pemFile: "/tmp/lab/site.pem" } });
    assert.match(lab, /url\.redirect = \("" => "https:\/\/%1:8443\$\{url\.path\}\$\{qsa\}"\)/);
  });

  it("renders the access-log format from ACCESS_LOG_FIELDS, escaped for the config", () => {
    const conf = renderLighttpdConf(LAB_OPTS);
    assert.equal(
      ACCESS_LOG_FORMAT,
      '{"time":"%{%Y-%m-%dT%H:%M:%S%z}t","client":"%h","method":"%m","uri":"%U","query":"%q","protocol":"%H",' +
        '"host":"%V","status":%s,"bytes":%b,"duration_us":%D,"referer":"%{Referer}i","user_agent":"%{User-Agent}i",' +
        '"release":"%{RELEASE_ID}e","commit":"%{COMMIT_ID}e"}',
    );
    assert.ok(conf.includes(`accesslog.format = "${ACCESS_LOG_FORMAT.replace(/"/g, '\\"')}"`));
    assert.match(conf, /^accesslog\.escaping = "json"$/m);
    assert.deepEqual(ACCESS_LOG_FIELDS.map((f) => f.name), [
      "time", "client", "method", "uri", "query", "protocol", "host", "status", "bytes", "duration_us", "referer", "user_agent", "release", "commit",
    ]);
  });

  it("parseAccessLogLine rejects lines in another format", () => {
    assert.throws(() => parseAccessLogLine('127.0.0.1 - - [04/Dec/2026:06:43:13 +0000] "GET / HTTP/1.1" 200 3'), SyntaxError);
    assert.throws(() => parseAccessLogLine('{"status":200}'), /access-log fields are \[status\]/);
  });

  it("embeds the release root in the magnet script", () => {
    const lua = renderReleaseIdScript(LAB_OPTS);
    assert.match(lua, /^local ROOT = "\/tmp\/lab\/srv"$/m);
    assert.match(lua, /^local CURRENT = ROOT \.\. "\/current"$/m);
    assert.ok(lua.includes(`r.resp_header["Cache-Control"] = e.cc`));
    assert.ok(lua.includes(`"${CACHE_CONTROL.immutable}"`));
    assert.throws(() => renderReleaseIdScript({ releaseRoot: 'x"; os.execute("id") --' }), /'releaseRoot' must be an absolute path/);
  });
});

// ---------------------------------------------------------------------------------------------------
// integration: a real lighttpd serving a release tree

describe("lighttpd with the rendered config (HTTP, lab options)", function () {
  let root: string;
  let lab: Lab;
  let base: string;

  before(async function () {
    requireHostTools({ lighttpd: "lighttpd" }, LIGHTTPD_MODULES);
    root = fs.mkdtempSync(path.join(os.tmpdir(), "lighttpd-conf-"));
    const dir = path.join(root, "srv");
    copyRelease(dir, SHA_A);
    switchCurrent(dir, SHA_A);
    const port = await freePort();
    lab = prepareLab(root, "http", port);
    base = `http://127.0.0.1:${port}`;
    checkConfig(lab);
    await startLab(lab, `${base}/healthz`);
  });

  after(async () => {
    await stopLab(lab);
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it("passes lighttpd -tt without warnings", () => checkConfig(lab));

  it("answers /healthz with the active release id as uncached text/plain", async () => {
    const r = await request(`${base}/healthz`);
    assert.equal(r.status, 200);
    assert.equal(r.body.toString(), `${SHA_A}\n`);
    assert.equal(r.headers["content-type"], "text/plain; charset=utf-8");
    assert.equal(r.headers["cache-control"], "no-store");
    assertSecurityHeaders(r, "/healthz");
  });

  it("serves index.html for / with exact bytes, revalidation and every security header, no HSTS", async () => {
    const r = await request(`${base}/`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, siteFile("/"));
    assert.equal(r.headers["content-type"], "text/html; charset=utf-8");
    assert.equal(r.headers["cache-control"], "no-cache");
    assert.equal(r.headers["strict-transport-security"], undefined);
    assertSecurityHeaders(r, "/");
  });

  it("sends no Server header (so no version) on success, error and redirect responses", async () => {
    for (const p of ["/", "/nope", "/assets", "/.git/config"]) {
      const r = await request(`${base}${p}`);
      assert.equal(r.headers["server"], undefined, p);
    }
  });

  it("caches fingerprinted assets for a year and revalidates everything else", async () => {
    const expectations: Array<[string, string, string]> = [
      [JS, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"],
      [CSS, "text/css; charset=utf-8", "public, max-age=31536000, immutable"],
      ["/index.html", "text/html; charset=utf-8", "no-cache"],
      [SVG, "image/svg+xml; charset=utf-8", "no-cache"],
      [WEBP, "image/webp", "no-cache"],
      ["/favicon.png", "image/png", "no-cache"],
      ["/robots.txt", "text/plain; charset=utf-8", "no-cache"],
    ];
    for (const [p, type, cc] of expectations) {
      const r = await request(`${base}${p}`);
      assert.equal(r.status, 200, p);
      assert.deepEqual(r.body, siteFile(p), p);
      assert.equal(r.headers["content-type"], type, p);
      assert.equal(r.headers["cache-control"], cc, p);
      assertSecurityHeaders(r, p);
    }
  });

  it("revalidates with 304, keeping Cache-Control and Vary", async () => {
    for (const [p, cc] of [[JS, CACHE_CONTROL.immutable], ["/", CACHE_CONTROL.revalidate]] as const) {
      const first = await request(`${base}${p}`);
      const r = await request(`${base}${p}`, { headers: { "If-None-Match": String(first.headers.etag) } });
      assert.equal(r.status, 304, p);
      assert.equal(r.body.length, 0);
      assert.equal(r.headers["cache-control"], cc, p);
      assert.equal(r.headers["vary"], "Accept-Encoding", p);
    }
  });

  it("closes keep-alive connections after the request limit and when idle", async () => {
    const n = LIGHTTPD_LIMITS.keepAliveRequests;
    const responses = await new Promise<number>((resolve, reject) => {
      const sock = net.connect(lab.opts.port, "127.0.0.1");
      let data = "";
      sock.on("data", (c) => (data += c.toString("latin1")));
      sock.on("error", reject);
      sock.on("close", () => resolve((data.match(/^HTTP\/1\.1 200 OK\r$/gm) ?? []).length));
      sock.write("GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n".repeat(n + 5));
    });
    // lighttpd 1.4.69 counts keep-alive reuses: the first request plus n more
    assert.ok(responses === n || responses === n + 1, `served ${responses} of ${n + 5} pipelined requests on one connection`);
    const started = Date.now();
    const idleClose = await new Promise<number>((resolve, reject) => {
      const sock = net.connect(lab.opts.port, "127.0.0.1");
      sock.on("error", reject);
      sock.on("close", () => resolve(Date.now() - started));
      sock.resume();
      sock.write("GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    });
    const limit = LIGHTTPD_LIMITS.keepAliveIdleSeconds * 1000;
    assert.ok(idleClose >= limit - 1000 && idleClose <= limit + 2000, `idle connection closed after ${idleClose} ms`);
  });

  it("answers a missing fingerprinted asset with the site's 404 page, not cacheable for a year", async () => {
    const r = await request(`${base}/assets/app.0123456789abcdef.js`);
    assert.equal(r.status, 404);
    assert.deepEqual(r.body, siteFile("/404.html"));
    assert.equal(r.headers["content-type"], "text/html; charset=utf-8");
    assert.equal(r.headers["cache-control"], "no-cache");
    assertSecurityHeaders(r, "404");
  });

  it("answers any miss with the site's 404 page and no-cache, and HEAD of a miss without a body", async () => {
    const r = await request(`${base}/no/such/page.html`);
    assert.equal(r.status, 404);
    assert.deepEqual(r.body, siteFile("/404.html"));
    assert.equal(r.headers["cache-control"], "no-cache");
    const head = await request(`${base}/no/such/page.html`, { method: "HEAD" });
    assert.equal(head.status, 404);
    assert.equal(head.body.length, 0);
  });

  it("does not list directories", async () => {
    const r = await request(`${base}/assets/`);
    assert.equal(r.status, 403);
    assert.ok(!r.body.toString().includes("hero.webp"), "directory listing leaked file names");
    const redirect = await request(`${base}/assets`);
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, "/assets/");
  });

  it("denies dot-files, also URL-encoded, but serves /.well-known/", async () => {
    for (const p of ["/.git/config", "/%2egit/config", "/.git/", "/assets/.hidden", "/.well-known/.secret", "/foo/.well-known/x", "/.well-known/../.git/config",
      "/.well-known/a/.b", "/.well-known", "/.no-such-file", "/assets/..x"]) {
      const r = await request(`${base}${p}`);
      assert.equal(r.status, 403, p);
      assert.ok(!r.body.toString().includes("bare = false") && !r.body.toString().includes("secret"), `${p} leaked content`);
      assertSecurityHeaders(r, p);
    }
    // denied before anything else: a refused method on a dot-file is still a 403
    const post = await request(`${base}/.git/config`, { method: "POST", body: "x=1", headers: { "Content-Type": "text/plain" } });
    assert.equal(post.status, 403);
    assert.ok(!post.body.toString().includes("bare = false"), "POST leaked content");
    const ok = await request(`${base}/.well-known/security.txt`);
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.body, siteFile("/.well-known/security.txt"));
    assert.equal(ok.headers["content-type"], "text/plain; charset=utf-8");
  });

  it("decides on dot-files by the decoded, normalised path only, as the mod_access rule it replaced did", async () => {
    // The rule before: $HTTP["url"] =~ "/\\." except ^/\\.well-known/(?!\\.|.*/\\.), on the path lighttpd
    // has decoded (%2e, %2F) and normalised (dot segments); the query string never counts. Statuses
    // observed side by side with that config (commit 7c1dabc) on lighttpd 1.4.69.
    const cases: Array<[string, number]> = [
      ["/%2Egit/config", 403], ["//.git/config", 403], ["/./.git/config", 403], ["/x/../.git/config", 403],
      ["/a/b/c/../../../.git/config", 403], ["/%2F.git/config", 403], ["/assets%2F.hidden", 403], ["/.git;x", 403],
      ["/.well-known/%2esecret", 403], ["/.well-known/a/b/../.b", 403], ["/.well-known/a%2f.b", 403],
      ["/.WELL-KNOWN/security.txt", 403], ["/.well-known./security.txt", 403], ["/no-such/.x", 403], ["/.well-known?x=1", 403],
      ["/.well-known/./security.txt", 200], ["/.well-known//security.txt", 200], ["/.well-known/security.txt?/.x", 200],
      ["/robots.txt?a=/./b", 200], ["/index.html?x=/.git/config", 200], ["/x/..", 200], ["/.well-known/..", 200],
      ["/assets/%2E%2E/index.html", 200], ["/%252egit", 404],
    ];
    for (const [p, status] of cases) {
      const r = await request(`${base}${p}`);
      assert.equal(r.status, status, p);
      assertSecurityHeaders(r, p);
      if (status === 403) assert.ok(!/bare = false|secret/.test(r.body.toString()), `${p} leaked content`);
    }
    // absolute-form request target: the same path, the same answer
    assert.equal(await rawStatus(lab.opts.port, "GET http://127.0.0.1/.git/config HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 403);
  });

  it("allows GET and HEAD only: other methods get 405 with Allow", async () => {
    const head = await request(`${base}/`, { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(Number(head.headers["content-length"]), siteFile("/").length);
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const r = await request(`${base}/index.html`, { method, body: method === "OPTIONS" ? undefined : "x=1", headers: { "Content-Type": "text/plain" } });
      assert.equal(r.status, 405, method);
      assert.equal(r.headers.allow, "GET, HEAD", method);
      assert.equal(r.headers["cache-control"], "no-store", method);
      assertSecurityHeaders(r, method);
    }
  });

  it("refuses an oversize body with 413 and oversize headers with 431", async () => {
    const tooBig = LIGHTTPD_LIMITS.maxRequestBodyKiB * 1024 + 1;
    assert.equal(await rawStatus(lab.opts.port, `POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${tooBig}\r\n\r\n`), 413);
    const bigHeader = "a".repeat(LIGHTTPD_LIMITS.maxRequestHeaderBytes + 1);
    assert.equal(await rawStatus(lab.opts.port, `GET / HTTP/1.1\r\nHost: x\r\nX-Pad: ${bigHeader}\r\n\r\n`), 431);
  });

  it("compresses html, css, js and svg with br and gzip to the exact bytes, with Vary", async () => {
    for (const p of ["/", CSS, JS, SVG]) {
      for (const [enc, decode] of [["br", zlib.brotliDecompressSync], ["gzip", zlib.gunzipSync]] as const) {
        const r = await request(`${base}${p}`, { headers: { "Accept-Encoding": enc } });
        assert.equal(r.status, 200, `${p} ${enc}`);
        assert.equal(r.headers["content-encoding"], enc, `${p} ${enc}`);
        assert.equal(r.headers["vary"], "Accept-Encoding", `${p} ${enc}`);
        assert.ok(r.body.length < siteFile(p).length, `${p} ${enc} is not smaller`);
        assert.deepEqual(decode(r.body), siteFile(p), `${p} ${enc}`);
      }
      const identity: Array<Record<string, string>> = [{}, { "Accept-Encoding": "identity" }, { "Accept-Encoding": "deflate, compress" }];
      for (const headers of identity) {
        const plain = await request(`${base}${p}`, { headers });
        assert.equal(plain.headers["content-encoding"], undefined, p);
        assert.equal(plain.headers["vary"], "Accept-Encoding", `${p} ${JSON.stringify(headers)}: Vary missing on the identity response`);
        assert.deepEqual(plain.body, siteFile(p));
      }
      const head = await request(`${base}${p}`, { method: "HEAD", headers: { "Accept-Encoding": "gzip" } });
      assert.equal(head.headers["vary"], "Accept-Encoding", `${p} HEAD`);
    }
    const png = await request(`${base}/favicon.png`, { headers: { "Accept-Encoding": "br, gzip" } });
    assert.equal(png.headers["content-encoding"], undefined, "PNG must not be recompressed");
  });

  it("compresses once and serves later requests from the deflate cache", async () => {
    const first = await request(`${base}${CSS}`, { headers: { "Accept-Encoding": "gzip" } });
    assert.equal(first.headers["content-encoding"], "gzip");
    const etag = String(first.headers.etag).replace(/^"|"$/g, "");
    assert.match(etag, /-gzip$/);
    const cached = path.join(lab.opts.cacheDir, lab.opts.releaseRoot, "releases", SHA_A, `${CSS}-${etag}`);
    assert.ok(fs.existsSync(cached), `no cache file ${cached}; have ${fs.readdirSync(lab.opts.cacheDir, { recursive: true }).join(", ")}`);
    assert.deepEqual(fs.readFileSync(cached), first.body);
    // Mark the cached copy (byte 9 of a gzip member is the OS field, ignored by decoders): if the next
    // response carries the mark, it was served from the cache, not compressed again.
    const marked = Buffer.from(fs.readFileSync(cached));
    marked[9] = marked[9] === 0x42 ? 0x43 : 0x42;
    fs.writeFileSync(cached, marked);
    const second = await request(`${base}${CSS}`, { headers: { "Accept-Encoding": "gzip" } });
    assert.deepEqual(second.body, marked);
    assert.deepEqual(zlib.gunzipSync(second.body), siteFile(CSS));
  });

  it("logs JSON lines in the exported format, carrying the release id, also for refused requests", async () => {
    const ua = `probe "quoted" \\back\tslash ${crypto.randomUUID()}`;
    const tag = crypto.randomUUID();
    await request(`${base}${JS}?v=1&x=%22`, { headers: { "User-Agent": ua, Referer: "https://example.com/a?b=c" } });
    await request(`${base}/.git/config`, { headers: { "User-Agent": `${tag}-dot` } });
    await request(`${base}/`, { method: "DELETE", headers: { "User-Agent": `${tag}-delete` } });
    const line = await logLine(lab, (r) => r.user_agent === ua, "GET of the script");
    assert.equal(line.method, "GET");
    assert.equal(line.uri, JS);
    assert.equal(line.query, "v=1&x=%22");
    assert.equal(line.protocol, "HTTP/1.1");
    assert.equal(line.status, 200);
    assert.equal(line.bytes, siteFile(JS).length);
    assert.equal(line.client, "127.0.0.1");
    assert.equal(line.referer, "https://example.com/a?b=c");
    assert.equal(line.release, SHA_A);
    assert.ok(Number.isInteger(line.duration_us) && line.duration_us >= 0);
    assert.match(line.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}$/);
    assert.ok(Math.abs(Date.parse(line.time.replace(/([+-]\d\d)(\d\d)$/, "$1:$2")) - Date.now()) < 60_000);

    const dot = await logLine(lab, (r) => r.user_agent === `${tag}-dot`, "the denied dot-file");
    const del = await logLine(lab, (r) => r.user_agent === `${tag}-delete`, "the refused DELETE");
    assert.deepEqual([dot.status, dot.release], [403, SHA_A]);
    assert.deepEqual([del.status, del.method, del.release], [405, "DELETE", SHA_A]);
  });

  it("reopens its logs on SIGHUP (what logrotate's postrotate sends)", async () => {
    const file = path.join(lab.opts.logDir, "access.log");
    await waitFor("earlier lines to be flushed", 6000, async () => (fs.existsSync(file) && fs.statSync(file).size > 0 ? true : undefined));
    await new Promise((r) => setTimeout(r, 2500)); // let the buffer drain into the old file
    fs.renameSync(file, `${file}.1`);
    lab.child!.kill("SIGHUP");
    await new Promise((r) => setTimeout(r, 200));
    const ua = `after-rotate-${crypto.randomUUID()}`;
    await request(`${base}/robots.txt`, { headers: { "User-Agent": ua } });
    const line = await logLine(lab, (r) => r.user_agent === ua, "a request after rotation");
    assert.equal(line.release, SHA_A);
    assert.ok(!fs.readFileSync(`${file}.1`, "utf8").includes(ua), "the line went to the rotated file");
  });

  it("follows a rename of current within 2 s without a reload; content and logged id stay consistent", async () => {
    const dir = lab.opts.releaseRoot;
    const MARK_B = "<!-- release B -->";
    copyRelease(dir, SHA_B, (rel) => fs.appendFileSync(path.join(rel, "index.html"), MARK_B));
    const bodyA = siteFile("/");
    const bodyB = Buffer.concat([bodyA, Buffer.from(MARK_B)]);
    const pid = lab.child!.pid;

    const tag = crypto.randomUUID();
    const seen: Array<{ n: number; release: string }> = [];
    let n = 0;
    const hit = async () => {
      const r = await request(`${base}/?n=${n}`, { headers: { "User-Agent": tag } });
      assert.equal(r.status, 200);
      const release = r.body.equals(bodyB) ? SHA_B : r.body.equals(bodyA) ? SHA_A : "?";
      assert.notEqual(release, "?", "served a body from neither release");
      seen.push({ n: n++, release });
    };
    for (let i = 0; i < 5; i++) await hit();

    const switchedAt = Date.now();
    switchCurrent(dir, SHA_B);
    let visibleAfter = -1;
    while (Date.now() - switchedAt < 3000) {
      await hit();
      const h = await request(`${base}/healthz`);
      if (h.body.toString() === `${SHA_B}\n` && visibleAfter < 0) visibleAfter = Date.now() - switchedAt;
      if (visibleAfter >= 0 && seen.filter((s) => s.release === SHA_B).length >= 5) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(visibleAfter >= 0 && visibleAfter <= 2000, `/healthz showed the new release after ${visibleAfter} ms`);
    assert.equal(seen.at(-1)!.release, SHA_B);
    assert.equal(lab.child!.pid, pid);
    assert.equal(lab.child!.exitCode, null, "lighttpd exited");

    // every response's content matches the release id logged for it
    const lines = await waitFor("all log lines of the swap", 6000, async () => {
      const mine = accessLog(lab).filter((r) => r.user_agent === tag);
      return mine.length >= seen.length ? mine : undefined;
    });
    for (const s of seen) {
      const line = lines.find((l) => l.query === `n=${s.n}`);
      assert.ok(line, `no log line for n=${s.n}`);
      assert.equal(line.release, s.release, `request n=${s.n}: body from ${s.release}, logged ${line.release}`);
    }
    const errorLog = fs.readFileSync(path.join(lab.opts.logDir, "error.log"), "utf8");
    assert.equal(errorLog.match(/server started/g)?.length, 1, "lighttpd was restarted or reloaded");
  });

  it("maps nothing into a release once current names none: no stale content, logged '-'", async () => {
    // Before, the script forgot only which release its path table was for, and "no release" (nil)
    // matched that: a path classified for the last release kept being served from it, logged "-".
    const dir = lab.opts.releaseRoot;
    const current = path.join(dir, "current");
    const active = fs.readlinkSync(current);
    const robots = siteFile("/robots.txt");
    const tag = crypto.randomUUID();
    assert.deepEqual((await request(`${base}/robots.txt`)).body, robots); // classified, remembered
    fs.renameSync(current, `${current}.away`);
    try {
      await new Promise((r) => setTimeout(r, 1200)); // the script re-reads current/healthz once a second
      const r = await request(`${base}/robots.txt`, { headers: { "User-Agent": tag } });
      assert.equal(r.status, 404);
      assert.ok(!r.body.equals(robots), "served the release current no longer names");
      assert.equal((await request(`${base}/healthz`)).status, 404);
      const line = await logLine(lab, (l) => l.user_agent === tag, "the request without an active release");
      assert.deepEqual([line.status, line.release, line.commit], [404, "-", "-"]);
    } finally {
      fs.renameSync(`${current}.away`, current);
    }
    assert.equal(fs.readlinkSync(current), active);
    await waitFor("the release to be active again", 3000, async () => ((await request(`${base}/robots.txt`)).status === 200 ? true : undefined));
  });
});

describe("lighttpd with the rendered config (TLS)", function () {
  let root: string;
  let lab: Lab;
  let pem: string;
  let httpBase: string;
  let httpsBase: string;

  before(async function () {
    requireHostTools({ lighttpd: "lighttpd", openssl: "openssl" }, { ...LIGHTTPD_MODULES, "mod_openssl.so": "lighttpd-mod-openssl" });
    root = fs.mkdtempSync(path.join(os.tmpdir(), "lighttpd-tls-"));
    const dir = path.join(root, "srv");
    copyRelease(dir, SHA_A);
    switchCurrent(dir, SHA_A);
    const pemFile = path.join(root, "site.pem");
    const key = path.join(root, "key.pem");
    const crt = path.join(root, "crt.pem");
    const gen = spawnSync(
      "openssl",
      ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key, "-out", crt,
        "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
      { encoding: "utf8" },
    );
    assert.equal(gen.status, 0, `openssl req failed: ${gen.stderr}`);
    // one PEM with certificate and key, as the Key Vault VM extension writes it
    fs.writeFileSync(pemFile, fs.readFileSync(crt, "utf8") + fs.readFileSync(key, "utf8"), { mode: 0o600 });
    pem = fs.readFileSync(crt, "utf8");
    const [port, tlsPort] = [await freePort(), await freePort()];
    lab = prepareLab(root, "tls", port, { tls: { port: tlsPort, pemFile } });
    httpBase = `http://127.0.0.1:${port}`;
    httpsBase = `https://127.0.0.1:${tlsPort}`;
    checkConfig(lab);
    await startLab(lab, `${httpsBase}/healthz`);
  });

  after(async () => {
    await stopLab(lab);
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it("passes lighttpd -tt without warnings", () => checkConfig(lab));

  it("serves HTTPS with HSTS and the security headers", async () => {
    const r = await request(`${httpsBase}/`, { ca: pem });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, siteFile("/"));
    assert.equal(r.headers["strict-transport-security"], HSTS_HEADER);
    assert.equal(r.headers["strict-transport-security"], "max-age=31536000");
    assertSecurityHeaders(r, "https /");
    const h = await request(`${httpsBase}/healthz`, { ca: pem });
    assert.equal(h.body.toString(), `${SHA_A}\n`);
  });

  it("redirects plain HTTP to HTTPS with 308, keeping path and query, except /healthz", async () => {
    const r = await request(`${httpBase}/docs/page.html?a=1&b=2`);
    assert.equal(r.status, 308);
    assert.equal(r.headers.location, `${httpsBase}/docs/page.html?a=1&b=2`);
    assert.equal(r.headers["strict-transport-security"], undefined, "HSTS over plain HTTP");
    assertSecurityHeaders(r, "redirect");
    const root = await request(`${httpBase}/`);
    assert.equal(root.status, 308);
    assert.equal(root.headers.location, `${httpsBase}/`);
    const health = await request(`${httpBase}/healthz`);
    assert.equal(health.status, 200);
    assert.equal(health.body.toString(), `${SHA_A}\n`);
    assert.equal(health.headers["strict-transport-security"], undefined);
    // HTTP/1.0 without Host cannot be redirected and gets nothing but a refusal
    assert.equal(await rawStatus(lab.opts.port, "GET / HTTP/1.0\r\n\r\n"), 403);
  });

  it("redirects a dot-file over plain HTTP like any path, without content, and denies it over HTTPS", async () => {
    // Since the magnet script denies dot-files (at the physical-path stage), the redirect answers
    // first on plain HTTP (the mod_access rule before gave 403 there); nothing is served either way.
    const plain = await request(`${httpBase}/.git/config`);
    assert.equal(plain.status, 308);
    assert.equal(plain.headers.location, `${httpsBase}/.git/config`);
    assert.equal(plain.body.length, 0);
    const denied = await request(`${httpsBase}/.git/config`, { ca: pem });
    assert.equal(denied.status, 403);
    assert.ok(!denied.body.toString().includes("bare = false"), "leaked content");
    assertSecurityHeaders(denied, "403 over HTTPS");
    assert.equal(denied.headers["strict-transport-security"], HSTS_HEADER);
  });

  function handshake(options: tls.ConnectionOptions): Promise<{ protocol: string | null; cipher: string } | Error> {
    return new Promise((resolve) => {
      const s = tls.connect({ host: "127.0.0.1", port: lab.opts.tls!.port, servername: "localhost", ca: pem, ...options }, () => {
        const result = { protocol: s.getProtocol(), cipher: s.getCipher().name };
        s.end();
        resolve(result);
      });
      s.on("error", (err) => resolve(err));
    });
  }

  it("accepts TLS 1.2 with ECDHE-AEAD and TLS 1.3", async () => {
    const t13 = await handshake({});
    assert.ok(!(t13 instanceof Error), String(t13));
    assert.equal(t13.protocol, "TLSv1.3");
    const t12 = await handshake({ maxVersion: "TLSv1.2" });
    assert.ok(!(t12 instanceof Error), String(t12));
    assert.equal(t12.protocol, "TLSv1.2");
    assert.match(t12.cipher, /^ECDHE-(ECDSA|RSA)-(AES(128|256)-GCM-SHA(256|384)|CHACHA20-POLY1305)$/);
  });

  it("refuses TLS 1.1 and TLS 1.2 without forward secrecy", async () => {
    const t11 = await handshake({ minVersion: "TLSv1", maxVersion: "TLSv1.1", ciphers: "DEFAULT@SECLEVEL=0" });
    assert.ok(t11 instanceof Error, "a TLS 1.1 handshake succeeded");
    // the server's alert, not a client-side refusal to try
    assert.match(t11.message, /alert protocol version|tlsv1 alert|unsupported protocol/i);
    assert.doesNotMatch(t11.message, /no protocols available/i, "the local OpenSSL could not offer TLS 1.1");
    const rsaKx = await handshake({ maxVersion: "TLSv1.2", ciphers: "AES128-GCM-SHA256:AES128-SHA" });
    assert.ok(rsaKx instanceof Error, "a static-RSA handshake succeeded");
    assert.match(rsaKx.message, /handshake failure/i);
  });
});
