/**
 * Role assignments, least privilege: the built-in role ids this program assigns (and the ones it never
 * may), and one helper that always sets principalType and a deterministic assignment name.
 */
import * as crypto from "crypto";
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";

/** Built-in role definition ids (the GUIDs are the same in every tenant). */
export const ROLES = {
    contributor: "b24988ac-6180-42a0-ab88-20f7382dd24c",
    rbacAdministrator: "f58310d9-a9f6-439a-9e8d-f62e7b41a168",
    storageBlobDataReader: "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1",
    storageBlobDataContributor: "ba92f5b4-2d11-453d-a403-e96b0029c9fe",
    keyVaultSecretsUser: "4633458b-17de-408a-b874-0445c86b69e6",
    keyVaultSecretsOfficer: "b86a8fe4-44ce-4948-aee5-eccb2c155cd7",
    keyVaultCryptoOfficer: "14b46e9e-c2b7-41b4-b07b-48a6ebf60603",
    keyVaultCryptoServiceEncryptionUser: "e147488a-f6f5-4113-8e2d-b22465e65bf6",
} as const;

/** Roles that grant unconstrained access management: never assigned by this program. */
export const FORBIDDEN_ROLES = {
    owner: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
    userAccessAdministrator: "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
} as const;

export type RoleName = keyof typeof ROLES;

/** Deterministic GUID for an assignment, from stable strings only (stack, purpose). */
export function assignmentName(...parts: string[]): string {
    const h = crypto.createHash("sha256").update(parts.join("\u0000")).digest("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface GrantArgs {
    readonly role: RoleName;
    readonly scope: pulumi.Input<string>;
    readonly principalId: pulumi.Input<string>;
    /** Managed identities are "ServicePrincipal" for RBAC. */
    readonly principalType: "ServicePrincipal" | "User" | "Group";
    readonly subscriptionId: pulumi.Input<string>;
    /** Stable strings that make the assignment's GUID (e.g. stack and purpose). */
    readonly nameParts: readonly string[];
    readonly description: string;
    /** ABAC condition (version 2.0), e.g. to constrain which roles may be assigned. */
    readonly condition?: string;
}

/** One role assignment with principalType and a deterministic name, parented to `parent`. */
export function grant(name: string, a: GrantArgs, parent: pulumi.Resource, dependsOn: pulumi.Resource[] = []): authorization.RoleAssignment {
    const roleId = ROLES[a.role];
    if ((Object.values(FORBIDDEN_ROLES) as string[]).includes(roleId)) throw new Error(`role ${a.role} is forbidden`);
    return new authorization.RoleAssignment(name, {
        roleAssignmentName: assignmentName(...a.nameParts, a.role),
        scope: a.scope,
        principalId: a.principalId,
        principalType: a.principalType,
        roleDefinitionId: pulumi.interpolate`/subscriptions/${a.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleId}`,
        description: a.description,
        condition: a.condition,
        conditionVersion: a.condition ? "2.0" : undefined,
    }, { parent, dependsOn });
}
