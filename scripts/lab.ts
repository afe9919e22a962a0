/**
 * Local lab (ARCHITECTURE.md, contract 3).
 *
 *   npm run lab -- --port P --dir D [--stack NAME]
 *
 * Runs, in the foreground, a real lighttpd with the stack's rendered lighttpd.conf (only the listen
 * address, ports and directories substituted), document root D/current; packs site/ (or the stack's
 * siteDir) and activates it through host/lighttpd-release with a health check; prints a line with
 * http://127.0.0.1:P when ready; stops lighttpd on SIGINT or SIGTERM. GET /healthz answers 200 with the
 * active release's sha256. With TLS on in the stack, HTTPS listens on P+1 with a self-signed certificate.
 */
import { spawn, spawnSync, ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { offlinePlaceholder, parseStackConfig, StackConfig } from "../components/config";
import { renderLighttpdConf, renderReleaseIdScript } from "../components/lighttpdConf";
import { labLighttpdOptions } from "../components/hostLighttpd";
import { packSite } from "../components/archive";
import { intOption, parseOrUsage, UsageError } from "./cli";
import { readStackConfigFile } from "./stackFile";

const ROOT = path.resolve(__dirname, "..");
const TOOL = path.join(ROOT, "host", "lighttpd-release");
const USAGE = "usage: npm run lab -- --port P --dir D [--stack NAME]";

interface LabArgs { readonly port: number; readonly dir: string; readonly stack: string }


function parseArgs(argv: readonly string[]): LabArgs {
    let port: number | undefined, dir: string | undefined, stack = "dev";
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const value = () => {
            const v = argv[++i];
            if (v === undefined || v === "") throw new UsageError(`${a} needs a value`);
            return v;
        };
        switch (a) {
            case "--port": {
                port = intOption(a, value(), 1, 65534);
                break;
            }
            case "--dir": dir = value(); break;
            case "--stack": stack = value(); break;
            case "-h": case "--help": throw new UsageError("");
            default: throw new UsageError(`unknown argument '${a}'`);
        }
    }
    if (port === undefined) throw new UsageError("--port is required");
    if (dir === undefined) throw new UsageError("--dir is required");
    return { port, dir: path.resolve(dir), stack };
}

const log = (msg: string) => process.stderr.write(`lab: ${msg}\n`);

function requireBinary(bin: string, pkg: string): void {
    const r = spawnSync("sh", ["-c", `command -v ${bin}`], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`'${bin}' not found: install the Debian package '${pkg}' (apt-get install -y ${pkg})`);
}

function loadStack(stack: string): StackConfig {
    const raw = readStackConfigFile(path.join(ROOT, `Pulumi.${stack}.yaml`), "lighttpd-azure", offlinePlaceholder);
    return parseStackConfig(raw);
}

function selfSignedPem(file: string): void {
    requireBinary("openssl", "openssl");
    const dir = path.dirname(file);
    const r = spawnSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`openssl could not create the lab certificate: ${r.stderr.trim()}`);
    fs.writeFileSync(file, fs.readFileSync(path.join(dir, "cert.pem"), "utf8") + fs.readFileSync(path.join(dir, "key.pem"), "utf8"), { mode: 0o600 });
}

async function waitForHealthz(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`lighttpd exited with code ${child.exitCode} during start-up`);
        try {
            const res = await fetch(`http://127.0.0.1:${port}/healthz`);
            await res.arrayBuffer();
            return; // any HTTP answer means lighttpd is listening
        } catch {
            await new Promise((r) => setTimeout(r, 100));
        }
    }
    throw new Error(`lighttpd did not answer on 127.0.0.1:${port} within ${timeoutMs / 1000} s`);
}

async function main(): Promise<number> {
    const args = parseOrUsage("lab", USAGE, () => parseArgs(process.argv.slice(2)));
    if (args === undefined) return 2;
    requireBinary("lighttpd", "lighttpd");
    const config = loadStack(args.stack);
    const state = path.join(args.dir, ".lab");
    for (const d of ["log", "cache", "run", "tls", "incoming"]) fs.mkdirSync(path.join(state, d), { recursive: true });
    const opts = labLighttpdOptions(config, args.port, args.dir);
    if (opts.tls) selfSignedPem(opts.tls.pemFile);
    const confFile = path.join(state, "lighttpd.conf");
    fs.writeFileSync(confFile, renderLighttpdConf(opts));
    fs.writeFileSync(opts.releaseIdScript!, renderReleaseIdScript(opts));

    const check = spawnSync("lighttpd", ["-tt", "-f", confFile], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`lighttpd -tt rejected the rendered config:\n${check.stderr || check.stdout}`);

    log(`starting lighttpd (${args.stack} stack config) on 127.0.0.1:${args.port}${opts.tls ? ` and https on ${opts.tls.port}` : ""}`);
    const server = spawn("lighttpd", ["-D", "-f", confFile], { stdio: ["ignore", "inherit", "inherit"] });
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
        if (stopping) return;
        stopping = true;
        log(`${signal}: stopping lighttpd`);
        server.kill("SIGTERM");
    };
    process.on("SIGINT", () => stop("SIGINT"));
    process.on("SIGTERM", () => stop("SIGTERM"));
    const exited = new Promise<number>((resolve) => server.on("exit", (code, sig) => resolve(stopping ? 0 : code ?? (sig ? 1 : 0))));

    try {
        await waitForHealthz(args.port, server, 10_000);
        const siteDir = path.isAbsolute(config.siteDir) ? config.siteDir : path.join(ROOT, config.siteDir);
        const archive = path.join(state, "incoming", "site.tar");
        const packed = await packSite(siteDir, { out: archive });
        log(`packed ${path.relative(ROOT, siteDir) || siteDir}: ${packed.fileCount} files, ${packed.bytes} bytes, release ${packed.sha256}`);
        const activate = spawnSync(TOOL, ["--verbose", "--root", args.dir, "--health-url", `http://127.0.0.1:${args.port}/healthz`, "--health-timeout", "10",
            "activate", archive, packed.sha256], { stdio: ["ignore", "inherit", "inherit"] });
        if (activate.status !== 0) throw new Error(`lighttpd-release activate failed with exit code ${activate.status}`);
        process.stdout.write(`lab: release ${packed.sha256} is live at http://127.0.0.1:${args.port}/ (Ctrl-C to stop)\n`);
    } catch (e) {
        stop("SIGTERM");
        await exited;
        throw e;
    }
    return exited;
}

if (require.main === module) {
    main().then((code) => process.exit(code), (e) => {
        process.stderr.write(`lab: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exit(1);
    });
}
