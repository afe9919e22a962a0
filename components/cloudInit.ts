/**
 * Pure renderer of the web tier's cloud-init user data (`#cloud-config`), built as a data structure and
 * serialised with the `yaml` library (YAML 1.1, the dialect of cloud-init's PyYAML), never by string
 * concatenation. No Pulumi, no I/O: `test/cloud-init.test.ts` runs `cloud-init schema` on the output.
 *
 * Only documented cloud-config modules are used (cc_package_update_upgrade_install, cc_set_passwords,
 * cc_ssh, cc_users_groups, cc_write_files, cc_runcmd): cloud-init 22.4 accepts unknown top-level keys,
 * current Ubuntu cloud-init does not.
 *
 * Boot order that the file relies on (cloud-init's default module order):
 *  1. init stage: early `write_files` (sshd drop-in, sudoers drop-in, release tool), users, ssh (which,
 *     given `sshHostKey`, deletes the image's host keys and writes exactly that one);
 *  2. final stage: `packages` (after `package_update`), then the deferred `write_files` (everything
 *     under /etc/lighttpd, the systemd drop-in, apt's and logrotate's settings: written after the packages, so
 *     neither dpkg's conffile handling nor a postinst can replace them, and so the Debian default config
 *     never starts under the sandbox it was not written for), then `runcmd`.
 */
import * as zlib from "node:zlib";
import { Document } from "yaml";

import {
  DEFAULT_RELEASE_ID_SCRIPT,
  HOST_LIGHTTPD_DEFAULTS,
} from "./lighttpdConf";

/** Azure's limit on `osProfile.customData`, applied here to the base64-encoded value (64 KiB). */
export const AZURE_CUSTOM_DATA_MAX_BYTES = 65536;

/** Where the host release tool is installed (contract 2 in ARCHITECTURE.md). */
export const RELEASE_TOOL_PATH = "/usr/local/sbin/lighttpd-release";
/** The vmss first-boot pull script. */
export const PULL_RELEASE_PATH = "/usr/local/sbin/lighttpd-pull-release";
export const LIGHTTPD_CONF_PATH = "/etc/lighttpd/lighttpd.conf";
export const SYSTEMD_DROP_IN_PATH = "/etc/systemd/system/lighttpd.service.d/10-hardening.conf";
export const SUDOERS_PATH = "/etc/sudoers.d/lighttpd-release";
/** sshd reads sshd_config.d/*.conf in lexical order and keeps the first value, so 10- beats cloud-init's 50-. */
export const SSHD_DROP_IN_PATH = "/etc/ssh/sshd_config.d/10-hardening.conf";
export const AUTO_UPGRADES_PATH = "/etc/apt/apt.conf.d/20auto-upgrades";
/** Replaces the package's file, whose postrotate signals /run/lighttpd.pid (the sandboxed pid file is elsewhere). */
export const LOGROTATE_PATH = "/etc/logrotate.d/lighttpd";
export const TLS_WATCH_PATH_UNIT = "/etc/systemd/system/lighttpd-tls.path";
export const TLS_RELOAD_SERVICE = "/etc/systemd/system/lighttpd-tls.service";

/** The user the deploying agent connects as (vm mode); it may run only the release tool as root. */
export interface DeployUser {
  /** Login name, e.g. `"deploy"`; a new, unprivileged account. */
  readonly name: string;
  /** One OpenSSH public key line (ed25519, ECDSA, or RSA of at least 3072 bits). */
  readonly sshPublicKey: string;
}

/**
 * The host's SSH host key (an ed25519 key pair), which the deploying agent pins (vm mode). cloud-init's
 * cc_ssh writes it as /etc/ssh/ssh_host_ed25519_key(.pub) after deleting every other host key, so the
 * host has this key and no other: the pinning client cannot be offered a key it does not know.
 */
export interface SshHostKey {
  /** The private key as an unencrypted OpenSSH private key block (tls.PrivateKey's `privateKeyOpenssh`). A secret. */
  readonly privateKey: string;
  /** Its public half as one `ssh-ed25519 AAAA...` line (tls.PrivateKey's `publicKeyOpenssh`). */
  readonly publicKey: string;
}

/** The release a vmss instance converges to at first boot (pull mode). */
export interface DesiredRelease {
  /** `https://<account>.blob.core.windows.net/<container>/<sha256>.tar.gz`, read with the managed identity; no SAS. */
  readonly blobUrl: string;
  /** SHA-256 of the archive (lower-case hex); verified by the release tool before activation. */
  readonly sha256: string;
  /**
   * Client id of the user-assigned identity to use for the token.
   * @default not set: IMDS picks the VM's only identity (fails when several are assigned)
   */
  readonly identityClientId?: string;
}

