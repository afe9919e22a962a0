import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";
import { renderPulumiYaml, spliceReadme } from "../scripts/gen-config-docs";
import { FIELDS, parseStackConfig } from "../components/config";
import { ROOT, stackConfig } from "./harness";

describe("config documentation", () => {
    it("Pulumi.yaml is exactly what the schema generates (run npm run gen:config-docs)", () => {
        assert.equal(fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8"), renderPulumiYaml());
    });

    it("the README's configuration reference is exactly what the schema generates", () => {
        const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
        assert.equal(readme, spliceReadme(readme));
    });

    it("declares every key with a Pulumi type, a description and the schema's default", () => {
        const doc = YAML.parse(fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8"));
        assert.equal(doc.runtime.name, "nodejs");
        assert.deepEqual(Object.keys(doc.config), Object.keys(FIELDS));
        for (const [key, meta] of Object.entries(FIELDS)) {
            const entry = doc.config[key];
            const m = meta as { type: string; default?: unknown };
            assert.ok(["string", "integer", "boolean", "array"].includes(entry.type), key);
            assert.equal(entry.type, m.type, key);
            assert.ok(entry.description.length > 20, `${key} has a description`);
            assert.deepEqual(entry.default, m.default, `${key} default`);
            if (m.type === "array") assert.deepEqual(entry.items, { type: "string" });
        }
    });

    for (const stack of ["dev", "prod"]) {
        it(`Pulumi.${stack}.yaml is valid`, () => {
            const c = parseStackConfig(stackConfig(stack));
            assert.equal(c.environment, stack);
        });
    }

    it("dev is small and cheap, prod zone-redundant and pull-mode", () => {
        const dev = parseStackConfig(stackConfig("dev"));
        const prod = parseStackConfig(stackConfig("prod"));
        assert.deepEqual([dev.webMode, dev.webInstanceCount, dev.webVmSize, dev.webZones], ["vm", 1, "Standard_B1s", []]);
        assert.deepEqual([prod.webMode, prod.webZones, prod.autoscaleMinCount, prod.tlsEnabled, prod.deployerSourceRanges], ["vmss", ["1", "2", "3"], 3, true, []]);
    });
});
