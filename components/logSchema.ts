/**
 * The Log Analytics side of Lighttpd's logs, as pure data: the custom tables' column schemas, the
 * data collection rule's (DCR) input streams and KQL transforms, the queries the alerts and saved
 * searches run over those tables, and TypeScript mirrors of the transforms that the tests run on
 * lines written by a real lighttpd and the real release tool. No Pulumi, no I/O.
 *
 * ## One declaration per table, two interpreters
 * Each table is a {@link LogTableSpec}: where the file is, how a line is parsed (JSON, or one
 * anchored regular expression) and, per column, one {@link ColumnExpr} saying where its value comes
 * from. {@link transformKql} renders that spec as the DCR's `transformKql`; {@link applyTransform}
 * evaluates the same spec in TypeScript with the semantics of the KQL functions used (`parse_json`,
 * `tostring`, `tolong`, `todatetime`, `extract`, `substring`, `iif`). The access table's columns are
 * generated from `ACCESS_LOG_FIELDS` (lighttpdConf.ts), the release table's from
 * {@link RELEASE_LOG_FIELDS}, which mirrors the header of host/lighttpd-release. Nothing about a
 * format is written twice.
 *
 * ## How Azure Monitor Agent hands a text log to the rule
 * A `logFiles` data source with `format: "text"` (the only format of the DCR API version the SDK
 * uses, 2022-06-01) delivers one record per line on a custom input stream with the columns
 * `TimeGenerated` (collection time), `RawData` (the line), `FilePath` and `Computer`
 * ({@link TEXT_INPUT_COLUMNS}). The transform turns `RawData` into typed columns. A line that does
 * not parse in the expected format is not dropped: it is stored with `TimeGenerated` = collection
 * time and its text in the `RawData` column, which is empty for every line that parsed, so
 * `Table | where RawData != ""` shows format drift.
 *
 * Only KQL that transformations accept is used (no `replace_regex`, `coalesce`, `summarize`, ...).
 * The `+hhmm` offset lighttpd writes (`%z`) is turned into `+hh:mm` with `substring`/`strcat` at fixed
 * positions, which the time spec (`%Y-%m-%dT%H:%M:%S%z`, always 24 characters) guarantees.
 *
 * ## Where the commit comes from
 * The access log carries the release id (sha256) only. The release tool logs `release=<sha>
 * commit=<id>` on every activation and rollback, so the queries join the access table to the
 * release table on `Release` ({@link releaseCommitsKql}). A release's commit never changes (the
 * commit is part of the content-addressed archive), so any line naming the release will do.
 */
import { ACCESS_LOG_FIELDS, HOST_LIGHTTPD_DEFAULTS } from "./lighttpdConf";

// ---------------------------------------------------------------------------------------------------
// columns and expressions

/** Column types used here, as the DCR stream declarations spell them. */
export type ColumnType = "string" | "long" | "datetime";

/** Where a column's value comes from (rendered to KQL by {@link transformKql}). */
export type ColumnExpr =
    /** An input column passed through (`Computer`, `FilePath`). */
    | { readonly kind: "input"; readonly column: "Computer" | "FilePath" }
    /** A JSON field of the line: `tostring(d["key"])` or `tolong(d["key"])`. */
    | { readonly kind: "json"; readonly key: string; readonly as: "string" | "long" }
    /** The record time from a JSON field written with `%Y-%m-%dT%H:%M:%S%z`; collection time if absent. */
    | { readonly kind: "jsonTime"; readonly key: string }
    /** A capture group of the line's regular expression: `extract(re, group, RawData)`. */
    | { readonly kind: "group"; readonly group: number }
    /** The record time from a capture group (`todatetime(extract(...))`); collection time if absent. */
    | { readonly kind: "groupTime"; readonly group: number }
    /** `RawData` when the line did not parse, else "". */
    | { readonly kind: "unparsed" };

export interface ColumnSpec {
    /** Column name in the table (PascalCase; the table API's rules: letters, digits, underscores). */
    readonly name: string;
    readonly type: ColumnType;
    readonly description: string;
    readonly expr: ColumnExpr;
}

