/**
 * Naming rules of the delivery plane, shared by the Delivery component and by the test that
 * cross-checks azure-pipelines.yml against the program. Pure; no Pulumi imports.
 *
 * Azure Pipelines resolves environments and service connections by name when it compiles a run, so
 * the YAML and the program must agree on these names exactly: both take them from here.
 */
import { slug } from "./naming";

/** Name of the Azure DevOps environment of a stack, e.g. `lighttpd-azure-prod`. */
export function environmentName(project: string, stack: string): string {
    return `${slug(project)}-${slug(stack)}`;
}

/** Name of the Azure Resource Manager service connection of a stack, e.g. `sc-lighttpd-azure-prod`. */
export function serviceConnectionName(project: string, stack: string): string {
    return `sc-${slug(project)}-${slug(stack)}`;
}

/** Name of the (single) pipeline that previews and deploys every stack, e.g. `lighttpd-azure`. */
export function pipelineName(project: string): string {
    return slug(project);
}

/** The source branch of an Azure Pipelines pull-request build (`Build.SourceBranch`). */
export const PULL_REQUEST_REF_EXAMPLE = "refs/pull/1/merge";

/**
 * Whether a branch-control check with these allowed branches lets a run from `ref` through.
 * Mirrors the check's matching: `*` alone allows every branch; otherwise each entry is a full ref,
 * where `*` matches any run of characters (`refs/heads/releases/*`), compared case-insensitively.
 */
export function branchAllowed(allowedBranches: readonly string[], ref: string): boolean {
    return allowedBranches.some((pattern) => {
        const p = pattern.trim();
        if (p === "*") return true;
        const re = new RegExp(`^${p.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "i");
        return re.test(ref);
    });
}
