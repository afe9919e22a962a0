/** Reads the stack configuration from the Pulumi engine and validates it (see config.ts). */
import * as pulumi from "@pulumi/pulumi";
import { parseStackConfig, StackConfig } from "./config";

type RuntimeWithSecrets = { isConfigSecret?: (key: string) => boolean };

/**
 * The validated configuration of the running stack. Throws `ConfigError` (listing every problem)
 * before the program registers any resource.
 */
export function loadStackConfig(): StackConfig {
    const values = pulumi.runtime.allConfig();
    // `isConfigSecret` is how the SDK's own Config class tells secret keys apart; it is exported
    // at runtime but typed internal.
    const isSecret = (pulumi.runtime as unknown as RuntimeWithSecrets).isConfigSecret ?? (() => false);
    const secretKeys = Object.keys(values).filter((k) => isSecret(k));
    return parseStackConfig({ values, secretKeys });
}