/** How a line is parsed before the columns are extracted. */
export type LineParser =
    | { readonly kind: "json" }
    /** One anchored regular expression, valid for both RE2 (KQL) and JavaScript; no `'` in it. */
    | { readonly kind: "regex"; readonly pattern: string };

/** One custom table fed by one text file on the hosts. */
export interface LogTableSpec {
    /** Table name in the workspace (ends in `_CL`). */
    readonly table: string;
    readonly description: string;
    /** Absolute path of the file Azure Monitor Agent tails on each host. */
    readonly filePath: string;
    /** Name of the `logFiles` data source in the DCR (unique within the rule). */
    readonly dataSourceName: string;
    readonly parser: LineParser;
    /** The table's columns, in order; the transform projects exactly these. */
    readonly columns: readonly ColumnSpec[];
}

/** The columns Azure Monitor Agent delivers for a text log (the DCR's input stream declaration). */
export const TEXT_INPUT_COLUMNS = [
    { name: "TimeGenerated", type: "datetime" },
    { name: "RawData", type: "string" },
    { name: "FilePath", type: "string" },
    { name: "Computer", type: "string" },
] as const satisfies readonly { name: string; type: ColumnType }[];

/** The DCR input stream of a table (`Custom-Text-<table>`). */
export const inputStream = (spec: LogTableSpec): string => `Custom-Text-${spec.table}`;
/** The DCR output stream of a table (`Custom-<table>`, which the table API requires). */
export const outputStream = (spec: LogTableSpec): string => `Custom-${spec.table}`;

/** Column types as the Log Analytics tables API spells them (`dateTime`, not `datetime`). */
export function tableColumnType(t: ColumnType): "string" | "long" | "dateTime" {
    switch (t) {
        case "string":
            return "string";
        case "long":
            return "long";
        case "datetime":
            return "dateTime";
        default: {
            const never: never = t;
            throw new Error(`unknown column type ${String(never)}`);
        }
    }
}

const COMMON_HEAD: readonly ColumnSpec[] = [
    { name: "Computer", type: "string", description: "Host name of the VM or scale-set instance that wrote the line.", expr: { kind: "input", column: "Computer" } },
    { name: "FilePath", type: "string", description: "Path of the file the line was read from.", expr: { kind: "input", column: "FilePath" } },
];
const UNPARSED: ColumnSpec = {
    name: "RawData",
    type: "string",
    description: "The line as written, only when it did not parse in the expected format (format drift); empty otherwise.",
    expr: { kind: "unparsed" },
};

/** `duration_us` -> `DurationUs`. */
export function pascalCase(name: string): string {
    return name.split("_").map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("");
}

// ---------------------------------------------------------------------------------------------------
// the access log (JSON lines, ACCESS_LOG_FIELDS)

/** The one access-log field that becomes `TimeGenerated`, and the strftime spec the transform relies on. */
const ACCESS_TIME_FIELD = "time";
const ACCESS_TIME_SPEC = "%{%Y-%m-%dT%H:%M:%S%z}t";
{
    const f = ACCESS_LOG_FIELDS.find((x) => x.name === ACCESS_TIME_FIELD);
    if (!f || f.spec !== ACCESS_TIME_SPEC) {
        throw new Error(`logSchema: the access log's '${ACCESS_TIME_FIELD}' field must be ${ACCESS_TIME_SPEC} (the transform cuts the offset at fixed positions); update transformKql`);
    }
}

/** The access-log column of each access-log field (`time` is `TimeGenerated`). */
export function accessColumnName(field: string): string {
    return field === ACCESS_TIME_FIELD ? "TimeGenerated" : pascalCase(field);
}

