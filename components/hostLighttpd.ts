/**
 * The stack's Lighttpd settings on a host, shared by cloud-init (what runs in Azure) and the local lab
 * (which substitutes only the listen address, ports and directories). Pure.
 */
import { StackConfig } from "./config";
import { HOST_LIGHTTPD_DEFAULTS, LighttpdConfOptions } from "./lighttpdConf";

/** Where the Key Vault VM extension's certificate (chain + key, one PEM) is linked for Lighttpd. */
export const HOST_TLS_PEM = "/etc/lighttpd/tls/site.pem";
export const HOST_TLS_PORT = 443;

/** lighttpd.conf options for a host of this stack. */
export function hostLighttpdOptions(c: Pick<StackConfig, "tlsEnabled">): LighttpdConfOptions {
    return {
        ...HOST_LIGHTTPD_DEFAULTS,
        tls: c.tlsEnabled ? { port: HOST_TLS_PORT, pemFile: HOST_TLS_PEM } : undefined,
    };
}

/**
 * The same options with the lab's substitutions: loopback, the given port (TLS on port + 1), every
 * directory under `dir`, no privilege drop.
 */
export function labLighttpdOptions(c: Pick<StackConfig, "tlsEnabled">, port: number, dir: string): LighttpdConfOptions {
    const host = hostLighttpdOptions(c);
    return {
        port,
        bindAddress: "127.0.0.1",
        releaseRoot: dir,
        logDir: `${dir}/.lab/log`,
        cacheDir: `${dir}/.lab/cache`,
        runDir: `${dir}/.lab/run`,
        releaseIdScript: `${dir}/.lab/release-id.lua`,
        tls: host.tls ? { port: port + 1, pemFile: `${dir}/.lab/tls/site.pem` } : undefined,
    };
}
