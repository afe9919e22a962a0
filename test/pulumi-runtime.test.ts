import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import { ROOT } from "./harness";

// `pulumi up` cannot run here (no CLI, no plugins), but the step that most often breaks a
// TypeScript program under it can: the Node language host compiling index.ts with its own ts-node
// and the project's TypeScript, type checking on. (TypeScript 6 once failed here on a missing rootDir.)
describe("the program under the Pulumi Node runtime's TypeScript pipeline", function () {
    this.timeout(240_000);
    for (const stack of ["dev", "prod"]) {
        it(`compiles, type-checks and evaluates index.ts for ${stack}`, () => {
            const r = spawnSync(process.execPath, [path.join(ROOT, "test/support/pulumi-runtime-load.js"), stack], { cwd: ROOT, encoding: "utf8", timeout: 200_000 });
            assert.equal(r.status, 0, r.stderr);
            assert.match(r.stdout, /^ts-node \S+, typescript 6\./m);
            const n = Number(/^registered (\d+)$/m.exec(r.stdout)?.[1]);
            assert.ok(n > 30, `registered ${n} resources`);
        });
    }
});