export const ACCESS_TABLE: LogTableSpec = {
    table: "LighttpdAccess_CL",
    description: "Lighttpd access log: one row per request, with the id (sha256) of the release that served it.",
    filePath: `${HOST_LIGHTTPD_DEFAULTS.logDir}/access.log`,
    dataSourceName: "lighttpdAccessLog",
    parser: { kind: "json" },
    columns: [
        {
            name: "TimeGenerated",
            type: "datetime",
            description: "Start of the request (the log's 'time'), UTC; collection time if the line did not parse.",
            expr: { kind: "jsonTime", key: ACCESS_TIME_FIELD },
        },
        ...COMMON_HEAD,
        ...ACCESS_LOG_FIELDS.filter((f) => f.name !== ACCESS_TIME_FIELD).map((f): ColumnSpec => ({
            name: accessColumnName(f.name),
            type: f.type === "number" ? "long" : "string",
            description: `Access-log field '${f.name}' (lighttpd ${f.spec}), as written: '-' (or empty) when lighttpd had no value.`,
            expr: { kind: "json", key: f.name, as: f.type === "number" ? "long" : "string" },
        })),
        UNPARSED,
    ],
};

// ---------------------------------------------------------------------------------------------------
// the release tool's log (host/lighttpd-release, release.log)

/** Statuses the release tool logs (its header's `status=` values). */
export const RELEASE_STATUSES = ["ok", "noop", "failed", "rolled_back"] as const;
/** Statuses that mean an activation or rollback did not go through. */
export const FAILED_RELEASE_STATUSES = ["failed", "rolled_back"] as const satisfies readonly (typeof RELEASE_STATUSES)[number][];

/**
 * The `key=value` fields of a release.log line, in the order the tool writes them, after the UTC
 * time and before the optional quoted `reason`. `pattern` is the value's regular expression.
 */
export const RELEASE_LOG_FIELDS = [
    { key: "event", column: "Event", pattern: "activate|rollback", description: "What was run: activate or rollback." },
    { key: "status", column: "Status", pattern: RELEASE_STATUSES.join("|"), description: "ok, noop (already current), failed (current unchanged) or rolled_back (switched, unhealthy, restored)." },
    { key: "release", column: "Release", pattern: "[0-9a-f]{64}|-", description: "The release (sha256) asked for; joins LighttpdAccess_CL.Release." },
    { key: "previous", column: "Previous", pattern: "[0-9a-f]{64}|-", description: "The release that was current before the run." },
    { key: "commit", column: "Commit", pattern: "[0-9A-Za-z._:/+-]{1,128}", description: "Source commit from the release's manifest; '-' when unknown (e.g. the archive never verified)." },
] as const;

const RELEASE_TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";
const RELEASE_REASON = '(?: reason="((?:[^"\\\\]|\\\\.)*)")?';

/** The whole release.log line: time, the fields above, optional reason (regex source, RE2 and JS). */
export const RELEASE_LOG_PATTERN =
    `^(${RELEASE_TIME})` + RELEASE_LOG_FIELDS.map((f) => ` ${f.key}=(${f.pattern})`).join("") + `${RELEASE_REASON}$`;

const RELEASE_REASON_GROUP = RELEASE_LOG_FIELDS.length + 2;

export const RELEASE_TABLE: LogTableSpec = {
    table: "LighttpdRelease_CL",
    description: "The host release tool's log (release.log): one row per activation, rollback or failure, naming release and commit.",
    filePath: `${HOST_LIGHTTPD_DEFAULTS.releaseRoot}/release.log`,
    dataSourceName: "lighttpdReleaseLog",
    parser: { kind: "regex", pattern: RELEASE_LOG_PATTERN },
    columns: [
        { name: "TimeGenerated", type: "datetime", description: "When the tool logged the line (UTC); collection time if the line did not parse.", expr: { kind: "groupTime", group: 1 } },
        ...COMMON_HEAD,
        ...RELEASE_LOG_FIELDS.map((f, i): ColumnSpec => ({ name: f.column, type: "string", description: f.description, expr: { kind: "group", group: i + 2 } })),
        { name: "Reason", type: "string", description: "The tool's one-line reason on failure, with its backslash escapes kept (\\\" and \\\\); empty on success.", expr: { kind: "group", group: RELEASE_REASON_GROUP } },
        UNPARSED,
    ],
};

/** One parsed release.log line. */
export interface ReleaseLogRecord {
    /** UTC time, RFC 3339 (`2026-12-04T07:00:00Z`). */
    readonly time: string;
    readonly event: "activate" | "rollback";
    readonly status: (typeof RELEASE_STATUSES)[number];
    readonly release: string;
    readonly previous: string;
    readonly commit: string;
    /** The reason, unescaped; absent on lines without one. */
    readonly reason?: string;
}

