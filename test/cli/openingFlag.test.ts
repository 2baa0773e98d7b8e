import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { label } from "../../src/messages";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import { ROOT } from "../support/planCli";
import { plannedScenario } from "../support/plannedScenario";
import { planStatusCell } from "../support/planStatusCell";
import type { ReadWorkbook } from "../support/readXlsx";
import { unitCostsEdited } from "../support/unitCostEdit";

/* Issue 22 §3: a later platform opens once the one before it has covered its costs for some months running; an edit
   that moves that month shows the plan-status flag. The sample at ¥24m and ¥400,000 a month, its unit costs 55% lower
   (with company overhead the sample's own costs never let its first store cover its costs for months running), enters
   two stores, the second in month 12; 6% dearer goods push it to month 13, the last in which a new store still runs
   the 12 months its payback is judged on. Recalculated by LibreOffice. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-opening-"));
const text = fs
  .readFileSync(path.join(ROOT, "examples/warmhill-knitwear.yaml"), "utf8")
  .replace("annualTarget: 12000000", "annualTarget: 24000000")
  .replace("monthlyAdBudget: 150000", "monthlyAdBudget: 400000")
  .replace(/unitCost: (\d+)/g, (_, cost: string) => `unitCost: ${Math.round(Number(cost) * 0.45)}`);
const scenario = scenarioSchema.parse(parse(text));
const COST_FACTOR = 1.06;

const planOf = (s: Scenario) => plannedScenario(s, "2026-12-04").plan;

let unedited: ReadWorkbook;
let edited: ReadWorkbook;
beforeAll(async () => {
  ({ unedited, edited } = await unitCostsEdited(tmp, text, scenario.products.length, COST_FACTOR));
}, 600_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the plan-status flag on a later platform's opening month", () => {
  const plan = planOf(scenario);
  const second = plan.platforms.find((p) => p.verdict.after !== null && p.runRate !== null)!;
  const costlier = planOf({ ...scenario, products: scenario.products.map((p) => ({ ...p, unitCost: Math.round(p.unitCost * COST_FACTOR * 100) / 100 })) });

  it("the plan opens a second store after the first, and 6% dearer goods move or drop that opening in a rerun", () => {
    expect(second.verdict.openMonth).toBeGreaterThan(1);
    const moved = costlier.platforms.find((p) => p.platform === second.platform)!;
    expect(moved.verdict.openMonth).not.toBe(second.verdict.openMonth);
  });

  it("reads 'matches' unedited, and 're-run the plan' once every unit cost is 6% higher", () => {
    expect(planStatusCell(unedited)).toBe(label("statusMatches", "zh"));
    expect(planStatusCell(edited)).toBe(label("statusOpeningCrossed", "zh"));
  });
});
