import * as assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { parse } from "yaml";

import {
  AUTO_UPGRADES_PATH,
  AZURE_CUSTOM_DATA_MAX_BYTES,
  LIGHTTPD_CONF_PATH,
  LOGROTATE_PATH,
  PULL_RELEASE_PATH,
  PULL_RELEASE_SCRIPT,
  RELEASE_TOOL_PATH,
  SSHD_DROP_IN_PATH,
  SSHD_HARDENING,
  SSH_HOST_KEY_PATH,
  SUDOERS_PATH,
  SYSTEMD_DROP_IN_PATH,
  TLS_RELOAD_SERVICE,
  TLS_WATCH_PATH_UNIT,
  customDataBase64,
  renderCloudInit,
  renderSystemdDropIn,
  type CloudInitOptions,
  type SshHostKey,
} from "../components/cloudInit";
import {
  DEFAULT_RELEASE_ID_SCRIPT,
  HOST_LIGHTTPD_DEFAULTS,
  renderLighttpdConf,
  renderReleaseIdScript,
} from "../components/lighttpdConf";
import { mockEd25519Key } from "../scripts/mocks";

// ---------------------------------------------------------------------------------------------------
// fixtures

const RELEASE_TOOL = fs.readFileSync(path.resolve(__dirname, "..", "host", "lighttpd-release"), "utf8");
const PEM = "/etc/lighttpd/tls/site.pem";
const HOST_CONF = renderLighttpdConf(HOST_LIGHTTPD_DEFAULTS);
const HOST_TLS_CONF = renderLighttpdConf({ ...HOST_LIGHTTPD_DEFAULTS, tls: { port: 443, pemFile: PEM } });
const LUA = renderReleaseIdScript(HOST_LIGHTTPD_DEFAULTS);

function sshString(b: Buffer | string): Buffer {
  const body = Buffer.isBuffer(b) ? b : Buffer.from(b);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
}
function sshMpint(b64url: string): Buffer {
  let v = Buffer.from(b64url, "base64url");
  if (v[0] & 0x80) v = Buffer.concat([Buffer.from([0]), v]);
  return sshString(v);
}
function ed25519Key(comment: string): string {
  const { publicKey } = crypto.generateKeyPairSync("ed25519");
  const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32);
  return `ssh-ed25519 ${Buffer.concat([sshString("ssh-ed25519"), sshString(raw)]).toString("base64")} ${comment}`;
}
function rsaKey(bits: number): string {
  const { publicKey } = crypto.generateKeyPairSync("rsa", { modulusLength: bits });
  const jwk = publicKey.export({ format: "jwk" });
  return `ssh-rsa ${Buffer.concat([sshString("ssh-rsa"), sshMpint(jwk.e!), sshMpint(jwk.n!)]).toString("base64")} rsa@test`;
}