/** Parses one line written by host/lighttpd-release to release.log; throws on anything else. */
export function parseReleaseLogLine(line: string): ReleaseLogRecord {
    const m = new RegExp(RELEASE_LOG_PATTERN).exec(line);
    if (!m) throw new Error(`release-log line is not in the release tool's format: ${JSON.stringify(line)}`);
    const value = (key: (typeof RELEASE_LOG_FIELDS)[number]["key"]) => m[RELEASE_LOG_FIELDS.findIndex((f) => f.key === key) + 2];
    const reason = m[RELEASE_REASON_GROUP];
    return {
        time: m[1],
        event: value("event") as ReleaseLogRecord["event"],
        status: value("status") as ReleaseLogRecord["status"],
        release: value("release"),
        previous: value("previous"),
        commit: value("commit"),
        ...(reason !== undefined ? { reason: reason.replace(/\\(.)/g, "$1") } : {}),
    };
}

// ---------------------------------------------------------------------------------------------------
// lighttpd's error log

/**
 * lighttpd 1.4's error-log line: `YYYY-MM-DD HH:MM:SS: (file.c.line) message`, in the server's local
 * time without an offset (hosts run in UTC, so the transform reads it as UTC).
 */
export const ERROR_LOG_PATTERN = "^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d): \\(([^()\\s]+)\\) (.*)$";

export const ERROR_TABLE: LogTableSpec = {
    table: "LighttpdError_CL",
    description: "Lighttpd error log (start, stop, configuration and module errors).",
    filePath: `${HOST_LIGHTTPD_DEFAULTS.logDir}/error.log`,
    dataSourceName: "lighttpdErrorLog",
    parser: { kind: "regex", pattern: ERROR_LOG_PATTERN },
    columns: [
        { name: "TimeGenerated", type: "datetime", description: "When lighttpd logged the line (host time, UTC); collection time if the line did not parse.", expr: { kind: "groupTime", group: 1 } },
        ...COMMON_HEAD,
        { name: "Source", type: "string", description: "lighttpd source location (file.c.line) that logged the message.", expr: { kind: "group", group: 2 } },
        { name: "Message", type: "string", description: "The message.", expr: { kind: "group", group: 3 } },
        UNPARSED,
    ],
};

/** Every custom table, in the order the DCR lists them. */
export const LOG_TABLES: readonly LogTableSpec[] = [ACCESS_TABLE, ERROR_TABLE, RELEASE_TABLE];

// ---------------------------------------------------------------------------------------------------
// KQL rendering

function checkRegex(pattern: string): string {
    if (pattern.includes("'")) throw new Error(`logSchema: a transform regex cannot hold "'" (KQL verbatim string): ${pattern}`);
    new RegExp(pattern); // must compile in JavaScript too (the mirror)
    return `@'${pattern}'`;
}

function checkKey(key: string): string {
    if (!/^[a-z_]+$/.test(key)) throw new Error(`logSchema: JSON key '${key}' must be lower-case letters and '_'`);
    return `d["${key}"]`;
}

function exprKql(spec: LogTableSpec, e: ColumnExpr): string {
    const re = () => {
        if (spec.parser.kind !== "regex") throw new Error(`logSchema: ${spec.table} uses a capture group but has no regex`);
        return checkRegex(spec.parser.pattern);
    };
    switch (e.kind) {
        case "input":
            return e.column;
        case "json":
            return `${e.as === "long" ? "tolong" : "tostring"}(${checkKey(e.key)})`;
        case "jsonTime":
        case "groupTime":
            return "iif(isnull(ts), TimeGenerated, ts)";
        case "group":
            return `extract(${re()}, ${e.group}, RawData)`;
        case "unparsed":
            return spec.parser.kind === "json"
                ? `iif(gettype(d) == "dictionary", "", RawData)`
                : `iif(extract(${re()}, 0, RawData) != "", "", RawData)`;
        default: {
            const never: never = e;
            throw new Error(`unknown column expression ${JSON.stringify(never)}`);
        }
    }
}

