import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { label } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import { editWorkbook, typeNumber } from "../support/bossEdits";
import { recalcProfile, recalculateAll } from "../support/libreOfficeRecalc";
import { buildCli, runPlan } from "../support/planCli";
import { readXlsx, type ReadWorkbook } from "../support/readXlsx";

/* The plan-status flag on a store's payback: a new serum brand's Tmall store (¥199, unit cost ¥60, ¥3m target,
   ¥100,000 a month for ads) nets more at run rate than the company overhead its sales bring, but does not earn back
   its launch losses within 24 months (slow payback). Every unit cost 40% lower, typed into the workbook, makes it pay
   back within the plan: the flag says the payback verdict no longer holds (its overhead verdict did not change).
   Recalculated by LibreOffice. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-payback-"));
const SUMMARY = label("sheetSummary", "zh");
const INPUTS = label("sheetInputs", "zh");
const CUT = 0.6;
const input = {
  brand: "山茶 Serum",
  company: { annualTarget: 3_000_000, monthlyAdBudget: 100_000, maxPlatforms: 3, rentPerMonth: 0, otherFixedPerMonth: 0 },
  products: [
    {
      sku: "S1",
      name: "精华液",
      category: "BEAUTY",
      price: 199,
      unitCost: 60,
      shipping: 6,
      ageBand: "25-30",
      gender: "female",
      cityTier: 2,
      contentCapacity: "high",
      brandStatus: "registered",
    },
  ],
};
const scenario = scenarioSchema.parse(input);
const planOf = (s: Scenario) => {
  const r = buildPlan(defaultReferenceData(), s, "2026-12-06");
  if (!r.ok) throw new Error(r.issue.code);
  return r.value.plan;
};
const status = (wb: ReadWorkbook) => {
  const cells = wb.cells.get(SUMMARY)!;
  for (let r = 1; r < 200; r++) if (cells.get(`A${r}`) === label("planStatus", "zh")) return cells.get(`B${r}`);
  throw new Error("no plan status");
};

let unedited: ReadWorkbook;
let edited: ReadWorkbook;
beforeAll(async () => {
  buildCli();
  const yaml = path.join(tmp, "serum.yaml");
  fs.writeFileSync(yaml, stringify(input));
  const file = path.join(tmp, "plan.xlsx");
  const run = runPlan([yaml, "--out", file, "--lang", "zh"]);
  if (run.status !== 0) throw new Error(run.stderr);
  const wb = await readXlsx(fs.readFileSync(file));
  const inputs = wb.cells.get(INPUTS)!;
  let header = 1;
  while (inputs.get(`A${header}`) !== "SKU") header++;
  const copy = path.join(tmp, "edited.xlsx");
  await editWorkbook(file, copy, [typeNumber(INPUTS, `E${header + 1}`, 60 * CUT)]);
  const [a, b] = recalculateAll([file, copy], path.join(tmp, "recalc"), recalcProfile());
  unedited = await readXlsx(fs.readFileSync(a!));
  edited = await readXlsx(fs.readFileSync(b!));
}, 600_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the plan-status flag on a store's payback", () => {
  const focus = (s: Scenario) => planOf(s).platforms.find((p) => p.verdict.kind === "enter_now")!;
  const before = focus(scenario);
  const after = focus({ ...scenario, products: scenario.products.map((p) => ({ ...p, unitCost: p.unitCost * CUT })) });

  it("the store pays back slowly, above its overhead; a rerun with 40% cheaper goods finds it paying back within the plan", () => {
    expect(before.verdict.reason).toBe("slow_payback");
    expect(before.runRate!.netMargin).toBeGreaterThan(before.overheadAtRunRate!.ofSales);
    expect(before.paybackMonth).toBeNull();
    expect(after.platform).toBe(before.platform);
    expect(after.verdict.reason).toBe("best_fit");
    expect(after.paybackMonth).toBeLessThanOrEqual(24);
  });

  it("reads 'matches' unedited, and says the payback verdict no longer holds once the unit cost is 40% lower", () => {
    expect(status(unedited)).toBe(label("statusMatches", "zh"));
    expect(status(edited)).toBe(label("statusPaybackCrossed", "zh"));
  });
});
