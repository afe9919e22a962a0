import * as pulumi from "@pulumi/pulumi";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import * as monitor from "@pulumi/azure-native/monitor";
import {
    ACCESS_TABLE,
    LOG_TABLES,
    LogTableSpec,
    RELEASE_TABLE,
    TEXT_INPUT_COLUMNS,
    errorsByReleaseQuery,
    failedActivationsQuery,
    fiveXxRateQuery,
    inputStream,
    outputStream,
    requestsByReleaseQuery,
    tableColumnType,
    transformKql,
} from "./logSchema";

/** An e-mail receiver of the action group. */
export interface EmailReceiver {
    /** Receiver name, unique within the action group. */
    readonly name: string;
    readonly address: string;
}

/** A webhook receiver of the action group. */
export interface WebhookReceiver {
    /** Receiver name, unique within the action group. */
    readonly name: string;
    /** The URI alerts are POSTed to (common alert schema). It usually embeds a token: always handled as a secret. */
    readonly serviceUri: pulumi.Input<string>;
}

/** Alert thresholds and windows. */
export interface AlertSettings {
    /** Alert when more than this percentage of one release's requests answered 5xx within the window. */
    readonly fiveXxRatePercent: number;
    /** Window of the 5xx rate, minutes (a log-alert window: 5, 10, 15, 30, 45, 60, 120, 180, 240, 300, 360 or 1440). */
    readonly fiveXxWindowMinutes: number;
    /** A release needs at least this many requests in the window before its 5xx rate counts (no alert on 1 of 1). */
    readonly fiveXxMinRequests: number;
    /** Alert when at least this many activations or rollbacks failed (status failed or rolled_back) within the window. */
    readonly failedActivations: number;
    /** Window of the failed-activation count, minutes (same values as `fiveXxWindowMinutes`). */
    readonly failedActivationsWindowMinutes: number;
    /** Alert when the load balancer's health probe sees, on average over the window, fewer healthy backends than this percentage. */
    readonly healthProbeMinPercent: number;
    /** Window of the health-probe metric, minutes (a metric-alert window: 1, 5, 15, 30, 60, 360, 720 or 1440). */
    readonly healthProbeWindowMinutes: number;
}

export interface ObservabilityArgs {
    /** Resource group of every resource of this plane. */
    readonly resourceGroupName: pulumi.Input<string>;
    /** Azure region of the workspace, the endpoint, the rule and the log alerts (the hosts' region). */
    readonly location: pulumi.Input<string>;
    /** Deterministic Azure names, one per resource (see naming.ts). */
    readonly names: {
        readonly workspace: string;
        readonly dataCollectionEndpoint: string;
        readonly dataCollectionRule: string;
        readonly actionGroup: string;
        /** The action group's short name (1 to 12 characters), shown in SMS and e-mail subjects. */
        readonly actionGroupShortName: string;
        readonly fiveXxAlert: string;
        readonly failedActivationAlert: string;
        readonly healthProbeAlert: string;
    };
    /** Retention of the workspace and of the custom tables, days (30 to 730). */
    readonly retentionDays: number;
    /**
     * ARM id of the web tier's user-assigned identity: Azure Monitor Agent authenticates with it
     * (see {@link amaExtension}; exposed as `agentExtension`).
     */
    readonly identityId: pulumi.Input<string>;
    /**
     * ARM ids of the resources whose agents use the rule: the VMs (vm mode) or the scale set (vmss
     * mode). How many there are is a plain value; each id may be an Output.
     */
    readonly targets: readonly pulumi.Input<string>[];
    /** ARM id of the web tier's load balancer (its health-probe metric is alerted on). */
    readonly loadBalancerId: pulumi.Input<string>;
    /** E-mail receivers of the action group. @default none (but the group needs at least one receiver) */
    readonly emails?: readonly EmailReceiver[];
    /** Webhook receivers of the action group; each URI is kept secret. @default none */
    readonly webhooks?: readonly WebhookReceiver[];
    /** Thresholds and windows of the three alerts (no defaults here: stack config supplies them). */
    readonly alerts: AlertSettings;
    /** Tags for every taggable resource. */
    readonly tags: Record<string, string>;
}