/** The DCR `transformKql` for a table: parse `RawData`, project exactly the table's columns. */
export function transformKql(spec: LogTableSpec): string {
    const lines = ["source"];
    if (spec.parser.kind === "json") lines.push("| extend d = parse_json(RawData)");
    const time = spec.columns.find((c) => c.expr.kind === "jsonTime" || c.expr.kind === "groupTime");
    if (time?.expr.kind === "jsonTime") {
        // "2026-12-04T07:00:00+0530" -> "2026-12-04T07:00:00+05:30" (KQL wants the colon)
        lines.push(`| extend t = tostring(${checkKey(time.expr.key)})`);
        lines.push(`| extend ts = todatetime(strcat(substring(t, 0, 22), ":", substring(t, 22)))`);
    } else if (time?.expr.kind === "groupTime") {
        if (spec.parser.kind !== "regex") throw new Error(`logSchema: ${spec.table} has a groupTime column but no regex`);
        lines.push(`| extend ts = todatetime(extract(${checkRegex(spec.parser.pattern)}, ${time.expr.group}, RawData))`);
    }
    lines.push("| project");
    spec.columns.forEach((c, i) => {
        const value = exprKql(spec, c.expr);
        const sep = i === spec.columns.length - 1 ? "" : ",";
        lines.push(value === c.name ? `    ${c.name}${sep}` : `    ${c.name} = ${value}${sep}`);
    });
    return lines.join("\n");
}

/** The column names a transform projects, read back from its KQL (a consistency check for tests). */
export function projectedColumns(kql: string): string[] {
    const i = kql.indexOf("\n| project\n");
    if (i < 0) throw new Error("no '| project' in the transform");
    return kql.slice(i + "\n| project\n".length).split(",\n").map((s) => s.trim().split(" = ")[0]);
}

// ---------------------------------------------------------------------------------------------------
// TypeScript mirror of the transforms (KQL semantics of the functions used)

/** One record of a text-log input stream, as Azure Monitor Agent delivers it. */
export interface TextRecord {
    readonly TimeGenerated: Date;
    readonly RawData: string;
    readonly FilePath: string;
    readonly Computer: string;
}

/** A row of a custom table: column name -> value (null where KQL yields null). */
export type TableRow = Record<string, string | number | Date | null>;

/** KQL `tostring`: null -> "", numbers and booleans printed, objects as JSON. */
function kqlToString(v: unknown): string {
    if (v === null || v === undefined) return "";
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    return JSON.stringify(v);
}

/** KQL `tolong`: integers (and integral strings); anything else null. */
function kqlToLong(v: unknown): number | null {
    if (typeof v === "number" && Number.isFinite(v)) return Math.trunc(v);
    if (typeof v === "string" && /^-?\d+$/.test(v)) return Number(v);
    return null;
}

/**
 * KQL `todatetime` for the shapes these logs produce: ISO 8601 with `Z`, `±hh:mm` or no zone (UTC),
 * with `T` or a space; anything else null.
 */
function kqlToDatetime(s: string): Date | null {
    const m = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d(?:\.\d{1,7})?)(Z|[+-]\d\d:\d\d)?$/.exec(s);
    if (!m) return null;
    const d = new Date(`${m[1]}T${m[2]}${m[3] ?? "Z"}`);
    return Number.isNaN(d.getTime()) ? null : d;
}

/** KQL `substring(s, start[, length])`, clamped like KQL. */
function kqlSubstring(s: string, start: number, length?: number): string {
    const from = Math.max(0, Math.min(start, s.length));
    return length === undefined ? s.slice(from) : s.slice(from, from + Math.max(0, length));
}

/** KQL `parse_json`: invalid JSON yields the string itself (a dynamic string). */
function kqlParseJson(s: string): unknown {
    try {
        return JSON.parse(s) as unknown;
    } catch {
        return s;
    }
}

/** KQL `d["key"]` on a dynamic value: a property bag's member, else null. */
function member(d: unknown, key: string): unknown {
    return typeof d === "object" && d !== null && !Array.isArray(d) ? (d as Record<string, unknown>)[key] ?? null : null;
}