/** An OpenSSH private key block around the given openssh-key-v1 bytes (for malformed-key cases). */
function opensshBlock(raw: Buffer): string {
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${raw.toString("base64").match(/.{1,70}/g)!.join("\n")}\n-----END OPENSSH PRIVATE KEY-----\n`;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
const KEY_MAGIC = Buffer.from("openssh-key-v1\0", "latin1");

const DEPLOY_KEY = ed25519Key("deploy@pipeline");
/** The host key pair as tls.PrivateKey outputs it (the mock engine's deterministic, real key material). */
const HOST_KEY_MATERIAL = mockEd25519Key("cloud-init-test-host");
const HOST_KEY: SshHostKey = { privateKey: HOST_KEY_MATERIAL.privateKeyOpenssh, publicKey: HOST_KEY_MATERIAL.publicKeyOpenssh };
const SHA = crypto.createHash("sha256").update("a release").digest("hex");
const BLOB = `https://stwebprod01.blob.core.windows.net/releases/${SHA}.tar`;
const CLIENT_ID = "3f2b9a1c-5d4e-4f60-8a7b-9c0d1e2f3a4b";

const VM: CloudInitOptions = {
  mode: "vm",
  lighttpdConf: HOST_CONF,
  releaseIdScript: LUA,
  releaseTool: RELEASE_TOOL,
  deployUser: { name: "deploy", sshPublicKey: DEPLOY_KEY },
  sshHostKey: HOST_KEY,
};
const VMSS: CloudInitOptions = {
  mode: "vmss",
  lighttpdConf: HOST_TLS_CONF,
  releaseIdScript: LUA,
  releaseTool: RELEASE_TOOL,
  tls: true,
  desiredRelease: { blobUrl: BLOB, sha256: SHA, identityClientId: CLIENT_ID },
};

interface WriteFile {
  path: string;
  content: string;
  owner: string;
  permissions: string;
  defer?: boolean;
}
interface CloudConfig {
  package_update: boolean;
  package_upgrade: boolean;
  packages: string[];
  ssh_pwauth: boolean;
  disable_root: boolean;
  users: Array<string | Record<string, unknown>>;
  write_files: WriteFile[];
  runcmd: string[][];
  ssh_deletekeys?: boolean;
  ssh_genkeytypes?: string[];
  ssh_keys?: Record<string, string>;
}

function load(userData: string): CloudConfig {
  assert.ok(userData.startsWith("#cloud-config\n"), "user data must start with #cloud-config");
  assert.doesNotMatch(userData, /^%YAML/m);
  return parse(userData, { version: "1.1" }) as CloudConfig;
}

function files(c: CloudConfig): Map<string, WriteFile> {
  const m = new Map(c.write_files.map((f) => [f.path, f]));
  assert.equal(m.size, c.write_files.length, "a path is written twice");
  return m;
}

// one scratch directory for this file, created on first use and removed when the process exits
// (no root-level mocha hooks: those would apply to every test file)
let scratch: string | undefined;
function tmpDir(): string {
  if (scratch === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cloud-init-"));
    scratch = dir;
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return scratch;
}

function writeTemp(name: string, content: string): string {
  const f = path.join(tmpDir(), name);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, content);
  return f;
}

function requireTool(bin: string, pkg: string): void {
  if (spawnSync("sh", ["-c", `command -v ${bin}`]).status !== 0) throw new Error(`${bin} is missing (Debian package: ${pkg})`);
}

// ---------------------------------------------------------------------------------------------------

describe("renderCloudInit, vm mode (push over SSH)", () => {
  const userData = renderCloudInit(VM);
  const c = load(userData);
  const f = files(c);

  it("installs lighttpd, exactly the modules the config loads, and unattended-upgrades", () => {
    assert.equal(c.package_update, true);
    assert.equal(c.package_upgrade, false);
    assert.deepEqual(c.packages, ["lighttpd", "lighttpd-modules-lua", "lighttpd-mod-deflate", "unattended-upgrades"]);
  });

  it("turns password SSH and root login off", () => {
    assert.equal(c.ssh_pwauth, false);
    assert.equal(c.disable_root, true);
    const sshd = f.get(SSHD_DROP_IN_PATH)!;
    assert.deepEqual([sshd.owner, sshd.permissions, sshd.defer], ["root:root", "0644", undefined]);
    const lines = sshd.content.split("\n").filter((l) => l && !l.startsWith("#"));
    for (const required of ["PasswordAuthentication no", "KbdInteractiveAuthentication no", "PermitRootLogin no", "PermitEmptyPasswords no", "AuthenticationMethods publickey"]) {
      assert.ok(lines.includes(required), `sshd drop-in lacks "${required}"`);
    }
    // sshd keeps the first value; the drop-in must sort before cloud-init's 50-cloud-init.conf
    assert.ok(path.basename(SSHD_DROP_IN_PATH) < "50-cloud-init.conf");
    assert.equal(new Set(lines.map((l) => l.split(" ")[0])).size, lines.length, "a keyword is set twice");
  });

  it("deletes the image's host keys and installs exactly the given ed25519 host key, the only one sshd loads", () => {
    assert.equal(c.ssh_deletekeys, true);
    assert.deepEqual(c.ssh_genkeytypes, ["ed25519"]);
    assert.deepEqual(c.ssh_keys, { ed25519_private: HOST_KEY.privateKey, ed25519_public: HOST_KEY.publicKey.trim() });
    const lines = f.get(SSHD_DROP_IN_PATH)!.content.split("\n").filter((l) => l && !l.startsWith("#"));
    assert.deepEqual(lines.filter((l) => /^HostKey\b/i.test(l)), [`HostKey ${SSH_HOST_KEY_PATH}`]);
    assert.equal(SSH_HOST_KEY_PATH, "/etc/ssh/ssh_host_ed25519_key");
    // cloud-init's own table: where cc_ssh writes ssh_keys.ed25519_private (and with which mode)
    requireTool("/usr/bin/python3", "python3");
    const r = spawnSync("/usr/bin/python3", ["-c", "from cloudinit.config.cc_ssh import CONFIG_KEY_TO_FILE as t; print(t['ed25519_private'][0], oct(t['ed25519_private'][1]))"], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), `${SSH_HOST_KEY_PATH} 0o600`);
  });

  it("normalises the key pair: one trimmed public line, a private block ending in a newline", () => {
    const keys = load(renderCloudInit({
      ...VM,
      sshHostKey: { privateKey: HOST_KEY.privateKey.trimEnd(), publicKey: `  ${HOST_KEY.publicKey.trim()} host@lighttpd \n` },
    })).ssh_keys!;
    assert.deepEqual(keys, { ed25519_private: HOST_KEY.privateKey, ed25519_public: `${HOST_KEY.publicKey.trim()} host@lighttpd` });
  });

  it("creates a key-only, locked deploy user with bash and no sudo rule of cloud-init's own", () => {
    assert.equal(c.users.length, 2);
    assert.equal(c.users[0], "default");
    assert.deepEqual(c.users[1], {
      name: "deploy",
      gecos: "lighttpd release deployments",
      shell: "/bin/bash",
      lock_passwd: true,
      ssh_authorized_keys: [DEPLOY_KEY],
    });
    for (const key of ["passwd", "hashed_passwd", "plain_text_passwd", "sudo", "groups"]) {
      assert.ok(!(key in (c.users[1] as object)), `deploy user has ${key}`);
    }
  });

  it("lets the deploy user run only the release tool as root, without a password (visudo-valid)", () => {
    requireTool("visudo", "sudo");
    const s = f.get(SUDOERS_PATH)!;
    assert.deepEqual([s.owner, s.permissions], ["root:root", "0440"]);
    const rules = s.content.split("\n").filter((l) => l && !l.startsWith("#"));
    assert.deepEqual(rules, ["deploy ALL=(root) NOPASSWD: /usr/local/sbin/lighttpd-release"]);
    const file = writeTemp("sudoers/lighttpd-release", s.content);
    fs.chmodSync(file, 0o440);
    const r = spawnSync("visudo", ["-c", "-f", file], { encoding: "utf8" });
    assert.equal(r.status, 0, `visudo rejected the drop-in: ${r.stdout}${r.stderr}`);
  });

  it("installs the release tool root-owned and executable, the config files, and the magnet script", () => {
    const tool = f.get(RELEASE_TOOL_PATH)!;
    assert.deepEqual([tool.owner, tool.permissions], ["root:root", "0755"]);
    assert.equal(tool.content, RELEASE_TOOL);
    const conf = f.get(LIGHTTPD_CONF_PATH)!;
    assert.deepEqual([conf.owner, conf.permissions, conf.defer], ["root:root", "0644", true]);
    assert.equal(conf.content, HOST_CONF);
    const lua = f.get(DEFAULT_RELEASE_ID_SCRIPT)!;
    assert.deepEqual([lua.owner, lua.permissions, lua.defer], ["root:root", "0644", true]);
    assert.equal(lua.content, LUA);
    const apt = f.get(AUTO_UPGRADES_PATH)!;
    assert.deepEqual([apt.owner, apt.permissions, apt.defer], ["root:root", "0644", true]);
    assert.match(apt.content, /^APT::Periodic::Update-Package-Lists "1";$/m);
    assert.match(apt.content, /^APT::Periodic::Unattended-Upgrade "1";$/m);
    assert.ok(!f.has(PULL_RELEASE_PATH) && !f.has(TLS_WATCH_PATH_UNIT));
  });

  it("rotates the logs daily and has lighttpd reopen them through systemd (its pid file is not /run/lighttpd.pid)", () => {
    const l = f.get(LOGROTATE_PATH)!;
    assert.deepEqual([l.owner, l.permissions, l.defer], ["root:root", "0644", true]);
    assert.match(l.content, /^\/var\/log\/lighttpd\/\*\.log \{$/m);
    assert.match(l.content, /^ {8}systemctl kill --signal=HUP lighttpd\.service >\/dev\/null 2>&1 \|\| true$/m);
    assert.doesNotMatch(l.content, /invoke-rc\.d|\/run\/lighttpd\.pid/);
    assert.match(HOST_CONF, /^server\.pid-file = "\/run\/lighttpd\/lighttpd\.pid"$/m);
  });

  it("sandboxes lighttpd.service with a drop-in that systemd parses without complaint", () => {
    requireTool("systemd-analyze", "systemd");
    const d = f.get(SYSTEMD_DROP_IN_PATH)!;
    assert.deepEqual([d.owner, d.permissions, d.defer], ["root:root", "0644", true]);
    const lines = d.content.split("\n");
    for (const required of [
      "ProtectSystem=strict",
      "ProtectHome=yes",
      "PrivateTmp=yes",
      "PrivateDevices=yes",
      "NoNewPrivileges=yes",
      "ReadWritePaths=/var/log/lighttpd /var/cache/lighttpd/compress /run/lighttpd",
      "CapabilityBoundingSet=CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID CAP_DAC_OVERRIDE",
      "SystemCallFilter=@system-service",
      "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
    ]) {
      assert.ok(lines.includes(required), `drop-in lacks ${required}`);
    }
    // the packaged unit (Debian ships lighttpd's upstream unit) with the drop-in applied
    const packaged = "/lib/systemd/system/lighttpd.service";
    if (!fs.existsSync(packaged)) throw new Error(`${packaged} is missing (Debian package: lighttpd)`);
    const unit = writeTemp("units/lighttpd.service", `${fs.readFileSync(packaged, "utf8")}\n${d.content}`);
    const r = spawnSync("systemd-analyze", ["verify", unit], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout + r.stderr, "", "systemd-analyze found problems in the unit with the drop-in");
  });

  it("creates the release root, then enables and restarts lighttpd after writing the files", () => {
    assert.deepEqual(c.runcmd, [
      ["install", "-d", "-m", "0755", "-o", "root", "-g", "root", "/srv/lighttpd", "/srv/lighttpd/releases"],
      ["systemctl", "daemon-reload"],
      ["systemctl", "enable", "lighttpd.service"],
      ["systemctl", "restart", "lighttpd.service"],
      ["systemctl", "try-reload-or-restart", "ssh.service"],
    ]);
  });
});

describe("renderCloudInit, vmss mode (pull with the managed identity)", () => {
  const userData = renderCloudInit(VMSS);
  const c = load(userData);
  const f = files(c);

  it("leaves the instance's host keys to cloud-init unless a host key is given", () => {
    for (const k of ["ssh_keys", "ssh_deletekeys", "ssh_genkeytypes"]) assert.ok(!(k in c), `vmss sets ${k}`);
    assert.doesNotMatch(userData, /PRIVATE KEY/);
    const withKey = load(renderCloudInit({ ...VMSS, sshHostKey: HOST_KEY }));
    assert.deepEqual([withKey.ssh_deletekeys, withKey.ssh_genkeytypes, withKey.ssh_keys], [true, ["ed25519"], { ed25519_private: HOST_KEY.privateKey, ed25519_public: HOST_KEY.publicKey.trim() }]);
  });

  it("has no deploy user and no sudo rule", () => {
    assert.deepEqual(c.users, ["default"]);
    assert.ok(!f.has(SUDOERS_PATH));
    assert.ok(!userData.includes("NOPASSWD"));
  });

  it("installs mod_openssl and curl, and reloads lighttpd whenever the certificate is written", () => {
    requireTool("systemd-analyze", "systemd");
    assert.deepEqual(c.packages, ["lighttpd", "lighttpd-modules-lua", "lighttpd-mod-deflate", "lighttpd-mod-openssl", "unattended-upgrades", "curl"]);
    const unit = f.get(TLS_WATCH_PATH_UNIT)!;
    const svc = f.get(TLS_RELOAD_SERVICE)!;
    assert.match(unit.content, new RegExp(`^PathChanged=${PEM.replace(/\./g, "\\.")}$`, "m"));
    assert.match(unit.content, /^Unit=lighttpd-tls\.service$/m);
    assert.match(svc.content, /^ExecStart=\/bin\/systemctl reload-or-restart lighttpd\.service$/m);
    const dir = path.join(tmpDir(), "tls-units");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "lighttpd-tls.path"), unit.content);
    fs.writeFileSync(path.join(dir, "lighttpd-tls.service"), svc.content);
    const r = spawnSync("systemd-analyze", ["verify", path.join(dir, "lighttpd-tls.path"), path.join(dir, "lighttpd-tls.service")], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout + r.stderr, "");
  });

  it("pulls and activates the desired release at first boot, after lighttpd runs", () => {
    const pull = f.get(PULL_RELEASE_PATH)!;
    assert.deepEqual([pull.owner, pull.permissions], ["root:root", "0755"]);
    assert.equal(pull.content, PULL_RELEASE_SCRIPT);
    assert.deepEqual(c.runcmd.slice(-3), [
      ["systemctl", "try-reload-or-restart", "ssh.service"],
      ["systemctl", "enable", "--now", "lighttpd-tls.path"],
      [PULL_RELEASE_PATH, "http://127.0.0.1:80/healthz", BLOB, SHA, CLIENT_ID],
    ]);
    assert.ok(!userData.includes("sig="), "a SAS token in custom data");
  });

  it("embeds a pull script that shellcheck accepts and that refuses bad arguments", () => {
    requireTool("shellcheck", "shellcheck");
    const script = writeTemp("pull.sh", PULL_RELEASE_SCRIPT);
    const r = spawnSync("shellcheck", ["--shell=bash", "--severity=style", script], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stdout);
    const run = (...args: string[]) => spawnSync("bash", [script, ...args], { encoding: "utf8" });
    assert.match(run().stderr, /usage: lighttpd-pull-release HEALTH_URL BLOB_URL SHA256/);
    assert.match(run("http://127.0.0.1/healthz", `${BLOB}?sv=2022&sig=x`, SHA).stderr, /BLOB_URL must be .* without a query/);
    assert.match(run("http://127.0.0.1/healthz", BLOB, SHA.toUpperCase()).stderr, /SHA256 must be 64 lower-case hex digits/);
    assert.match(run("http://127.0.0.1/healthz", BLOB, SHA, "not-a-guid").stderr, /CLIENT_ID must be a GUID/);
  });

  it("without a desired release, writes no pull script and runs no pull", () => {
    const plain = load(renderCloudInit({ ...VMSS, tls: false, lighttpdConf: HOST_CONF, desiredRelease: undefined }));
    assert.ok(!files(plain).has(PULL_RELEASE_PATH));
    assert.ok(!plain.packages.includes("curl") && !plain.packages.includes("lighttpd-mod-openssl"));
    assert.ok(!plain.runcmd.some((cmd) => cmd[0] === PULL_RELEASE_PATH));
  });
});

