/**
 * Entry point: validate the stack configuration, build the platform, export what operators need.
 * Everything else lives in components/ (see ARCHITECTURE.md for the planes).
 */
import * as pulumi from "@pulumi/pulumi";
import { loadStackConfig } from "./components/loadConfig";
import { Platform } from "./components/Platform";

const config = loadStackConfig();
const platform = new Platform("lighttpd", {
    config,
    project: pulumi.getProject(),
    stack: pulumi.getStack(),
});

export const resourceGroupName = platform.resourceGroupName;
export const url = platform.url;
export const publicIpAddress = platform.publicIpAddress;
export const releaseId = platform.releaseId;
export const releaseCommit = platform.releaseCommit;
/** vm mode: the hosts' SSH host key, to pin in known_hosts (absent in vmss mode). */
export const sshHostPublicKey = platform.sshHostPublicKey;
