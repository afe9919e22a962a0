/**
 * Observability (mock engine): the data collection rule's exact streams, sources, destinations and
 * transforms; the tables it writes; its associations; the agent extension's identity settings; the
 * alerts' thresholds, windows, severities and action-group wiring; the webhook kept secret.
 */
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { installMocks, isSecretEnvelope, MockEngine, MOCK_SUBSCRIPTION_ID, promiseOf, Registration, reveal, settle } from "../scripts/mocks";
import {
    ALERT_SEVERITY,
    amaExtension,
    HEALTH_PROBE_METRIC,
    isoMinutes,
    LOG_ALERT_QUERY_RANGE,
    Observability,
    ObservabilityArgs,
} from "../components/Observability";
import {
    ACCESS_TABLE,
    ERROR_TABLE,
    RELEASE_TABLE,
    failedActivationsQuery,
    fiveXxRateQuery,
    projectedColumns,
    transformKql,
} from "../components/logSchema";

const T = {
    workspace: "azure-native:operationalinsights:Workspace",
    table: "azure-native:operationalinsights:Table",
    search: "azure-native:operationalinsights:SavedSearch",
    dce: "azure-native:monitor:DataCollectionEndpoint",
    dcr: "azure-native:monitor:DataCollectionRule",
    dcra: "azure-native:monitor:DataCollectionRuleAssociation",
    ag: "azure-native:monitor:ActionGroup",
    sqr: "azure-native:monitor:ScheduledQueryRule",
    metric: "azure-native:monitor:MetricAlert",
};

const RG = "rg-lhttpd-dev";
const sub = `/subscriptions/${MOCK_SUBSCRIPTION_ID}/resourceGroups/${RG}/providers`;
const IDENTITY_ID = `${sub}/Microsoft.ManagedIdentity/userAssignedIdentities/id-lhttpd-dev-web`;
const VM_IDS = [1, 2].map((i) => `${sub}/Microsoft.Compute/virtualMachines/vm-lhttpd-dev-web-${i}`);
const LB_ID = `${sub}/Microsoft.Network/loadBalancers/lbe-lhttpd-dev-web`;
const WEBHOOK_URI = "https://hooks.example.com/services/T000/B000/s3cr3t-token";

function baseArgs(overrides: Partial<ObservabilityArgs> = {}): ObservabilityArgs {
    return {
        resourceGroupName: RG,
        location: "westeurope",
        names: {
            workspace: "log-lhttpd-dev",
            dataCollectionEndpoint: "dce-lhttpd-dev",
            dataCollectionRule: "dcr-lhttpd-dev-web",
            actionGroup: "ag-lhttpd-dev",
            actionGroupShortName: "lhttpd-dev",
            fiveXxAlert: "alert-lhttpd-dev-5xx",
            failedActivationAlert: "alert-lhttpd-dev-activation",
            healthProbeAlert: "alert-lhttpd-dev-probe",
        },
        retentionDays: 30,
        identityId: IDENTITY_ID,
        // one target as an Output, as the web tier hands them over
        targets: [pulumi.output(VM_IDS[0]), VM_IDS[1]],
        loadBalancerId: LB_ID,
        emails: [{ name: "platform", address: "platform-team@example.com" }],
        webhooks: [{ name: "chatops", serviceUri: pulumi.secret(WEBHOOK_URI) }],
        alerts: {
            fiveXxRatePercent: 5,
            fiveXxWindowMinutes: 15,
            fiveXxMinRequests: 20,
            failedActivations: 1,
            failedActivationsWindowMinutes: 30,
            healthProbeMinPercent: 90,
            healthProbeWindowMinutes: 5,
        },
        tags: { project: "lighttpd-azure", stack: "dev", environment: "dev" },
        ...overrides,
    };
}

interface Built {
    engine: MockEngine;
    obs: Observability;
    one: (type: string) => Registration;
}