describe("rendered user data against cloud-init itself", () => {
  const cases: Array<[string, CloudInitOptions]> = [
    ["vm", VM],
    ["vm with TLS", { ...VM, lighttpdConf: HOST_TLS_CONF, tls: true }],
    ["vmss with a desired release and TLS", VMSS],
    ["vmss without a desired release", { ...VMSS, desiredRelease: undefined }],
    ["vmss with a host key", { ...VMSS, sshHostKey: HOST_KEY }],
  ];

  for (const [name, opts] of cases) {
    it(`${name}: cloud-init schema -c reports it valid`, () => {
      requireTool("cloud-init", "cloud-init");
      const file = writeTemp(`${name.replace(/\W+/g, "-")}.yaml`, renderCloudInit(opts));
      const r = spawnSync("cloud-init", ["schema", "-c", file], { encoding: "utf8" });
      assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
      assert.equal(r.stdout.trim(), `Valid cloud-config: ${file}`);
      assert.equal(r.stderr, "");
    });
  }

  it("uses only top-level keys documented in cloud-init's schema (22.4 would accept unknown ones)", () => {
    requireTool("/usr/bin/python3", "python3");
    const r = spawnSync(
      "/usr/bin/python3",
      ["-c", "import json, os, cloudinit.config.schema as s\n" +
        "d = json.load(open(os.path.join(os.path.dirname(s.__file__), 'schemas', 'schema-cloud-config-v1.json')))\n" +
        "print(json.dumps(sorted({k for v in d['$defs'].values() for k in v.get('properties', {})})))"],
      { encoding: "utf8" },
    );
    assert.equal(r.status, 0, r.stderr);
    const documented = new Set<string>(JSON.parse(r.stdout));
    for (const [name, opts] of cases) {
      for (const key of Object.keys(load(renderCloudInit(opts)))) {
        assert.ok(documented.has(key), `${name}: top-level key '${key}' is not in cloud-init's schema`);
      }
    }
  });

  it("reads the same under PyYAML (YAML 1.1, what cloud-init uses) as under the yaml library", () => {
    for (const [name, opts] of cases) {
      const file = writeTemp(`pyyaml-${name.replace(/\W+/g, "-")}.yaml`, renderCloudInit(opts));
      const r = spawnSync("/usr/bin/python3", ["-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))", file], { encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), load(fs.readFileSync(file, "utf8")), name);
    }
  });
});

