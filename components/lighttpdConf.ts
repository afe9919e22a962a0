/**
 * Pure renderers for the web tier's Lighttpd configuration: `lighttpd.conf` and the small mod_magnet
 * (Lua) script it loads. No Pulumi, no I/O: the same output is written by cloud-init on hosts and by
 * the local lab, and is exercised against a real lighttpd in `test/lighttpd-conf.test.ts`.
 *
 * Target: lighttpd 1.4.69 (Debian 12) and later, with the Debian/Ubuntu packages `lighttpd`,
 * `lighttpd-mod-deflate`, `lighttpd-modules-lua` and, when TLS is on, `lighttpd-mod-openssl`
 * (see {@link requiredLighttpdPackages}).
 *
 * ## How a request is tied to a release (the access log's release id)
 * Releases live in `DIR/releases/<sha256>/`; `DIR/current` is a symlink the host tool switches by
 * rename, with no lighttpd reload; the tool writes `healthz` (`<sha256>\n`) at the top of each release.
 * Options considered in lighttpd 1.4.69:
 * - a piped logger (`accesslog.filename = "|..."`) that looks up `current` when it writes a line:
 *   the line is written after the response, so around a swap it names the wrong release; rejected.
 * - mod_magnet reading the link target: 1.4.69's `lighty.c` has `stat` and `readdir` but no
 *   `readlink`, and `stat` follows the link through the stat cache (about 1 s stale).
 * - chosen: mod_magnet, once per request at the physical-path stage, reads the active release from
 *   `DIR/current/healthz` (at most once per second per process; the value is kept in the script's
 *   Lua state), stores the id in the request environment (`RELEASE_ID`, logged with
 *   `%{RELEASE_ID}e`) and maps the physical path from `DIR/current/...` to `DIR/releases/<id>/...`.
 *   The content served, `/healthz` and the logged id therefore always come from the same release,
 *   even while `current` is being switched; a swap is visible within about a second (like the stat
 *   cache's), and mod_deflate's cache (keyed by physical path) can never serve one release's bytes
 *   for another. mod_magnet runs the whole chunk on every request, so the script keeps its code,
 *   constants and state in package.loaded and remembers, per release, what each physical path is
 *   (denied, mapped path, miss and 404 page, Cache-Control class, Vary candidate), forgotten when the
 *   id is re-read.
 *   Cost (`npm run bench -- --only serving`, docs/BENCHMARKS.md, where the figures of the last run
 *   are): every run of the script costs a Lua call plus each call from Lua into lighttpd. Measured
 *   side by side, the first version (tables and closures rebuilt, the path stat()ed on every request)
 *   cost 1.3 to 1.5× the CPU time per request of the next; that one ran at two stages (raw URL: read
 *   the id; physical path: the rest), which cost 1.5 to 2.3 µs per request more than this one stage.
 *   Reading `healthz` on every request (no cache) roughly halved the throughput. A static site on a
 *   VM is network-bound long before any of this. Requests that lighttpd rejects while parsing (400,
 *   413, 431), `OPTIONS *` (no path, so no physical-path stage), and with TLS on the redirects of
 *   plain HTTP (308, also for dot-files: the HTTPS request they lead to gets the 403) are answered
 *   before this stage and are logged with release `-` (the parsing errors also carry no security
 *   headers: they have no body from the site).
 *
 * The same script denies dot-files outside `/.well-known/` (403; mod_access would answer before the
 * release is known, so the 403 would log release `-`), enforces GET/HEAD (405 with `Allow`), answers misses (404 with the release's
 * `404.html`), and sets the per-class `Cache-Control` because it knows whether the mapped path is a
 * regular file: a 404 for a fingerprinted name must not be cached for a year (during a rolling upgrade
 * a host still on the old release would otherwise poison caches). It also sends `Vary:
 * Accept-Encoding` on identity responses of compressible files, which mod_deflate only adds when the
 * request offers an encoding (and setting it earlier would disable mod_deflate's cache).
 */

/** TLS listener settings. */
export interface LighttpdTlsOptions {
  /** TCP port of the HTTPS listener (on the same bind address as HTTP); must differ from `port`. */
  readonly port: number;
  /**
   * Absolute path of one PEM file holding the certificate chain and its private key, as the Azure
   * Key Vault VM extension writes it. Read by lighttpd as root at start-up, before it drops privileges.
   */
  readonly pemFile: string;
}

