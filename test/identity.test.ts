import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { decodeCustomData, evaluate, only } from "./harness";
import { ROLES, FORBIDDEN_ROLES, assignmentName } from "../components/rbac";
import { delegationCondition, DELEGABLE_ROLES, rotationPolicy, expiryEpoch } from "../components/keyVaultPolicy";
import { MOCK_SUBSCRIPTION_ID, installMocks, isSecretEnvelope, promiseOf, reveal } from "../scripts/mocks";
import { Identity } from "../components/Identity";

const T = {
    vault: "azure-native:keyvault:Vault",
    key: "azure-native:keyvault:Key",
    secret: "azure-native:keyvault:Secret",
    des: "azure-native:compute:DiskEncryptionSet",
    ra: "azure-native:authorization:RoleAssignment",
    id: "azure-native:managedidentity:UserAssignedIdentity",
    vm: "azure-native:compute:VirtualMachine",
    vmss: "azure-native:compute:VirtualMachineScaleSet",
    rg: "azure-native:resources:ResourceGroup",
    subnet: "azure-native:network:Subnet",
    container: "azure-native:storage:BlobContainer",
    tlsKey: "tls:index/privateKey:PrivateKey",
    ext: "azure-native:compute:VirtualMachineExtension",
};
const roleId = (id: string) => `/subscriptions/${MOCK_SUBSCRIPTION_ID}/providers/Microsoft.Authorization/roleDefinitions/${id}`;

