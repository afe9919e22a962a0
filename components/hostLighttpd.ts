/**
 * The stack's Lighttpd settings on a host, shared by cloud-init (what runs in Azure) and the local lab
 * (which substitutes only the listen address, ports and directories). Pure.
 */
import { StackConfig } from "./config";
import { HOST_LIGHTTPD_DEFAULTS, LighttpdConfOptions } from "./lighttpdConf";

/** Where the Key Vault VM extension (KeyVaultForLinux 3.x) stores observed certificates. */
export const KEY_VAULT_CERT_STORE = "/var/lib/waagent/Microsoft.Azure.KeyVault.Store";
export const HOST_TLS_PORT = 443;

/** The PEM (chain + key) the extension writes for a certificate: `<store>/<vault>.<certificate>`. */
export function hostTlsPemFile(vaultName: string, certificateName: string): string {
    return `${KEY_VAULT_CERT_STORE}/${vaultName}.${certificateName}`;
}

/** lighttpd.conf options for a host of this stack (`pemFile` required when TLS is on). */
export function hostLighttpdOptions(c: Pick<StackConfig, "tlsEnabled">, pemFile?: string): LighttpdConfOptions {
    if (c.tlsEnabled && !pemFile) throw new Error("hostLighttpdOptions: TLS is on but no certificate file was given");
    return {
        ...HOST_LIGHTTPD_DEFAULTS,
        tls: c.tlsEnabled ? { port: HOST_TLS_PORT, pemFile: pemFile! } : undefined,
    };
}

/**
 * The same options with the lab's substitutions: loopback, the given port (TLS on port + 1), every
 * directory under `dir`, no privilege drop.
 */
export function labLighttpdOptions(c: Pick<StackConfig, "tlsEnabled">, port: number, dir: string): LighttpdConfOptions {
    const host = hostLighttpdOptions(c, `${dir}/.lab/tls/site.pem`);
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