/** Everything `renderLighttpdConf` needs; hosts and the lab differ only in these values. */
export interface LighttpdConfOptions {
  /** TCP port of the HTTP listener (80 on hosts, a free port in the lab). */
  readonly port: number;
  /** IPv4 address to bind: `"0.0.0.0"` on hosts, `"127.0.0.1"` in the lab. */
  readonly bindAddress: string;
  /** Release root DIR of the host release tool; the document root is `DIR/current`. */
  readonly releaseRoot: string;
  /** Directory for `access.log` and `error.log` (writable by the server user). */
  readonly logDir: string;
  /** mod_deflate's cache directory (`deflate.cache-dir`, writable by the server user). */
  readonly cacheDir: string;
  /** Directory for the pid file (writable by the server user). */
  readonly runDir: string;
  /**
   * Absolute path where the caller stores {@link renderReleaseIdScript}'s output; loaded by mod_magnet.
   * @default "/etc/lighttpd/release-id.lua" ({@link DEFAULT_RELEASE_ID_SCRIPT})
   */
  readonly releaseIdScript?: string;
  /**
   * Unprivileged user lighttpd switches to after binding its ports; set together with `group`.
   * @default not set: lighttpd keeps the user it was started as (the lab runs unprivileged)
   */
  readonly user?: string;
  /**
   * Group lighttpd switches to; set together with `user`.
   * @default not set (see `user`)
   */
  readonly group?: string;
  /**
   * Directory holding lighttpd's loadable modules (`server.module-dir`).
   * @default not set: lighttpd's compiled-in directory (`/usr/lib/lighttpd` on Debian and Ubuntu)
   */
  readonly moduleDir?: string;
  /**
   * HTTPS listener. When set, plain HTTP answers only `/healthz` (for the load balancer's probe) and
   * redirects everything else to HTTPS with 308; HTTPS responses carry HSTS.
   * @default not set: HTTP only, no HSTS, no redirect
   */
  readonly tls?: LighttpdTlsOptions;
}

/** Where cloud-init stores the mod_magnet script; the default of `releaseIdScript`. */
export const DEFAULT_RELEASE_ID_SCRIPT = "/etc/lighttpd/release-id.lua";

/** The Debian/Ubuntu package layout used on hosts (the lab substitutes its own directories). */
export const HOST_LIGHTTPD_DEFAULTS = {
  port: 80,
  bindAddress: "0.0.0.0",
  releaseRoot: "/srv/lighttpd",
  logDir: "/var/log/lighttpd",
  cacheDir: "/var/cache/lighttpd/compress",
  runDir: "/run/lighttpd",
  releaseIdScript: DEFAULT_RELEASE_ID_SCRIPT,
  user: "www-data",
  group: "www-data",
} as const satisfies LighttpdConfOptions;

/** Request limits and timeouts rendered into the config (exported so tests probe the same numbers). */
export const LIGHTTPD_LIMITS = {
  /** `server.max-request-size`, KiB: the largest request body accepted (the site takes none). */
  maxRequestBodyKiB: 16,
  /** `server.max-request-field-size`, bytes: the largest request header block. */
  maxRequestHeaderBytes: 8192,
  /** `server.max-read-idle`, seconds a connection may stay silent while a request is read. */
  readIdleSeconds: 30,
  /** `server.max-write-idle`, seconds a response write may stall. */
  writeIdleSeconds: 120,
  /** `server.max-keep-alive-idle`, seconds an idle keep-alive connection is kept. */
  keepAliveIdleSeconds: 5,
  /** `server.max-keep-alive-requests` per connection. */
  keepAliveRequests: 100,
} as const;

/** The `Cache-Control` values, by class of response. */
export const CACHE_CONTROL = {
  /** Fingerprinted assets (see {@link FINGERPRINTED_ASSET}). */
  immutable: "public, max-age=31536000, immutable",
  /** HTML, non-fingerprinted files, directories and every error response: revalidate each time. */
  revalidate: "no-cache",
  /** `/healthz` and 405 responses. */
  none: "no-store",
} as const;

/**
 * A fingerprinted file name: a dot, at least 8 lower-case hex digits, a dot and an extension at the
 * end of the path (`/assets/app.3f9a1c2b.js`). Mirrored by a Lua pattern in the magnet script.
 */
export const FINGERPRINTED_ASSET = /\.[0-9a-f]{8,}\.[A-Za-z0-9]+$/;

/** Response headers sent on every response that reaches the request pipeline. */
export const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
} as const;

/** `Strict-Transport-Security`, sent on HTTPS responses only (no includeSubDomains: the zone is not ours to decide). */
export const HSTS_HEADER = "max-age=31536000";