/** Input of {@link renderCloudInit}. */
export interface CloudInitOptions {
  /** `vm`: push mode, with a deploy user for SSH; `vmss`: pull mode, no deploy user. */
  readonly mode: "vm" | "vmss";
  /**
   * Output of `renderLighttpdConf` for hosts: Debian directories (`HOST_LIGHTTPD_DEFAULTS`), a server
   * user, the magnet script at `DEFAULT_RELEASE_ID_SCRIPT` and the document root `releaseRoot/current`.
   */
  readonly lighttpdConf: string;
  /** Output of `renderReleaseIdScript` for the same `releaseRoot`. */
  readonly releaseIdScript: string;
  /** Source of `host/lighttpd-release` (the caller reads the file). */
  readonly releaseTool: string;
  /**
   * Release root DIR of the release tool.
   * @default "/srv/lighttpd"
   */
  readonly releaseRoot?: string;
  /** Required in vm mode, forbidden in vmss mode. */
  readonly deployUser?: DeployUser;
  /**
   * The host's only SSH host key. Required in vm mode (the deploying agent verifies the host with its
   * public half); allowed in vmss mode. The rendered user data then contains a private key: the caller
   * must keep it a secret.
   * @default vmss mode: not set, cloud-init generates the instance's host keys at first boot
   */
  readonly sshHostKey?: SshHostKey;
  /**
   * Whether `lighttpdConf` serves HTTPS (it must then have an `ssl.pemfile`, the PEM with chain and key
   * that the Key Vault VM extension maintains). lighttpd is then reloaded whenever that file is written,
   * which also starts it once the extension delivers the first certificate after boot. Stated here as
   * well as in the config so that a mismatch fails loudly.
   * @default false: HTTP only (the config must not enable TLS either)
   */
  readonly tls?: boolean;
  /**
   * vmss only: the release to download and activate at first boot.
   * @default not set: the instance serves nothing until a release is activated
   */
  readonly desiredRelease?: DesiredRelease;
}

// ---------------------------------------------------------------------------------------------------
// static file contents

/**
 * Sandboxing for the packaged lighttpd.service (Debian/Ubuntu ship lighttpd's upstream unit,
 * doc/systemd/lighttpd.service, which itself sets none). lighttpd starts as root to bind its ports and
 * read the TLS PEM, then switches to www-data; the capability bounding set is what that start-up needs
 * (bind below 1024, open the www-data-owned log, cache and pid directories, setuid/setgid).
 */
export function renderSystemdDropIn(): string {
  const d = HOST_LIGHTTPD_DEFAULTS;
  return [
    "# Rendered by components/cloudInit.ts: sandboxing for lighttpd.service (see systemd.exec(5)).",
    "[Service]",
    "# lighttpd -D runs in the foreground; its pid file lives in /run/lighttpd, not /run/lighttpd.pid",
    "PIDFile=",
    "RestartSec=2s",
    "LimitNOFILE=16384",
    "UMask=0027",
    "NoNewPrivileges=yes",
    "CapabilityBoundingSet=CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID CAP_DAC_OVERRIDE",
    "AmbientCapabilities=",
    "ProtectSystem=strict",
    `ReadWritePaths=${d.logDir} ${d.cacheDir} ${d.runDir}`,
    "ProtectHome=yes",
    "PrivateTmp=yes",
    "PrivateDevices=yes",
    "ProtectKernelTunables=yes",
    "ProtectKernelModules=yes",
    "ProtectKernelLogs=yes",
    "ProtectControlGroups=yes",
    "ProtectClock=yes",
    "ProtectHostname=yes",
    "RestrictNamespaces=yes",
    "RestrictRealtime=yes",
    "RestrictSUIDSGID=yes",
    "LockPersonality=yes",
    "RemoveIPC=yes",
    "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
    "SystemCallArchitectures=native",
    "SystemCallFilter=@system-service",
    "SystemCallErrorNumber=EPERM",
    "",
  ].join("\n");
}

/** The only host key sshd loads: cloud-init's cc_ssh writes `ssh_keys.ed25519_private` here. */
export const SSH_HOST_KEY_PATH = "/etc/ssh/ssh_host_ed25519_key";

/**
 * The sshd drop-in (both modes). Its HostKey line limits sshd to the ed25519 host key: in vm mode the
 * stack's key (`sshHostKey`), in vmss mode the one cloud-init generates at first boot.
 */
