// Loads the program the way `pulumi up` does for a TypeScript project (see
// @pulumi/pulumi/cmd/run/run.js: the TypeScript and ts-node it picks via tsutils, ts-node registered
// with the same compiler options, type checking on), then evaluates index.ts under the mock engine.
// Usage: node test/support/pulumi-runtime-load.js STACK   → prints "registered N" on success.
"use strict";
const fs = require("fs");
const path = require("path");
const root = path.resolve(__dirname, "..", "..");
process.chdir(root);
const tsutils = require("@pulumi/pulumi/tsutils");
const { tsnodeRequire, typescriptRequire } = tsutils.typeScriptRequireStrings();
const tsconfig = path.join(root, "tsconfig.json");
const compilerOptions = tsutils.loadTypeScriptCompilerOptions(tsconfig);
require(tsnodeRequire).register({
    compiler: typescriptRequire,
    project: tsconfig,
    compilerOptions: { target: "ES2020", module: "nodenext", moduleResolution: "nodenext", sourceMap: "true", ...compilerOptions },
});
const YAML = require("yaml");
const { installMocks, settle } = require(path.join(root, "scripts", "mocks.ts"));
const { toEngineConfig } = require(path.join(root, "scripts", "stackFile.ts"));
const { offlinePlaceholder } = require(path.join(root, "components", "config.ts"));

(async () => {
    const stack = process.argv[2];
    const doc = YAML.parse(fs.readFileSync(path.join(root, `Pulumi.${stack}.yaml`), "utf8"));
    const cfg = toEngineConfig(doc.config, "lighttpd-azure", offlinePlaceholder);
    const engine = await installMocks({ project: "lighttpd-azure", stack, config: cfg.values, secretKeys: cfg.secretKeys });
    const program = require(path.join(root, "index.ts"));
    await settle();
    await new Promise((resolve) => program.releaseId.apply((v) => { resolve(v); return v; }));
    await settle();
    process.stdout.write(`ts-node ${require(tsnodeRequire).VERSION}, typescript ${require(typescriptRequire).version}\n`);
    process.stdout.write(`registered ${engine.registrations.length}\n`);
    process.exit(0);
})().catch((e) => {
    process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    process.exit(1);
});