/** Name of the request-environment variable carrying the release id (logged with `%{RELEASE_ID}e`). */
export const RELEASE_ID_ENV = "RELEASE_ID";
/**
 * Request environment variable holding the commit recorded in the active release's manifest
 * (`.release/manifest.json`, written by the packer), `-` when it records none.
 */
export const COMMIT_ID_ENV = "COMMIT_ID";

/**
 * The access-log format: one JSON object per line (`accesslog.escaping = "json"` escapes quotes,
 * backslashes and control characters in request-supplied values), fields in this order. Numbers are
 * JSON numbers; absent strings are `"-"` (lighttpd's convention). `time` is the request's start in
 * the server's local zone with a numeric offset (hosts run in UTC); `bytes` counts response body bytes
 * as sent (compressed when compressed); `release` is the sha256 of the release that served the request
 * or `"-"` (no active release, or the request was rejected while being parsed).
 */
export const ACCESS_LOG_FIELDS = [
  { name: "time", spec: "%{%Y-%m-%dT%H:%M:%S%z}t", type: "string" },
  { name: "client", spec: "%h", type: "string" },
  { name: "method", spec: "%m", type: "string" },
  { name: "uri", spec: "%U", type: "string" },
  { name: "query", spec: "%q", type: "string" },
  { name: "protocol", spec: "%H", type: "string" },
  { name: "host", spec: "%V", type: "string" },
  { name: "status", spec: "%s", type: "number" },
  { name: "bytes", spec: "%b", type: "number" },
  { name: "duration_us", spec: "%D", type: "number" },
  { name: "referer", spec: "%{Referer}i", type: "string" },
  { name: "user_agent", spec: "%{User-Agent}i", type: "string" },
  { name: "release", spec: `%{${RELEASE_ID_ENV}}e`, type: "string" },
  { name: "commit", spec: `%{${COMMIT_ID_ENV}}e`, type: "string" },
] as const;

/** One parsed access-log line. */
export type AccessLogRecord = {
  [F in (typeof ACCESS_LOG_FIELDS)[number] as F["name"]]: F["type"] extends "number" ? number : string;
};

/** The exact `accesslog.format` value (before lighttpd-config string escaping). */
export const ACCESS_LOG_FORMAT =
  "{" +
  ACCESS_LOG_FIELDS.map((f) => (f.type === "number" ? `"${f.name}":${f.spec}` : `"${f.name}":"${f.spec}"`)).join(",") +
  "}";

/** Parses one access-log line written with {@link ACCESS_LOG_FORMAT}; throws on anything else. */
export function parseAccessLogLine(line: string): AccessLogRecord {
  const value: unknown = JSON.parse(line);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`access-log line is not a JSON object: ${line}`);
  }
  const record = value as Record<string, unknown>;
  const names = Object.keys(record);
  const expected = ACCESS_LOG_FIELDS.map((f) => f.name);
  if (names.join(",") !== expected.join(",")) {
    throw new Error(`access-log fields are [${names.join(", ")}]; expected [${expected.join(", ")}]`);
  }
  for (const f of ACCESS_LOG_FIELDS) {
    if (typeof record[f.name] !== f.type) {
      throw new Error(`access-log field '${f.name}' is ${typeof record[f.name]}; expected ${f.type}`);
    }
  }
  return record as AccessLogRecord;
}

/** Media types served, by extension (rendered explicitly; Debian's generated table is not used). */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  // RFC 9239: text/javascript is the JavaScript media type (application/javascript is obsolete), and
  // lighttpd 1.4.69's mod_deflate rewrites "application/javascript" in deflate.mimetypes to it, so a
  // bundle served as application/javascript would never be compressed
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/vnd.microsoft.icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
  ".gz": "application/gzip",
  ".tar": "application/x-tar",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".mp3": "audio/mpeg",
  // anything else (no or unknown extension) is opaque; nosniff keeps browsers from guessing
  "": "application/octet-stream",
};

/**
 * Media-type prefixes mod_deflate compresses (html, css, js, json, svg, txt, xml and kin). Already
 * compressed formats (images, fonts, archives) are left alone.
 */
export const COMPRESSIBLE_TYPES = [
  "text/",
  "application/json",
  "application/manifest+json",
  "application/xml",
  "image/svg+xml",
  "application/wasm",
] as const;

/** File extensions whose media type mod_deflate compresses (from MIME_TYPES and COMPRESSIBLE_TYPES). */
export function compressibleExtensions(): string[] {
  return Object.entries(MIME_TYPES)
    .filter(([ext, type]) => ext !== "" && COMPRESSIBLE_TYPES.some((prefix) => type.startsWith(prefix)))
    .map(([ext]) => ext.slice(1));
}