describe("identity and secrets (mock engine)", () => {
    for (const [stack, retention] of [["dev", 7], ["prod", 90]] as const) {
        it(`declares the ${stack} Key Vault with RBAC, purge protection and a deny-by-default firewall`, async () => {
            const { engine } = await evaluate(stack);
            const v = only(engine, T.vault);
            assert.match(String(v.inputs.vaultName), new RegExp(`^kv-lhttpd-${stack}-[a-z0-9]{6}$`));
            const p = v.inputs.properties as Record<string, any>;
            assert.equal(p.enableRbacAuthorization, true);
            assert.equal(p.accessPolicies, undefined, "no access policies: RBAC only");
            assert.equal(p.enablePurgeProtection, true);
            assert.equal(p.enableSoftDelete, true);
            assert.equal(p.softDeleteRetentionInDays, retention);
            assert.equal(p.publicNetworkAccess, "Enabled");
            assert.deepEqual(p.networkAcls, {
                defaultAction: "Deny",
                bypass: "AzureServices",
                ipRules: [],
                virtualNetworkRules: [{ id: only(engine, T.subnet).outputs.id, ignoreMissingVnetServiceEndpoint: false }],
            });
            assert.deepEqual(only(engine, T.subnet).inputs.serviceEndpoints, [{ service: "Microsoft.KeyVault" }, { service: "Microsoft.Storage" }]);
        });
    }

    it("admits configured IP ranges and can close the public endpoint", async () => {
        const { engine } = await evaluate("dev", { keyVaultAllowedIpRanges: ["203.0.113.0/28"], keyVaultPublicNetworkAccess: false });
        const p = only(engine, T.vault).inputs.properties as Record<string, any>;
        assert.deepEqual(p.networkAcls.ipRules, [{ value: "203.0.113.0/28" }]);
        assert.equal(p.publicNetworkAccess, "Disabled");
    });

    it("leaves purge protection unset (off) only in dev without customer-managed disk keys", async () => {
        const { engine } = await evaluate("dev", { keyVaultPurgeProtection: false, diskEncryptionCustomerKey: false });
        assert.equal((only(engine, T.vault).inputs.properties as any).enablePurgeProtection, undefined);
        assert.equal(engine.ofType(T.des).length, 0);
        assert.equal((only(engine, T.vm).inputs.storageProfile as any).osDisk.managedDisk.diskEncryptionSet, undefined);
    });

    it("rotates the disk key on the configured schedule and notifies before expiry", async () => {
        const { engine } = await evaluate("prod");
        const k = only(engine, T.key).inputs.properties as Record<string, unknown>;
        assert.deepEqual(k, {
            kty: "RSA", keySize: 3072, keyOps: ["wrapKey", "unwrapKey"],
            attributes: { enabled: true, exportable: false },
            rotationPolicy: {
                attributes: { expiryTime: "P365D" },
                lifetimeActions: [
                    { trigger: { timeAfterCreate: "P180D" }, action: { type: "rotate" } },
                    { trigger: { timeBeforeExpiry: "P30D" }, action: { type: "notify" } },
                ],
            },
        });
        assert.throws(() => rotationPolicy({ rotateAfterDays: 300, expiryDays: 320, notifyBeforeExpiryDays: 30 }), /must exceed/);
    });

    it("encrypts VM and scale-set disks with the disk encryption set, which follows the key", async () => {
        const cases: [string, (e: any) => any][] = [
            ["dev", (e) => (only(e, T.vm).inputs as any).storageProfile.osDisk],
            ["prod", (e) => (only(e, T.vmss).inputs as any).virtualMachineProfile.storageProfile.osDisk],
        ];
        for (const [stack, get] of cases) {
            const { engine } = await evaluate(stack);
            const des = only(engine, T.des);
            const key = only(engine, T.key), vault = only(engine, T.vault);
            assert.deepEqual(des.inputs.activeKey, { keyUrl: key.outputs.keyUri, sourceVault: { id: vault.outputs.id } });
            assert.equal(des.inputs.rotationToLatestKeyVersionEnabled, true);
            assert.equal(des.inputs.encryptionType, "EncryptionAtRestWithCustomerKey");
            assert.deepEqual(get(engine).managedDisk.diskEncryptionSet, { id: des.outputs.id });
        }
    });

    it("makes disks wait for the encryption set's access to the key", async () => {
        const { engine } = await evaluate("dev");
        const access = engine.get(T.ra, "lighttpd-kv-des-uses-key");
        assert.ok(only(engine, T.vm).dependencies.includes(access.urn), "the VM depends on the DES role assignment");
    });

    it("assigns exactly these roles, each with principalType and a deterministic name (prod)", async () => {
        const { engine } = await evaluate("prod");
        const web = engine.get(T.id, "lighttpd-identity-web"), deployer = engine.get(T.id, "lighttpd-identity-deployer");
        const des = only(engine, T.des), key = only(engine, T.key), vault = only(engine, T.vault);
        const rg = only(engine, T.rg), container = only(engine, T.container);
        const expected: [string, string, unknown, unknown][] = [
            ["lighttpd-deployer-contributor", ROLES.contributor, rg.outputs.id, deployer.outputs.principalId],
            ["lighttpd-deployer-rbac-admin", ROLES.rbacAdministrator, rg.outputs.id, deployer.outputs.principalId],
            ["lighttpd-release-web-reads-releases", ROLES.storageBlobDataReader, container.outputs.id, web.outputs.principalId],
            ["lighttpd-release-deployer-writes-releases", ROLES.storageBlobDataContributor, container.outputs.id, deployer.outputs.principalId],
            ["lighttpd-kv-web-reads-secrets", ROLES.keyVaultSecretsUser, vault.outputs.id, web.outputs.principalId],
            ["lighttpd-kv-des-uses-key", ROLES.keyVaultCryptoServiceEncryptionUser, key.outputs.id, (des.outputs.identity as any).principalId],
        ];
        const actual = engine.ofType(T.ra);
        // identity → service connection → federated credential → role assignments
        const trust = only(engine, "azure-native:managedidentity:FederatedIdentityCredential");
        for (const n of ["lighttpd-deployer-contributor", "lighttpd-deployer-rbac-admin", "lighttpd-release-deployer-writes-releases"]) {
            assert.ok(engine.get(T.ra, n).dependencies.includes(trust.urn), `${n} waits for the federated credential`);
        }
        assert.deepEqual(actual.map((r) => r.name).sort(), expected.map((e) => e[0]).sort());
        for (const [name, role, scope, principal] of expected) {
            const r = engine.get(T.ra, name);
            assert.equal(r.inputs.roleDefinitionId, roleId(role), name);
            assert.equal(r.inputs.scope, scope, name);
            assert.equal(r.inputs.principalId, principal, name);
            assert.equal(r.inputs.principalType, "ServicePrincipal", name);
            assert.match(String(r.inputs.roleAssignmentName), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/, name);
        }
        assert.equal(new Set(actual.map((r) => r.inputs.roleAssignmentName)).size, actual.length, "names are unique");
        for (const r of actual) {
            for (const forbidden of Object.values(FORBIDDEN_ROLES)) assert.ok(!String(r.inputs.roleDefinitionId).endsWith(forbidden), `${r.name} is not Owner/UAA`);
        }
        // Deterministic: the same stack and purpose give the same name on every run.
        assert.equal(engine.get(T.ra, "lighttpd-deployer-contributor").inputs.roleAssignmentName,
            assignmentName("lighttpd-azure", "prod", "deployer-contributor", "contributor"));
    });

    it("trusts the prod service connection's own issuer and subject for the deployer identity", async () => {
        const { engine } = await evaluate("prod");
        const sc = only(engine, "azuredevops:index/serviceEndpointAzureRM:ServiceEndpointAzureRM");
        const trust = only(engine, "azure-native:managedidentity:FederatedIdentityCredential");
        const deployer = engine.get(T.id, "lighttpd-identity-deployer");
        assert.equal(trust.inputs.issuer, sc.outputs.workloadIdentityFederationIssuer);
        assert.equal(trust.inputs.subject, sc.outputs.workloadIdentityFederationSubject);
        assert.deepEqual(trust.inputs.audiences, ["api://AzureADTokenExchange"]);
        assert.equal(trust.inputs.resourceName, deployer.outputs.name);
        assert.equal((sc.inputs.credentials as any).serviceprincipalid, deployer.outputs.clientId);
        assert.equal(sc.inputs.serviceEndpointAuthenticationScheme, "WorkloadIdentityFederation");
        assert.ok(trust.dependencies.includes(sc.urn));
        assert.equal(trust.parent, engine.get("lighttpd-azure:identity:Identity", "lighttpd-identity").urn);
    });

    it("lets the deployer assign only the program's data-plane roles, to service principals (ABAC)", async () => {
        const { engine } = await evaluate("prod");
        const admin = engine.get(T.ra, "lighttpd-deployer-rbac-admin");
        assert.equal(admin.inputs.conditionVersion, "2.0");
        const ids = [ROLES.storageBlobDataReader, ROLES.storageBlobDataContributor, ROLES.keyVaultSecretsUser, ROLES.keyVaultCryptoServiceEncryptionUser].join(", ");
        assert.equal(admin.inputs.condition, [
            "(", " (", "  !(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})", " )", " OR", " (",
            `  @Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {${ids}}`,
            "  AND",
            "  @Request[Microsoft.Authorization/roleAssignments:PrincipalType] ForAnyOfAnyValues:StringEqualsIgnoreCase {'ServicePrincipal'}",
            " )", ")", "AND", "(", " (", "  !(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})", " )", " OR", " (",
            `  @Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {${ids}}`,
            " )", ")",
        ].join("\n"));
        // The delegable list is exactly the set of roles the program assigns, minus the deployer's own bootstrap roles.
        const assigned = new Set(engine.ofType(T.ra).map((r) => String(r.inputs.roleDefinitionId).split("/").pop()));
        assigned.delete(ROLES.contributor);
        assigned.delete(ROLES.rbacAdministrator);
        assert.deepEqual([...assigned].sort(), DELEGABLE_ROLES.map((r) => ROLES[r]).sort());
        assert.throws(() => delegationCondition([]), /at least one role/);
    });

    it("stores the deploy key as an expiring secret and keeps the program's copy secret", async () => {
        const { engine } = await evaluate("dev");
        const s = only(engine, T.secret);
        assert.equal(s.inputs.secretName, "deploy-ssh-private-key");
        assert.equal(s.inputs.vaultName, only(engine, T.vault).outputs.name);
        const props = s.inputs.properties as Record<string, any>;
        assert.ok(isSecretEnvelope(s.inputs.properties) || isSecretEnvelope(props.value), "the secret value is a Pulumi secret");
        const plain = reveal(s.inputs.properties) as Record<string, any>;
        assert.match(plain.value, /OPENSSH PRIVATE KEY/);
        assert.equal(plain.contentType, "application/x-openssh-private-key");
        assert.deepEqual(plain.attributes, { enabled: true, expires: expiryEpoch("2026-12-01", 180) });
        assert.equal(expiryEpoch("2026-12-01", 180), Date.UTC(2027, 4, 30) / 1000);
    });

    it("regenerates the deploy key when the rotation date changes", async () => {
        const { engine } = await evaluate("dev", { credentialRotationDate: "2027-03-01" });
        assert.equal(engine.get(T.tlsKey, "lighttpd-identity-deploy-key").replacementTrigger, "2027-03-01");
    });

    it("generates one stable ED25519 host key per stack in vm mode, not tied to the rotation date", async () => {
        const { engine } = await evaluate("dev", { webInstanceCount: 3 });
        const key = engine.get(T.tlsKey, "lighttpd-identity-host-key");
        assert.deepEqual(key.inputs, { algorithm: "ED25519" });
        assert.equal(key.parent, engine.get("lighttpd-azure:identity:Identity", "lighttpd-identity").urn);
        assert.equal(key.replacementTrigger, undefined, "no rotation keeper: a new host key recreates the VMs");
        assert.deepEqual(engine.ofType(T.tlsKey).map((k) => k.name).sort(), ["lighttpd-identity-deploy-key", "lighttpd-identity-host-key"], "one host key for all three hosts");
        const rotated = await evaluate("dev", { webInstanceCount: 3, credentialRotationDate: "2027-03-01" });
        const after = rotated.engine.get(T.tlsKey, "lighttpd-identity-host-key");
        assert.deepEqual([after.urn, after.inputs, after.replacementTrigger], [key.urn, key.inputs, undefined]);
        assert.equal(rotated.engine.get(T.tlsKey, "lighttpd-identity-deploy-key").replacementTrigger, "2027-03-01");
        assert.equal((await evaluate("prod")).engine.ofType(T.tlsKey).length, 0, "no host key in vmss mode");
    });

    it("exposes the deploy and host private keys only as secret outputs", async () => {
        await installMocks({ project: "lighttpd-azure", stack: "dev" });
        const id = new Identity("x", {
            resourceGroupName: "rg", location: "westeurope", names: { webIdentity: "w", deployerIdentity: "d" },
            deployKey: true, hostKey: true, rotationKeeper: "k", tags: {},
        });
        assert.equal(await pulumi.isSecret(id.deployPrivateKey!), true);
        assert.equal(await pulumi.isSecret(id.deployPublicKey!), false);
        assert.equal(await pulumi.isSecret(id.hostPrivateKey!), true);
        assert.equal(await pulumi.isSecret(id.hostPublicKey!), false);
        assert.match(await promiseOf(id.hostPublicKey!), /^ssh-ed25519 AAAA[A-Za-z0-9+/]+=*$/, "one trimmed line");
    });

    it("syncs the TLS certificate from Key Vault with the web identity when TLS is on", async () => {
        const { engine } = await evaluate("dev", { tlsEnabled: true });
        const ext = engine.get(T.ext, "lighttpd-web-vm-0-keyvaultforlinux").inputs as Record<string, any>;
        const vault = only(engine, T.vault);
        const web = engine.get(T.id, "lighttpd-identity-web");
        assert.deepEqual([ext.publisher, ext.type, ext.typeHandlerVersion, ext.vmExtensionName], ["Microsoft.Azure.KeyVault", "KeyVaultForLinux", "3.0", "KeyVaultForLinux"]);
        assert.deepEqual(ext.settings.secretsManagementSettings.observedCertificates, [`https://${vault.inputs.vaultName}.vault.azure.net/secrets/web-tls`]);
        assert.equal(ext.settings.authenticationSettings.msiClientId, web.outputs.clientId);
        const cloudConfig = decodeCustomData(String(reveal((only(engine, T.vm).inputs.osProfile as any).customData)));
        assert.ok(cloudConfig.includes(`ssl.pemfile = "/var/lib/waagent/Microsoft.Azure.KeyVault.Store/${vault.inputs.vaultName}.web-tls"`));
    });
});
