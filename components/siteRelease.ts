/**
 * Builds the release artefact at program time: packs the site into `<archiveDir>/<sha256>.tar`
 * (content-addressed, so an unchanged site yields the same file and the same id). Pure apart from the
 * file it writes; no Pulumi imports.
 */
import * as fs from "fs";
import * as path from "path";
import { packSite, PackResult } from "./archive";

export interface BuiltRelease {
    readonly sha256: string;
    /** Archive path relative to the working directory (stable across checkouts). */
    readonly archivePath: string;
    readonly commit: string | null;
    readonly fileCount: number;
    readonly bytes: number;
}

/** Packs `siteDir` and stores the archive under its hash in `archiveDir` (created if needed). */
export async function buildRelease(siteDir: string, archiveDir: string): Promise<BuiltRelease> {
    fs.mkdirSync(archiveDir, { recursive: true });
    const staging = path.join(archiveDir, `.staging-${process.pid}.tar`);
    let packed: PackResult;
    try {
        packed = await packSite(siteDir, { out: staging });
    } catch (e) {
        fs.rmSync(staging, { force: true });
        throw e;
    }
    const final = path.join(archiveDir, `${packed.sha256}.tar`);
    fs.renameSync(staging, final);
    return {
        sha256: packed.sha256,
        archivePath: path.relative(process.cwd(), final) || final,
        commit: packed.manifest.commit,
        fileCount: packed.fileCount,
        bytes: packed.bytes,
    };
}
