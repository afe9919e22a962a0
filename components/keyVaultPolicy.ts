/** Pure pieces of the identity & secrets plane: key rotation policy, ABAC condition, expiry. */
import { ROLES, RoleName } from "./rbac";

/** ISO 8601 duration in days, as Key Vault's rotation policy expects it. */
export const days = (n: number) => `P${n}D`;

export interface RotationSettings {
    readonly rotateAfterDays: number;
    readonly expiryDays: number;
    readonly notifyBeforeExpiryDays: number;
}

/** Rotate a fixed time after each version is created, notify before expiry; versions expire. */
export function rotationPolicy(s: RotationSettings) {
    if (s.expiryDays <= s.rotateAfterDays + s.notifyBeforeExpiryDays) {
        throw new Error(`key expiry (${s.expiryDays} days) must exceed rotation (${s.rotateAfterDays}) + notice (${s.notifyBeforeExpiryDays})`);
    }
    return {
        attributes: { expiryTime: days(s.expiryDays) },
        lifetimeActions: [
            { trigger: { timeAfterCreate: days(s.rotateAfterDays) }, action: { type: "rotate" as const } },
            { trigger: { timeBeforeExpiry: days(s.notifyBeforeExpiryDays) }, action: { type: "notify" as const } },
        ],
    };
}

/**
 * The roles the deployer may assign and remove, through Role Based Access Control Administrator:
 * exactly the data-plane roles this program assigns while it runs as the deployer. (Contributor and
 * the constrained administrator role itself are assigned once by the operator's bootstrap run.)
 */
export const DELEGABLE_ROLES: readonly RoleName[] = [
    "storageBlobDataReader",
    "storageBlobDataContributor",
    "keyVaultSecretsUser",
    "keyVaultCryptoServiceEncryptionUser",
];

/**
 * ABAC condition (version 2.0) for Role Based Access Control Administrator: role assignments may be
 * written or deleted only for the given roles and only for service principals (managed identities).
 * The shape is Azure's "constrain roles and principal types" template.
 */
export function delegationCondition(roles: readonly RoleName[]): string {
    if (roles.length === 0) throw new Error("delegationCondition needs at least one role");
    const ids = roles.map((r) => ROLES[r]).join(", ");
    return [
        "(",
        " (",
        "  !(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})",
        " )",
        " OR",
        " (",
        `  @Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {${ids}}`,
        "  AND",
        "  @Request[Microsoft.Authorization/roleAssignments:PrincipalType] ForAnyOfAnyValues:StringEqualsIgnoreCase {'ServicePrincipal'}",
        " )",
        ")",
        "AND",
        "(",
        " (",
        "  !(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})",
        " )",
        " OR",
        " (",
        `  @Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {${ids}}`,
        " )",
        ")",
    ].join("\n");
}

/** Epoch seconds at which a credential generated on `rotationDate` stops being valid in Key Vault. */
export function expiryEpoch(rotationDate: string, expiryDays: number): number {
    const t = Date.parse(`${rotationDate}T00:00:00Z`);
    if (Number.isNaN(t)) throw new Error(`rotation date '${rotationDate}' is not a date`);
    return Math.floor(t / 1000) + expiryDays * 86400;
}