export const SSHD_HARDENING = [
  "# Rendered by components/cloudInit.ts. sshd keeps the first value it reads for each keyword.",
  "# HostKey accumulates instead; the stock sshd_config sets none, so sshd offers only the ed25519 key,",
  "# even if another key file appears (openssh-server's postinst then creates only the listed key).",
  `HostKey ${SSH_HOST_KEY_PATH}`,
  "PasswordAuthentication no",
  "KbdInteractiveAuthentication no",
  "PermitEmptyPasswords no",
  "PermitRootLogin no",
  "PubkeyAuthentication yes",
  "AuthenticationMethods publickey",
  "MaxAuthTries 3",
  "LoginGraceTime 30",
  "X11Forwarding no",
  "AllowAgentForwarding no",
  "AllowTcpForwarding no",
  "PermitTunnel no",
  "",
].join("\n");

/**
 * Daily rotation of the access and error logs. lighttpd reopens its logs on SIGHUP; the signal goes
 * through systemd, since the packaged hook looks for /run/lighttpd.pid, which the sandbox cannot write.
 * (Azure Monitor Agent follows the rename.)
 */
export function renderLogrotate(): string {
  return [
    "# Rendered by components/cloudInit.ts (replaces the package's file).",
    `${HOST_LIGHTTPD_DEFAULTS.logDir}/*.log {`,
    "    daily",
    "    rotate 14",
    "    missingok",
    "    notifempty",
    "    compress",
    "    delaycompress",
    "    sharedscripts",
    "    postrotate",
    "        systemctl kill --signal=HUP lighttpd.service >/dev/null 2>&1 || true",
    "    endscript",
    "}",
    "",
  ].join("\n");
}

export const AUTO_UPGRADES = [
  "// Rendered by components/cloudInit.ts: daily package lists and unattended (security) upgrades.",
  'APT::Periodic::Update-Package-Lists "1";',
  'APT::Periodic::Unattended-Upgrade "1";',
  'APT::Periodic::AutocleanInterval "7";',
  "",
].join("\n");

/** The sudoers drop-in: the deploy user may run the release tool (any arguments) as root, nothing else. */
export function renderSudoers(user: string): string {
  return [
    "# Rendered by components/cloudInit.ts: the deploy user may run only the release tool, as root.",
    `${user} ALL=(root) NOPASSWD: ${RELEASE_TOOL_PATH}`,
    "",
  ].join("\n");
}

/**
 * First-boot convergence in pull mode, kept minimal on purpose (the full pull logic is a later issue):
 * get a storage token for the managed identity from IMDS, download the archive, hand it to the release
 * tool, which verifies the hash, activates and health-checks it. The token travels in a 0600 header
 * file, never on a command line. Any failure leaves the instance unhealthy (and, on a scale set with
 * automatic repairs, replaced); nothing is retried across boots.
 */
export const PULL_RELEASE_SCRIPT = String.raw`#!/bin/bash
# lighttpd-pull-release HEALTH_URL BLOB_URL SHA256 [CLIENT_ID]
# Rendered by components/cloudInit.ts: download a release with the VM's managed identity and activate it.
set -euo pipefail

readonly IMDS_TOKEN_URL="http://169.254.169.254/metadata/identity/oauth2/token"
readonly STORAGE_RESOURCE="https%3A%2F%2Fstorage.azure.com%2F"

die() {
  echo "lighttpd-pull-release: $*" >&2
  exit 1
}

check_args() {
  [[ $# -eq 3 || $# -eq 4 ]] || die "usage: lighttpd-pull-release HEALTH_URL BLOB_URL SHA256 [CLIENT_ID]"
  [[ $2 =~ ^https://[a-z0-9]{3,24}\.blob\.core\.windows\.net/[^?#]+$ ]] ||
    die "BLOB_URL must be https://<account>.blob.core.windows.net/<container>/<blob> without a query; got $2"
  [[ $3 =~ ^[0-9a-f]{64}$ ]] || die "SHA256 must be 64 lower-case hex digits; got $3"
  if [[ $# -eq 4 && ! $4 =~ ^[0-9a-f-]{36}$ ]]; then die "CLIENT_ID must be a GUID; got $4"; fi
}

# prints an access token for Azure Storage
fetch_token() {
  local query="api-version=2018-02-01&resource=$STORAGE_RESOURCE"
  if [[ -n $1 ]]; then query+="&client_id=$1"; fi
  curl --silent --show-error --fail --retry 10 --retry-delay 3 --retry-connrefused --max-time 30 \
    --header "Metadata: true" "$IMDS_TOKEN_URL?$query" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}

main() {
  check_args "$@"
  local health_url=$1 blob_url=$2 sha256=$3 client_id=""
  if [[ $# -eq 4 ]]; then client_id=$4; fi
  local work
  work=$(mktemp -d /var/tmp/lighttpd-pull.XXXXXX)
  trap 'rm -rf -- "$work"' EXIT
  local token
  token=$(fetch_token "$client_id") || die "no token from IMDS; is a managed identity assigned?"
  (umask 077 && printf 'Authorization: Bearer %s\nx-ms-version: 2021-08-06\n' "$token" >"$work/headers")
  curl --silent --show-error --fail --retry 5 --retry-delay 3 --max-time 300 \
    --header "@$work/headers" --output "$work/release.tar" "$blob_url" ||
    die "download of $blob_url failed; does the identity hold Storage Blob Data Reader on the container?"
  "${RELEASE_TOOL_PATH}" --verbose --health-url "$health_url" activate "$work/release.tar" "$sha256"
}

main "$@"
`;