describe("customDataBase64", () => {
  it("keeps both modes, with the real release tool, within Azure's 64 KiB", () => {
    for (const [name, opts] of [["vm", VM], ["vmss", VMSS]] as const) {
      const userData = renderCloudInit(opts);
      const b64 = customDataBase64(userData);
      assert.ok(b64.length <= AZURE_CUSTOM_DATA_MAX_BYTES, `${name}: ${b64.length} bytes`);
      const raw = Buffer.from(b64, "base64");
      const gzipped = raw[0] === 0x1f && raw[1] === 0x8b;
      assert.equal((gzipped ? zlib.gunzipSync(raw) : raw).toString("utf8"), userData, name);
      const plainSize = Buffer.from(userData).toString("base64").length;
      assert.equal(gzipped, plainSize > AZURE_CUSTOM_DATA_MAX_BYTES, `${name}: gzip must be used only when plain does not fit`);
      console.log(`      ${name}: user data ${Buffer.byteLength(userData)} B, plain base64 ${plainSize} B, custom data ${b64.length} B (${gzipped ? "gzip" : "plain"}; limit ${AZURE_CUSTOM_DATA_MAX_BYTES})`);
    }
    assert.equal(AZURE_CUSTOM_DATA_MAX_BYTES, 65536);
  });

  it("uses plain base64 when it fits", () => {
    const small = "#cloud-config\npackages: [lighttpd]\n";
    assert.equal(customDataBase64(small), Buffer.from(small).toString("base64"));
  });

  it("falls back to deterministic gzip when plain base64 would not fit", () => {
    const big = renderCloudInit({ ...VM, releaseTool: `#!/bin/bash\n${"echo 'a long but repetitive tool'\n".repeat(2000)}` });
    const b64 = customDataBase64(big);
    assert.ok(b64.length <= AZURE_CUSTOM_DATA_MAX_BYTES);
    const gz = Buffer.from(b64, "base64");
    assert.deepEqual([...gz.subarray(0, 2)], [0x1f, 0x8b]);
    assert.equal(zlib.gunzipSync(gz).toString("utf8"), big);
    assert.equal(customDataBase64(big), b64, "not deterministic");
  });

  it("throws, naming the sizes, when even gzip does not fit", () => {
    const noise = crypto.randomBytes(60000).toString("base64");
    const huge = renderCloudInit({ ...VM, releaseTool: `#!/bin/bash\n# ${noise}\n` });
    assert.throws(() => customDataBase64(huge), /cloud-init user data is \d+ bytes as base64 \(\d+ gzip-compressed\); Azure custom data is limited to 65536 bytes/);
  });
});