/** Evaluates a table's transform on one input record, exactly as {@link transformKql} renders it. */
export function applyTransform(spec: LogTableSpec, record: TextRecord): TableRow {
    const d = spec.parser.kind === "json" ? kqlParseJson(record.RawData) : undefined;
    const match = spec.parser.kind === "regex" ? new RegExp(spec.parser.pattern).exec(record.RawData) : null;
    const extract = (group: number) => (match?.[group] ?? "");
    let ts: Date | null = null;
    const row: TableRow = {};
    for (const c of spec.columns) {
        const e = c.expr;
        switch (e.kind) {
            case "input":
                row[c.name] = record[e.column];
                break;
            case "json":
                row[c.name] = e.as === "long" ? kqlToLong(member(d, e.key)) : kqlToString(member(d, e.key));
                break;
            case "jsonTime": {
                const t = kqlToString(member(d, e.key));
                ts = kqlToDatetime(`${kqlSubstring(t, 0, 22)}:${kqlSubstring(t, 22)}`);
                row[c.name] = ts ?? record.TimeGenerated;
                break;
            }
            case "groupTime":
                ts = kqlToDatetime(extract(e.group));
                row[c.name] = ts ?? record.TimeGenerated;
                break;
            case "group":
                row[c.name] = extract(e.group);
                break;
            case "unparsed": {
                const parsed = spec.parser.kind === "json"
                    ? typeof d === "object" && d !== null && !Array.isArray(d)
                    : extract(0) !== "";
                row[c.name] = parsed ? "" : record.RawData;
                break;
            }
            default: {
                const never: never = e;
                throw new Error(`unknown column expression ${JSON.stringify(never)}`);
            }
        }
    }
    return row;
}

// ---------------------------------------------------------------------------------------------------
// queries over the tables (alerts and saved searches)

/** A column of a table, checked to exist, so queries cannot drift from the schema. */
export function col(spec: LogTableSpec, name: string): string {
    if (!spec.columns.some((c) => c.name === name)) throw new Error(`logSchema: ${spec.table} has no column '${name}'`);
    return name;
}

const A = ACCESS_TABLE, R = RELEASE_TABLE;
const kqlList = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");

/**
 * `let commits = ...;`: the commit of every release named in the release tool's log, as
 * `Release, KnownCommit`, for a `join kind=leftouter` on Release. Limited to the query's time range
 * (for an alert rule: its `overrideQueryTimeRange`).
 */
export function releaseCommitsKql(lookback?: string): string {
    return [
        `let commits = ${R.table}`,
        ...(lookback ? [`    | where ${col(R, "TimeGenerated")} > ago(${lookback})`] : []),
        `    | where ${col(R, "Release")} != "-" and ${col(R, "Commit")} != "-"`,
        `    | summarize arg_max(${col(R, "TimeGenerated")}, ${col(R, "Commit")}) by ${col(R, "Release")}`,
        `    | project ${col(R, "Release")}, KnownCommit = ${col(R, "Commit")};`,
    ].join("\n");
}

/** `Commit` after the join: the logged one, else the known one, else "unknown". */
const COMMIT_AFTER_JOIN = `iif(isempty(KnownCommit), "unknown", KnownCommit)`;

/**
 * 5xx rate per release over the last `windowMinutes`, for releases with at least `minRequests`
 * requests: columns TimeGenerated, Release, Commit, Requests, Errors5xx, ErrorRatePercent.
 */
export function fiveXxRateQuery(o: { readonly windowMinutes: number; readonly minRequests: number }): string {
    return [
        releaseCommitsKql(),
        A.table,
        `| where ${col(A, "TimeGenerated")} > ago(${o.windowMinutes}m)`,
        // The access log carries the commit itself; the release log fills in older lines without it.
        `| summarize Requests = count(), Errors5xx = countif(${col(A, "Status")} >= 500), TimeGenerated = max(${col(A, "TimeGenerated")}), LoggedCommit = take_anyif(${col(A, "Commit")}, ${col(A, "Commit")} != "-") by ${col(A, "Release")}`,
        `| where Requests >= ${o.minRequests}`,
        `| extend ErrorRatePercent = round(100.0 * Errors5xx / Requests, 2)`,
        `| join kind=leftouter commits on Release`,
        `| project TimeGenerated, Release, Commit = iif(isnotempty(LoggedCommit), LoggedCommit, ${COMMIT_AFTER_JOIN}), Requests, Errors5xx, ErrorRatePercent`,
    ].join("\n");
}

