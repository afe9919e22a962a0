/**
 * The program: wall time of the offline plan for prod (`npm run plan -- --stack prod`, contract 1),
 * beside the start-up floor of the same toolchain (`tsx --eval ''`), interleaved over rounds. There
 * is no target; the figure is reported so regressions show.
 */
import * as path from "path";
import { BenchOptions, fmtRatio, fmtSeconds, median, ratio, ROOT, rotate, runOk, Section, table, Target, TSX_CLI } from "./common";

export async function benchPlan(o: BenchOptions): Promise<Section> {
    const planArgs = [TSX_CLI, path.join(ROOT, "scripts", "plan.ts"), "--stack", "prod", "--format", "json"];
    const s = { plan: [] as number[], text: [] as number[], floor: [] as number[] };
    let resources = 0;
    let types = 0;
    for (let round = 0; round < o.rounds; round++) {
        for (const which of rotate(["plan", "text", "floor"] as const, round)) {
            if (which === "floor") {
                s.floor.push(runOk(process.execPath, [TSX_CLI, "--eval", ""], { cwd: ROOT, timeoutMs: 60_000 }).ms / 1000);
            } else if (which === "text") {
                s.text.push(runOk(process.execPath, [TSX_CLI, path.join(ROOT, "scripts", "plan.ts"), "--stack", "prod"], { cwd: ROOT, timeoutMs: 300_000 }).ms / 1000);
            } else {
                const r = runOk(process.execPath, planArgs, { cwd: ROOT, timeoutMs: 300_000 });
                const doc = JSON.parse(r.stdout) as { resources: { type: string }[] };
                resources = doc.resources.length;
                types = new Set(doc.resources.map((x) => x.type)).size;
                s.plan.push(r.ms / 1000);
            }
        }
        o.log(`plan: round ${round + 1}/${o.rounds} done`);
    }
    const plan = median(s.plan);
    const floor = median(s.floor);
    const targets: Target[] = [{
        benchmark: "plan",
        name: `offline plan, prod (${resources} resources)`,
        target: "(no target; reported)",
        measured: `${fmtSeconds(plan)} (tsx start-up alone ${fmtSeconds(floor)})`,
        ok: null,
    }];
    const body = [
        "```",
        "npm run plan -- --stack prod --format json     # node node_modules/tsx/dist/cli.mjs scripts/plan.ts ...",
        "npm run plan -- --stack prod                   # text format",
        "node node_modules/tsx/dist/cli.mjs --eval ''   # start-up floor of the toolchain",
        "```",
        "",
        `${o.rounds} rounds, order rotated; medians. The prod plan has ${resources} resources of ${types} types.`,
        "",
        table(["what", "wall time", "vs tsx start-up"], [
            ["plan, prod, json", fmtSeconds(plan), fmtRatio(ratio(plan, floor))],
            ["plan, prod, text", fmtSeconds(median(s.text)), fmtRatio(ratio(median(s.text), floor))],
            ["tsx start-up (`--eval ''`)", fmtSeconds(floor), "1.00×"],
        ]),
        "",
        `Raw: json ${s.plan.map(fmtSeconds).join(", ")}; text ${s.text.map(fmtSeconds).join(", ")}; start-up ${s.floor.map(fmtSeconds).join(", ")}.`,
    ].join("\n");
    return { id: "plan", title: "The program: offline plan", body, targets };
}
