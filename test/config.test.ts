import { strict as assert } from "assert";
import { ConfigError, parseStackConfig, PROJECT, FIELDS, editDistance } from "../components/config";

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH7QTurc2EsY0IyCtlyQ9EfSHMNT8feI2s/DmdsGwVjY ops@example";

/** A minimal valid dev config in engine form (every value a string, as Pulumi passes it). */
function base(overrides: Record<string, string | undefined> = {}): Record<string, string> {
    const values: Record<string, string | undefined> = {
        [`${PROJECT}:environment`]: "dev",
        [`${PROJECT}:location`]: "westeurope",
        [`${PROJECT}:adminSshPublicKey`]: KEY,
        [`${PROJECT}:deployerSourceRanges`]: JSON.stringify(["198.51.100.0/28"]),
        [`${PROJECT}:credentialRotationDate`]: "2026-12-01",
        [`${PROJECT}:alertEmails`]: JSON.stringify(["ops=ops@example.com"]),
        [`${PROJECT}:devopsProjectName`]: "web",
        [`${PROJECT}:devopsSubscriptionName`]: "Contoso",
        ...Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k.includes(":") ? k : `${PROJECT}:${k}`, v])),
    };
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

function problemsOf(values: Record<string, string>, secretKeys: string[] = []): readonly string[] {
    try {
        parseStackConfig({ values, secretKeys });
    } catch (e) {
        if (e instanceof ConfigError) return e.problems;
        throw e;
    }
    return [];
}