/**
 * Failed activations and rollbacks (status failed or rolled_back) in the last `windowMinutes`, per
 * release and commit: columns TimeGenerated, Release, Commit, Failures, Hosts, Reason.
 */
export function failedActivationsQuery(o: { readonly windowMinutes: number }): string {
    return [
        releaseCommitsKql(),
        R.table,
        `| where ${col(R, "TimeGenerated")} > ago(${o.windowMinutes}m)`,
        `| where ${col(R, "Status")} in (${kqlList(FAILED_RELEASE_STATUSES)})`,
        `| join kind=leftouter commits on Release`,
        `| extend Commit = iif(${col(R, "Commit")} != "-", ${col(R, "Commit")}, ${COMMIT_AFTER_JOIN})`,
        `| summarize Failures = count(), Hosts = dcount(${col(R, "Computer")}), TimeGenerated = max(${col(R, "TimeGenerated")}), Reason = take_any(${col(R, "Reason")}) by Release, Commit`,
    ].join("\n");
}

/** Saved search "Requests by release": traffic per release and commit over `days`. */
export function requestsByReleaseQuery(days: number): string {
    return [
        releaseCommitsKql(`${days}d`),
        A.table,
        `| where ${col(A, "TimeGenerated")} > ago(${days}d)`,
        `| summarize Requests = count(), Bytes = sum(${col(A, "Bytes")}), P95DurationMs = round(percentile(${col(A, "DurationUs")}, 95) / 1000.0, 1), Hosts = dcount(${col(A, "Computer")}), FirstSeen = min(${col(A, "TimeGenerated")}), LastSeen = max(${col(A, "TimeGenerated")}) by ${col(A, "Release")}`,
        `| join kind=leftouter commits on Release`,
        `| project Release, Commit = ${COMMIT_AFTER_JOIN}, Requests, Bytes, P95DurationMs, Hosts, FirstSeen, LastSeen`,
        `| order by LastSeen desc`,
    ].join("\n");
}

/** Saved search "Errors by release": 4xx/5xx and failed activations per release and commit over `days`. */
export function errorsByReleaseQuery(days: number): string {
    return [
        releaseCommitsKql(`${days}d`),
        `let failures = ${R.table}`,
        `    | where ${col(R, "TimeGenerated")} > ago(${days}d) and ${col(R, "Status")} in (${kqlList(FAILED_RELEASE_STATUSES)})`,
        `    | summarize FailedActivations = count(), LastFailureReason = take_any(${col(R, "Reason")}) by ${col(R, "Release")};`,
        A.table,
        `| where ${col(A, "TimeGenerated")} > ago(${days}d)`,
        `| summarize Requests = count(), Errors4xx = countif(${col(A, "Status")} between (400 .. 499)), Errors5xx = countif(${col(A, "Status")} >= 500), LastSeen = max(${col(A, "TimeGenerated")}) by ${col(A, "Release")}`,
        `| join kind=fullouter failures on Release`,
        `| extend Release = iif(isempty(Release), Release1, Release)`,
        `| join kind=leftouter commits on Release`,
        `| extend Errors4xx = coalesce(Errors4xx, 0), Errors5xx = coalesce(Errors5xx, 0), FailedActivations = coalesce(FailedActivations, 0)`,
        `| where Errors4xx + Errors5xx + FailedActivations > 0`,
        `| project Release, Commit = ${COMMIT_AFTER_JOIN}, Requests, Errors4xx, Errors5xx, Error5xxRatePercent = round(100.0 * Errors5xx / Requests, 2), FailedActivations, LastFailureReason, LastSeen`,
        `| order by Errors5xx desc, FailedActivations desc`,
    ].join("\n");
}