/** Encodings offered, in server preference order (lighttpd 1.4.69's Debian build has brotli). */
export const COMPRESSION_ENCODINGS = ["br", "gzip"] as const;

/** Debian/Ubuntu packages providing the modules a config rendered from `o` loads. */
export function requiredLighttpdPackages(o: Pick<LighttpdConfOptions, "tls">): string[] {
  const packages = ["lighttpd", "lighttpd-mod-deflate", "lighttpd-modules-lua"];
  if (o.tls) packages.push("lighttpd-mod-openssl");
  return packages;
}

/** The modules a config rendered from `o` loads, in hook order. */
export function lighttpdModules(o: Pick<LighttpdConfOptions, "tls">): string[] {
  // Order matters where hooks share a stage: mod_setenv before mod_access and mod_redirect (TLS only:
  // plain HTTP is redirected, an unknown Host refused), because it captures the response headers in its
  // URI hook and a module that answers earlier in that stage (403, 308) would otherwise send a response
  // without the security headers. Those answers come before the physical-path stage, so they log
  // release "-": they serve nothing from a release. mod_magnet's one hook is the physical-path stage.
  const modules = ["mod_magnet", "mod_setenv"];
  if (o.tls) modules.push("mod_access", "mod_redirect");
  modules.push("mod_deflate", "mod_indexfile", "mod_staticfile");
  if (o.tls) modules.push("mod_openssl");
  modules.push("mod_accesslog");
  return modules;
}

// ---------------------------------------------------------------------------------------------------
// validation

const SAFE_PATH = /^\/(?:[A-Za-z0-9._@+-]+\/)*[A-Za-z0-9._@+-]+$/;
const SAFE_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function checkPort(problems: string[], name: string, value: unknown): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 65535) {
    problems.push(`'${name}' must be an integer from 1 to 65535; got ${JSON.stringify(value)}`);
  }
}

function checkPath(problems: string[], name: string, value: unknown): void {
  if (typeof value !== "string" || !SAFE_PATH.test(value) || value.split("/").some((s) => s === "." || s === "..")) {
    problems.push(
      `'${name}' must be an absolute path without a trailing slash, '.' or '..' segments, ` +
        `of letters, digits and . _ @ + -; got ${JSON.stringify(value)}`,
    );
  }
}