describe("stack config", () => {
    it("applies every default in one place and decodes typed values", () => {
        const c = parseStackConfig({ values: base({ webInstanceCount: "3", tlsEnabled: "true", webZones: '["1","2"]' }) });
        assert.equal(c.webInstanceCount, 3);
        assert.equal(c.tlsEnabled, true);
        assert.deepEqual(c.webZones, ["1", "2"]);
        assert.equal(c.namePrefix, "lhttpd");
        assert.equal(c.webMode, "vm");
        assert.equal(c.webImage, "Canonical:ubuntu-24_04-lts:server:latest");
        assert.equal(c.dnsLabel, undefined);
        for (const [key, meta] of Object.entries(FIELDS)) {
            const m = meta as { default?: unknown };
            if (m.default !== undefined && !["webInstanceCount", "tlsEnabled", "webZones", "deployerSourceRanges", "alertEmails"].includes(key)) {
                assert.deepEqual((c as Record<string, unknown>)[key], m.default, `default of ${key}`);
            }
        }
    });

    it("accepts a webhook URL stored as a secret", () => {
        const values = base({ alertWebhookUrl: "https://hooks.example.com/T0/abc", alertEmails: "[]" });
        const c = parseStackConfig({ values, secretKeys: [`${PROJECT}:alertWebhookUrl`] });
        assert.equal(c.alertWebhookUrl, "https://hooks.example.com/T0/abc");
    });

    it("derives prod's delivery defaults: main only, protected branch, the pipeline created here", () => {
        const prod = parseStackConfig({ values: base({ environment: "prod", webInstanceCount: "2", webZones: '["1","2"]', devopsApprovers: '["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"]' }) });
        assert.deepEqual([prod.devopsAllowedBranches, prod.devopsVerifyBranchProtection, prod.devopsPipelineCreate, prod.devopsExclusiveLock], [["refs/heads/main"], true, true, true]);
        const dev = parseStackConfig({ values: base() });
        assert.deepEqual([dev.devopsAllowedBranches, dev.devopsVerifyBranchProtection, dev.devopsPipelineCreate], [["refs/heads/main", "refs/pull/*"], false, false]);
        const own = parseStackConfig({ values: base({ devopsAllowedBranches: '["refs/heads/release/*"]' }) });
        assert.deepEqual(own.devopsAllowedBranches, ["refs/heads/release/*"]);
    });

    it("ignores keys of other namespaces (provider config)", () => {
        assert.deepEqual(problemsOf(base({ "azure-native:location": "westeurope", "azuredevops:orgServiceUrl": "https://dev.azure.com/x" })), []);
    });

    // One case per rule: the exact message an operator sees.
    const cases: { name: string; values: Record<string, string | undefined>; secretKeys?: string[]; expect: string[] }[] = [
        {
            name: "a missing required key",
            values: { location: undefined },
            expect: [`'${PROJECT}:location' is required: set it to an Azure region name in lower case without spaces, e.g. 'westeurope'; got nothing`],
        },
        {
            name: "a misspelled key, with a did-you-mean",
            values: { webInstanceCont: "2" },
            expect: [`'${PROJECT}:webInstanceCont' is not a known key; did you mean '${PROJECT}:webInstanceCount'?`],
        },
        {
            name: "an unknown key far from any known one, listing the known keys",
            values: { frobnicate: "yes" },
            expect: [`'${PROJECT}:frobnicate' is not a known key; known keys: ${Object.keys(FIELDS).join(", ")}`],
        },
        {
            name: "a wrong type (text for an integer)",
            values: { webInstanceCount: "two" },
            expect: [`'${PROJECT}:webInstanceCount' must be an integer from 1 to 100; got 'two'`],
        },
        {
            name: "an out-of-range integer",
            values: { webInstanceCount: "0" },
            expect: [`'${PROJECT}:webInstanceCount' must be an integer from 1 to 100; got 0`],
        },
        {
            name: "a wrong shape (a string where a list is expected)",
            values: { webZones: "1" },
            expect: [`'${PROJECT}:webZones' must be a list of distinct zones from '1', '2', '3'; got '1'`],
        },
        {
            name: "a value outside an enumeration",
            values: { webMode: "aks" },
            expect: [`'${PROJECT}:webMode' must be one of 'vm', 'vmss'; got 'aks'`],
        },
        {
            name: "a boolean written as text",
            values: { tlsEnabled: "yes" },
            expect: [`'${PROJECT}:tlsEnabled' must be true or false; got 'yes'`],
        },
        {
            name: "duplicate zones",
            values: { webZones: '["1","1"]' },
            expect: [`'${PROJECT}:webZones' must be a list of distinct zones from '1', '2', '3'; got ["1","1"]`],
        },
        {
            name: "a subnet outside the VNet",
            values: { webSubnetPrefix: "10.99.1.0/24" },
            expect: [`'${PROJECT}:webSubnetPrefix' must lie inside '${PROJECT}:vnetAddressSpace' (10.40.0.0/16); got '10.99.1.0/24'`],
        },
        {
            name: "a CIDR with host bits set",
            values: { vnetAddressSpace: "10.40.0.1/16" },
            expect: [`'${PROJECT}:vnetAddressSpace' must be an IPv4 CIDR range such as '10.40.0.0/16' with a prefix from /8 to /28; got '10.40.0.1/16'`],
        },
        {
            name: "vm mode without deployer ranges",
            values: { deployerSourceRanges: "[]" },
            expect: [`'${PROJECT}:deployerSourceRanges' must list at least one range when '${PROJECT}:webMode' is 'vm' (releases are pushed over SSH from the deploying agent); got []`],
        },
        {
            name: "deployer ranges in vmss (pull) mode",
            values: { webMode: "vmss" },
            expect: [`'${PROJECT}:deployerSourceRanges' must be empty when '${PROJECT}:webMode' is 'vmss' (pull mode opens no SSH at all); got ["198.51.100.0/28"]`],
        },
        {
            name: "a vmss-only key in vm mode",
            values: { autoscaleMaxCount: "4" },
            expect: [`'${PROJECT}:autoscaleMaxCount' is only used when '${PROJECT}:webMode' is 'vmss'; remove it or set webMode to 'vmss'`],
        },
        {
            name: "webInstanceCount in vmss mode",
            values: { webMode: "vmss", deployerSourceRanges: "[]", webInstanceCount: "2" },
            expect: [`'${PROJECT}:webInstanceCount' is only used when '${PROJECT}:webMode' is 'vm'; in vmss mode set '${PROJECT}:autoscaleMinCount' and '${PROJECT}:autoscaleMaxCount'`],
        },
        {
            name: "autoscale minimum above maximum",
            values: { webMode: "vmss", deployerSourceRanges: "[]", autoscaleMinCount: "5", autoscaleMaxCount: "3" },
            expect: [`'${PROJECT}:autoscaleMinCount' must not exceed '${PROJECT}:autoscaleMaxCount'; got 5 > 3`],
        },
        {
            name: "scale-in threshold too close to scale-out",
            values: { webMode: "vmss", deployerSourceRanges: "[]", autoscaleCpuScaleInPercent: "65", autoscaleCpuScaleOutPercent: "70" },
            expect: [`'${PROJECT}:autoscaleCpuScaleInPercent' must be at least 10 points below '${PROJECT}:autoscaleCpuScaleOutPercent' to avoid flapping; got 65 and 70`],
        },
        {
            name: "prod without zone redundancy or a second instance",
            values: { environment: "prod", devopsApprovers: '["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"]' },
            expect: [
                `'${PROJECT}:webZones' must list at least two zones when '${PROJECT}:environment' is 'prod' (zone redundancy); got []`,
                `'${PROJECT}:webInstanceCount' must be at least 2 when '${PROJECT}:environment' is 'prod'; got 1`,
            ],
        },
        {
            name: "prod scale set with a single instance",
            values: { environment: "prod", webMode: "vmss", deployerSourceRanges: "[]", webZones: '["1","2"]', autoscaleMinCount: "1", devopsApprovers: '["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"]' },
            expect: [`'${PROJECT}:autoscaleMinCount' must be at least 2 when '${PROJECT}:environment' is 'prod'; got 1`],
        },
        {
            name: "a tag the program sets itself",
            values: { tags: '["environment=x"]' },
            expect: [`'${PROJECT}:tags' must not set 'environment', which the program sets itself; got 'environment=x'`],
        },
        {
            name: "a reserved admin user name",
            values: { adminUsername: "root" },
            expect: [`'${PROJECT}:adminUsername' must be 1 to 32 lower-case letters, digits, '-' or '_' starting with a letter, not a reserved name such as 'root' or 'admin'; got 'root'`],
        },
        {
            name: "a private key pasted instead of a public key",
            values: { adminSshPublicKey: "-----BEGIN OPENSSH PRIVATE KEY-----" },
            expect: [`'${PROJECT}:adminSshPublicKey' must be an OpenSSH public key line such as 'ssh-ed25519 AAAA... comment'; got '-----BEGIN OPENSSH PRIVATE KEY-----'`],
        },
        {
            name: "a site directory escaping the project",
            values: { siteDir: "../elsewhere" },
            expect: [`'${PROJECT}:siteDir' must be a directory path (relative to the project, or absolute) without '..'; got '../elsewhere'`],
        },
        {
            name: "purge protection off while disks use a customer-managed key",
            values: { keyVaultPurgeProtection: "false" },
            expect: [`'${PROJECT}:keyVaultPurgeProtection' must be true when '${PROJECT}:diskEncryptionCustomerKey' is true (Azure requires purge protection on the vault of a disk encryption set); got false`],
        },
        {
            name: "prod without purge protection or customer-managed keys",
            values: { environment: "prod", webInstanceCount: "2", webZones: '["1","2"]', keyVaultPurgeProtection: "false", diskEncryptionCustomerKey: "false", devopsApprovers: '["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"]' },
            expect: [
                `'${PROJECT}:keyVaultPurgeProtection' must be true when '${PROJECT}:environment' is 'prod'; got false`,
                `'${PROJECT}:diskEncryptionCustomerKey' must be true when '${PROJECT}:environment' is 'prod'; got false`,
            ],
        },
        {
            name: "a key that would expire before it is rotated",
            values: { keyRotationDays: "300", keyExpiryDays: "320" },
            expect: [`'${PROJECT}:keyExpiryDays' must exceed '${PROJECT}:keyRotationDays' + '${PROJECT}:keyExpiryNotifyDays' (300 + 30), so a key is rotated before it expires; got 320`],
        },
        {
            name: "a soft-delete retention out of range",
            values: { keyVaultSoftDeleteRetentionDays: "3" },
            expect: [`'${PROJECT}:keyVaultSoftDeleteRetentionDays' must be an integer from 7 to 90; got 3`],
        },
        {
            name: "an Internet-wide Key Vault firewall rule",
            values: { keyVaultAllowedIpRanges: '["0.0.0.0/0"]' },
            expect: [`'${PROJECT}:keyVaultAllowedIpRanges' item 0 must not open the Key Vault to the Internet; got '0.0.0.0/0'`],
        },
        {
            name: "a rotation date that is not a date",
            values: { credentialRotationDate: "2026-13-01" },
            expect: [`'${PROJECT}:credentialRotationDate' must be a date 'YYYY-MM-DD'; got '2026-13-01'`],
        },
        {
            name: "a malformed release pin",
            values: { releasePin: "abc" },
            expect: [`'${PROJECT}:releasePin' must be a release id: 64 lower-case hexadecimal digits; got 'abc'`],
        },
        {
            name: "deployOverPrivateNetwork in vmss mode",
            values: { webMode: "vmss", deployerSourceRanges: "[]", deployOverPrivateNetwork: "true" },
            expect: [`'${PROJECT}:deployOverPrivateNetwork' is only used when '${PROJECT}:webMode' is 'vm' (pull mode opens no SSH at all)`],
        },
        {
            name: "a webhook URL in plain text",
            values: { alertWebhookUrl: "https://hooks.example.com/T0/abc" },
            expect: [`'${PROJECT}:alertWebhookUrl' must be stored as a secret (pulumi config set --secret alertWebhookUrl ...); it is in plain text`],
        },
        {
            name: "alerts without any receiver",
            values: { alertEmails: "[]" },
            expect: [`'${PROJECT}:alertEmails' or '${PROJECT}:alertWebhookUrl' must be set: alerts need at least one receiver; got neither`],
        },
        {
            name: "an alert window Azure Monitor does not offer",
            values: { alert5xxWindowMinutes: "7" },
            expect: [`'${PROJECT}:alert5xxWindowMinutes' must be one of 5, 10, 15, 30, 45, 60, 120, 180, 240, 300, 360, 1440; got 7`],
        },
        {
            name: "a malformed alert e-mail",
            values: { alertEmails: '["ops"]' },
            expect: [`'${PROJECT}:alertEmails' must be a list of 'name=address' strings (name: 1 to 64 letters, digits, '-' or '_'); got ["ops"]`],
        },
        {
            name: "a prod stack without approval",
            values: { environment: "prod", webInstanceCount: "2", webZones: '["1","2"]' },
            expect: [`'${PROJECT}:devopsApprovers' must list at least one Azure DevOps identity id when '${PROJECT}:environment' is 'prod' (deployments need an approval); got []`],
        },
        {
            name: "prod deployments from pull requests or any branch",
            values: { environment: "prod", webInstanceCount: "2", webZones: '["1","2"]', devopsApprovers: '["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"]', devopsAllowedBranches: '["refs/heads/main","refs/pull/*"]' },
            expect: [`'${PROJECT}:devopsAllowedBranches' must not admit every branch or pull-request builds when '${PROJECT}:environment' is 'prod'; got ["refs/heads/main","refs/pull/*"]`],
        },
        {
            name: "a prod requester approving their own deployment",
            values: { environment: "prod", webInstanceCount: "2", webZones: '["1","2"]', devopsApprovers: '["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"]', devopsRequesterCanApprove: "true" },
            expect: [`'${PROJECT}:devopsRequesterCanApprove' must be false when '${PROJECT}:environment' is 'prod'; got true`],
        },
        {
            name: "more required approvers than approvers",
            values: { devopsApprovers: '["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"]', devopsMinimumApprovers: "2" },
            expect: [`'${PROJECT}:devopsMinimumApprovers' must not exceed the number of '${PROJECT}:devopsApprovers' (1); got 2`],
        },
        {
            name: "approval settings without approvers",
            values: { devopsApprovalTimeoutMinutes: "60" },
            expect: [`'${PROJECT}:devopsApprovalTimeoutMinutes' is only used with '${PROJECT}:devopsApprovers'; list the approvers or remove it`],
        },
        {
            name: "an approver that is not an identity id",
            values: { devopsApprovers: '["alice@example.com"]' },
            expect: [`'${PROJECT}:devopsApprovers' must be a list of distinct GUIDs; got ["alice@example.com"]`],
        },
        {
            name: "business hours ending before they start",
            values: { devopsBusinessHours: "UTC|monday|18:00-08:00" },
            expect: [`'${PROJECT}:devopsBusinessHours' must be '' or 'TimeZoneId|day,day,...|HH:MM-HH:MM' with lower-case weekdays and start before end; got 'UTC|monday|18:00-08:00'`],
        },
        {
            name: "a plain setting stored as a secret",
            values: { webVmSize: "Standard_B2s" },
            secretKeys: [`${PROJECT}:webVmSize`],
            expect: [`'${PROJECT}:webVmSize' is stored as a secret but is not a secret setting, so it would reach resource inputs in plain text; store it with 'pulumi config set webVmSize ...' (no --secret)`],
        },
    ];
    for (const c of cases) {
        it(`rejects ${c.name}`, () => {
            assert.deepEqual(problemsOf(base(c.values), c.secretKeys), c.expect);
        });
    }

    for (const forbidden of ["*", "Internet", "Any", "0.0.0.0/0", "::/0", "internet", "10.0.0.0/0"]) {
        it(`rejects '${forbidden}' as a deployer range (SSH from the Internet)`, () => {
            assert.deepEqual(problemsOf(base({ deployerSourceRanges: JSON.stringify([forbidden]) })), [
                `'${PROJECT}:deployerSourceRanges' item 0 must not open SSH to the Internet; got '${forbidden}' ('*', 'Internet', 'Any', '0.0.0.0/0' and '::/0' are refused: list the deploying agent's own ranges)`,
            ]);
        });
    }

    it("accepts single addresses and narrow ranges as deployer ranges", () => {
        assert.deepEqual(problemsOf(base({ deployerSourceRanges: '["203.0.113.7", "10.1.0.0/16"]' })), []);
    });

    it("reports every problem at once, in one error", () => {
        const problems = problemsOf(base({ webMode: "x", webInstanceCount: "-1", typo: "1", location: undefined }));
        assert.equal(problems.length, 4);
        assert.match(problems.join("\n"), /webMode/);
        assert.match(problems.join("\n"), /webInstanceCount/);
        assert.match(problems.join("\n"), /typo/);
        assert.match(problems.join("\n"), /location/);
        const err = (() => { try { parseStackConfig({ values: base({ webMode: "x" }) }); } catch (e) { return e as Error; } return undefined; })();
        assert.ok(err instanceof ConfigError);
        assert.equal(err.message, `invalid stack configuration (1 problem):\n  - '${PROJECT}:webMode' must be one of 'vm', 'vmss'; got 'x'`);
    });

    it("does not let a default stand in for a value that could not be decoded", () => {
        // webZones given as garbage in prod must not also trigger the zone-redundancy rule on the default [].
        const problems = problemsOf(base({ environment: "prod", webInstanceCount: "2", webZones: "not-json", devopsApprovers: '["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"]' }));
        assert.deepEqual(problems, [`'${PROJECT}:webZones' must be a list of distinct zones from '1', '2', '3'; got 'not-json'`]);
    });

    it("computes edit distance for suggestions", () => {
        assert.equal(editDistance("webZone", "webZones"), 1);
        assert.equal(editDistance("abc", "abc"), 0);
        assert.equal(editDistance("kitten", "sitting"), 3);
    });
});