describe("renderCloudInit validation", () => {
  const weakRsa = rsaKey(2048);
  const strongRsa = rsaKey(3072);
  const labConf = renderLighttpdConf({
    port: 8080, bindAddress: "127.0.0.1", releaseRoot: "/srv/lighttpd", logDir: "/tmp/log", cacheDir: "/tmp/cache", runDir: "/tmp/run",
  });
  const invalid: Array<[string, Partial<CloudInitOptions> & Record<string, unknown>, RegExp]> = [
    ["a missing deploy user in vm mode", { deployUser: undefined }, /'deployUser' is required in vm mode/],
    ["a deploy user in vmss mode", { mode: "vmss", lighttpdConf: HOST_CONF }, /'deployUser' must not be set in vmss mode/],
    ["a desired release in vm mode", { desiredRelease: { blobUrl: BLOB, sha256: SHA } }, /'desiredRelease' is for vmss mode only/],
    ["an unknown mode", { mode: "aks" as "vm" }, /'mode' must be "vm" or "vmss"; got "aks"/],
    ["root as deploy user", { deployUser: { name: "root", sshPublicKey: DEPLOY_KEY } }, /'deployUser.name' must be a new account name .*; got "root"/],
    ["www-data as deploy user", { deployUser: { name: "www-data", sshPublicKey: DEPLOY_KEY } }, /'deployUser.name' must be a new account name/],
    ["an upper-case deploy user", { deployUser: { name: "Deploy", sshPublicKey: DEPLOY_KEY } }, /'deployUser.name'/],
    ["a DSA key", { deployUser: { name: "deploy", sshPublicKey: `ssh-dss ${"A".repeat(40)}` } }, /'deployUser.sshPublicKey' must be an ssh-ed25519, ecdsa-sha2-\* or ssh-rsa public key/],
    ["two keys on two lines", { deployUser: { name: "deploy", sshPublicKey: `${DEPLOY_KEY}\n${DEPLOY_KEY}` } }, /'deployUser.sshPublicKey' must be one OpenSSH public key line/],
    ["a key blob of another type", { deployUser: { name: "deploy", sshPublicKey: DEPLOY_KEY.replace("ssh-ed25519", "ssh-rsa") } }, /does not match its type ssh-rsa/],
    ["a 2048-bit RSA key", { deployUser: { name: "deploy", sshPublicKey: weakRsa } }, /is an RSA key of 2048 bits; use ed25519 or RSA of at least 3072 bits/],
    ["a blob URL with a SAS", { mode: "vmss", deployUser: undefined, desiredRelease: { blobUrl: `${BLOB}?sv=2022-11-02&sig=abc`, sha256: SHA } }, /'desiredRelease.blobUrl' must be .* without a query \(no SAS/],
    ["a non-blob URL", { mode: "vmss", deployUser: undefined, desiredRelease: { blobUrl: "https://example.com/r.tar", sha256: SHA } }, /'desiredRelease.blobUrl'/],
    ["an upper-case hash", { mode: "vmss", deployUser: undefined, desiredRelease: { blobUrl: BLOB, sha256: SHA.toUpperCase() } }, /'desiredRelease.sha256' must be 64 lower-case hex digits/],
    ["a bad client id", { mode: "vmss", deployUser: undefined, desiredRelease: { blobUrl: BLOB, sha256: SHA, identityClientId: "x" } }, /'desiredRelease.identityClientId' must be a lower-case GUID/],
    ["a release tool that is not a script", { releaseTool: "" }, /'releaseTool' must be the source of host\/lighttpd-release/],
    ["a magnet script for another root", { releaseIdScript: renderReleaseIdScript({ releaseRoot: "/srv/other" }) }, /'releaseIdScript' must be renderReleaseIdScript\(\) output for releaseRoot "\/srv\/lighttpd"/],
    ["a release root the config does not serve", { releaseRoot: "/srv/web", releaseIdScript: renderReleaseIdScript({ releaseRoot: "/srv/web" }) }, /must set server.document-root = "\/srv\/web\/current"/],
    ["a lab config (no privilege drop, other directories)", { lighttpdConf: labConf }, /must set server.username = "www-data".*\n.*must set server.errorlog = "\/var\/log\/lighttpd\/error.log"/],
    ["a TLS config without tls", { lighttpdConf: HOST_TLS_CONF }, /'lighttpdConf' enables TLS but 'tls' is not true/],
    ["tls without a TLS config", { tls: true }, /'tls' is true but 'lighttpdConf' has no ssl.pemfile/],
    ["a missing host key in vm mode", { sshHostKey: undefined }, /'sshHostKey' is required in vm mode: the deploying agent verifies the host by this key/],
    ["a host public key without its private key", { sshHostKey: { publicKey: HOST_KEY.publicKey } as SshHostKey }, /'sshHostKey.privateKey' and 'sshHostKey.publicKey' must be given together; got only 'sshHostKey.publicKey'/],
    ["a host private key without its public key", { sshHostKey: { privateKey: HOST_KEY.privateKey } as SshHostKey }, /'sshHostKey.privateKey' and 'sshHostKey.publicKey' must be given together; got only 'sshHostKey.privateKey'/],
    ["a PKCS#8 PEM host key", { sshHostKey: { ...HOST_KEY, privateKey: HOST_KEY_MATERIAL.privateKeyPem } }, /'sshHostKey.privateKey' must be an OpenSSH private key block \(-----BEGIN OPENSSH PRIVATE KEY----- ... -----END OPENSSH PRIVATE KEY-----, as tls.PrivateKey's privateKeyOpenssh\); got a block starting "-----BEGIN PRIVATE KEY-----"$/m],
    ["a host private key that is no PEM block", { sshHostKey: { ...HOST_KEY, privateKey: "AAAA" } }, /'sshHostKey.privateKey' must be an OpenSSH private key block .*; got 4 characters that are no such block/],
    ["an OpenSSH block that is not openssh-key-v1", { sshHostKey: { ...HOST_KEY, privateKey: opensshBlock(Buffer.from("not a key at all")) } }, /'sshHostKey.privateKey' is an OPENSSH PRIVATE KEY block whose content is not a well-formed openssh-key-v1 key/],
    ["a passphrase-protected host key", { sshHostKey: { ...HOST_KEY, privateKey: opensshBlock(Buffer.concat([KEY_MAGIC, sshString("aes256-ctr"), sshString("bcrypt"), sshString(Buffer.alloc(24)), u32(1)])) } }, /'sshHostKey.privateKey' is encrypted \(cipher aes256-ctr\); sshd loads host keys without a passphrase/],
    ["an ECDSA host private key", {
      sshHostKey: {
        ...HOST_KEY,
        privateKey: opensshBlock(Buffer.concat([KEY_MAGIC, sshString("none"), sshString("none"), sshString(""), u32(1), sshString(Buffer.concat([sshString("ecdsa-sha2-nistp256"), sshString("nistp256"), sshString(Buffer.alloc(65, 4))])), sshString(Buffer.concat([u32(7), u32(7), sshString("ecdsa-sha2-nistp256")]))])),
      },
    }, /'sshHostKey.privateKey' is a ecdsa-sha2-nistp256 key; it must be an ed25519 key \(cloud-init writes it as ssh_keys.ed25519_private\)/],
    ["an RSA host public key", { sshHostKey: { ...HOST_KEY, publicKey: rsaKey(3072) } }, /'sshHostKey.publicKey' must be one ssh-ed25519 public key line \('ssh-ed25519 AAAA...'\); got "ssh-rsa /],
    ["two host public key lines", { sshHostKey: { ...HOST_KEY, publicKey: `${HOST_KEY.publicKey.trim()}\n${DEPLOY_KEY}` } }, /'sshHostKey.publicKey' must be one ssh-ed25519 public key line/],
    ["an ed25519 label on another key's blob", { sshHostKey: { ...HOST_KEY, publicKey: `ssh-ed25519 ${rsaKey(3072).split(" ")[1]}` } }, /'sshHostKey.publicKey' has a key blob that is not an ed25519 public key/],
    ["a host key pair that does not match", { sshHostKey: { ...HOST_KEY, publicKey: mockEd25519Key("another host").publicKeyOpenssh } }, /'sshHostKey.publicKey' is not the public half of 'sshHostKey.privateKey' \(the host would offer a key the deploying agent does not expect\)/],
  ];
  for (const [name, patch, message] of invalid) {
    it(`rejects ${name}, naming the option`, () => {
      assert.throws(() => renderCloudInit({ ...VM, ...patch } as CloudInitOptions), message);
    });
  }

  it("never quotes a private key in its errors", () => {
    const body = HOST_KEY_MATERIAL.privateKeyPem.split("\n")[1];
    for (const privateKey of [HOST_KEY_MATERIAL.privateKeyPem, HOST_KEY_MATERIAL.privateKeyPem.replace(/^-----BEGIN PRIVATE KEY-----\n/, "")]) {
      assert.throws(() => renderCloudInit({ ...VM, sshHostKey: { ...HOST_KEY, privateKey } }), (e: Error) => {
        assert.match(e.message, /'sshHostKey.privateKey' must be an OpenSSH private key block/);
        assert.ok(!e.message.includes(body), `the error quotes the key: ${e.message}`);
        return true;
      });
    }
  });

  it("accepts RSA keys of 3072 bits and ECDSA keys", () => {
    assert.doesNotThrow(() => renderCloudInit({ ...VM, deployUser: { name: "deploy", sshPublicKey: strongRsa } }));
    const { publicKey } = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
    const jwk = publicKey.export({ format: "jwk" });
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x!, "base64url"), Buffer.from(jwk.y!, "base64url")]);
    const ecdsa = `ecdsa-sha2-nistp256 ${Buffer.concat([sshString("ecdsa-sha2-nistp256"), sshString("nistp256"), sshString(point)]).toString("base64")}`;
    assert.doesNotThrow(() => renderCloudInit({ ...VM, deployUser: { name: "deploy", sshPublicKey: ecdsa } }));
  });
});

// ---------------------------------------------------------------------------------------------------
// the drop-in's capability bounding set is enough for lighttpd to start and drop to www-data

describe("the systemd drop-in's privileges (emulated with setpriv)", function () {
  let child: ReturnType<typeof spawn> | undefined;
  after(() => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
  });

  it("lets lighttpd bind a port below 1024, open its www-data directories, and run as www-data", async function () {
    requireTool("setpriv", "util-linux");
    requireTool("lighttpd", "lighttpd");
    if (process.getuid?.() !== 0) throw new Error("this test starts lighttpd as root, as systemd does; run it as root");
    const caps = renderSystemdDropIn().match(/^CapabilityBoundingSet=(.*)$/m)![1].split(" ");
    const bounding = ["-all", ...caps.map((c) => `+${c.replace(/^CAP_/, "").toLowerCase()}`)].join(",");

    const root = fs.mkdtempSync(path.join(os.tmpdir(), "lighttpd-caps-"));
    fs.chmodSync(root, 0o755);
    const srv = path.join(root, "srv");
    const rel = path.join(srv, "releases", SHA);
    fs.mkdirSync(rel, { recursive: true });
    fs.writeFileSync(path.join(rel, "healthz"), `${SHA}\n`);
    fs.symlinkSync(path.join("releases", SHA), path.join(srv, "current"));
    for (const d of ["log", "cache", "run"]) {
      fs.mkdirSync(path.join(root, d));
      fs.chownSync(path.join(root, d), 33, 33); // www-data, as the Debian package's tmpfiles.d does
      fs.chmodSync(path.join(root, d), 0o750);
    }
    const port = await (async () => {
      for (let p = 1000; p < 1024; p++) {
        const free = await new Promise<boolean>((resolve) => {
          const s = net.createServer().once("error", () => resolve(false)).listen(p, "127.0.0.1", () => s.close(() => resolve(true)));
        });
        if (free) return p;
      }
      throw new Error("no free port in 1000-1023");
    })();
    const opts = {
      port, bindAddress: "127.0.0.1", releaseRoot: srv, logDir: path.join(root, "log"), cacheDir: path.join(root, "cache"),
      runDir: path.join(root, "run"), releaseIdScript: path.join(root, "release-id.lua"), user: "www-data", group: "www-data",
    };
    fs.writeFileSync(path.join(root, "lighttpd.conf"), renderLighttpdConf(opts));
    fs.writeFileSync(opts.releaseIdScript, renderReleaseIdScript(opts));

    child = spawn("setpriv", [`--bounding-set=${bounding}`, "--no-new-privs", "--", "lighttpd", "-D", "-f", path.join(root, "lighttpd.conf")], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (c) => (stderr += c));
    const deadline = Date.now() + 5000;
    let body = "";
    while (Date.now() < deadline && child.exitCode === null) {
      body = await new Promise<string>((resolve) => {
        http.get(`http://127.0.0.1:${port}/healthz`, (res) => {
          let b = "";
          res.on("data", (d) => (b += d));
          res.on("end", () => resolve(res.statusCode === 200 ? b : ""));
        }).on("error", () => resolve(""));
      });
      if (body) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const errorLog = fs.existsSync(path.join(root, "log", "error.log")) ? fs.readFileSync(path.join(root, "log", "error.log"), "utf8") : "";
    assert.equal(body, `${SHA}\n`, `lighttpd did not serve under the bounding set ${bounding}: ${stderr}${errorLog}`);
    const status = fs.readFileSync(`/proc/${child.pid}/status`, "utf8");
    assert.match(status, /^Uid:\s+33\s+33\s+33\s+33$/m, "lighttpd did not switch to www-data");
    assert.match(status, /^NoNewPrivs:\s+1$/m);
    assert.match(status, /^CapEff:\s+0+$/m, "lighttpd kept capabilities after switching user");
    assert.ok(fs.existsSync(path.join(root, "run", "lighttpd.pid")), "no pid file in the run directory");
    child.kill("SIGTERM");
    await new Promise((r) => child!.once("exit", r));
    fs.rmSync(root, { recursive: true, force: true });
  });
});

// ---------------------------------------------------------------------------------------------------
// the rendered host key and sshd drop-in on a real sshd: the host offers exactly the pinned key

describe("the SSH host key on a real sshd (openssh-server)", function () {
  this.timeout(120_000);
  const daemons: ReturnType<typeof spawn>[] = [];
  const dirs: string[] = [];
  after(async () => {
    const running = daemons.filter((d) => d.exitCode === null && d.signalCode === null);
    for (const d of running) d.kill("SIGTERM");
    await Promise.all(running.map((d) => new Promise((r) => d.once("exit", r))));
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Go's x/crypto/ssh client's host key algorithm order (ECDSA first), which the command provider uses. */
  const GO_CLIENT_ORDER = "ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,rsa-sha2-256,rsa-sha2-512,ssh-ed25519";

  function requireSsh(): void {
    requireTool("/usr/sbin/sshd", "openssh-server");
    for (const bin of ["ssh", "ssh-keygen", "ssh-keyscan"]) requireTool(bin, "openssh-client");
    requireTool("/usr/bin/python3", "python3");
    if (process.getuid?.() !== 0) throw new Error("this test starts sshd, which must run as root; run it as root");
  }

  function run(cmd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 30_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  function keygen(file: string, type: "ed25519" | "ecdsa"): string {
    const r = run("ssh-keygen", ["-q", "-t", type, "-N", "", "-C", "", "-f", file]);
    assert.equal(r.status, 0, r.stderr);
    return fs.readFileSync(`${file}.pub`, "utf8");
  }

  async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
      const srv = net.createServer().once("error", reject).listen(0, "127.0.0.1", () => {
        const { port } = srv.address() as net.AddressInfo;
        srv.close(() => resolve(port));
      });
    });
  }

  /** Starts `sshd -D` on a free loopback port with the given config; resolves once it accepts connections. */
  async function startSshd(config: string): Promise<{ port: number; log: () => string }> {
    fs.mkdirSync("/run/sshd", { recursive: true, mode: 0o755 }); // sshd's privilege separation directory
    const t = run("/usr/sbin/sshd", ["-t", "-f", config]);
    assert.equal(t.status, 0, `sshd -t rejected the config: ${t.stderr}`);
    const port = await freePort();
    const d = spawn("/usr/sbin/sshd", ["-D", "-e", "-f", config, "-p", String(port)], { stdio: ["ignore", "ignore", "pipe"] });
    daemons.push(d);
    let log = "";
    d.stderr!.on("data", (b) => (log += b));
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (d.exitCode !== null) throw new Error(`sshd exited with ${d.exitCode}: ${log}`);
      const up = await new Promise<boolean>((resolve) => {
        const sock = net.connect(port, "127.0.0.1").once("connect", () => { sock.destroy(); resolve(true); }).once("error", () => resolve(false));
      });
      if (up) return { port, log: () => log };
      if (Date.now() > deadline) throw new Error(`sshd did not listen on ${port}: ${log}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** ssh as `nobody` (no login shell: it authenticates, then nologin refuses) with exactly one pinned key. */
  function sshPinned(dir: string, port: number, pinned: string, clientKey: string): { status: number | null; stdout: string; stderr: string } {
    const knownHosts = path.join(dir, `known_hosts-${crypto.randomBytes(4).toString("hex")}`);
    fs.writeFileSync(knownHosts, `[127.0.0.1]:${port} ${pinned.trim().split(" ").slice(0, 2).join(" ")}\n`);
    return run("ssh", [
      "-F", "/dev/null", "-v", "-i", clientKey, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
      "-o", "StrictHostKeyChecking=yes", "-o", `UserKnownHostsFile=${knownHosts}`, "-o", "GlobalKnownHostsFile=/dev/null",
      "-o", `HostKeyAlgorithms=${GO_CLIENT_ORDER}`, "-o", "ConnectTimeout=10", "-p", String(port), "nobody@127.0.0.1", "true",
    ]);
  }

  function fingerprint(publicKeyLine: string): string {
    const blob = Buffer.from(publicKeyLine.trim().split(" ")[1], "base64");
    return `SHA256:${crypto.createHash("sha256").update(blob).digest("base64").replace(/=+$/, "")}`;
  }

  it("the mock engine's key pairs are real OpenSSH keys (ssh-keygen derives the same public key)", () => {
    requireSsh();
    const file = writeTemp("mock-key/id", HOST_KEY_MATERIAL.privateKeyOpenssh);
    fs.chmodSync(file, 0o600);
    const r = run("ssh-keygen", ["-y", "-f", file]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), HOST_KEY_MATERIAL.publicKeyOpenssh.trim());
    assert.equal(run("ssh-keygen", ["-l", "-f", file]).stdout.split(" ")[1], HOST_KEY_MATERIAL.fingerprintSha256);
  });

  it("offers exactly the pinned ed25519 key: a client pinning it gets in, a client pinning another key is refused", async () => {
    requireSsh();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sshd-host-key-"));
    dirs.push(dir);
    fs.chmodSync(dir, 0o755); // sshd reads the authorized keys as the target user
    // the stack's key pair, as OpenSSH itself writes it; rendered like the program does
    const hostPublic = keygen(path.join(dir, "stack-host-key"), "ed25519");
    const pair: SshHostKey = { privateKey: fs.readFileSync(path.join(dir, "stack-host-key"), "utf8"), publicKey: hostPublic };
    const userData = renderCloudInit({ ...VM, sshHostKey: pair });
    const cloudConfig = writeTemp("sshd/user-data.yaml", userData);

    // cc_ssh, as cloud-init does it: PyYAML's reading of the file, cloud-init's table of target files
    // and modes, cloud-init's util.write_file; /etc/ssh relocated under the scratch root.
    const etc = path.join(dir, "root");
    const w = run("/usr/bin/python3", ["-c", [
      "import sys, yaml",
      "from cloudinit import util",
      "from cloudinit.config.cc_ssh import CONFIG_KEY_TO_FILE",
      "cfg = yaml.safe_load(open(sys.argv[1]))",
      "assert cfg['ssh_deletekeys'] is True and cfg['ssh_genkeytypes'] == ['ed25519'], cfg",
      "for key, val in sorted(cfg['ssh_keys'].items()):",
      "    target, mode = CONFIG_KEY_TO_FILE[key]",
      "    util.write_file(sys.argv[2] + target, val, mode)",
      "    print(target)",
    ].join("\n"), cloudConfig, etc]);
    assert.equal(w.status, 0, w.stderr);
    assert.deepEqual(w.stdout.trim().split("\n"), [SSH_HOST_KEY_PATH, `${SSH_HOST_KEY_PATH}.pub`]);
    const hostKeyFile = etc + SSH_HOST_KEY_PATH;
    assert.equal(fs.statSync(hostKeyFile).mode & 0o777, 0o600);
    assert.equal(run("ssh-keygen", ["-y", "-f", hostKeyFile]).stdout.trim(), hostPublic.trim(), "the written private key is the pair's");
    // a stray ECDSA key beside it (as a package script or an old image might leave): never offered
    keygen(path.join(etc, "etc/ssh/ssh_host_ecdsa_key"), "ecdsa");

    // sshd: the rendered drop-in first (as sshd_config's Include puts it), its HostKey relocated, then
    // what a scratch sshd needs (loopback, its own pid file and authorized keys, no PAM)
    const dropIn = files(load(userData)).get(SSHD_DROP_IN_PATH)!.content;
    assert.equal(dropIn, SSHD_HARDENING);
    assert.equal(dropIn.split("\n").filter((l) => l.startsWith("HostKey ")).length, 1);
    const relocated = dropIn.replace(`HostKey ${SSH_HOST_KEY_PATH}\n`, `HostKey ${hostKeyFile}\n`);
    assert.notEqual(relocated, dropIn);
    fs.mkdirSync(path.join(dir, "authorized_keys"), { mode: 0o755 });
    const clientKey = path.join(dir, "client");
    fs.writeFileSync(path.join(dir, "authorized_keys", "nobody"), keygen(clientKey, "ed25519"), { mode: 0o644 });
    const scratch = [
      "ListenAddress 127.0.0.1",
      `PidFile ${path.join(dir, "sshd.pid")}`,
      `AuthorizedKeysFile ${path.join(dir, "authorized_keys")}/%u`,
      "StrictModes no",
      "UsePAM no",
      "",
    ].join("\n");
    const config = path.join(dir, "sshd_config");
    fs.writeFileSync(config, `${relocated}${scratch}`);
    const sshd = await startSshd(config);

    // what the host offers, for every key type: exactly the pinned ed25519 key
    const scan = run("ssh-keyscan", ["-p", String(sshd.port), "-t", "rsa,ecdsa,ed25519", "127.0.0.1"]);
    const offered = scan.stdout.split("\n").filter((l) => l && !l.startsWith("#"));
    assert.deepEqual(offered, [`[127.0.0.1]:${sshd.port} ${hostPublic.trim().split(" ").slice(0, 2).join(" ")}`], scan.stderr);

    // a client that pins the key (and, like Go's client, prefers ECDSA) verifies the host and authenticates
    const good = sshPinned(dir, sshd.port, pair.publicKey, clientKey);
    assert.match(good.stderr, new RegExp(`Server host key: ssh-ed25519 ${fingerprint(hostPublic).replace(/[+/]/g, "\\$&")}`));
    assert.match(good.stderr, /Authenticated to 127\.0\.0\.1 \(\[127\.0\.0\.1\]:\d+\) using "publickey"/, `${good.stderr}\n${sshd.log()}`);
    assert.doesNotMatch(good.stderr, /Host key verification failed/);
    assert.deepEqual([good.status, good.stdout.trim()], [1, "This account is currently not available."], "nobody's nologin ran: the session was opened");

    // a client pinning any other key is refused before it authenticates
    const other = keygen(path.join(dir, "other-host-key"), "ed25519");
    const bad = sshPinned(dir, sshd.port, other, clientKey);
    assert.equal(bad.status, 255);
    assert.match(bad.stderr, /Host key verification failed\./);
    assert.doesNotMatch(bad.stderr, /Authenticated to/);

    // control: had sshd also loaded the ECDSA key, a client preferring ECDSA would be offered that one
    // and fail the fixed-key check; this is why the host must have the pinned key only
    const both = path.join(dir, "sshd_config-both");
    fs.writeFileSync(both, `HostKey ${path.join(etc, "etc/ssh/ssh_host_ecdsa_key")}\n${relocated}${scratch.replace(path.join(dir, "sshd.pid"), path.join(dir, "sshd-both.pid"))}`);
    const sshdBoth = await startSshd(both);
    const mixed = sshPinned(dir, sshdBoth.port, pair.publicKey, clientKey);
    assert.match(mixed.stderr, /Server host key: ecdsa-sha2-nistp256 /);
    assert.match(mixed.stderr, /Host key verification failed\./);
  });
});
