/**
 * Generates the `@pulumi/azuredevops` Node SDK from the provider's Pulumi package schema and compiles it.
 *
 *   npm run gen:azuredevops [-- --schema FILE] [--out DIR] [--version X.Y.Z]
 *
 * Defaults: --schema ../shared/schemas/azuredevops-3.15.0.schema.json and --out sdks/azuredevops (both
 * relative to the repository root); --version is read from the schema (`version`) or its file name.
 *
 * The generated API mirrors what `pulumi-language-nodejs` generates for the published package (flat
 * layout, one file per resource and function, `types/input.ts` and `types/output.ts`, `config/vars.ts`,
 * lazily loaded `index.ts` that registers the resource module and the provider package), so moving to
 * the published `@pulumi/azuredevops` needs no change in the program. Everything is derived from the
 * schema; nothing is written per resource by hand.
 *
 * The output is deterministic: names are sorted by code unit, no timestamps, no absolute paths. The
 * TypeScript is compiled with the compiler API of the repository's own `typescript` into `bin/`
 * (CommonJS, ES2020, .js + .d.ts). Files in the output directory that the generator did not produce are
 * removed (except `node_modules/`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

// ---------------------------------------------------------------------------------------------------
// Schema model (the subset of the Pulumi package schema that this provider uses)
// ---------------------------------------------------------------------------------------------------

interface SchemaProperty {
    type?: string;
    $ref?: string;
    items?: SchemaProperty;
    additionalProperties?: SchemaProperty;
    oneOf?: SchemaProperty[];
    description?: string;
    secret?: boolean;
    deprecationMessage?: string;
    willReplaceOnChanges?: boolean;
    default?: unknown;
    defaultInfo?: { environment?: string[] };
    const?: unknown;
    plain?: boolean;
}

interface SchemaObjectType {
    type?: string;
    description?: string;
    properties?: Record<string, SchemaProperty>;
    required?: string[];
    enum?: unknown[];
    language?: { nodejs?: { requiredOutputs?: string[] } };
}

interface SchemaResource {
    description?: string;
    deprecationMessage?: string;
    properties?: Record<string, SchemaProperty>;
    required?: string[];
    inputProperties?: Record<string, SchemaProperty>;
    requiredInputs?: string[];
    stateInputs?: SchemaObjectType;
    aliases?: Array<{ type?: string; name?: string; project?: string }>;
    methods?: Record<string, string>;
    isComponent?: boolean;
}

interface SchemaFunction {
    description?: string;
    deprecationMessage?: string;
    inputs?: SchemaObjectType;
    outputs?: SchemaObjectType;
}

interface PackageSchema {
    name: string;
    version?: string;
    description?: string;
    keywords?: string[];
    homepage?: string;
    license?: string;
    repository?: string;
    config?: { variables?: Record<string, SchemaProperty>; defaults?: string[] };
    provider: SchemaResource;
    resources: Record<string, SchemaResource>;
    functions: Record<string, SchemaFunction>;
    types: Record<string, SchemaObjectType>;
}

export interface GenerateOptions {
    /** Path of the package schema (JSON). */
    schemaPath: string;
    /** Directory the SDK is written to (created if missing). */
    outDir: string;
    /** Package version; defaults to the schema's `version` or the version in the schema's file name. */
    version?: string;
    /** Where `typescript`, `@pulumi/pulumi` and `@types/node` are resolved from; defaults to the repository root. */
    resolveFrom?: string;
    /** Progress sink; defaults to stderr. */
    log?: (line: string) => void;
}

export interface GenerateResult {
    resources: number;
    functions: number;
    methods: number;
    types: number;
    configVariables: number;
    sourceFiles: number;
    compiledFiles: number;
}

const REPO_ROOT = path.resolve(__dirname, "..");
const DEFAULT_SCHEMA = path.resolve(REPO_ROOT, "../shared/schemas/azuredevops-3.15.0.schema.json");
const DEFAULT_OUT = path.resolve(REPO_ROOT, "sdks/azuredevops");

// ---------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------

