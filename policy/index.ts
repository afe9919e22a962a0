/**
 * Entry point of the CrossGuard policy pack `lighttpd-azure-baseline` (the security baseline).
 *
 *   pulumi preview --stack prod --policy-pack policy --policy-pack-config policy/config/prod.json
 *   pulumi up      --stack dev  --policy-pack policy --policy-pack-config policy/config/dev.json
 *
 * This is the only module that constructs the pack: `new PolicyPack` starts the analyzer's gRPC
 * server and reads the version from package.json in the working directory (the CLI runs the pack
 * from this directory, after `npm install` here). The policies live in `policies.ts`, which the
 * offline evaluator (`npm run policy`) imports without starting anything.
 *
 * Enforcement: the pack declares "mandatory" for every policy, so a run without a config file fails
 * closed. `config/<stack>.json` (`{"all": "advisory"}` for dev, `{"all": "mandatory"}` for prod,
 * equal to `policyPackConfigFor(stack)`, checked by test/policy.test.ts) sets the stack's level.
 */
import { PolicyPack } from "@pulumi/policy";
import { policies } from "./policies";

new PolicyPack("lighttpd-azure-baseline", {
    description: "Security baseline of lighttpd-azure: no SSH/RDP from the Internet, key-only login, Key Vault RBAC + purge protection + firewall, storage without shared keys or public blobs, no Owner/UAA, principalType on role assignments, workload identity federation, approvals and branch control on prod environments, customer-managed disk keys, TLS 1.2+.",
    enforcementLevel: "mandatory",
    policies,
});
