import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { label } from "../../src/messages";
import { editWorkbook, typeNumber } from "../support/bossEdits";
import { recalcProfile, recalculateAll } from "../support/libreOfficeRecalc";
import { buildCli, runPlan } from "../support/planCli";
import { plannedScenario, SLOW_SERUM } from "../support/plannedScenario";
import { planStatusCell } from "../support/planStatusCell";
import { readXlsx, type ReadWorkbook } from "../support/readXlsx";

/* The plan-status flag on a store's payback: a new serum brand's Tmall store (¥199, unit cost ¥60, ¥3m target,
   ¥100,000 a month for ads) nets more at run rate than the company overhead its sales bring, but does not earn back
   its launch losses within 24 months (slow payback). Every unit cost 40% lower, typed into the workbook, makes it pay
   back within the plan: the flag says the payback verdict no longer holds (its overhead verdict did not change).
   Recalculated by LibreOffice. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-payback-"));
const INPUTS = label("sheetInputs", "zh");
const CUT = 0.6;
const input = { ...SLOW_SERUM, brand: "山茶 Serum", products: SLOW_SERUM.products.map((p) => ({ ...p, name: "精华液" })) };

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
  await editWorkbook(file, copy, [typeNumber(INPUTS, `E${header + 1}`, input.products[0]!.unitCost * CUT)]);
  const [a, b] = recalculateAll([file, copy], path.join(tmp, "recalc"), recalcProfile());
  unedited = await readXlsx(fs.readFileSync(a!));
  edited = await readXlsx(fs.readFileSync(b!));
}, 600_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the plan-status flag on a store's payback", () => {
  const focus = (x: typeof input) => plannedScenario(x).plan.platforms.find((p) => p.verdict.kind === "enter_now")!;
  const before = focus(input);
  const after = focus({ ...input, products: input.products.map((p) => ({ ...p, unitCost: p.unitCost * CUT })) });

  it("the store pays back slowly, above its overhead; a rerun with 40% cheaper goods finds it paying back within the plan", () => {
    expect(before.verdict.reason).toBe("slow_payback");
    expect(before.runRate!.netMargin).toBeGreaterThan(before.overheadAtRunRate!.ofSales);
    expect(before.paybackMonth).toBeNull();
    expect(after.platform).toBe(before.platform);
    expect(after.verdict.reason).toBe("best_fit");
    expect(after.paybackMonth).toBeLessThanOrEqual(24);
  });

  it("reads 'matches' unedited, and says the payback verdict no longer holds once the unit cost is 40% lower", () => {
    expect(planStatusCell(unedited)).toBe(label("statusMatches", "zh"));
    expect(planStatusCell(edited)).toBe(label("statusPaybackCrossed", "zh"));
  });
});
