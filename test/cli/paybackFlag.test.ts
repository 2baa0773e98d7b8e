import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { label } from "../../src/messages";
import { plannedScenario, SLOW_SERUM } from "../support/plannedScenario";
import { planStatusCell } from "../support/planStatusCell";
import type { ReadWorkbook } from "../support/readXlsx";
import { unitCostsEdited } from "../support/unitCostEdit";

/* The plan-status flag on a store's payback: a new serum brand's Tmall store (¥199, unit cost ¥60, ¥3m target,
   ¥100,000 a month for ads) nets more at run rate than the company overhead its sales bring, but does not earn back
   its launch losses within 24 months (slow payback). Every unit cost 40% lower, typed into the workbook, makes it pay
   back within the plan: the flag says the payback verdict no longer holds (its overhead verdict did not change).
   Recalculated by LibreOffice. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-payback-"));
const CUT = 0.6;
const input = { ...SLOW_SERUM, brand: "山茶 Serum", products: SLOW_SERUM.products.map((p) => ({ ...p, name: "精华液" })) };

let unedited: ReadWorkbook;
let edited: ReadWorkbook;
beforeAll(async () => {
  ({ unedited, edited } = await unitCostsEdited(tmp, stringify(input), input.products.length, CUT));
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