/** The Azure Monitor Agent VM extension (Linux): name, publisher, type, minimum version. */
export const AMA_EXTENSION = {
    name: "AzureMonitorLinuxAgent",
    publisher: "Microsoft.Azure.Monitor",
    type: "AzureMonitorLinuxAgent",
    /** The minimum version; the platform installs the newest 1.x and keeps it upgraded (Ubuntu 24.04 needs 1.32+). */
    typeHandlerVersion: "1.36",
} as const;

/** The extension spec, usable both as a scale set's `extensionProfile.extensions[]` entry and for a `compute.VirtualMachineExtension`. */
export interface AmaExtensionSpec {
    readonly name: typeof AMA_EXTENSION.name;
    readonly publisher: typeof AMA_EXTENSION.publisher;
    readonly type: typeof AMA_EXTENSION.type;
    readonly typeHandlerVersion: string;
    readonly autoUpgradeMinorVersion: true;
    readonly enableAutomaticUpgrade: true;
    readonly settings: {
        readonly authentication: {
            readonly managedIdentity: { readonly "identifier-name": "mi_res_id"; readonly "identifier-value": pulumi.Input<string> };
        };
    };
}

/**
 * The Azure Monitor Agent extension for the web tier's VMs and scale set, authenticating with the
 * user-assigned identity `identityId` (by its ARM resource id, `mi_res_id`). Pure.
 */
export function amaExtension(identityId: pulumi.Input<string>): AmaExtensionSpec {
    return {
        name: AMA_EXTENSION.name,
        publisher: AMA_EXTENSION.publisher,
        type: AMA_EXTENSION.type,
        typeHandlerVersion: AMA_EXTENSION.typeHandlerVersion,
        autoUpgradeMinorVersion: true,
        enableAutomaticUpgrade: true,
        settings: { authentication: { managedIdentity: { "identifier-name": "mi_res_id", "identifier-value": identityId } } },
    };
}

/** Syslog collected besides the files: daemons and authentication, Warning and above. */
export const SYSLOG_SOURCE = {
    name: "syslogWarningAndAbove",
    facilityNames: ["daemon", "auth", "authpriv"],
    logLevels: ["Warning", "Error", "Critical", "Alert", "Emergency"],
} as const;

/** Name of the workspace destination inside the DCR. */
export const WORKSPACE_DESTINATION = "workspace";

/** Severities (0 critical .. 4 verbose). */
export const ALERT_SEVERITY = { fiveXx: 1, failedActivation: 2, healthProbe: 1 } as const;

/** Log alerts are evaluated this often (minutes); every log window is at least this long. */
export const LOG_ALERT_FREQUENCY_MINUTES = 5;

/**
 * How far back the log alerts' queries may look (`overrideQueryTimeRange`), so that the commit of a
 * release activated before the window is still found in LighttpdRelease_CL. Two days is the
 * maximum the alert service accepts; older releases show Commit "unknown".
 */
export const LOG_ALERT_QUERY_RANGE = "P2D";

/** Load balancer metric of the health probe ("Health Probe Status", percent of successful probes). */
export const HEALTH_PROBE_METRIC = { namespace: "Microsoft.Network/loadBalancers", name: "DipAvailability" } as const;

/** Saved searches (Log Analytics > Queries), category and lookback. */
export const SAVED_SEARCH_CATEGORY = "Lighttpd releases";
export const SAVED_SEARCH_DAYS = 7;

export const LOG_WINDOWS = [5, 10, 15, 30, 45, 60, 120, 180, 240, 300, 360, 1440];
export const METRIC_WINDOWS = [1, 5, 15, 30, 60, 360, 720, 1440];