function tlsPathUnit(pemFile: string): string {
  return [
    "# Rendered by components/cloudInit.ts: reload lighttpd when the Key Vault VM extension writes its certificate.",
    "[Unit]",
    "Description=Watch the TLS certificate of lighttpd",
    "",
    "[Path]",
    `PathChanged=${pemFile}`,
    "Unit=lighttpd-tls.service",
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}

const TLS_RELOAD_UNIT = [
  "# Rendered by components/cloudInit.ts: triggered by lighttpd-tls.path.",
  "[Unit]",
  "Description=Reload (or start) lighttpd for a new TLS certificate",
  "",
  "[Service]",
  "Type=oneshot",
  "ExecStart=/bin/systemctl reload-or-restart lighttpd.service",
  "",
].join("\n");

// ---------------------------------------------------------------------------------------------------
// validation

const SAFE_PATH = /^\/(?:[A-Za-z0-9._@+-]+\/)*[A-Za-z0-9._@+-]+$/;
const USER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
const RESERVED_USERS = new Set(["root", "www-data", "nobody", "daemon", "bin", "sys", "sync", "syslog", "sshd"]);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BLOB_URL = /^https:\/\/[a-z0-9]{3,24}\.blob\.core\.windows\.net\/[^?#\s]+$/;

/** Checks one OpenSSH public key line; returns a problem or undefined. */
function sshKeyProblem(key: unknown): string | undefined {
  const got = `got ${JSON.stringify(typeof key === "string" && key.length > 60 ? `${key.slice(0, 60)}...` : key)}`;
  if (typeof key !== "string" || /[\r\n]/.test(key)) return `'deployUser.sshPublicKey' must be one OpenSSH public key line; ${got}`;
  const m = key.trim().match(/^(ssh-ed25519|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com|ssh-rsa) ([A-Za-z0-9+/]+={0,2})(?: [^\s].*)?$/);
  if (!m) {
    return `'deployUser.sshPublicKey' must be an ssh-ed25519, ecdsa-sha2-* or ssh-rsa public key in OpenSSH format; ${got}`;
  }
  const blob = Buffer.from(m[2], "base64");
  const typeLen = blob.length >= 4 ? blob.readUInt32BE(0) : -1;
  if (typeLen < 0 || blob.subarray(4, 4 + typeLen).toString("latin1") !== m[1]) {
    return `'deployUser.sshPublicKey' has a key blob that does not match its type ${m[1]}`;
  }
  if (m[1] === "ssh-rsa") {
    // string "ssh-rsa", mpint e, mpint n
    let off = 4 + typeLen;
    const eLen = blob.readUInt32BE(off);
    off += 4 + eLen;
    const nLen = blob.readUInt32BE(off);
    const n = blob.subarray(off + 4, off + 4 + nLen);
    const bits = (n.length - (n[0] === 0 ? 1 : 0)) * 8;
    if (bits < 3072) return `'deployUser.sshPublicKey' is an RSA key of ${bits} bits; use ed25519 or RSA of at least 3072 bits`;
  }
  return undefined;
}

/** Reads SSH wire-format strings (uint32 length + bytes) from a buffer; throws past its end. */
class SshReader {
  private off = 0;
  constructor(private readonly buf: Buffer) {}
  bytes(n: number): Buffer {
    if (n < 0 || this.off + n > this.buf.length) throw new Error("truncated");
    const b = this.buf.subarray(this.off, this.off + n);
    this.off += n;
    return b;
  }
  uint32(): number {
    return this.bytes(4).readUInt32BE(0);
  }
  string(): Buffer {
    return this.bytes(this.uint32());
  }
}

/** The wire-format blob of an ed25519 public key: string "ssh-ed25519", string key (32 bytes). */
function isEd25519Blob(blob: Buffer): boolean {
  try {
    const r = new SshReader(blob);
    return r.string().toString("latin1") === "ssh-ed25519" && r.string().length === 32 && blob.length === 51;
  } catch {
    return false;
  }
}

const OPENSSH_PRIVATE_BLOCK = /^-----BEGIN OPENSSH PRIVATE KEY-----\r?\n([A-Za-z0-9+/=\r\n]+?)\r?\n?-----END OPENSSH PRIVATE KEY-----\r?\n?$/;

/**
 * Checks the host key pair; returns the problems, each naming its option. Never quotes the private key
 * (only its first line, when that is a PEM header).
 */
function sshHostKeyProblems(k: Partial<SshHostKey>): string[] {
  const problems: string[] = [];
  if (typeof k !== "object" || k === null) return [`'sshHostKey' must be { privateKey, publicKey }; got ${JSON.stringify(k)}`];
  if ((k.privateKey === undefined) !== (k.publicKey === undefined)) {
    const given = k.privateKey === undefined ? "publicKey" : "privateKey";
    return [`'sshHostKey.privateKey' and 'sshHostKey.publicKey' must be given together; got only 'sshHostKey.${given}'`];
  }

  let publicBlob: Buffer | undefined;
  const pub = k.publicKey;
  const m = typeof pub === "string" && !/[\r\n]/.test(pub.trim()) ? pub.trim().match(/^ssh-ed25519 (AAAA[A-Za-z0-9+/]+={0,2})(?: [^\s].*)?$/) : null;
  const shown = typeof pub === "string" && pub.length > 60 ? `${pub.slice(0, 60)}...` : pub;
  if (!m) {
    problems.push(`'sshHostKey.publicKey' must be one ssh-ed25519 public key line ('ssh-ed25519 AAAA...'); got ${JSON.stringify(shown)}`);
  } else if (!isEd25519Blob(Buffer.from(m[1], "base64"))) {
    problems.push("'sshHostKey.publicKey' has a key blob that is not an ed25519 public key (string \"ssh-ed25519\" and 32 key bytes)");
  } else {
    publicBlob = Buffer.from(m[1], "base64");
  }

  const priv = k.privateKey;
  const block = typeof priv === "string" ? priv.match(OPENSSH_PRIVATE_BLOCK) : null;
  if (!block) {
    const first = typeof priv === "string" ? priv.split("\n", 1)[0] : "";
    const got = typeof priv !== "string" ? `a value of type ${typeof priv}` : /^-----BEGIN [A-Z ]+-----$/.test(first) ? `a block starting ${JSON.stringify(first)}` : `${priv.length} characters that are no such block`;
    problems.push(`'sshHostKey.privateKey' must be an OpenSSH private key block (-----BEGIN OPENSSH PRIVATE KEY----- ... -----END OPENSSH PRIVATE KEY-----, as tls.PrivateKey's privateKeyOpenssh); got ${got}`);
    return problems;
  }
  // openssh-key-v1 (PROTOCOL.key in OpenSSH): magic, cipher, kdf, kdf options, key count, public blobs,
  // then the (here unencrypted) private section: two equal check integers, type, public key, private key.
  const raw = Buffer.from(block[1].replace(/\s+/g, ""), "base64");
  const MAGIC = Buffer.from("openssh-key-v1\0", "latin1");
  try {
    if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error("magic");
    const r = new SshReader(raw.subarray(MAGIC.length));
    const cipher = r.string().toString("latin1");
    r.string(); // kdf name
    r.string(); // kdf options
    if (cipher !== "none") {
      problems.push(`'sshHostKey.privateKey' is encrypted (cipher ${cipher}); sshd loads host keys without a passphrase, so it must not be`);
      return problems;
    }
    const count = r.uint32();
    if (count !== 1) {
      problems.push(`'sshHostKey.privateKey' must hold exactly one key; it holds ${count}`);
      return problems;
    }
    const outerPublic = r.string();
    const section = new SshReader(r.string());
    const check1 = section.uint32(), check2 = section.uint32();
    const type = section.string().toString("latin1");
    if (type !== "ssh-ed25519" || !isEd25519Blob(outerPublic)) {
      problems.push(`'sshHostKey.privateKey' is a ${type} key; it must be an ed25519 key (cloud-init writes it as ssh_keys.ed25519_private)`);
      return problems;
    }
    const innerPublic = section.string();
    const secret = section.string();
    if (check1 !== check2 || secret.length !== 64 || !innerPublic.equals(outerPublic.subarray(19))) throw new Error("inconsistent");
    if (publicBlob !== undefined && !publicBlob.equals(outerPublic)) {
      problems.push("'sshHostKey.publicKey' is not the public half of 'sshHostKey.privateKey' (the host would offer a key the deploying agent does not expect)");
    }
  } catch {
    problems.push("'sshHostKey.privateKey' is an OPENSSH PRIVATE KEY block whose content is not a well-formed openssh-key-v1 key");
  }
  return problems;
}

function tlsPemFile(conf: string): string | undefined {
  return conf.match(/^\s*ssl\.pemfile = "([^"]*)"$/m)?.[1];
}

function confValue(conf: string, key: string): string | undefined {
  const m = conf.match(new RegExp(`^${key.replace(/\./g, "\\.")} = "([^"]*)"$`, "m"));
  return m?.[1];
}

/** Validates `o`; throws one Error listing every problem, each naming its option. */
export function validateCloudInitOptions(o: CloudInitOptions): void {
  const problems: string[] = [];
  const root = o.releaseRoot ?? HOST_LIGHTTPD_DEFAULTS.releaseRoot;
  const d = HOST_LIGHTTPD_DEFAULTS;

  if (o.mode !== "vm" && o.mode !== "vmss") problems.push(`'mode' must be "vm" or "vmss"; got ${JSON.stringify(o.mode)}`);
  if (typeof root !== "string" || !SAFE_PATH.test(root) || root.split("/").includes("..")) {
    problems.push(`'releaseRoot' must be an absolute path of letters, digits and . _ @ + -; got ${JSON.stringify(root)}`);
  }

  if (o.mode === "vm") {
    if (o.deployUser === undefined) {
      problems.push("'deployUser' is required in vm mode: the deploying agent connects over SSH as this user");
    } else {
      const name = o.deployUser.name;
      if (typeof name !== "string" || !USER_NAME.test(name) || RESERVED_USERS.has(name)) {
        problems.push(`'deployUser.name' must be a new account name (lower case, not a system account); got ${JSON.stringify(name)}`);
      }
      const keyProblem = sshKeyProblem(o.deployUser.sshPublicKey);
      if (keyProblem) problems.push(keyProblem);
    }
    if (o.desiredRelease !== undefined) {
      problems.push("'desiredRelease' is for vmss mode only; in vm mode releases are pushed over SSH");
    }
    if (o.sshHostKey === undefined) {
      problems.push("'sshHostKey' is required in vm mode: the deploying agent verifies the host by this key, so the host must have exactly this one");
    }
  } else if (o.mode === "vmss") {
    if (o.deployUser !== undefined) {
      problems.push("'deployUser' must not be set in vmss mode: scale-set instances pull releases and accept no deployments over SSH");
    }
    const r = o.desiredRelease;
    if (r !== undefined) {
      if (typeof r.blobUrl !== "string" || !BLOB_URL.test(r.blobUrl)) {
        problems.push(
          `'desiredRelease.blobUrl' must be https://<account>.blob.core.windows.net/<container>/<blob> without a query (no SAS: the managed identity reads it); got ${JSON.stringify(r.blobUrl)}`,
        );
      }
      if (typeof r.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(r.sha256)) {
        problems.push(`'desiredRelease.sha256' must be 64 lower-case hex digits; got ${JSON.stringify(r.sha256)}`);
      }
      if (r.identityClientId !== undefined && (typeof r.identityClientId !== "string" || !GUID.test(r.identityClientId))) {
        problems.push(`'desiredRelease.identityClientId' must be a lower-case GUID; got ${JSON.stringify(r.identityClientId)}`);
      }
    }
  }

  if (o.sshHostKey !== undefined) problems.push(...sshHostKeyProblems(o.sshHostKey));

  if (typeof o.releaseTool !== "string" || !o.releaseTool.startsWith("#!")) {
    problems.push("'releaseTool' must be the source of host/lighttpd-release (starting with #!)");
  }
  if (typeof o.releaseIdScript !== "string" || !o.releaseIdScript.includes(`local ROOT = "${root}"`)) {
    problems.push(`'releaseIdScript' must be renderReleaseIdScript() output for releaseRoot ${JSON.stringify(root)}`);
  }

  // the rendered config must be the host variant of this very layout
  const conf = typeof o.lighttpdConf === "string" ? o.lighttpdConf : "";
  const expect = (key: string, value: string, why: string) => {
    const got = confValue(conf, key);
    if (got !== value) problems.push(`'lighttpdConf' must set ${key} = "${value}" (${why}); got ${JSON.stringify(got)}`);
  };
  expect("server.document-root", `${root}/current`, "releaseRoot/current");
  expect("server.username", d.user, "hosts drop root after binding");
  expect("server.errorlog", `${d.logDir}/error.log`, "the sandbox's writable log directory");
  expect("accesslog.filename", `${d.logDir}/access.log`, "the sandbox's writable log directory");
  expect("deflate.cache-dir", d.cacheDir, "the sandbox's writable cache directory");
  expect("server.pid-file", `${d.runDir}/lighttpd.pid`, "the sandbox's writable run directory");
  if (!conf.includes(`magnet.attract-physical-path-to = (\n  "${DEFAULT_RELEASE_ID_SCRIPT}",\n)`)) {
    problems.push(`'lighttpdConf' must load the magnet script from ${DEFAULT_RELEASE_ID_SCRIPT} (renderLighttpdConf's default 'releaseIdScript')`);
  }
  if (!/^server\.port = \d+$/m.test(conf)) problems.push("'lighttpdConf' must set server.port");
  const pem = tlsPemFile(conf);
  const confTls = pem !== undefined || /ssl\.engine = "enable"/.test(conf);
  if (o.tls !== undefined && typeof o.tls !== "boolean") {
    problems.push(`'tls' must be true or false; got ${JSON.stringify(o.tls)}`);
  } else if (o.tls === true && (pem === undefined || !SAFE_PATH.test(pem))) {
    problems.push("'tls' is true but 'lighttpdConf' has no ssl.pemfile (render it with the 'tls' option)");
  } else if (o.tls !== true && confTls) {
    problems.push("'lighttpdConf' enables TLS but 'tls' is not true");
  }

  if (problems.length > 0) throw new Error(`invalid cloud-init options:\n- ${problems.join("\n- ")}`);
}

/** Debian/Ubuntu package of each module `server.modules` may load (core modules come with lighttpd). */
const MODULE_PACKAGES: Readonly<Record<string, string>> = {
  mod_deflate: "lighttpd-mod-deflate",
  mod_magnet: "lighttpd-modules-lua",
  mod_openssl: "lighttpd-mod-openssl",
};
const CORE_MODULES = new Set([
  "mod_access", "mod_accesslog", "mod_alias", "mod_expire", "mod_indexfile", "mod_redirect", "mod_rewrite",
  "mod_setenv", "mod_staticfile",
]);

/** The packages the config needs: lighttpd plus the package of every non-core module it loads. */
export function lighttpdPackagesFor(conf: string): string[] {
  const block = conf.match(/^server\.modules = \(\n([\s\S]*?)\n\)$/m);
  if (!block) throw new Error("'lighttpdConf' has no server.modules list");
  const modules = [...block[1].matchAll(/"([a-z0-9_]+)"/g)].map((m) => m[1]);
  const packages = ["lighttpd"];
  for (const m of modules) {
    if (MODULE_PACKAGES[m]) packages.push(MODULE_PACKAGES[m]);
    else if (!CORE_MODULES.has(m)) throw new Error(`'lighttpdConf' loads ${m}, which this renderer cannot map to a package`);
  }
  return packages;
}

// ---------------------------------------------------------------------------------------------------
// rendering

interface WriteFile {
  path: string;
  content: string;
  owner: string;
  permissions: string;
  defer?: boolean;
}

function file(path: string, content: string, permissions: string, defer: boolean): WriteFile {
  const f: WriteFile = { path, content, owner: "root:root", permissions };
  if (defer) f.defer = true;
  return f;
}

/** Renders the user data: `#cloud-config` and the YAML document. */
export function renderCloudInit(o: CloudInitOptions): string {
  validateCloudInitOptions(o);
  const root = o.releaseRoot ?? HOST_LIGHTTPD_DEFAULTS.releaseRoot;
  const port = Number(o.lighttpdConf.match(/^server\.port = (\d+)$/m)![1]);

  const packages = [...lighttpdPackagesFor(o.lighttpdConf), "unattended-upgrades"];
  if (o.desiredRelease) packages.push("curl");

  const writeFiles: WriteFile[] = [
    // init stage (before users and sshd start)
    file(SSHD_DROP_IN_PATH, SSHD_HARDENING, "0644", false),
    file(RELEASE_TOOL_PATH, o.releaseTool, "0755", false),
  ];
  if (o.mode === "vm") writeFiles.push(file(SUDOERS_PATH, renderSudoers(o.deployUser!.name), "0440", false));
  if (o.desiredRelease) writeFiles.push(file(PULL_RELEASE_PATH, PULL_RELEASE_SCRIPT, "0755", false));
  // final stage, after the packages are installed
  writeFiles.push(
    file(LIGHTTPD_CONF_PATH, o.lighttpdConf, "0644", true),
    file(DEFAULT_RELEASE_ID_SCRIPT, o.releaseIdScript, "0644", true),
    file(SYSTEMD_DROP_IN_PATH, renderSystemdDropIn(), "0644", true),
    file(AUTO_UPGRADES_PATH, AUTO_UPGRADES, "0644", true),
    file(LOGROTATE_PATH, renderLogrotate(), "0644", true),
  );
  if (o.tls) {
    writeFiles.push(
      file(TLS_WATCH_PATH_UNIT, tlsPathUnit(tlsPemFile(o.lighttpdConf)!), "0644", true),
      file(TLS_RELOAD_SERVICE, TLS_RELOAD_UNIT, "0644", true),
    );
  }

  const runcmd: string[][] = [
    ["install", "-d", "-m", "0755", "-o", "root", "-g", "root", root, `${root}/releases`],
    ["systemctl", "daemon-reload"],
    ["systemctl", "enable", "lighttpd.service"],
    ["systemctl", "restart", "lighttpd.service"],
    ["systemctl", "try-reload-or-restart", "ssh.service"],
  ];
  if (o.tls) runcmd.push(["systemctl", "enable", "--now", "lighttpd-tls.path"]);
  if (o.desiredRelease) {
    const r = o.desiredRelease;
    runcmd.push([PULL_RELEASE_PATH, `http://127.0.0.1:${port}/healthz`, r.blobUrl, r.sha256, ...(r.identityClientId ? [r.identityClientId] : [])]);
  }

  const hostKey = o.sshHostKey
    ? {
        // cc_ssh: delete the image's host keys, then write this pair as /etc/ssh/ssh_host_ed25519_key(.pub).
        // With ssh_keys given, cloud-init generates no key; ssh_genkeytypes names ed25519 all the same (the
        // schema refuses an empty list), a key that exists by then, so no other type (in particular no
        // ECDSA key, which Go's x/crypto/ssh client prefers over the pinned ed25519 one) can appear.
        ssh_deletekeys: true,
        ssh_genkeytypes: ["ed25519"],
        ssh_keys: {
          ed25519_private: o.sshHostKey.privateKey.endsWith("\n") ? o.sshHostKey.privateKey : `${o.sshHostKey.privateKey}\n`,
          ed25519_public: o.sshHostKey.publicKey.trim(),
        },
      }
    : {};
  const config: Record<string, unknown> = {
    package_update: true,
    package_upgrade: false,
    packages,
    ssh_pwauth: false,
    disable_root: true,
    ...hostKey,
    // "default" keeps the image's default user (on Azure: osProfile's admin, key-only) for break-glass access
    users:
      o.mode === "vm"
        ? ["default", { name: o.deployUser!.name, gecos: "lighttpd release deployments", shell: "/bin/bash", lock_passwd: true, ssh_authorized_keys: [o.deployUser!.sshPublicKey.trim()] }]
        : ["default"],
    write_files: writeFiles,
    runcmd,
  };

  const doc = new Document(config, { version: "1.1" });
  return `#cloud-config\n${doc.toString({ lineWidth: 0 })}`;
}

/**
 * The value for `osProfile.customData`: base64 of the user data, or of its gzip (cloud-init detects
 * gzip by its magic bytes) only if the plain encoding exceeds Azure's limit. Throws, naming the sizes,
 * if even the compressed form does not fit.
 */
export function customDataBase64(cloudConfig: string): string {
  const plain = Buffer.from(cloudConfig, "utf8").toString("base64");
  if (plain.length <= AZURE_CUSTOM_DATA_MAX_BYTES) return plain;
  const gz = zlib.gzipSync(Buffer.from(cloudConfig, "utf8"), { level: 9 });
  gz[9] = 0xff; // OS field "unknown": the same bytes on every platform, so no spurious diffs
  const packed = gz.toString("base64");
  if (packed.length <= AZURE_CUSTOM_DATA_MAX_BYTES) return packed;
  throw new Error(
    `cloud-init user data is ${plain.length} bytes as base64 (${packed.length} gzip-compressed); ` +
      `Azure custom data is limited to ${AZURE_CUSTOM_DATA_MAX_BYTES} bytes`,
  );
}