async function build(overrides: Partial<ObservabilityArgs> = {}): Promise<Built> {
    const engine = await installMocks({ project: "lighttpd-azure", stack: "dev", config: {} });
    const obs = new Observability("obs", baseArgs(overrides));
    await promiseOf(obs.dataCollectionRuleId);
    await settle();
    const one = (type: string) => {
        const all = engine.ofType(type);
        assert.equal(all.length, 1, `expected one ${type}, got ${all.map((r) => r.name).join(", ")}`);
        return all[0];
    };
    return { engine, obs, one };
}

describe("Observability (mock engine)", () => {
    let b: Built;
    before(async () => {
        b = await build();
    });

    it("creates a PerGB2018 workspace with the configured retention and Entra-only access", () => {
        const ws = b.one(T.workspace).inputs;
        assert.equal(ws.workspaceName, "log-lhttpd-dev");
        assert.deepEqual(ws.sku, { name: "PerGB2018" });
        assert.equal(ws.retentionInDays, 30);
        assert.deepEqual(ws.features, { disableLocalAuth: true, enableLogAccessUsingOnlyResourcePermissions: true });
        assert.deepEqual(ws.tags, { project: "lighttpd-azure", stack: "dev", environment: "dev" });
    });

    it("declares the custom tables with exactly the columns each transform projects", () => {
        assert.deepEqual(b.engine.ofType(T.table).map((t) => t.inputs.tableName).sort(), ["LighttpdAccess_CL", "LighttpdError_CL", "LighttpdRelease_CL"]);
        const tables = ["obs-table-access", "obs-table-error", "obs-table-release"].map((n) => b.engine.get(T.table, n));
        for (const [t, spec] of [[tables[0], ACCESS_TABLE], [tables[1], ERROR_TABLE], [tables[2], RELEASE_TABLE]] as const) {
            const schema = t.inputs.schema as { name: string; columns: { name: string; type: string }[] };
            assert.equal(schema.name, spec.table);
            assert.equal(t.inputs.workspaceName, "log-lhttpd-dev");
            assert.equal(t.inputs.plan, "Analytics");
            assert.deepEqual([t.inputs.retentionInDays, t.inputs.totalRetentionInDays], [30, 30]);
            assert.deepEqual(schema.columns.map((c) => c.name), projectedColumns(transformKql(spec)), spec.table);
            assert.ok(t.dependencies.includes(b.one(T.workspace).urn), `${spec.table} is created after the workspace`);
        }
        const access = (tables[0].inputs.schema as { columns: { name: string; type: string }[] }).columns;
        assert.deepEqual(access.map((c) => [c.name, c.type]), [
            ["TimeGenerated", "dateTime"], ["Computer", "string"], ["FilePath", "string"],
            ["Client", "string"], ["Method", "string"], ["Uri", "string"], ["Query", "string"], ["Protocol", "string"],
            ["Host", "string"], ["Status", "long"], ["Bytes", "long"], ["DurationUs", "long"], ["Referer", "string"],
            ["UserAgent", "string"], ["Release", "string"], ["Commit", "string"], ["RawData", "string"],
        ]);
        const release = (tables[2].inputs.schema as { columns: { name: string; type: string }[] }).columns;
        assert.deepEqual(release.map((c) => [c.name, c.type]), [
            ["TimeGenerated", "dateTime"], ["Computer", "string"], ["FilePath", "string"], ["Event", "string"], ["Status", "string"],
            ["Release", "string"], ["Previous", "string"], ["Commit", "string"], ["Reason", "string"], ["RawData", "string"],
        ]);
    });

    it("collects the three files and syslog with exact streams, patterns and destinations", () => {
        const dcr = b.one(T.dcr);
        const i = dcr.inputs as any;
        assert.equal(i.kind, "Linux");
        assert.equal(i.dataCollectionEndpointId, b.one(T.dce).outputs.id);
        const textColumns = [
            { name: "TimeGenerated", type: "datetime" }, { name: "RawData", type: "string" },
            { name: "FilePath", type: "string" }, { name: "Computer", type: "string" },
        ];
        assert.deepEqual(i.streamDeclarations, {
            "Custom-Text-LighttpdAccess_CL": { columns: textColumns },
            "Custom-Text-LighttpdError_CL": { columns: textColumns },
            "Custom-Text-LighttpdRelease_CL": { columns: textColumns },
        });
        assert.deepEqual(i.dataSources, {
            logFiles: [
                { name: "lighttpdAccessLog", streams: ["Custom-Text-LighttpdAccess_CL"], filePatterns: ["/var/log/lighttpd/access.log"], format: "text" },
                { name: "lighttpdErrorLog", streams: ["Custom-Text-LighttpdError_CL"], filePatterns: ["/var/log/lighttpd/error.log"], format: "text" },
                { name: "lighttpdReleaseLog", streams: ["Custom-Text-LighttpdRelease_CL"], filePatterns: ["/srv/lighttpd/release.log"], format: "text" },
            ],
            syslog: [{
                name: "syslogWarningAndAbove",
                streams: ["Microsoft-Syslog"],
                facilityNames: ["daemon", "auth", "authpriv"],
                logLevels: ["Warning", "Error", "Critical", "Alert", "Emergency"],
            }],
        });
        assert.deepEqual(i.destinations, { logAnalytics: [{ name: "workspace", workspaceResourceId: b.one(T.workspace).outputs.id }] });
        assert.deepEqual(i.dataFlows, [
            { streams: ["Custom-Text-LighttpdAccess_CL"], destinations: ["workspace"], transformKql: transformKql(ACCESS_TABLE), outputStream: "Custom-LighttpdAccess_CL" },
            { streams: ["Custom-Text-LighttpdError_CL"], destinations: ["workspace"], transformKql: transformKql(ERROR_TABLE), outputStream: "Custom-LighttpdError_CL" },
            { streams: ["Custom-Text-LighttpdRelease_CL"], destinations: ["workspace"], transformKql: transformKql(RELEASE_TABLE), outputStream: "Custom-LighttpdRelease_CL" },
            { streams: ["Microsoft-Syslog"], destinations: ["workspace"], transformKql: "source", outputStream: "Microsoft-Syslog" },
        ]);
        for (const t of b.engine.ofType(T.table)) assert.ok(dcr.dependencies.includes(t.urn), `the rule waits for ${t.inputs.tableName}`);
    });

    it("parses the access log with exactly this transform", () => {
        const flow = ((b.one(T.dcr).inputs as any).dataFlows as { transformKql: string }[])[0];
        assert.equal(flow.transformKql, [
            "source",
            "| extend d = parse_json(RawData)",
            '| extend t = tostring(d["time"])',
            '| extend ts = todatetime(strcat(substring(t, 0, 22), ":", substring(t, 22)))',
            "| project",
            "    TimeGenerated = iif(isnull(ts), TimeGenerated, ts),",
            "    Computer,",
            "    FilePath,",
            '    Client = tostring(d["client"]),',
            '    Method = tostring(d["method"]),',
            '    Uri = tostring(d["uri"]),',
            '    Query = tostring(d["query"]),',
            '    Protocol = tostring(d["protocol"]),',
            '    Host = tostring(d["host"]),',
            '    Status = tolong(d["status"]),',
            '    Bytes = tolong(d["bytes"]),',
            '    DurationUs = tolong(d["duration_us"]),',
            '    Referer = tostring(d["referer"]),',
            '    UserAgent = tostring(d["user_agent"]),',
            '    Release = tostring(d["release"]),',
            '    Commit = tostring(d["commit"]),',
            '    RawData = iif(gettype(d) == "dictionary", "", RawData)',
        ].join("\n"));
    });

    it("parses release.log with the release tool's line format, naming release and commit", () => {
        const kql = transformKql(RELEASE_TABLE);
        const re = String.raw`@'^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) event=(activate|rollback) status=(ok|noop|failed|rolled_back) release=([0-9a-f]{64}|-) previous=([0-9a-f]{64}|-) commit=([0-9A-Za-z._:/+-]{1,128})(?: reason="((?:[^"\\]|\\.)*)")?$'`;
        assert.equal(kql, [
            "source",
            `| extend ts = todatetime(extract(${re}, 1, RawData))`,
            "| project",
            "    TimeGenerated = iif(isnull(ts), TimeGenerated, ts),",
            "    Computer,",
            "    FilePath,",
            `    Event = extract(${re}, 2, RawData),`,
            `    Status = extract(${re}, 3, RawData),`,
            `    Release = extract(${re}, 4, RawData),`,
            `    Previous = extract(${re}, 5, RawData),`,
            `    Commit = extract(${re}, 6, RawData),`,
            `    Reason = extract(${re}, 7, RawData),`,
            `    RawData = iif(extract(${re}, 0, RawData) != "", "", RawData)`,
        ].join("\n"));
        for (const forbidden of ["replace_regex", "replace_string", "coalesce", "summarize", "join"]) {
            for (const spec of [ACCESS_TABLE, ERROR_TABLE, RELEASE_TABLE]) assert.ok(!transformKql(spec).includes(forbidden), `${spec.table}: ${forbidden} is not allowed in transforms`);
        }
    });

    it("associates the rule and the endpoint with every target", () => {
        const dcrId = b.one(T.dcr).outputs.id;
        const dceId = b.one(T.dce).outputs.id;
        assert.equal(b.engine.ofType(T.dcra).length, 4);
        const assoc = ["obs-dcra-0", "obs-dcea-0", "obs-dcra-1", "obs-dcea-1"].map((n) => b.engine.get(T.dcra, n));
        assert.deepEqual(assoc.map((a) => a.inputs), [
            { associationName: "dcr-lhttpd-dev-web", resourceUri: VM_IDS[0], dataCollectionRuleId: dcrId, description: "Lighttpd logs and syslog of this web host." },
            { associationName: "configurationAccessEndpoint", resourceUri: VM_IDS[0], dataCollectionEndpointId: dceId },
            { associationName: "dcr-lhttpd-dev-web", resourceUri: VM_IDS[1], dataCollectionRuleId: dcrId, description: "Lighttpd logs and syslog of this web host." },
            { associationName: "configurationAccessEndpoint", resourceUri: VM_IDS[1], dataCollectionEndpointId: dceId },
        ]);
        assert.equal(assoc[0].outputs.id, `${VM_IDS[0]}/providers/Microsoft.Insights/dataCollectionRuleAssociations/dcr-lhttpd-dev-web`);
    });

    it("gives the agent extension the web tier's user-assigned identity by resource id", async () => {
        assert.deepEqual(amaExtension(IDENTITY_ID), {
            name: "AzureMonitorLinuxAgent",
            publisher: "Microsoft.Azure.Monitor",
            type: "AzureMonitorLinuxAgent",
            typeHandlerVersion: "1.36",
            autoUpgradeMinorVersion: true,
            enableAutomaticUpgrade: true,
            settings: { authentication: { managedIdentity: { "identifier-name": "mi_res_id", "identifier-value": IDENTITY_ID } } },
        });
        assert.deepEqual(b.obs.agentExtension, amaExtension(IDENTITY_ID));
        const fromOutput = amaExtension(pulumi.output(IDENTITY_ID));
        assert.equal(await promiseOf(pulumi.output(fromOutput.settings.authentication.managedIdentity["identifier-value"])), IDENTITY_ID);
    });

    it("sends every alert to the one action group, whose webhook URI stays secret", () => {
        const ag = b.one(T.ag);
        assert.equal(ag.inputs.actionGroupName, "ag-lhttpd-dev");
        assert.equal(ag.inputs.groupShortName, "lhttpd-dev");
        assert.equal(ag.inputs.enabled, true);
        assert.deepEqual(ag.inputs.emailReceivers, [{ name: "platform", emailAddress: "platform-team@example.com", useCommonAlertSchema: true }]);
        // the engine receives the secret where it is: the URI in its envelope, the receiver's name in clear
        const hooks = ag.inputs.webhookReceivers;
        assert.ok(Array.isArray(hooks) && hooks.length === 1, JSON.stringify(hooks));
        assert.ok(isSecretEnvelope(hooks[0].serviceUri), `serviceUri is not a secret: ${JSON.stringify(hooks)}`);
        assert.deepEqual(reveal(hooks), [{ name: "chatops", serviceUri: WEBHOOK_URI, useCommonAlertSchema: true }]);
        assert.ok(!isSecretEnvelope(ag.inputs.emailReceivers), "e-mail receivers are not secret");
        for (const [k, v] of Object.entries(ag.inputs)) {
            if (k !== "webhookReceivers") assert.ok(!JSON.stringify(v).includes("s3cr3t"), `the token leaked into ${k}`);
        }

        const agId = ag.outputs.id;
        assert.equal(agId, `${sub}/Microsoft.Insights/actionGroups/ag-lhttpd-dev`);
        for (const rule of b.engine.ofType(T.sqr)) assert.deepEqual((rule.inputs as any).actions, { actionGroups: [agId] }, rule.name);
        assert.deepEqual((b.one(T.metric).inputs as any).actions, [{ actionGroupId: agId }]);
    });

    it("alerts on the 5xx rate per release and commit above the threshold", () => {
        const rule = b.engine.get(T.sqr, "obs-alert-5xx").inputs as any;
        assert.equal(rule.ruleName, "alert-lhttpd-dev-5xx");
        assert.equal(rule.kind, "LogAlert");
        assert.equal(rule.severity, ALERT_SEVERITY.fiveXx);
        assert.equal(rule.severity, 1);
        assert.deepEqual([rule.evaluationFrequency, rule.windowSize, rule.overrideQueryTimeRange], ["PT5M", "PT15M", "P2D"]);
        assert.deepEqual(rule.scopes, [b.one(T.workspace).outputs.id]);
        assert.deepEqual(rule.criteria, {
            allOf: [{
                query: fiveXxRateQuery({ windowMinutes: 15, minRequests: 20 }),
                timeAggregation: "Maximum",
                metricMeasureColumn: "ErrorRatePercent",
                operator: "GreaterThan",
                threshold: 5,
                dimensions: [{ name: "Release", operator: "Include", values: ["*"] }, { name: "Commit", operator: "Include", values: ["*"] }],
                failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
            }],
        });
        const q = rule.criteria.allOf[0].query as string;
        assert.match(q, /^LighttpdAccess_CL$/m);
        assert.match(q, /\| where TimeGenerated > ago\(15m\)/);
        assert.match(q, /countif\(Status >= 500\)/);
        assert.match(q, /\| where Requests >= 20$/m);
        assert.match(q, /join kind=leftouter commits on Release/);
        assert.match(q, /\| project TimeGenerated, Release, Commit = /);
    });

    it("alerts on failed activations (failed, rolled_back) per release and commit", () => {
        const rule = b.engine.get(T.sqr, "obs-alert-activation").inputs as any;
        assert.equal(rule.ruleName, "alert-lhttpd-dev-activation");
        assert.equal(rule.severity, 2);
        assert.deepEqual([rule.evaluationFrequency, rule.windowSize, rule.overrideQueryTimeRange], ["PT5M", "PT30M", LOG_ALERT_QUERY_RANGE]);
        const c = rule.criteria.allOf[0];
        assert.deepEqual([c.metricMeasureColumn, c.timeAggregation, c.operator, c.threshold], ["Failures", "Total", "GreaterThanOrEqual", 1]);
        assert.equal(c.query, failedActivationsQuery({ windowMinutes: 30 }));
        assert.match(c.query, /^LighttpdRelease_CL$/m);
        assert.match(c.query, /\| where Status in \("failed", "rolled_back"\)/);
        assert.match(c.query, /by Release, Commit$/);
        assert.deepEqual(c.dimensions.map((d: { name: string }) => d.name), ["Release", "Commit"]);
    });

    it("alerts on the load balancer's health-probe metric below the threshold", () => {
        const rule = b.one(T.metric).inputs as any;
        assert.equal(rule.ruleName, "alert-lhttpd-dev-probe");
        assert.deepEqual(rule.scopes, [LB_ID]);
        assert.equal(rule.severity, 1);
        assert.deepEqual([rule.location, rule.evaluationFrequency, rule.windowSize, rule.enabled, rule.autoMitigate], ["global", "PT1M", "PT5M", true, true]);
        assert.deepEqual(rule.criteria, {
            odataType: "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
            allOf: [{
                criterionType: "StaticThresholdCriterion",
                name: "HealthProbeStatus",
                metricNamespace: "Microsoft.Network/loadBalancers",
                metricName: "DipAvailability",
                operator: "LessThan",
                threshold: 90,
                timeAggregation: "Average",
            }],
        });
        assert.equal(HEALTH_PROBE_METRIC.name, "DipAvailability");
    });

    it("names the release and the commit in every alert's description and log query", () => {
        const rules = [...b.engine.ofType(T.sqr), b.one(T.metric)];
        assert.equal(rules.length, 3);
        for (const r of rules) {
            const d = String(r.inputs.description);
            assert.match(d, /\bRelease\b/, `${r.name}: description names the release`);
            assert.match(d, /\bCommit\b/, `${r.name}: description names the commit`);
        }
        for (const r of b.engine.ofType(T.sqr)) {
            const q = (r.inputs as any).criteria.allOf[0].query as string;
            assert.match(q, /^let commits = LighttpdRelease_CL$/m, `${r.name}: query joins the release log`);
            assert.match(q, /summarize arg_max\(TimeGenerated, Commit\) by Release/);
            assert.match(q, /\bRelease, Commit\b/, `${r.name}: query returns Release and Commit`);
        }
    });

    it("saves the queries 'Requests by release' and 'Errors by release'", () => {
        const searches = ["obs-search-requests", "obs-search-errors"].map((n) => b.engine.get(T.search, n).inputs as any);
        assert.equal(b.engine.ofType(T.search).length, 2);
        assert.deepEqual(searches.map((s) => [s.savedSearchId, s.displayName, s.category, s.workspaceName]), [
            ["lighttpd-requests-by-release", "Requests by release", "Lighttpd releases", "log-lhttpd-dev"],
            ["lighttpd-errors-by-release", "Errors by release", "Lighttpd releases", "log-lhttpd-dev"],
        ]);
        for (const s of searches) {
            assert.match(s.query, /^LighttpdAccess_CL$/m);
            assert.match(s.query, /\| project Release, Commit = /);
            assert.match(s.query, /> ago\(7d\)/);
        }
        assert.match(searches[1].query, /Errors5xx = countif\(Status >= 500\)/);
        assert.match(searches[1].query, /Status in \("failed", "rolled_back"\)/);
        assert.equal(b.engine.get(T.search, "obs-search-requests").outputs.id, `${sub}/Microsoft.OperationalInsights/workspaces/log-lhttpd-dev/savedSearches/lighttpd-requests-by-release`);
    });

    it("exposes the workspace, the rule and the action group", async () => {
        assert.equal(await promiseOf(b.obs.workspaceId), `${sub}/Microsoft.OperationalInsights/workspaces/log-lhttpd-dev`);
        assert.equal(await promiseOf(b.obs.dataCollectionRuleId), `${sub}/Microsoft.Insights/dataCollectionRules/dcr-lhttpd-dev-web`);
        assert.equal(await promiseOf(b.obs.actionGroupId), `${sub}/Microsoft.Insights/actionGroups/ag-lhttpd-dev`);
    });

    it("renders windows as canonical ISO 8601 durations", () => {
        assert.deepEqual([5, 15, 45, 60, 120, 1440].map(isoMinutes), ["PT5M", "PT15M", "PT45M", "PT1H", "PT2H", "P1D"]);
    });

    it("associates a scale set as one target", async () => {
        const vmss = `${sub}/Microsoft.Compute/virtualMachineScaleSets/vmss-lhttpd-prod-web`;
        const s = await build({ targets: [vmss], webhooks: [] });
        assert.deepEqual(["obs-dcra-0", "obs-dcea-0"].map((n) => s.engine.get(T.dcra, n)).map((a) => [a.inputs.associationName, a.inputs.resourceUri]), [
            ["dcr-lhttpd-dev-web", vmss], ["configurationAccessEndpoint", vmss],
        ]);
        assert.equal(s.engine.ofType(T.dcra).length, 2);
        assert.deepEqual(s.one(T.ag).inputs.webhookReceivers, []);
    });

    const invalid: Array<[string, Partial<ObservabilityArgs>, RegExp]> = [
        ["a retention below 30 days", { retentionDays: 7 }, /'retentionDays' must be an integer from 30 to 730; got 7/],
        ["no targets", { targets: [] }, /'targets' must name at least one VM or scale set; got none/],
        ["no receivers", { emails: [], webhooks: [] }, /the action group needs at least one receiver \('emails' or 'webhooks'\); got none/],
        ["an address that is not an e-mail", { emails: [{ name: "ops", address: "ops" }] }, /email receiver 'ops' needs an e-mail address; got "ops"/],
        ["duplicate receiver names", { emails: [{ name: "ops", address: "a@example.com" }], webhooks: [{ name: "ops", serviceUri: "https://x.example.com/" }] }, /receiver names must be unique; 'ops' is used twice/],
        ["a plain-http webhook", { webhooks: [{ name: "hook", serviceUri: "http://x.example.com/" }] }, /webhook receiver 'hook' must use an https:\/\/ URI/],
        ["a 5xx rate of 0", { alerts: { ...baseArgs().alerts, fiveXxRatePercent: 0 } }, /'alerts.fiveXxRatePercent' must be a number above 0 and at most 100; got 0/],
        ["a log window the alert service does not offer", { alerts: { ...baseArgs().alerts, fiveXxWindowMinutes: 7 } }, /'alerts.fiveXxWindowMinutes' must be one of 5, 10, 15, 30, 45, 60, 120, 180, 240, 300, 360, 1440; got 7/],
        ["a metric window the alert service does not offer", { alerts: { ...baseArgs().alerts, healthProbeWindowMinutes: 10 } }, /'alerts.healthProbeWindowMinutes' must be one of 1, 5, 15, 30, 60, 360, 720, 1440; got 10/],
        ["no failed activation threshold", { alerts: { ...baseArgs().alerts, failedActivations: 0 } }, /'alerts.failedActivations' must be an integer from 1 to 1000; got 0/],
        ["a short name over 12 characters", { names: { ...baseArgs().names, actionGroupShortName: "lighttpd-production" } }, /'names.actionGroupShortName' must be 1 to 12 characters; got "lighttpd-production"/],
    ];
    for (const [what, patch, message] of invalid) {
        it(`rejects ${what}, naming the argument`, async () => {
            await installMocks({ project: "lighttpd-azure", stack: "dev", config: {} });
            assert.throws(() => new Observability("bad", baseArgs(patch)), message);
        });
    }
});