/** Minutes as a canonical ISO 8601 duration (`PT5M`, `PT1H`, `P1D`). */
export function isoMinutes(m: number): string {
    if (m % 1440 === 0) return `P${m / 1440}D`;
    if (m % 60 === 0) return `PT${m / 60}H`;
    return `PT${m}M`;
}

function validate(name: string, a: ObservabilityArgs): void {
    const problems: string[] = [];
    const int = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;
    if (!int(a.retentionDays, 30, 730)) problems.push(`'retentionDays' must be an integer from 30 to 730; got ${a.retentionDays}`);
    if (a.targets.length === 0) problems.push("'targets' must name at least one VM or scale set; got none");
    const emails = a.emails ?? [], webhooks = a.webhooks ?? [];
    if (emails.length + webhooks.length === 0) problems.push("the action group needs at least one receiver ('emails' or 'webhooks'); got none");
    const names = [...emails, ...webhooks].map((r) => r.name);
    for (const n of names) {
        if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,127}$/.test(n)) problems.push(`receiver name must be 1 to 128 letters, digits, spaces, '.', '_' or '-'; got ${JSON.stringify(n)}`);
    }
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup !== undefined) problems.push(`receiver names must be unique; '${dup}' is used twice`);
    for (const e of emails) {
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e.address)) problems.push(`email receiver '${e.name}' needs an e-mail address; got ${JSON.stringify(e.address)}`);
    }
    for (const w of webhooks) {
        if (typeof w.serviceUri === "string" && !/^https:\/\//.test(w.serviceUri)) problems.push(`webhook receiver '${w.name}' must use an https:// URI`);
    }
    if (!/^[A-Za-z0-9 ._-]{1,12}$/.test(a.names.actionGroupShortName)) problems.push(`'names.actionGroupShortName' must be 1 to 12 characters; got ${JSON.stringify(a.names.actionGroupShortName)}`);
    const t = a.alerts;
    if (!(typeof t.fiveXxRatePercent === "number" && t.fiveXxRatePercent > 0 && t.fiveXxRatePercent <= 100)) problems.push(`'alerts.fiveXxRatePercent' must be a number above 0 and at most 100; got ${t.fiveXxRatePercent}`);
    if (!int(t.fiveXxMinRequests, 1, 1_000_000)) problems.push(`'alerts.fiveXxMinRequests' must be an integer from 1 to 1000000; got ${t.fiveXxMinRequests}`);
    if (!int(t.failedActivations, 1, 1000)) problems.push(`'alerts.failedActivations' must be an integer from 1 to 1000; got ${t.failedActivations}`);
    if (!int(t.healthProbeMinPercent, 1, 100)) problems.push(`'alerts.healthProbeMinPercent' must be an integer from 1 to 100; got ${t.healthProbeMinPercent}`);
    for (const key of ["fiveXxWindowMinutes", "failedActivationsWindowMinutes"] as const) {
        if (!LOG_WINDOWS.includes(t[key])) problems.push(`'alerts.${key}' must be one of ${LOG_WINDOWS.join(", ")}; got ${t[key]}`);
    }
    if (!METRIC_WINDOWS.includes(t.healthProbeWindowMinutes)) problems.push(`'alerts.healthProbeWindowMinutes' must be one of ${METRIC_WINDOWS.join(", ")}; got ${t.healthProbeWindowMinutes}`);
    if (problems.length > 0) throw new Error(`Observability '${name}':\n- ${problems.join("\n- ")}`);
}

/**
 * Observability plane: a Log Analytics workspace; custom tables for Lighttpd's access and error logs
 * and the release tool's log; a data collection endpoint and rule (those three files, parsed into
 * typed columns, plus syslog) associated with every web host; an action group; log alerts on the
 * 5xx rate per release and on failed activations, a metric alert on the load balancer's health
 * probe; saved searches "Requests by release" and "Errors by release". Alerts and searches name the
 * release (from the access log) and its commit (joined from the release tool's log).
 * The agent itself is installed by the web tier, with {@link amaExtension}.
 */