/** Validates `o`; throws one Error listing every problem, each naming its option. */
export function validateLighttpdConfOptions(o: LighttpdConfOptions): void {
  const problems: string[] = [];
  checkPort(problems, "port", o.port);
  if (typeof o.bindAddress !== "string" || !IPV4.test(o.bindAddress)) {
    problems.push(`'bindAddress' must be an IPv4 address such as "0.0.0.0" or "127.0.0.1"; got ${JSON.stringify(o.bindAddress)}`);
  }
  checkPath(problems, "releaseRoot", o.releaseRoot);
  checkPath(problems, "logDir", o.logDir);
  checkPath(problems, "cacheDir", o.cacheDir);
  checkPath(problems, "runDir", o.runDir);
  if (o.releaseIdScript !== undefined) checkPath(problems, "releaseIdScript", o.releaseIdScript);
  if (o.moduleDir !== undefined) checkPath(problems, "moduleDir", o.moduleDir);
  for (const key of ["cacheDir", "logDir", "runDir"] as const) {
    const v = o[key];
    if (typeof o.releaseRoot !== "string" || typeof v !== "string") continue;
    if (["current", "releases"].some((d) => (v + "/").startsWith(`${o.releaseRoot}/${d}/`))) {
      problems.push(`'${key}' must be outside the releases ('releaseRoot'/current and /releases hold served content); got ${JSON.stringify(v)}`);
    }
  }
  if ((o.user === undefined) !== (o.group === undefined)) {
    problems.push(`'user' and 'group' must be set together; got user ${JSON.stringify(o.user)}, group ${JSON.stringify(o.group)}`);
  }
  for (const key of ["user", "group"] as const) {
    const v = o[key];
    if (v !== undefined && (typeof v !== "string" || !SAFE_NAME.test(v) || v === "root")) {
      problems.push(`'${key}' must be an unprivileged system account name (not root); got ${JSON.stringify(v)}`);
    }
  }
  if (o.tls !== undefined) {
    if (typeof o.tls !== "object" || o.tls === null) {
      problems.push(`'tls' must be an object { port, pemFile } or left unset; got ${JSON.stringify(o.tls)}`);
    } else {
      checkPort(problems, "tls.port", o.tls.port);
      checkPath(problems, "tls.pemFile", o.tls.pemFile);
      if (o.tls.port === o.port) problems.push(`'tls.port' must differ from 'port'; both are ${o.port}`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`invalid lighttpd options:\n- ${problems.join("\n- ")}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// rendering helpers

/** A lighttpd config string literal (lighttpd unescapes `\"` and `\\` only). */
function q(value: string): string {
  if (/[\r\n]/.test(value)) throw new Error(`lighttpd config strings cannot hold newlines: ${JSON.stringify(value)}`);
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function list(values: readonly string[], indent = "  "): string {
  return `(\n${values.map((v) => `${indent}${q(v)},`).join("\n")}\n)`;
}

function hash(entries: Readonly<Record<string, string | number>>, indent = "  "): string {
  const body = Object.entries(entries)
    .map(([k, v]) => `${indent}${q(k)} => ${typeof v === "number" ? String(v) : q(v)},`)
    .join("\n");
  return `(\n${body}\n)`;
}

/** TLS 1.2 cipher suites (Mozilla "intermediate", ECDHE only); TLS 1.3 suites are OpenSSL's defaults. */
export const TLS12_CIPHERS =
  "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:" +
  "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

/**
 * Renders `lighttpd.conf`. Self-contained: no `include` of Debian's conf-enabled snippets, every
 * module and media type explicit, `server.compat-module-load` off (so mod_dirlisting is never loaded).
 */
export function renderLighttpdConf(o: LighttpdConfOptions): string {
  validateLighttpdConfOptions(o);
  const docRoot = `${o.releaseRoot}/current`;
  const script = o.releaseIdScript ?? DEFAULT_RELEASE_ID_SCRIPT;
  const L = LIGHTTPD_LIMITS;
  const out: string[] = [];
  const add = (...lines: string[]) => out.push(...lines);

  add(
    "# lighttpd.conf rendered by components/lighttpdConf.ts: do not edit on the host.",
    "# Self-contained on purpose (no Debian conf-enabled includes): the lab runs this same file.",
    "",
    "## modules: explicit, in hook order; nothing is loaded implicitly (no mod_dirlisting)",
    `server.compat-module-load = "disable"`,
    `server.modules = ${list(lighttpdModules(o))}`,
  );
  if (o.moduleDir !== undefined) add(`server.module-dir = ${q(o.moduleDir)}`);

  add(
    "",
    "## listener, identity, files",
    `server.bind = ${q(o.bindAddress)}`,
    `server.port = ${o.port}`,
  );
  if (o.user !== undefined && o.group !== undefined) {
    add(`server.username = ${q(o.user)}`, `server.groupname = ${q(o.group)}`);
  }
  add(
    `server.pid-file = ${q(`${o.runDir}/lighttpd.pid`)}`,
    `server.errorlog = ${q(`${o.logDir}/error.log`)}`,
    "# the document root is the release tool's symlink; the magnet script maps each request to the",
    "# release it resolved (DIR/releases/<sha256>), so the link must be followed and stat()s are cached ~1 s",
    `server.document-root = ${q(docRoot)}`,
    `server.follow-symlink = "enable"`,
    `server.stat-cache-engine = "simple"`,
    `index-file.names = ${list(["index.html"])}`,
    "# error bodies come from the active release when it has <status>.html (404s are answered by the magnet script)",
    `server.errorfile-prefix = ${q(`${docRoot}/`)}`,
    "# ETags from mtime and size only, so every host behind the load balancer sends the same ETag",
    `etag.use-inode = "disable"`,
    `static-file.exclude-extensions = ()`,
    "# no version (nor product) in a Server header",
    `server.tag = ""`,
  );

  add(
    "",
    "## limits and timeouts",
    `server.max-request-size = ${L.maxRequestBodyKiB}`,
    `server.max-request-field-size = ${L.maxRequestHeaderBytes}`,
    `server.max-read-idle = ${L.readIdleSeconds}`,
    `server.max-write-idle = ${L.writeIdleSeconds}`,
    `server.max-keep-alive-idle = ${L.keepAliveIdleSeconds}`,
    `server.max-keep-alive-requests = ${L.keepAliveRequests}`,
    `server.http-parseopts = ${hash({
      "header-strict": "enable",
      "host-strict": "enable",
      "host-normalize": "enable",
      "url-normalize-unreserved": "enable",
      "url-normalize-required": "enable",
      "url-ctrls-reject": "enable",
      "url-path-2f-decode": "enable",
      "url-path-dotseg-remove": "enable",
    })}`,
    `server.feature-flags = ${hash({
      "server.h2proto": o.tls ? "enable" : "disable",
      "server.h2c": "disable",
      "server.graceful-shutdown-timeout": 5,
    })}`,
  );

  add(
    "",
    "## media types (explicit; unknown extensions are application/octet-stream, and nosniff is on)",
    `mimetype.assign = ${hash(MIME_TYPES)}`,
    `mimetype.use-xattr = "disable"`,
  );

  add(
    "",
    "## release pinning, dot-files denied (403) outside /.well-known/, GET/HEAD only (405 + Allow),",
    "## Cache-Control by class: see the comment in components/lighttpdConf.ts; one run per request",
    `magnet.attract-physical-path-to = ${list([script])}`,
    "",
    "## /healthz: the active release id as text/plain, never cached (the file is written by lighttpd-release)",
    `$HTTP["url"] == "/healthz" {`,
    `  mimetype.assign = ("" => "text/plain; charset=utf-8")`,
    `}`,
  );

  add(
    "",
    "## security headers on every response the pipeline produces",
    `setenv.set-response-header = ${hash(SECURITY_HEADERS)}`,
  );

  add(
    "",
    "## compression: br/gzip of text types, each compressed once into the cache (keyed by the",
    "## release-mapped physical path and ETag) and served from there; mod_deflate adds Vary: Accept-Encoding",
    `deflate.mimetypes = ${list(COMPRESSIBLE_TYPES)}`,
    `deflate.allowed-encodings = ${list(COMPRESSION_ENCODINGS)}`,
    `deflate.cache-dir = ${q(o.cacheDir)}`,
    `deflate.min-compress-size = 256`,
    `deflate.max-compress-size = 16384`,
    `deflate.compression-level = 9`,
    `deflate.params = ("BROTLI_PARAM_QUALITY" => 11)`,
  );

  add(
    "",
    "## access log: JSON lines, fields as ACCESS_LOG_FIELDS in components/lighttpdConf.ts",
    `accesslog.filename = ${q(`${o.logDir}/access.log`)}`,
    `accesslog.escaping = "json"`,
    `accesslog.format = ${q(ACCESS_LOG_FORMAT)}`,
  );

  if (o.tls) {
    const portSuffix = o.tls.port === 443 ? "" : `:${o.tls.port}`;
    add(
      "",
      "## TLS (mod_openssl): TLS 1.2+, ECDHE AEAD suites, one PEM with chain and key",
      `$SERVER["socket"] == ${q(`${o.bindAddress}:${o.tls.port}`)} {`,
      `  ssl.engine = "enable"`,
      `  ssl.pemfile = ${q(o.tls.pemFile)}`,
      `  ssl.openssl.ssl-conf-cmd = ${hash(
        { MinProtocol: "TLSv1.2", CipherString: TLS12_CIPHERS, Options: "ServerPreference" },
        "    ",
      ).replace(/\)$/, "  )")}`,
      `}`,
      `$HTTP["scheme"] == "https" {`,
      `  setenv.add-response-header = ("Strict-Transport-Security" => ${q(HSTS_HEADER)})`,
      `}`,
      "## plain HTTP: only /healthz (the load balancer probes it over HTTP); everything else -> HTTPS",
      `$HTTP["scheme"] == "http" {`,
      `  $HTTP["url"] != "/healthz" {`,
      `    $HTTP["host"] =~ "^(\\[[0-9A-Fa-f:.]+\\]|[^:]+)(?::[0-9]+)?$" {`,
      `      url.redirect = ("" => ${q(`https://%1${portSuffix}\${url.path}\${qsa}`)})`,
      `      url.redirect-code = 308`,
      `    }`,
      `    else {`,
      `      url.access-deny = ("")`,
      `    }`,
      `  }`,
      `}`,
    );
  }
  add("");
  return out.join("\n");
}

/**
 * Renders the mod_magnet script the config loads from `releaseIdScript` (Lua 5.4, lighttpd 1.4.69 API).
 * Only `releaseRoot` is used.
 */
export function renderReleaseIdScript(o: Pick<LighttpdConfOptions, "releaseRoot">): string {
  const problems: string[] = [];
  checkPath(problems, "releaseRoot", o.releaseRoot);
  if (problems.length > 0) throw new Error(`invalid lighttpd options:\n- ${problems.join("\n- ")}`);
  // releaseRoot holds only [A-Za-z0-9._@+/-] (validated), so a double-quoted Lua string needs no escapes
  const lua = `-- release-id.lua rendered by components/lighttpdConf.ts: do not edit on the host.
-- mod_magnet runs it once per request, at the physical-path stage (lighttpd 1.4.69 API): it reads the
-- active release id from current/healthz (at most once a second) into the request environment
-- (${RELEASE_ID_ENV}, logged as %{${RELEASE_ID_ENV}}e) with the commit its manifest records (${COMMIT_ID_ENV},
-- logged as %{${COMMIT_ID_ENV}}e); denies dot-files outside /.well-known/ (403); refuses methods other
-- than GET/HEAD (405 + Allow); maps DIR/current/... to DIR/releases/<id>/..., so the bytes served and
-- the id logged come from the same release even while current is being switched; answers misses with
-- the release's 404.html; sets Cache-Control and, where mod_deflate will not, Vary.
-- Speed: mod_magnet runs this whole chunk for every request, so it only looks up (or builds once) the
-- module table M in package.loaded, which lives as long as the script's Lua state; everything else is
-- defined once, inside M. Per request M.run makes as few calls into lighttpd as it can (nine for a
-- cached hit), and what a physical path is (denied, miss, 404 page, Cache-Control, Vary candidate) is
-- remembered per release, dropped
-- whenever the active release is re-read (at most once per second, like lighttpd's stat cache). The
-- key names this version of the script: mod_magnet reloads a changed file into the same Lua state.
local KEY = "lighttpd_release_id.@VERSION@"
local M = package.loaded[KEY]
if M == nil then
local ROOT = "${o.releaseRoot}"
local CURRENT = ROOT .. "/current"
local CURRENT_LEN = #CURRENT
local RELEASES = ROOT .. "/releases/"
local COMPRESSIBLE = { ${compressibleExtensions().map((e) => `["${e}"] = true`).join(", ")} }
local CC_IMMUTABLE, CC_REVALIDATE, CC_NONE = "${CACHE_CONTROL.immutable}", "${CACHE_CONTROL.revalidate}", "${CACHE_CONTROL.none}"
local MAX_PATHS, MAX_ENCODINGS = 4096, 256
local open, find, match, byte, sub, gmatch, lower = io.open, string.find, string.match, string.byte, string.sub, string.gmatch, string.lower
local SLASH = byte("/")

-- at: the second the id was read; id/commit: the active release and its commit;
-- paths: physical path (as lighttpd built it, under current/) -> what it is, for release paths_id
-- (nil: no active release; false: none, the table is stale);
-- encodings: Accept-Encoding value -> whether it offers br or gzip
local state = { at = -1, id = nil, commit = "-", commit_of = nil, paths = {}, npaths = 0, paths_id = nil, encodings = {}, nencodings = 0 }

local function read_release()
  local f = open(CURRENT .. "/healthz", "rb")
  if not f then return nil end
  local id = f:read(64)
  f:close()
  if id and #id == 64 and not find(id, "[^0-9a-f]") then return id end
  return nil
end

-- The commit the packer recorded in a release's manifest; read once per release, read from
-- releases/<id>/ (never through current), so it always belongs to that id.
local function read_commit(id)
  local f = open(RELEASES .. id .. "/.release/manifest.json", "rb")
  if not f then return "-" end
  local text = f:read(4096) or ""
  f:close()
  return match(text, '"commit"%s*:%s*"([0-9A-Za-z._:/+-]+)"') or "-"
end

local function offers_deflate(ae)
  for item in gmatch(ae, "[^,]+") do
    local token = match(item, "^%s*([^%s;]+)")
    if token == "br" or token == "gzip" or token == "x-gzip" then return true end
  end
  return false
end

-- Vary: mod_deflate adds "Vary: Accept-Encoding" itself when the request offers br or gzip (and must
-- find none already set, or it bypasses its cache); for the identity response of a compressible file
-- to a request that offers neither (or a HEAD, which mod_deflate skips), a cache must learn it here.
local function deflate_negotiates(r, method)
  if method == "HEAD" then return false end
  local ae = r.req_header["Accept-Encoding"]
  if ae == nil then return false end
  local v = state.encodings[ae]
  if v == nil then
    v = offers_deflate(ae)
    if state.nencodings >= MAX_ENCODINGS then state.encodings, state.nencodings = {}, 0 end
    state.encodings[ae] = v
    state.nencodings = state.nencodings + 1
  end
  return v
end

-- Dot-files are denied (403), except the contents of /.well-known/, which may not hide dot-files
-- either. uri.path is decoded and normalised (%2e is ".", dot segments removed) by this stage.
local function denied(uri)
  if not find(uri, "/.", 1, true) then return false end
  return not (sub(uri, 1, 13) == "/.well-known/" and not find(uri, "/.", 13, true))
end

-- Remembers what physical path \`path\` is for release \`id\`; the table is emptied when the release
-- changes or it holds MAX_PATHS entries.
local function remember(path, e, id)
  if state.paths_id ~= id or state.npaths >= MAX_PATHS then
    state.paths, state.npaths, state.paths_id = {}, 0, id
  end
  state.paths[path] = e
  state.npaths = state.npaths + 1
end

-- What the physical path \`path\` is in release \`id\`: where it maps to, whether it exists, the
-- Cache-Control class, whether it is a Vary candidate. Releases never change once activated.
local function classify(lighty, attr, path, id)
  local e = { path = path, base = nil }
  if denied(attr["uri.path"]) then
    e.deny = true
    remember(path, e, id)
    return e
  end
  if id ~= nil and id ~= "-" and find(path, CURRENT, 1, true) == 1
      and (#path == CURRENT_LEN or byte(path, CURRENT_LEN + 1) == SLASH) then
    e.base = RELEASES .. id
    e.path = e.base .. sub(path, CURRENT_LEN + 1)
  end
  local st = lighty.c.stat(e.path)
  if st == nil then
    -- A miss is answered here, with the release's 404.html: lighttpd's own error documents drop the
    -- headers set by this script, and a 404 without Cache-Control may be cached heuristically (a
    -- rolling upgrade asks hosts still on the old release for new fingerprinted names).
    local page = (e.base or attr["physical.doc-root"]) .. "/404.html"
    e.miss = true
    e.page = lighty.c.stat(page) and page or false
  else
    -- Cache-Control by class: fingerprinted files for a year, /healthz never, the rest revalidates
    -- (directories too: index.html follows).
    e.miss = false
    e.cc = CC_REVALIDATE
    if st.is_file then
      local uri = attr["uri.path"]
      if uri == "/healthz" then
        e.cc = CC_NONE
      else
        local hex = match(uri, "%.([0-9a-f]+)%.[%w]+$")
        if hex and #hex >= 8 then e.cc = CC_IMMUTABLE end
      end
    end
    local ext = match(e.path, "%.(%w+)$")
    e.vary = (st.is_dir or (ext and COMPRESSIBLE[lower(ext)])) and true or false
  end
  remember(path, e, id)
  return e
end

M = {}
function M.run(lighty)
  local r = lighty.r
  local attr = r.req_attr

  -- the active release: re-read at most once a second (this request logs it and is served from it)
  local now = lighty.c.time()
  if state.at ~= now then
    state.id = read_release()
    state.at = now
    -- false, not nil: nil is the id while no release is active, and then the table of the last
    -- release would pass for its own (requests kept being mapped into a release current left)
    state.paths_id = false
    if state.id ~= nil and state.commit_of ~= state.id then
      state.commit = read_commit(state.id)
      state.commit_of = state.id
    end
  end
  local id = state.id
  local env = r.req_env
  env["${RELEASE_ID_ENV}"] = id or "-"
  env["${COMMIT_ID_ENV}"] = id and state.commit or "-"

  local path = attr["physical.path"]
  local e = (state.paths_id == id and state.paths[path]) or classify(lighty, attr, path, id)
  if e.deny then return 403 end

  local method = attr["request.method"]
  if method ~= "GET" and method ~= "HEAD" then
    r.resp_header["Allow"] = "GET, HEAD"
    r.resp_header["Cache-Control"] = CC_NONE
    r.resp_header["Content-Type"] = "text/plain; charset=utf-8"
    r.resp_body.set({ "405 Method Not Allowed\\n" })
    return 405
  end
  -- only the physical path changes: with server.follow-symlink on, nothing this config loads reads
  -- physical.doc-root or physical.basedir after this stage (mod_indexfile appends to the path)
  if e.base then attr["physical.path"] = e.path end

  if e.miss then
    r.resp_header["Cache-Control"] = CC_REVALIDATE
    if e.page then
      r.resp_header["Content-Type"] = "text/html; charset=utf-8"
      r.resp_body.set({ { filename = e.page } })
    else
      r.resp_header["Content-Type"] = "text/plain; charset=utf-8"
      r.resp_body.set({ "404 Not Found\\n" })
    end
    return 404
  end

  r.resp_header["Cache-Control"] = e.cc
  if e.vary and not deflate_negotiates(r, method) then
    r.resp_header["Vary"] = "Accept-Encoding"
  end
  return 0
end
package.loaded[KEY] = M
end

return M.run(lighty)
`;
  return lua.replace("@VERSION@", fnv1a32(lua));
}

/** FNV-1a (32 bit) of a string's UTF-16 code units, as 8 hex digits: a version tag, not a security hash. */
function fnv1a32(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