/** Sorts by UTF-16 code unit, independent of locale (determinism). */
function byCodeUnit(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function sortedKeys<T>(o: Record<string, T> | undefined): string[] {
    return Object.keys(o ?? {}).sort(byCodeUnit);
}

function upperFirst(s: string): string {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
    return s.charAt(0).toLowerCase() + s.slice(1);
}

function isIdentifier(name: string): boolean {
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/** A property key as written in an interface or class (`foo` or `"foo-bar"`). */
function propKey(name: string): string {
    return isIdentifier(name) ? name : JSON.stringify(name);
}

/** `args?.foo` or `args?.["foo-bar"]`. */
function optAccess(obj: string, name: string): string {
    return isIdentifier(name) ? `${obj}?.${name}` : `${obj}?.[${JSON.stringify(name)}]`;
}

function access(obj: string, name: string): string {
    return isIdentifier(name) ? `${obj}.${name}` : `${obj}[${JSON.stringify(name)}]`;
}

interface Token {
    pkg: string;
    /** The token's middle part, e.g. `index/checkApproval`. */
    module: string;
    /** The last part, e.g. `CheckApproval`. */
    name: string;
}

function parseToken(token: string): Token {
    const parts = token.split(":");
    if (parts.length !== 3) {
        throw new Error(`unsupported token '${token}': expected <package>:<module>:<name>`);
    }
    return { pkg: parts[0], module: parts[1], name: parts[2] };
}

/**
 * File (module) name of a resource or function: camelCase of the last segment of the token's middle
 * part (`azuredevops:index/serviceEndpointAzureRM:ServiceEndpointAzureRM` -> `serviceEndpointAzureRM`).
 * All tokens of this package live in `index`, so the layout stays flat like the published SDK.
 */
function fileNameOf(token: string): string {
    const { module, name } = parseToken(token);
    const segments = module.split("/");
    if (segments[0] !== "index" || segments.length > 2) {
        throw new Error(`unsupported module in token '${token}': only 'index' is supported (flat layout)`);
    }
    return lowerFirst(segments.length === 2 ? segments[1] : name);
}

function typeNameOf(ref: string): string {
    const token = ref.slice("#/types/".length);
    const { module, name } = parseToken(token);
    if (module.split("/")[0] !== "index") {
        throw new Error(`unsupported module in type token '${token}'`);
    }
    // Like the upstream generator: `getUsersFeatures` -> `GetUsersFeatures`.
    return upperFirst(name);
}

// ---------------------------------------------------------------------------------------------------
// Documentation
// ---------------------------------------------------------------------------------------------------

/**
 * `<span pulumi-lang-nodejs="`x`" pulumi-lang-dotnet="`X`" ...>`x`</span>` -> `` `x` ``. Attribute values may
 * themselves contain quotes (`pulumi-lang-nodejs=""additionalFieldsJson""`), hence the lazy matches that
 * must be followed by the next attribute or the end of the tag.
 */
const LANGUAGE_SPAN = /<span pulumi-lang-nodejs="([\s\S]*?)"(?: pulumi-lang-[a-z]+="[\s\S]*?")*>[\s\S]*?<\/span>/g;
const CODE_CHOOSER = /<!--Start PulumiCodeChooser -->([\s\S]*?)<!--End PulumiCodeChooser -->/g;
const FENCED_BLOCK = /```([A-Za-z0-9_+-]*)\n[\s\S]*?\n```/g;

/** Makes a schema description readable TSDoc: nodejs spelling of names, TypeScript examples only. */
export function cleanDescription(description: string | undefined): string {
    if (!description) {
        return "";
    }
    let text = description.replace(LANGUAGE_SPAN, (_m, nodejs: string) => nodejs);
    text = text.replace(CODE_CHOOSER, (_m, body: string) => {
        const blocks: string[] = [];
        for (const block of body.matchAll(FENCED_BLOCK)) {
            if (block[1] === "typescript") {
                blocks.push(block[0]);
            }
        }
        return blocks.join("\n");
    });
    const lines = text.split("\n").map((l) => l.replace(/\s+$/, ""));
    return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

/** A JSDoc block at the given indent; empty string when there is nothing to say. */
function docBlock(indent: string, text: string, deprecation?: string): string {
    const parts: string[] = [];
    if (text) {
        parts.push(text);
    }
    if (deprecation !== undefined) {
        parts.push(`@deprecated ${cleanDescription(deprecation)}`);
    }
    if (parts.length === 0) {
        return "";
    }
    const body = parts
        .join("\n\n")
        .replace(/\*\//g, "*&#47;")
        .split("\n")
        .map((l) => (l ? `${indent} * ${l}` : `${indent} *`))
        .join("\n");
    return `${indent}/**\n${body}\n${indent} */\n`;
}

function propDoc(indent: string, p: SchemaProperty): string {
    return docBlock(indent, cleanDescription(p.description), p.deprecationMessage);
}

// ---------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------

/**
 * How a schema type is rendered:
 * - `input`: resource inputs and state (`pulumi.Input<...>` all the way down, object types from `inputs.X`);
 * - `inputArgs`: the `Output` form of function arguments (like `input`, object types from `inputs.XArgs`);
 * - `plain`: plain function arguments (object types from `inputs.X`);
 * - `output`: resource outputs, function results and output object types (object types from `outputs.X`).
 */
type Flavor = "input" | "inputArgs" | "plain" | "output";

function isInputFlavor(f: Flavor): boolean {
    return f === "input" || f === "inputArgs";
}

function elementType(p: SchemaProperty, f: Flavor, where: string): string {
    if (p.$ref !== undefined) {
        if (p.$ref.startsWith("#/types/")) {
            const name = typeNameOf(p.$ref);
            switch (f) {
                case "output":
                    return `outputs.${name}`;
                case "inputArgs":
                    return `inputs.${name}Args`;
                case "input":
                case "plain":
                    return `inputs.${name}`;
                default: {
                    const never: never = f;
                    throw new Error(`unknown flavor ${String(never)}`);
                }
            }
        }
        switch (p.$ref) {
            case "pulumi.json#/Any":
            case "pulumi.json#/Json":
                return "any";
            case "pulumi.json#/Archive":
                return "pulumi.asset.Archive";
            case "pulumi.json#/Asset":
                return "pulumi.asset.Asset | pulumi.asset.Archive";
            default:
                throw new Error(`${where}: unsupported $ref '${p.$ref}'`);
        }
    }
    if (p.oneOf !== undefined) {
        throw new Error(`${where}: union types (oneOf) are not supported by this generator`);
    }
    const wrap = (t: string) => (isInputFlavor(f) ? `pulumi.Input<${t}>` : t);
    switch (p.type) {
        case "string":
            return "string";
        case "integer":
        case "number":
            return "number";
        case "boolean":
            return "boolean";
        case "array":
            if (!p.items) {
                throw new Error(`${where}: array without items`);
            }
            return `${wrap(elementType(p.items, f, `${where}[]`))}[]`;
        case "object":
            if (p.additionalProperties) {
                return `{[key: string]: ${wrap(elementType(p.additionalProperties, f, `${where}{}`))}}`;
            }
            return "{[key: string]: any}";
        default:
            throw new Error(`${where}: unsupported type '${String(p.type)}'`);
    }
}

/** `name: T;` / `name?: T;` lines of an interface, sorted by name, with docs. */
function interfaceMembers(
    indent: string,
    props: Record<string, SchemaProperty>,
    required: Set<string>,
    f: Flavor,
    where: string,
    readonly = false,
): string {
    let out = "";
    for (const name of sortedKeys(props)) {
        const p = props[name];
        const t = elementType(p, f, `${where}.${name}`);
        const req = required.has(name);
        const prefix = readonly ? "readonly " : "";
        let line: string;
        if (isInputFlavor(f)) {
            line = req ? `${propKey(name)}: pulumi.Input<${t}>;` : `${propKey(name)}?: pulumi.Input<${t} | undefined>;`;
        } else {
            line = `${propKey(name)}${req ? "" : "?"}: ${t};`;
        }
        out += propDoc(indent, p) + `${indent}${prefix}${line}\n`;
    }
    return out;
}

function refsOf(p: SchemaProperty | undefined, acc: Set<string>): Set<string> {
    if (!p) {
        return acc;
    }
    if (p.$ref?.startsWith("#/types/")) {
        acc.add(p.$ref.slice("#/types/".length));
    }
    refsOf(p.items, acc);
    refsOf(p.additionalProperties, acc);
    for (const o of p.oneOf ?? []) {
        refsOf(o, acc);
    }
    return acc;
}

/** Every type token reachable from `props` (transitively through object types). */
function closure(schema: PackageSchema, roots: Iterable<SchemaProperty>): Set<string> {
    const seen = new Set<string>();
    const queue: string[] = [];
    for (const p of roots) {
        for (const t of refsOf(p, new Set())) {
            queue.push(t);
        }
    }
    while (queue.length > 0) {
        const t = queue.pop()!;
        if (seen.has(t)) {
            continue;
        }
        const ty = schema.types[t];
        if (!ty) {
            throw new Error(`reference to unknown type '${t}'`);
        }
        seen.add(t);
        for (const p of Object.values(ty.properties ?? {})) {
            for (const r of refsOf(p, new Set())) {
                queue.push(r);
            }
        }
    }
    return seen;
}

function usesRefs(props: Iterable<SchemaProperty>): boolean {
    for (const p of props) {
        if (refsOf(p, new Set()).size > 0) {
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------------------
// Emitters
// ---------------------------------------------------------------------------------------------------

interface Ctx {
    schema: PackageSchema;
    header: string;
}

function importsFor(ctx: Ctx, needsInputs: boolean, needsOutputs: boolean, prefix = "."): string {
    let out = `${ctx.header}\nimport * as pulumi from "@pulumi/pulumi";\n`;
    if (needsInputs) {
        out += `import * as inputs from "${prefix}/types/input";\n`;
    }
    if (needsOutputs) {
        out += `import * as outputs from "${prefix}/types/output";\n`;
    }
    out += `import * as utilities from "${prefix}/utilities";\n\n`;
    return out;
}

/** The expression for a default value from `default` / `defaultInfo.environment`, if any. */
function defaultExpr(p: SchemaProperty, where: string): string | undefined {
    const env = p.defaultInfo?.environment ?? [];
    const literal = p.default !== undefined ? JSON.stringify(p.default) : undefined;
    if (env.length === 0) {
        return literal;
    }
    const envArgs = env.map((e) => JSON.stringify(e)).join(", ");
    let getter: string;
    switch (p.type) {
        case "string":
            getter = `utilities.getEnv(${envArgs})`;
            break;
        case "boolean":
            getter = `utilities.getEnvBoolean(${envArgs})`;
            break;
        case "integer":
        case "number":
            getter = `utilities.getEnvNumber(${envArgs})`;
            break;
        default:
            throw new Error(`${where}: environment defaults are supported for primitive types only`);
    }
    return literal !== undefined ? `(${getter} || ${literal})` : getter;
}

/** Right-hand side for `resourceInputs["x"] = ...` from the args bag. */
function argInputExpr(name: string, p: SchemaProperty, where: string, jsonEncode: boolean): string {
    let expr = optAccess("args", name);
    const dflt = defaultExpr(p, where);
    if (dflt !== undefined) {
        expr = `(${expr}) ?? ${dflt}`;
    }
    if (p.secret) {
        expr = dflt !== undefined ? `pulumi.secret(${expr})` : `${expr} ? pulumi.secret(${access("args", name)}) : undefined`;
    }
    if (jsonEncode && p.type !== "string") {
        expr = `pulumi.output(${expr}).apply(JSON.stringify)`;
    }
    return expr;
}

function optionMerges(resourceToken: string, r: SchemaResource, outputs: Record<string, SchemaProperty>): string {
    let out = "        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);\n";
    const aliases = r.aliases ?? [];
    if (aliases.length > 0) {
        const items = aliases.map((a) => {
            const fields: string[] = [];
            if (a.name !== undefined) {
                fields.push(`name: ${JSON.stringify(a.name)}`);
            }
            if (a.project !== undefined) {
                fields.push(`project: ${JSON.stringify(a.project)}`);
            }
            if (a.type !== undefined) {
                fields.push(`type: ${JSON.stringify(a.type)}`);
            }
            if (fields.length === 0) {
                throw new Error(`${resourceToken}: empty alias`);
            }
            return `{ ${fields.join(", ")} }`;
        });
        out += `        const aliasOpts = { aliases: [${items.join(", ")}] };\n`;
        out += "        opts = pulumi.mergeOptions(opts, aliasOpts);\n";
    }
    const secrets = sortedKeys(outputs).filter((n) => outputs[n].secret);
    if (secrets.length > 0) {
        out += `        const secretOpts = { additionalSecretOutputs: [${secrets.map((s) => JSON.stringify(s)).join(", ")}] };\n`;
        out += "        opts = pulumi.mergeOptions(opts, secretOpts);\n";
    }
    // Like the upstream code generator, replaceOnChanges comes from the output properties' flags (this
    // schema marks `willReplaceOnChanges` on inputs only, so none is emitted, as in the published SDK).
    const replace = sortedKeys(outputs).filter((n) => outputs[n].willReplaceOnChanges);
    if (replace.length > 0) {
        out += `        const replaceOnChanges = { replaceOnChanges: [${replace.map((s) => JSON.stringify(s)).join(", ")}] };\n`;
        out += "        opts = pulumi.mergeOptions(opts, replaceOnChanges);\n";
    }
    return out;
}

function emitResource(ctx: Ctx, token: string, r: SchemaResource): string {
    const name = parseToken(token).name;
    if (r.isComponent) {
        throw new Error(`${token}: component resources are not supported`);
    }
    if (r.methods && Object.keys(r.methods).length > 0) {
        throw new Error(`${token}: resource methods are not supported by this generator`);
    }
    const outputs: Record<string, SchemaProperty> = { ...(r.properties ?? {}) };
    // `id` and `urn` are provided by CustomResource itself.
    delete outputs.id;
    delete outputs.urn;
    const inputs = r.inputProperties ?? {};
    const state = r.stateInputs?.properties ?? {};
    const requiredOutputs = new Set(r.required ?? []);
    const requiredInputs = new Set(r.requiredInputs ?? []);
    for (const req of requiredInputs) {
        if (!(req in inputs)) {
            throw new Error(`${token}: required input '${req}' is not an input property`);
        }
    }
    const needsInputs = usesRefs([...Object.values(inputs), ...Object.values(state)]);
    const needsOutputs = usesRefs(Object.values(outputs));

    let out = importsFor(ctx, needsInputs, needsOutputs);
    out += docBlock("", cleanDescription(r.description), r.deprecationMessage);
    out += `export class ${name} extends pulumi.CustomResource {\n`;
    out += `    /**
     * Get an existing ${name} resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ${name}State, opts?: pulumi.CustomResourceOptions): ${name} {
        return new ${name}(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = '${token}';

    /**
     * Returns true if the given object is an instance of ${name}.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ${name} {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === ${name}.__pulumiType;
    }

`;
    for (const prop of sortedKeys(outputs)) {
        const p = outputs[prop];
        const t = elementType(p, "output", `${token}.${prop}`);
        const outMark = prop in inputs ? "" : "/*out*/ ";
        const ty = requiredOutputs.has(prop) ? t : `${t} | undefined`;
        out += propDoc("    ", p);
        out += `    declare public ${outMark}readonly ${propKey(prop)}: pulumi.Output<${ty}>;\n`;
    }
    const argsOptional = requiredInputs.size === 0 ? "?" : "";
    out += `
    /**
     * Create a ${name} resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args${argsOptional}: ${name}Args, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: ${name}Args | ${name}State, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ${name}State | undefined;
`;
    for (const prop of sortedKeys(state)) {
        out += `            resourceInputs[${JSON.stringify(prop)}] = ${optAccess("state", prop)};\n`;
    }
    out += `        } else {
            const args = argsOrState as ${name}Args | undefined;
`;
    for (const prop of [...requiredInputs].sort(byCodeUnit)) {
        if (defaultExpr(inputs[prop], `${token}.${prop}`) !== undefined) {
            continue; // a default satisfies the requirement
        }
        out += `            if (${optAccess("args", prop)} === undefined && !opts.urn) {
                throw new Error("Missing required property '${prop}'");
            }
`;
    }
    for (const prop of sortedKeys(inputs)) {
        out += `            resourceInputs[${JSON.stringify(prop)}] = ${argInputExpr(prop, inputs[prop], `${token}.${prop}`, false)};\n`;
    }
    for (const prop of sortedKeys(outputs)) {
        if (!(prop in inputs)) {
            out += `            resourceInputs[${JSON.stringify(prop)}] = undefined /*out*/;\n`;
        }
    }
    out += "        }\n";
    out += optionMerges(token, r, outputs);
    out += `        super(${name}.__pulumiType, name, resourceInputs, opts);
    }
}

/**
 * Input properties used for looking up and filtering ${name} resources.
 */
export interface ${name}State {
${interfaceMembers("    ", state, new Set(), "input", `${token} state`)}}

/**
 * The set of arguments for constructing a ${name} resource.
 */
export interface ${name}Args {
${interfaceMembers("    ", inputs, requiredInputs, "input", `${token} args`)}}
`;
    return out;
}

interface FunctionInfo {
    token: string;
    file: string;
    name: string;
    hasArgs: boolean;
}

function functionInfo(token: string, f: SchemaFunction): FunctionInfo {
    const file = fileNameOf(token);
    const name = parseToken(token).name;
    if (name !== file) {
        throw new Error(`${token}: function name '${name}' differs from its module name '${file}'`);
    }
    return { token, file, name, hasArgs: f.inputs !== undefined };
}

function emitFunction(ctx: Ctx, info: FunctionInfo, f: SchemaFunction): string {
    const { token, name } = info;
    const Title = upperFirst(name);
    const inputs = f.inputs?.properties ?? {};
    const required = new Set(f.inputs?.required ?? []);
    const results = f.outputs?.properties ?? {};
    const resultRequired = new Set(f.outputs?.required ?? []);
    const needsInputs = usesRefs(Object.values(inputs));
    const needsOutputs = usesRefs(Object.values(results));
    const doc = docBlock("", cleanDescription(f.description), f.deprecationMessage);
    const argsOptional = required.size === 0 ? "?" : "";

    const invokeBody = (invoke: string) => {
        let body = "";
        if (info.hasArgs && argsOptional) {
            body += "    args = args || {};\n";
        }
        body += "    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});\n";
        if (!info.hasArgs) {
            return body + `    return pulumi.runtime.${invoke}("${token}", {}, opts);\n`;
        }
        body += `    return pulumi.runtime.${invoke}("${token}", {\n`;
        for (const prop of sortedKeys(inputs)) {
            body += `        ${JSON.stringify(prop)}: ${access("args", prop)},\n`;
        }
        return body + "    }, opts);\n";
    };

    let out = importsFor(ctx, needsInputs, needsOutputs);
    out += doc;
    if (info.hasArgs) {
        out += `export function ${name}(args${argsOptional}: ${Title}Args, opts?: pulumi.InvokeOptions): Promise<${Title}Result> {\n`;
    } else {
        out += `export function ${name}(opts?: pulumi.InvokeOptions): Promise<${Title}Result> {\n`;
    }
    out += invokeBody("invoke") + "}\n\n";
    if (info.hasArgs) {
        out += `/**
 * A collection of arguments for invoking ${name}.
 */
export interface ${Title}Args {
${interfaceMembers("    ", inputs, required, "plain", `${token} args`)}}

`;
    }
    out += `/**
 * A collection of values returned by ${name}.
 */
export interface ${Title}Result {
${interfaceMembers("    ", results, resultRequired, "output", `${token} result`, true)}}
`;
    out += doc;
    if (info.hasArgs) {
        out += `export function ${name}Output(args${argsOptional}: ${Title}OutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<${Title}Result> {\n`;
    } else {
        out += `export function ${name}Output(opts?: pulumi.InvokeOutputOptions): pulumi.Output<${Title}Result> {\n`;
    }
    out += invokeBody("invokeOutput") + "}\n";
    if (info.hasArgs) {
        out += `
/**
 * A collection of arguments for invoking ${name}.
 */
export interface ${Title}OutputArgs {
${interfaceMembers("    ", inputs, required, "inputArgs", `${token} output args`)}}
`;
    }
    return out;
}

function emitProvider(ctx: Ctx): { text: string; methods: number } {
    const schema = ctx.schema;
    const p = schema.provider;
    const pkg = schema.name;
    const inputs = p.inputProperties ?? {};
    const outputs = p.properties ?? {};
    const requiredInputs = new Set(p.requiredInputs ?? []);
    const needsInputs = usesRefs(Object.values(inputs));

    let out = importsFor(ctx, needsInputs, false);
    out += docBlock("", cleanDescription(p.description), p.deprecationMessage);
    out += `export class Provider extends pulumi.ProviderResource {
    /** @internal */
    public static readonly __pulumiType = '${pkg}';

    /**
     * Returns true if the given object is an instance of Provider.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Provider {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === "pulumi:providers:" + Provider.__pulumiType;
    }

`;
    // Provider outputs are exposed only when they are strings (the engine stores provider state as strings).
    for (const prop of sortedKeys(outputs)) {
        const o = outputs[prop];
        if (o.type !== "string" || o.$ref !== undefined) {
            continue;
        }
        const ty = (p.required ?? []).includes(prop) ? "string" : "string | undefined";
        out += propDoc("    ", o) + `    declare public readonly ${propKey(prop)}: pulumi.Output<${ty}>;\n`;
    }
    const argsOptional = requiredInputs.size === 0 ? "?" : "";
    out += `
    /**
     * Create a Provider resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args${argsOptional}: ProviderArgs, opts?: pulumi.ResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        {
`;
    for (const prop of [...requiredInputs].sort(byCodeUnit)) {
        if (defaultExpr(inputs[prop], `provider.${prop}`) !== undefined) {
            continue;
        }
        out += `            if (${optAccess("args", prop)} === undefined && !opts.urn) {
                throw new Error("Missing required property '${prop}'");
            }
`;
    }
    for (const prop of sortedKeys(inputs)) {
        // Non-string provider inputs travel JSON-encoded, as in the published provider SDK.
        out += `            resourceInputs[${JSON.stringify(prop)}] = ${argInputExpr(prop, inputs[prop], `provider.${prop}`, true)};\n`;
    }
    out += "        }\n";
    out += optionMerges("provider", p, outputs);
    out += "        super(Provider.__pulumiType, name, resourceInputs, opts);\n    }\n";

    // Provider methods (`methods` point at functions whose first input is `__self__`).
    const methodNames = sortedKeys(p.methods);
    const resultInterfaces: string[] = [];
    for (const m of methodNames) {
        const fnToken = p.methods![m];
        const fn = schema.functions[fnToken];
        if (!fn) {
            throw new Error(`provider method '${m}' points at unknown function '${fnToken}'`);
        }
        const extra = sortedKeys(fn.inputs?.properties).filter((n) => n !== "__self__");
        if (extra.length > 0) {
            throw new Error(`provider method '${m}': arguments besides __self__ are not supported`);
        }
        const resultName = `${upperFirst(m)}Result`;
        out += "\n" + docBlock("    ", cleanDescription(fn.description), fn.deprecationMessage);
        out += `    ${m}(): pulumi.Output<Provider.${resultName}> {
        return pulumi.runtime.call("${fnToken}", {
            "__self__": this,
        }, this);
    }
`;
        resultInterfaces.push(`    /**
     * The results of the Provider.${m} method.
     */
    export interface ${resultName} {
${interfaceMembers("        ", fn.outputs?.properties ?? {}, new Set(fn.outputs?.required ?? []), "output", `${fnToken} result`, true)}    }
`);
    }
    out += "}\n";
    out += `
/**
 * The set of arguments for constructing a Provider resource.
 */
export interface ProviderArgs {
${interfaceMembers("    ", inputs, requiredInputs, "input", "provider args")}}
`;
    if (resultInterfaces.length > 0) {
        out += `\nexport namespace Provider {\n${resultInterfaces.join("\n")}}\n`;
    }
    return { text: out, methods: methodNames.length };
}

interface TypeUsage {
    /** Object types reachable from resource and provider inputs (rendered with `pulumi.Input`). */
    input: Set<string>;
    /** Object types reachable from function arguments (rendered plain as X and with inputs as XArgs). */
    plainInput: Set<string>;
    /** Object types reachable from resource outputs and function results. */
    output: Set<string>;
}

function typeUsage(schema: PackageSchema, methodFunctions: Set<string>): TypeUsage {
    const resourceInputs: SchemaProperty[] = [];
    const resourceOutputs: SchemaProperty[] = [];
    for (const r of [...Object.values(schema.resources), schema.provider]) {
        resourceInputs.push(...Object.values(r.inputProperties ?? {}), ...Object.values(r.stateInputs?.properties ?? {}));
        resourceOutputs.push(...Object.values(r.properties ?? {}));
    }
    const fnInputs: SchemaProperty[] = [];
    const fnOutputs: SchemaProperty[] = [];
    for (const [token, f] of Object.entries(schema.functions)) {
        fnOutputs.push(...Object.values(f.outputs?.properties ?? {}));
        if (!methodFunctions.has(token)) {
            fnInputs.push(...Object.values(f.inputs?.properties ?? {}));
        }
    }
    const usage: TypeUsage = {
        input: closure(schema, resourceInputs),
        plainInput: closure(schema, fnInputs),
        output: closure(schema, [...resourceOutputs, ...fnOutputs, ...Object.values(schema.config?.variables ?? {})]),
    };
    for (const t of usage.plainInput) {
        if (usage.input.has(t)) {
            throw new Error(`type '${t}' is used by both resource inputs and function arguments; not supported`);
        }
    }
    return usage;
}

function emitTypes(ctx: Ctx, usage: TypeUsage): { input: string; output: string; index: string } {
    const types = ctx.schema.types;
    for (const t of sortedKeys(types)) {
        const ty = types[t];
        if (ty.type !== "object" || ty.enum !== undefined) {
            throw new Error(`type '${t}': only object types are supported (got '${String(ty.type)}')`);
        }
    }
    let input = `${ctx.header}\nimport * as pulumi from "@pulumi/pulumi";\nimport * as inputs from "../types/input";\nimport * as outputs from "../types/output";\n`;
    const inputEntries: Array<[string, string]> = [];
    for (const t of usage.input) {
        const ty = types[t];
        const name = typeNameOf(`#/types/${t}`);
        inputEntries.push([
            name,
            `${docBlock("", cleanDescription(ty.description))}export interface ${name} {\n${interfaceMembers("    ", ty.properties ?? {}, new Set(ty.required ?? []), "input", t)}}\n`,
        ]);
    }
    for (const t of usage.plainInput) {
        const ty = types[t];
        const name = typeNameOf(`#/types/${t}`);
        const required = new Set(ty.required ?? []);
        inputEntries.push([
            name,
            `${docBlock("", cleanDescription(ty.description))}export interface ${name} {\n${interfaceMembers("    ", ty.properties ?? {}, required, "plain", t)}}\n`,
        ]);
        inputEntries.push([
            `${name}Args`,
            `${docBlock("", cleanDescription(ty.description))}export interface ${name}Args {\n${interfaceMembers("    ", ty.properties ?? {}, required, "inputArgs", t)}}\n`,
        ]);
    }
    assertUnique(inputEntries.map((e) => e[0]), "types/input.ts");
    inputEntries.sort((a, b) => byCodeUnit(a[0], b[0]));
    for (const [, text] of inputEntries) {
        input += `\n${text}`;
    }

    let output = `${ctx.header}\nimport * as pulumi from "@pulumi/pulumi";\nimport * as inputs from "../types/input";\nimport * as outputs from "../types/output";\n`;
    const outputEntries: Array<[string, string]> = [];
    for (const t of usage.output) {
        const ty = types[t];
        const name = typeNameOf(`#/types/${t}`);
        // Output shapes may promise more than inputs require (`language.nodejs.requiredOutputs`).
        const required = new Set(ty.language?.nodejs?.requiredOutputs ?? ty.required ?? []);
        outputEntries.push([
            name,
            `${docBlock("", cleanDescription(ty.description))}export interface ${name} {\n${interfaceMembers("    ", ty.properties ?? {}, required, "output", t)}}\n`,
        ]);
    }
    assertUnique(outputEntries.map((e) => e[0]), "types/output.ts");
    outputEntries.sort((a, b) => byCodeUnit(a[0], b[0]));
    for (const [, text] of outputEntries) {
        output += `\n${text}`;
    }

    const index = `${ctx.header}
// Export sub-modules:
import * as input from "./input";
import * as output from "./output";

export {
    input,
    output,
};
`;
    return { input, output, index };
}

function emitConfig(ctx: Ctx): { vars: string; index: string; count: number } {
    const variables = ctx.schema.config?.variables ?? {};
    const names = sortedKeys(variables);
    const needsUtilities = names.some((n) => defaultExpr(variables[n], `config.${n}`) !== undefined);
    const needsOutputs = usesRefs(Object.values(variables));
    let vars = `${ctx.header}\nimport * as pulumi from "@pulumi/pulumi";\n`;
    if (needsOutputs) {
        vars += `import * as outputs from "../types/output";\n`;
    }
    if (needsUtilities) {
        vars += `import * as utilities from "../utilities";\n`;
    }
    vars += `\ndeclare var exports: any;\nconst __config = new pulumi.Config(${JSON.stringify(ctx.schema.name)});\n`;
    for (const n of names) {
        const v = variables[n];
        const t = elementType(v, "output", `config.${n}`);
        const getter = v.type === "string" && v.$ref === undefined ? `__config.get(${JSON.stringify(n)})` : `__config.getObject<${t}>(${JSON.stringify(n)})`;
        const dflt = defaultExpr(v, `config.${n}`);
        vars += `\n${propDoc("", v)}export declare const ${n}: ${t} | undefined;
Object.defineProperty(exports, ${JSON.stringify(n)}, {
    get() {
        return ${dflt !== undefined ? `${getter} ?? ${dflt}` : getter};
    },
    enumerable: true,
});
`;
    }
    const index = `${ctx.header}
// Export members:
export * from "./vars";
`;
    return { vars, index, count: names.length };
}

function emitUtilities(ctx: Ctx): string {
    return `${ctx.header}
export function getEnv(...vars: string[]): string | undefined {
    for (const v of vars) {
        const value = process.env[v];
        if (value) {
            return value;
        }
    }
    return undefined;
}

export function getEnvBoolean(...vars: string[]): boolean | undefined {
    const s = getEnv(...vars);
    if (s !== undefined) {
        // The spellings Go's strconv.ParseBool accepts, which is what Terraform providers use.
        if (["1", "t", "T", "true", "TRUE", "True"].find(v => v === s) !== undefined) {
            return true;
        }
        if (["0", "f", "F", "false", "FALSE", "False"].find(v => v === s) !== undefined) {
            return false;
        }
    }
    return undefined;
}

export function getEnvNumber(...vars: string[]): number | undefined {
    const s = getEnv(...vars);
    if (s !== undefined) {
        const f = parseFloat(s);
        if (!isNaN(f)) {
            return f;
        }
    }
    return undefined;
}

/**
 * The version of this package (its package.json sits next to bin/, where the compiled code runs). It is
 * also the version of the provider plugin the engine loads for resources and invokes of this package.
 */
export function getVersion(): string {
    let version: string = require("../package.json").version;
    // Node allows for the version to be prefixed by a "v", while semver doesn't.
    if (version.indexOf("v") === 0) {
        version = version.slice(1);
    }
    return version;
}

/** @internal */
export function resourceOptsDefaults(): any {
    return { version: getVersion() };
}

/** @internal */
export function lazyLoad(exports: any, props: string[], loadModule: any) {
    for (let property of props) {
        Object.defineProperty(exports, property, {
            enumerable: true,
            get: function() {
                return loadModule()[property];
            },
        });
    }
}
`;
}

interface IndexEntry {
    file: string;
    text: string;
}

function emitIndex(
    ctx: Ctx,
    resources: Array<{ token: string; file: string; name: string }>,
    functions: FunctionInfo[],
): string {
    const entries: IndexEntry[] = [];
    for (const r of resources) {
        entries.push({
            file: r.file,
            text: `export { ${r.name}Args, ${r.name}State } from "./${r.file}";
export type ${r.name} = import("./${r.file}").${r.name};
export const ${r.name}: typeof import("./${r.file}").${r.name} = null as any;
utilities.lazyLoad(exports, ["${r.name}"], () => require("./${r.file}"));
`,
        });
    }
    for (const f of functions) {
        const Title = upperFirst(f.name);
        const typeExports = f.hasArgs ? `${Title}Args, ${Title}OutputArgs, ${Title}Result` : `${Title}Result`;
        entries.push({
            file: f.file,
            text: `export { ${typeExports} } from "./${f.file}";
export const ${f.name}: typeof import("./${f.file}").${f.name} = null as any;
export const ${f.name}Output: typeof import("./${f.file}").${f.name}Output = null as any;
utilities.lazyLoad(exports, ["${f.name}","${f.name}Output"], () => require("./${f.file}"));
`,
        });
    }
    entries.push({
        file: "provider",
        text: `export * from "./provider";
import { Provider } from "./provider";
`,
    });
    entries.sort((a, b) => byCodeUnit(a.file, b.file));

    const pkg = ctx.schema.name;
    let out = `${ctx.header}
import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

// Export members:
${entries.map((e) => e.text).join("\n")}

// Export sub-modules:
import * as config from "./config";
import * as types from "./types";

export {
    config,
    types,
};

const _module = {
    version: utilities.getVersion(),
    construct: (name: string, type: string, urn: string): pulumi.Resource => {
        switch (type) {
`;
    for (const r of resources) {
        out += `            case "${r.token}":
                return new ${r.name}(name, <any>undefined, { urn })
`;
    }
    out += `            default:
                throw new Error(\`unknown resource type \${type}\`);
        }
    },
};
`;
    // The engine looks modules up by the token's middle part (e.g. "index/checkApproval").
    for (const r of resources) {
        out += `pulumi.runtime.registerResourceModule("${pkg}", "${parseToken(r.token).module}", _module)\n`;
    }
    out += `pulumi.runtime.registerResourcePackage("${pkg}", {
    version: utilities.getVersion(),
    constructProvider: (name: string, type: string, urn: string): pulumi.ProviderResource => {
        if (type !== "pulumi:providers:${pkg}") {
            throw new Error(\`unknown provider type \${type}\`);
        }
        return new Provider(name, <any>undefined, { urn });
    },
});
`;
    return out;
}

function assertUnique(names: string[], where: string): void {
    const seen = new Map<string, string>();
    for (const n of names) {
        const key = n.toLowerCase();
        const prev = seen.get(key);
        if (prev !== undefined) {
            throw new Error(`${where}: '${n}' collides with '${prev}' (names must be unique, case-insensitively)`);
        }
        seen.set(key, n);
    }
}

// ---------------------------------------------------------------------------------------------------
// Package files
// ---------------------------------------------------------------------------------------------------

/** The SDK's compiler options, as written to its tsconfig.json (and used for compiling here). */
const SDK_COMPILER_OPTIONS = {
    outDir: "bin",
    target: "ES2020",
    // With no "type" in the SDK's package.json, node16 emits CommonJS.
    module: "node16",
    moduleResolution: "node16",
    declaration: true,
    stripInternal: true,
    strict: true,
    noFallthroughCasesInSwitch: true,
    forceConsistentCasingInFileNames: true,
    skipLibCheck: true,
    types: ["node"],
    newLine: "lf",
};

function emitPackageJson(schema: PackageSchema, version: string, peerRange: string): string {
    const pkg = {
        name: `@pulumi/${schema.name}`,
        version,
        description: schema.description,
        keywords: schema.keywords,
        homepage: schema.homepage,
        repository: schema.repository,
        license: schema.license,
        private: true,
        main: "bin/index.js",
        types: "bin/index.d.ts",
        // A peer dependency only: a regular dependency could install a second copy of @pulumi/pulumi
        // under this (symlinked) package and break instanceof checks and the shared runtime state.
        peerDependencies: { "@pulumi/pulumi": peerRange },
        pulumi: { resource: true, name: schema.name, version },
    };
    return JSON.stringify(pkg, null, 2) + "\n";
}

function emitTsconfig(files: string[]): string {
    return JSON.stringify({ compilerOptions: SDK_COMPILER_OPTIONS, files }, null, 2) + "\n";
}

function emitReadme(schema: PackageSchema, schemaFile: string, version: string, r: GenerateResult): string {
    const methods = sortedKeys(schema.provider.methods);
    return `# @pulumi/${schema.name} ${version} (generated locally)

This directory is **generated**; do not edit it by hand. It is the Node.js SDK of the Pulumi
\`${schema.name}\` provider, generated by \`scripts/gen-azuredevops.ts\` from the provider's package schema
\`${schemaFile}\` (read from \`../shared/schemas/\`, not copied into the repository), because
\`@pulumi/${schema.name}\` cannot be installed from the npm registry here.

It mirrors the API of the published \`@pulumi/${schema.name}\` ${version} SDK: the same exported names, flat
layout (\`azuredevops.CheckApproval\`, \`azuredevops.getProjectOutput\`, \`azuredevops.types.input.X\`, ...),
argument, state and result shapes, type tokens, resource module and provider package registrations, and
the \`"pulumi"\` plugin metadata in \`package.json\` that makes the Pulumi CLI install the
\`${schema.name}\` ${version} provider plugin at deploy time. Switching to the published package therefore needs
no change in the program: replace the \`file:sdks/${schema.name}\` dependency with \`${version}\`.

Contents: ${r.resources} resources, ${r.functions} functions (each as \`getX\` and \`getXOutput\`),
${r.types} object types (\`types/input\`, \`types/output\`), ${r.configVariables} configuration variables (\`config\`) and the
\`Provider\`${methods.length > 0 ? ` with its method${methods.length > 1 ? "s" : ""} ${methods.map((m) => `\`${m}()\``).join(", ")}` : ""}. TypeScript sources are
next to this file; \`bin/\` holds the compiled CommonJS (ES2020) JavaScript and declarations that
\`main\` and \`types\` point at. \`@pulumi/pulumi\` is a peer dependency, so the program's copy is the only one.

Regenerate (sources and \`bin/\`) after changing the schema or the generator, and commit the result:

\`\`\`sh
npm run gen:azuredevops          # options: --schema FILE  --out DIR  --version X.Y.Z
\`\`\`

\`test/azuredevops-sdk.test.ts\` regenerates into a temporary directory and fails if it differs from this
directory, so hand edits and a generator changed without regenerating are caught.
`;
}

// ---------------------------------------------------------------------------------------------------
// Compilation
// ---------------------------------------------------------------------------------------------------

function compile(outDir: string, sourceFiles: string[], resolveFrom: string): Map<string, string> {
    const converted = ts.convertCompilerOptionsFromJson(SDK_COMPILER_OPTIONS, outDir);
    if (converted.errors.length > 0) {
        throw new Error(formatDiagnostics(converted.errors, outDir));
    }
    const options: ts.CompilerOptions = {
        ...converted.options,
        // Resolve @types/node from the repository even when generating outside it (e.g. a temp dir).
        typeRoots: [path.join(resolveFrom, "node_modules", "@types")],
    };
    const host = ts.createCompilerHost(options, true);
    const fallbackContainingFile = path.join(resolveFrom, "index.ts");
    host.resolveModuleNameLiterals = (literals, containingFile, redirectedReference, opts) =>
        literals.map((lit) => {
            const first = ts.resolveModuleName(lit.text, containingFile, opts, host, undefined, redirectedReference);
            if (first.resolvedModule || lit.text.startsWith(".")) {
                return first;
            }
            // @pulumi/pulumi is a peer dependency: resolve it from the repository when the SDK lives elsewhere.
            return ts.resolveModuleName(lit.text, fallbackContainingFile, opts, host, undefined, redirectedReference);
        });
    const emitted = new Map<string, string>();
    host.writeFile = (fileName, text) => {
        const rel = path.relative(outDir, fileName).split(path.sep).join("/");
        if (rel.startsWith("..") || path.isAbsolute(rel)) {
            throw new Error(`compiler tried to write outside the output directory: ${fileName}`);
        }
        emitted.set(rel, text);
    };
    const program = ts.createProgram(
        sourceFiles.map((f) => path.join(outDir, f)),
        options,
        host,
    );
    const diagnostics = ts.getPreEmitDiagnostics(program);
    if (diagnostics.length > 0) {
        throw new Error(`generated SDK does not compile:\n${formatDiagnostics(diagnostics, outDir)}`);
    }
    const result = program.emit();
    if (result.emitSkipped || result.diagnostics.length > 0) {
        throw new Error(`emit failed:\n${formatDiagnostics(result.diagnostics, outDir)}`);
    }
    return emitted;
}

function formatDiagnostics(diagnostics: readonly ts.Diagnostic[], cwd: string): string {
    return ts.formatDiagnostics(diagnostics.slice(0, 20), {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => cwd,
        getNewLine: () => "\n",
    });
}

// ---------------------------------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------------------------------

function versionOf(schema: PackageSchema, schemaPath: string, explicit?: string): string {
    const v = explicit ?? schema.version ?? /-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.schema\.json$/.exec(path.basename(schemaPath))?.[1];
    if (!v || !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(v)) {
        throw new Error(`cannot tell the package version: pass --version (schema file ${path.basename(schemaPath)})`);
    }
    return v;
}

function peerRangeFor(resolveFrom: string): string {
    // The range the published SDKs of this generation declare; checked against the installed copy.
    const range = "^3.142.0";
    const installed: string = JSON.parse(
        fs.readFileSync(path.join(resolveFrom, "node_modules", "@pulumi", "pulumi", "package.json"), "utf8"),
    ).version;
    const [major, minor] = installed.split(".").map(Number);
    if (major !== 3 || minor < 142) {
        throw new Error(`@pulumi/pulumi ${installed} does not satisfy the SDK's peer range ${range}`);
    }
    return range;
}

function listFiles(dir: string, rel = ""): string[] {
    if (!fs.existsSync(path.join(dir, rel))) {
        return [];
    }
    const out: string[] = [];
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
        const r = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (r !== "node_modules") {
                out.push(...listFiles(dir, r));
            }
        } else {
            out.push(r);
        }
    }
    return out;
}

function removeEmptyDirs(dir: string): void {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory() && entry.name !== "node_modules") {
            const sub = path.join(dir, entry.name);
            removeEmptyDirs(sub);
            if (fs.readdirSync(sub).length === 0) {
                fs.rmdirSync(sub);
            }
        }
    }
}

function writeIfChanged(file: string, text: string): void {
    if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) {
        return;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
}

export function generate(options: GenerateOptions): GenerateResult {
    const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
    const resolveFrom = options.resolveFrom ?? REPO_ROOT;
    const outDir = path.resolve(options.outDir);
    const schemaFile = path.basename(options.schemaPath);
    const schema: PackageSchema = JSON.parse(fs.readFileSync(options.schemaPath, "utf8"));
    const version = versionOf(schema, options.schemaPath, options.version);
    const ctx: Ctx = {
        schema,
        header:
            `// *** WARNING: this file was generated by scripts/gen-azuredevops.ts from ${schemaFile}. ***\n` +
            "// *** Do not edit by hand: run `npm run gen:azuredevops` to regenerate. ***\n",
    };
    log(`gen-azuredevops: ${schemaFile} -> ${path.relative(process.cwd(), outDir) || "."} (@pulumi/${schema.name} ${version})`);

    const files = new Map<string, string>();
    const methodFunctions = new Set(Object.values(schema.provider.methods ?? {}));

    const resources = sortedKeys(schema.resources).map((token) => ({ token, file: fileNameOf(token), name: parseToken(token).name }));
    for (const r of resources) {
        files.set(`${r.file}.ts`, emitResource(ctx, r.token, schema.resources[r.token]));
    }
    log(`  resources: ${resources.length}`);

    const functions: FunctionInfo[] = [];
    for (const token of sortedKeys(schema.functions)) {
        if (methodFunctions.has(token)) {
            continue; // generated as a Provider method
        }
        const info = functionInfo(token, schema.functions[token]);
        functions.push(info);
        files.set(`${info.file}.ts`, emitFunction(ctx, info, schema.functions[token]));
    }
    log(`  functions: ${functions.length} (+${methodFunctions.size} provider method)`);
    assertUnique([...resources.map((r) => r.file), ...functions.map((f) => f.file), "provider", "utilities", "index"], "module file names");
    assertUnique([...resources.map((r) => r.name), ...functions.map((f) => f.name), "Provider"], "exported names");

    const provider = emitProvider(ctx);
    files.set("provider.ts", provider.text);

    const usage = typeUsage(schema, methodFunctions);
    const typeFiles = emitTypes(ctx, usage);
    files.set("types/input.ts", typeFiles.input);
    files.set("types/output.ts", typeFiles.output);
    files.set("types/index.ts", typeFiles.index);
    const typeCount = new Set([...usage.input, ...usage.plainInput, ...usage.output]).size;
    log(`  types: ${typeCount} (${usage.input.size} input, ${usage.plainInput.size} function-argument, ${usage.output.size} output)`);

    const config = emitConfig(ctx);
    files.set("config/vars.ts", config.vars);
    files.set("config/index.ts", config.index);
    log(`  config variables: ${config.count}`);

    files.set("utilities.ts", emitUtilities(ctx));
    files.set("index.ts", emitIndex(ctx, resources, functions));

    const sourceFiles = [...files.keys()].sort(byCodeUnit);
    const result: GenerateResult = {
        resources: resources.length,
        functions: functions.length,
        methods: provider.methods,
        types: typeCount,
        configVariables: config.count,
        sourceFiles: sourceFiles.length,
        compiledFiles: 0,
    };
    files.set("package.json", emitPackageJson(schema, version, peerRangeFor(resolveFrom)));
    files.set("tsconfig.json", emitTsconfig(sourceFiles));
    files.set("README.md", emitReadme(schema, schemaFile, version, result));

    fs.mkdirSync(outDir, { recursive: true });
    for (const f of [...files.keys()].sort(byCodeUnit)) {
        writeIfChanged(path.join(outDir, f), files.get(f)!);
    }
    log(`  wrote ${files.size} files (${sourceFiles.length} TypeScript sources)`);

    const started = Date.now();
    const emitted = compile(outDir, sourceFiles, resolveFrom);
    for (const f of [...emitted.keys()].sort(byCodeUnit)) {
        files.set(f, emitted.get(f)!);
        writeIfChanged(path.join(outDir, f), emitted.get(f)!);
    }
    result.compiledFiles = emitted.size;
    log(`  compiled ${emitted.size} files into bin/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    let removed = 0;
    for (const f of listFiles(outDir)) {
        if (!files.has(f)) {
            fs.rmSync(path.join(outDir, f));
            removed++;
        }
    }
    removeEmptyDirs(outDir);
    if (removed > 0) {
        log(`  removed ${removed} stale file(s)`);
    }
    return result;
}

function parseArgs(argv: string[]): GenerateOptions {
    const opts: GenerateOptions = { schemaPath: DEFAULT_SCHEMA, outDir: DEFAULT_OUT };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => {
            const v = argv[++i];
            if (v === undefined || v.startsWith("--")) {
                throw new Error(`${arg} needs a value`);
            }
            return v;
        };
        switch (arg) {
            case "--schema":
                opts.schemaPath = path.resolve(value());
                break;
            case "--out":
                opts.outDir = path.resolve(value());
                break;
            case "--version":
                opts.version = value();
                break;
            case "-h":
            case "--help":
                process.stdout.write("usage: gen-azuredevops [--schema FILE] [--out DIR] [--version X.Y.Z]\n");
                process.exit(0);
                break;
            default:
                throw new Error(`unknown argument '${arg}' (expected --schema FILE, --out DIR, --version X.Y.Z)`);
        }
    }
    return opts;
}

if (require.main === module) {
    try {
        generate(parseArgs(process.argv.slice(2)));
    } catch (e) {
        process.stderr.write(`gen-azuredevops: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exit(1);
    }
}