export class Observability extends pulumi.ComponentResource {
    public readonly workspaceId: pulumi.Output<string>;
    public readonly dataCollectionRuleId: pulumi.Output<string>;
    public readonly actionGroupId: pulumi.Output<string>;
    /** The agent extension for the web tier, authenticating with `identityId`. */
    public readonly agentExtension: AmaExtensionSpec;

    constructor(name: string, args: ObservabilityArgs, opts: pulumi.ComponentResourceOptions = {}) {
        super("lighttpd-azure:observability:Observability", name, {}, opts);
        validate(name, args);
        const n = args.names, t = args.alerts;

        const workspace = new operationalinsights.Workspace(`${name}-workspace`, {
            workspaceName: n.workspace,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            sku: { name: "PerGB2018" },
            retentionInDays: args.retentionDays,
            // Entra ID only (Azure Monitor Agent and queries use it); access follows resource RBAC too.
            features: { disableLocalAuth: true, enableLogAccessUsingOnlyResourcePermissions: true },
            publicNetworkAccessForIngestion: "Enabled",
            publicNetworkAccessForQuery: "Enabled",
            tags: args.tags,
        }, { parent: this });

        // The workspace's name is a plain value we chose; dependsOn carries the ordering.
        const inWorkspace = { parent: this, dependsOn: [workspace] };
        const tables = LOG_TABLES.map((spec) => new operationalinsights.Table(`${name}-${tableSuffix(spec)}`, {
            tableName: spec.table,
            workspaceName: n.workspace,
            resourceGroupName: args.resourceGroupName,
            plan: "Analytics",
            retentionInDays: args.retentionDays,
            totalRetentionInDays: args.retentionDays,
            schema: {
                name: spec.table,
                description: spec.description,
                columns: spec.columns.map((c) => ({ name: c.name, type: tableColumnType(c.type), description: c.description })),
            },
        }, inWorkspace));

        const dce = new monitor.DataCollectionEndpoint(`${name}-dce`, {
            dataCollectionEndpointName: n.dataCollectionEndpoint,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            kind: "Linux",
            description: "Configuration and ingestion endpoint of the web tier's Azure Monitor Agents.",
            networkAcls: { publicNetworkAccess: "Enabled" },
            tags: args.tags,
        }, { parent: this });

        const dcr = new monitor.DataCollectionRule(`${name}-dcr`, {
            dataCollectionRuleName: n.dataCollectionRule,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            kind: "Linux",
            description: "Lighttpd access and error logs, the release tool's log (release and commit), and syslog (daemon, auth, authpriv; Warning+).",
            dataCollectionEndpointId: dce.id,
            streamDeclarations: Object.fromEntries(LOG_TABLES.map((spec) => [inputStream(spec), { columns: TEXT_INPUT_COLUMNS.map((c) => ({ ...c })) }])),
            dataSources: {
                logFiles: LOG_TABLES.map((spec) => ({
                    name: spec.dataSourceName,
                    streams: [inputStream(spec)],
                    filePatterns: [spec.filePath],
                    // one record per line: no record-start timestamp setting
                    format: "text",
                })),
                syslog: [{
                    name: SYSLOG_SOURCE.name,
                    streams: ["Microsoft-Syslog"],
                    facilityNames: [...SYSLOG_SOURCE.facilityNames],
                    logLevels: [...SYSLOG_SOURCE.logLevels],
                }],
            },
            destinations: { logAnalytics: [{ name: WORKSPACE_DESTINATION, workspaceResourceId: workspace.id }] },
            dataFlows: [
                ...LOG_TABLES.map((spec) => ({
                    streams: [inputStream(spec)],
                    destinations: [WORKSPACE_DESTINATION],
                    transformKql: transformKql(spec),
                    outputStream: outputStream(spec),
                })),
                { streams: ["Microsoft-Syslog"], destinations: [WORKSPACE_DESTINATION], transformKql: "source", outputStream: "Microsoft-Syslog" },
            ],
            tags: args.tags,
            // the output streams must exist as tables before the rule is accepted
        }, { parent: this, dependsOn: tables });

        args.targets.forEach((target, i) => {
            new monitor.DataCollectionRuleAssociation(`${name}-dcra-${i}`, {
                associationName: n.dataCollectionRule,
                resourceUri: target,
                dataCollectionRuleId: dcr.id,
                description: "Lighttpd logs and syslog of this web host.",
            }, { parent: this });
            // the agent fetches its configuration through the endpoint (needed for custom logs behind private links)
            new monitor.DataCollectionRuleAssociation(`${name}-dcea-${i}`, {
                associationName: "configurationAccessEndpoint",
                resourceUri: target,
                dataCollectionEndpointId: dce.id,
            }, { parent: this });
        });

        const actionGroup = new monitor.ActionGroup(`${name}-ag`, {
            actionGroupName: n.actionGroup,
            groupShortName: n.actionGroupShortName,
            resourceGroupName: args.resourceGroupName,
            location: "Global",
            enabled: true,
            emailReceivers: (args.emails ?? []).map((e) => ({ name: e.name, emailAddress: e.address, useCommonAlertSchema: true })),
            webhookReceivers: (args.webhooks ?? []).map((w) => ({ name: w.name, serviceUri: pulumi.secret(w.serviceUri), useCommonAlertSchema: true })),
            tags: args.tags,
        }, { parent: this, additionalSecretOutputs: ["webhookReceivers"] });

        const dimensions = ["Release", "Commit"].map((d) => ({ name: d, operator: "Include", values: ["*"] }));
        const logAlert = (suffix: string, o: {
            ruleName: string; displayName: string; description: string; severity: number; windowMinutes: number;
            query: string; measure: string; aggregation: string; operator: string; threshold: number;
        }) => new monitor.ScheduledQueryRule(`${name}-${suffix}`, {
            ruleName: o.ruleName,
            resourceGroupName: args.resourceGroupName,
            location: args.location,
            kind: "LogAlert",
            displayName: o.displayName,
            description: o.description,
            severity: o.severity,
            enabled: true,
            scopes: [workspace.id],
            evaluationFrequency: isoMinutes(LOG_ALERT_FREQUENCY_MINUTES),
            windowSize: isoMinutes(o.windowMinutes),
            overrideQueryTimeRange: LOG_ALERT_QUERY_RANGE,
            criteria: {
                allOf: [{
                    query: o.query,
                    timeAggregation: o.aggregation,
                    metricMeasureColumn: o.measure,
                    operator: o.operator,
                    threshold: o.threshold,
                    dimensions,
                    failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
                }],
            },
            autoMitigate: true,
            skipQueryValidation: false,
            actions: { actionGroups: [actionGroup.id] },
            tags: args.tags,
        }, { parent: this, dependsOn: tables });

        logAlert("alert-5xx", {
            ruleName: n.fiveXxAlert,
            displayName: "Lighttpd: 5xx rate of a release",
            description:
                `More than ${t.fiveXxRatePercent}% of one release's requests answered 5xx in the last ${t.fiveXxWindowMinutes} minutes ` +
                `(releases with at least ${t.fiveXxMinRequests} requests). One alert per release and commit: the dimensions Release ` +
                `(sha256 of the release that served the requests, from ${ACCESS_TABLE.table}) and Commit (its source commit, from the ` +
                `release tool's log ${RELEASE_TABLE.table}; "unknown" if it was activated more than 2 days ago) name what is failing. ` +
                `Roll back by pinning an earlier release id in stack config.`,
            severity: ALERT_SEVERITY.fiveXx,
            windowMinutes: t.fiveXxWindowMinutes,
            query: fiveXxRateQuery({ windowMinutes: t.fiveXxWindowMinutes, minRequests: t.fiveXxMinRequests }),
            measure: "ErrorRatePercent",
            aggregation: "Maximum",
            operator: "GreaterThan",
            threshold: t.fiveXxRatePercent,
        });

        logAlert("alert-activation", {
            ruleName: n.failedActivationAlert,
            displayName: "Lighttpd: failed release activation",
            description:
                `At least ${t.failedActivations} release activation(s) or rollback(s) failed (status failed or rolled_back in ` +
                `release.log, ${RELEASE_TABLE.table}) in the last ${t.failedActivationsWindowMinutes} minutes. The dimensions Release ` +
                `(the sha256 asked for) and Commit (from the release's manifest; "unknown" when the archive never verified) name the ` +
                `release; the affected hosts kept serving the release they had. The reason is in the Reason column.`,
            severity: ALERT_SEVERITY.failedActivation,
            windowMinutes: t.failedActivationsWindowMinutes,
            query: failedActivationsQuery({ windowMinutes: t.failedActivationsWindowMinutes }),
            measure: "Failures",
            aggregation: "Total",
            operator: "GreaterThanOrEqual",
            threshold: t.failedActivations,
        });

        new monitor.MetricAlert(`${name}-alert-probe`, {
            ruleName: n.healthProbeAlert,
            resourceGroupName: args.resourceGroupName,
            location: "global",
            description:
                `The load balancer's health probe (/healthz) found on average fewer than ${t.healthProbeMinPercent}% of the backends ` +
                `healthy over ${t.healthProbeWindowMinutes} minutes. A metric alert cannot name the release: the release and commit ` +
                `each host served are in the saved searches "Requests by release" and "Errors by release" (columns Release, Commit), ` +
                `and failed activations in ${RELEASE_TABLE.table}.`,
            severity: ALERT_SEVERITY.healthProbe,
            enabled: true,
            scopes: [args.loadBalancerId],
            evaluationFrequency: isoMinutes(1),
            windowSize: isoMinutes(t.healthProbeWindowMinutes),
            criteria: {
                odataType: "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
                allOf: [{
                    criterionType: "StaticThresholdCriterion",
                    name: "HealthProbeStatus",
                    metricNamespace: HEALTH_PROBE_METRIC.namespace,
                    metricName: HEALTH_PROBE_METRIC.name,
                    operator: "LessThan",
                    threshold: t.healthProbeMinPercent,
                    timeAggregation: "Average",
                }],
            },
            autoMitigate: true,
            actions: [{ actionGroupId: actionGroup.id }],
            tags: args.tags,
        }, { parent: this });

        const savedSearch = (suffix: string, id: string, displayName: string, query: string) =>
            new operationalinsights.SavedSearch(`${name}-${suffix}`, {
                savedSearchId: id,
                workspaceName: n.workspace,
                resourceGroupName: args.resourceGroupName,
                category: SAVED_SEARCH_CATEGORY,
                displayName,
                query,
                version: 2,
            }, { parent: this, dependsOn: tables });
        savedSearch("search-requests", "lighttpd-requests-by-release", "Requests by release", requestsByReleaseQuery(SAVED_SEARCH_DAYS));
        savedSearch("search-errors", "lighttpd-errors-by-release", "Errors by release", errorsByReleaseQuery(SAVED_SEARCH_DAYS));

        this.workspaceId = workspace.id;
        this.dataCollectionRuleId = dcr.id;
        this.actionGroupId = actionGroup.id;
        this.agentExtension = amaExtension(args.identityId);
        this.registerOutputs({
            workspaceId: this.workspaceId,
            dataCollectionRuleId: this.dataCollectionRuleId,
            actionGroupId: this.actionGroupId,
        });
    }
}

/** `LighttpdAccess_CL` -> `table-access` (logical child names). */
function tableSuffix(spec: LogTableSpec): string {
    return `table-${spec.table.replace(/^Lighttpd|_CL$/g, "").toLowerCase()}`;
}
