import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { label } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";
import { clearRow, editWorkbook, insertRow, sortRows, typeNumber, typeRow, type Edit } from "../support/bossEdits";
import { recalcProfile, recalculateAll } from "../support/libreOfficeRecalc";
import { buildCli, ROOT, runPlan } from "../support/planCli";
import { readXlsx, type Cell, type ReadWorkbook } from "../support/readXlsx";

/* Issue 22 §3: each boss action on the sample workbook, recalculated by LibreOffice, either gives exactly the numbers
   of the same scenario (sorting, inserting an empty row: formulas find rows by SKU and by platform, item and
   category) or shows the plan-status flag on the summary ("re-run the plan"). "Exactly" is checked against the CLI's
   own cached values and against LibreOffice's recalculation of the unedited workbook (liveWorkbook.test.ts proves
   that recalculation equals the CLI's values cell for cell). */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-boss-"));
const SAMPLE = path.join(ROOT, "examples/warmhill-knitwear.yaml");
const INPUTS = "输入";
const RATES = "费率表";
const SUMMARY = "老板摘要";
const COSTS = label("sheetCosts", "zh");

const sameToTheFen = (a: Cell, b: Cell) => (typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 0.005 : (a ?? "") === (b ?? ""));

/** Formula cells whose LibreOffice value differs from the CLI's, in `actual` against `expected`. */
function differences(actual: ReadWorkbook, expected: ReadWorkbook): string[] {
  const out: string[] = [];
  for (const [sheet, formulas] of expected.formulas)
    for (const ref of formulas.keys()) {
      const a = actual.cells.get(sheet)!.get(ref) ?? null;
      const e = expected.cells.get(sheet)!.get(ref) ?? null;
      if (!sameToTheFen(a, e)) out.push(`${sheet}!${ref}: ${a}, expected ${e}`);
    }
  return out;
}

function rowWhere(wb: ReadWorkbook, sheet: string, match: (cell: (col: string) => Cell) => boolean, from = 1): number {
  const cells = wb.cells.get(sheet)!;
  for (let r = from; r < 5000; r++) if (match((col) => cells.get(`${col}${r}`) ?? null)) return r;
  throw new Error(`no such row on ${sheet}`);
}

const status = (wb: ReadWorkbook) => wb.cells.get(SUMMARY)!.get(`B${rowWhere(wb, SUMMARY, (c) => c("A") === label("planStatus", "zh"))}`);

const COMPARISON = label("sheetComparison", "zh");

/** The Costs sheet's column of fulfilment per order (CF_CostRates), by its header. */
function fulfilmentColumn(wb: ReadWorkbook): string {
  const header = rowWhere(wb, COSTS, (c) => c("A") === label("platform", "zh"));
  const cells = wb.cells.get(COSTS)!;
  for (const col of "BCDEFGHIJKLMNOPQ") if (cells.get(`${col}${header}`) === label("cost_fulfilmentPerOrder", "zh")) return col;
  throw new Error("no fulfilment column");
}
const tmallFulfilment = (wb: ReadWorkbook) => Number(wb.cells.get(COSTS)!.get(`${fulfilmentColumn(wb)}${rowWhere(wb, COSTS, (c) => c("A") === "天猫")}`));

/** Contribution per order of each Tmall row of the Comparison sheet, by SKU. */
function tmallContributions(wb: ReadWorkbook): Map<string, number> {
  const header = rowWhere(wb, COMPARISON, (c) => c("A") === "SKU");
  const cells = wb.cells.get(COMPARISON)!;
  const col = "ABCDEFGHIJKLMNOPQR".split("").find((x) => cells.get(`${x}${header}`) === label("contributionPerOrder", "zh"))!;
  const out = new Map<string, number>();
  for (let r = header + 1; cells.get(`A${r}`); r++) if (cells.get(`C${r}`) === "天猫") out.set(String(cells.get(`A${r}`)), Number(cells.get(`${col}${r}`)));
  return out;
}

let original: ReadWorkbook;
let unedited: ReadWorkbook;
const recalculated = new Map<string, ReadWorkbook>();

/** The boss actions, each applied to its own copy of the CLI's workbook. */
function actions(wb: ReadWorkbook): Record<string, Edit[]> {
  const inputs = wb.cells.get(INPUTS)!;
  const skuHeader = rowWhere(wb, INPUTS, (c) => c("A") === "SKU");
  const skuRows = [1, 2, 3, 4].map((i) => skuHeader + i);
  const byPrice = [...skuRows].sort((a, b) => Number(inputs.get(`D${b}`)) - Number(inputs.get(`D${a}`)));
  const rateHeader = rowWhere(wb, RATES, (c) => c("A") === "平台" && c("B") === "项目");
  const rates = wb.cells.get(RATES)!;
  const rateRows: number[] = [];
  for (let r = rateHeader + 1; rates.get(`A${r}`); r++) rateRows.push(r);
  const platformOf = (r: number) => String(rates.get(`A${r}`));
  const byPlatform = [...rateRows].sort((a, b) => platformOf(a).localeCompare(platformOf(b), "zh") || b - a);
  const tmallApparel = rateRows.find((r) => rates.get(`A${r}`) === "天猫" && rates.get(`B${r}`) === "佣金/技术服务费" && rates.get(`C${r}`) === "服装")!;
  const targetRow = rowWhere(wb, INPUTS, (c) => c("A") === "年度销售目标(¥)");
  const monthHeader = rowWhere(wb, INPUTS, (c) => c("A") === "月份");
  const monthRows = Array.from({ length: 12 }, (_, i) => monthHeader + 1 + i);
  const settingHeader = rowWhere(wb, INPUTS, (c) => c("A") === label("setting", "zh"));
  const settingRows: number[] = [];
  for (let r = settingHeader + 1; inputs.get(`A${r}`); r++) settingRows.push(r);
  const costHeader = rowWhere(wb, COSTS, (c) => c("A") === label("platform", "zh"));
  const costRows: number[] = [];
  for (let r = costHeader + 1; wb.cells.get(COSTS)!.get(`A${r}`); r++) costRows.push(r);
  const newSku = ["WH-NEW-01", "新品羊绒围巾", "服装", 299, 90, 12, 200];
  return {
    sortProductsByPrice: [sortRows(INPUTS, skuRows[0]!, byPrice)],
    sortRateCardByPlatform: [sortRows(RATES, rateRows[0]!, byPlatform)],
    sortCostRatesReversed: [sortRows(COSTS, costRows[0]!, [...costRows].reverse())],
    insertEmptyProductRow: [insertRow(INPUTS, skuRows[2]!)],
    typeSkuBelowTable: [typeRow(INPUTS, skuRows[3]! + 1, newSku)],
    insertProductRowAndTypeSku: [insertRow(INPUTS, skuRows[2]!), typeRow(INPUTS, skuRows[2]!, newSku)],
    clearProductRow: [clearRow(INPUTS, skuRows[1]!)],
    clearRateCardRow: [clearRow(RATES, tmallApparel)],
    targetUpHalf: [typeNumber(INPUTS, `B${targetRow}`, Number(inputs.get(`B${targetRow}`)) * 1.5)],
    sortSeasonalityByWeight: [
      sortRows(
        INPUTS,
        monthRows[0]!,
        [...monthRows].sort((a, b) => Number(inputs.get(`B${b}`)) - Number(inputs.get(`B${a}`)) || a - b),
      ),
    ],
    sortSettingsByName: [
      sortRows(
        INPUTS,
        settingRows[0]!,
        [...settingRows].sort((a, b) => String(inputs.get(`A${a}`)).localeCompare(String(inputs.get(`A${b}`)), "zh") || a - b),
      ),
    ],
    clearSettingRow: [
      clearRow(
        INPUTS,
        settingRows.find((r) => inputs.get(`A${r}`) === label("conversionRate", "zh"))!,
      ),
    ],
    fulfilmentUpFiveOnTmall: [typeNumber(COSTS, `${fulfilmentColumn(wb)}${costRows.find((r) => wb.cells.get(COSTS)!.get(`A${r}`) === "天猫")!}`, tmallFulfilment(wb) + 5)],
    unitCostsTripled: skuRows.map((r) => typeNumber(INPUTS, `E${r}`, Number(inputs.get(`E${r}`)) * 3)),
    unitCostsCutByFourTenths: skuRows.map((r) => typeNumber(INPUTS, `E${r}`, Math.round(Number(inputs.get(`E${r}`)) * 60) / 100)),
  };
}

beforeAll(async () => {
  buildCli();
  const file = path.join(tmp, "boss.xlsx");
  const run = runPlan([SAMPLE, "--out", file]);
  if (run.status !== 0) throw new Error(run.stderr);
  original = await readXlsx(fs.readFileSync(file));
  const edits = Object.entries(actions(original));
  const copies = edits.map(([name]) => path.join(tmp, `${name}.xlsx`));
  for (const [i, [, edit]] of edits.entries()) await editWorkbook(file, copies[i]!, edit);
  const outs = recalculateAll([...copies, file], path.join(tmp, "recalc"), recalcProfile());
  for (const [i, [name]] of edits.entries()) recalculated.set(name, await readXlsx(fs.readFileSync(outs[i]!)));
  unedited = await readXlsx(fs.readFileSync(outs[copies.length]!));
}, 600_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("boss actions on the sample workbook, recalculated by LibreOffice", () => {
  it.each(["sortProductsByPrice", "sortRateCardByPlatform", "sortCostRatesReversed", "sortSeasonalityByWeight", "sortSettingsByName", "insertEmptyProductRow"])(
    "%s: every formula cell equals the unedited workbook's, and the status says so",
    (action) => {
      const wb = recalculated.get(action)!;
      expect(differences(wb, unedited)).toEqual([]);
      expect(status(wb)).toBe(label("statusMatches", "zh"));
    },
  );

  it("the unedited workbook recalculates to the CLI's values (so the edits above are exact against the CLI too)", () => {
    expect(differences(unedited, original)).toEqual([]);
    expect(status(unedited)).toBe(label("statusMatches", "zh"));
  });

  it("the sort really moved the rows it sorted", () => {
    const sku = (wb: ReadWorkbook) => wb.cells.get(INPUTS)!.get(`A${rowWhere(wb, INPUTS, (c) => c("A") === "SKU") + 1}`);
    expect(sku(recalculated.get("sortProductsByPrice")!)).not.toBe(sku(original));
    const firstRate = (wb: ReadWorkbook) => wb.cells.get(RATES)!.get(`D${rowWhere(wb, RATES, (c) => c("A") === "平台" && c("B") === "项目") + 1}`);
    expect(firstRate(recalculated.get("sortRateCardByPlatform")!)).not.toBe(firstRate(original));
    const firstCostPlatform = (wb: ReadWorkbook) => wb.cells.get(COSTS)!.get(`A${rowWhere(wb, COSTS, (c) => c("A") === label("platform", "zh")) + 1}`);
    expect(firstCostPlatform(recalculated.get("sortCostRatesReversed")!)).not.toBe(firstCostPlatform(original));
    const firstBelow = (wb: ReadWorkbook, header: string) => wb.cells.get(INPUTS)!.get(`A${rowWhere(wb, INPUTS, (c) => c("A") === header) + 1}`);
    expect(firstBelow(recalculated.get("sortSeasonalityByWeight")!, "月份")).not.toBe(firstBelow(original, "月份"));
    expect(firstBelow(recalculated.get("sortSettingsByName")!, label("setting", "zh"))).not.toBe(firstBelow(original, label("setting", "zh")));
  });

  it.each(["typeSkuBelowTable", "insertProductRowAndTypeSku", "clearProductRow"])("%s: the summary says to re-run the plan (the SKUs changed)", (action) => {
    expect(status(recalculated.get(action)!)).toBe(label("statusSkusChanged", "zh"));
  });

  it.each(["clearRateCardRow", "clearSettingRow"])("%s: clearing a row the formulas look up says a looked-up row is missing", (action) => {
    expect(status(recalculated.get(action)!)).toBe(label("statusRowMissing", "zh"));
  });

  it("raising the target by half crosses the budget judgement, as a rerun finds, and the summary says so", () => {
    const scenario = scenarioSchema.parse(parse(fs.readFileSync(SAMPLE, "utf8")));
    const covers = (target: number) => {
      const r = buildPlan(defaultReferenceData(), { ...scenario, company: { ...scenario.company, annualTarget: target } }, "2026-11-23");
      if (!r.ok) throw new Error(r.issue.code);
      return r.value.plan.budget.covers;
    };
    expect([covers(scenario.company.annualTarget), covers(scenario.company.annualTarget * 1.5)]).toEqual([true, false]);
    expect(status(original)).toBe(label("statusMatches", "zh"));
    expect(status(recalculated.get("targetUpHalf")!)).toBe(label("statusBudgetNowShort", "zh"));
  });

  it("raising Tmall's fulfilment per order by ¥5 on the Costs sheet (CF_CostRates) lowers every Tmall product's contribution on the Comparison by ¥5", () => {
    const before = tmallContributions(unedited);
    const after = tmallContributions(recalculated.get("fulfilmentUpFiveOnTmall")!);
    expect(before.size).toBe(4);
    expect(tmallFulfilment(recalculated.get("fulfilmentUpFiveOnTmall")!)).toBeCloseTo(tmallFulfilment(unedited) + 5, 9);
    for (const [sku, value] of before) expect(Math.abs(after.get(sku)! - (value - 5))).toBeLessThanOrEqual(0.011);
  });

  it("tripling every unit cost turns the entered platform's profit negative, as a rerun finds, and the summary says its verdict no longer holds", () => {
    const scenario = scenarioSchema.parse(parse(fs.readFileSync(SAMPLE, "utf8")));
    const r = buildPlan(defaultReferenceData(), { ...scenario, products: scenario.products.map((p) => ({ ...p, unitCost: p.unitCost * 3 })) }, "2026-11-23");
    if (!r.ok) throw new Error(r.issue.code);
    expect(r.value.plan.entered).not.toContain("TMALL");
    expect(status(recalculated.get("unitCostsTripled")!)).toBe(label("statusVerdictCrossed", "zh"));
  });

  it("cutting every unit cost by 40% (30% no longer does, with company overhead) makes the entered store pay back within the plan, as a rerun on that store finds, and the summary says its verdict no longer holds", () => {
    const scenario = scenarioSchema.parse(parse(fs.readFileSync(SAMPLE, "utf8")));
    const run = (cut: number, platforms?: string[]) => {
      const products = scenario.products.map((p) => ({ ...p, unitCost: Math.round(p.unitCost * cut * 100) / 100 }));
      const r = buildPlan(defaultReferenceData(), { ...scenario, company: { ...scenario.company, ...(platforms ? { platforms } : {}) }, products }, "2026-11-23");
      if (!r.ok) throw new Error(r.issue.code);
      return r.value.plan;
    };
    const [store] = run(1).entered;
    const judged = (plan: ReturnType<typeof run>) => plan.platforms.find((p) => p.platform === store)!;
    // Short of company overhead at run rate, and so also not paying back within the plan.
    expect(judged(run(1)).verdict.reason).toBe("short_of_overhead");
    expect(judged(run(1)).paybackMonth).toBeNull();
    const cut = judged(run(0.6, [store!]));
    expect(cut.verdict.reason).not.toBe("slow_payback");
    expect(cut.verdict.reason).not.toBe("short_of_overhead");
    expect(cut.paybackMonth).toBeLessThanOrEqual(24);
    // Its store margin now clears the overhead its sales bring: the overhead verdict is the first to no longer hold
    // (test/cli/paybackFlag.test.ts flags a payback alone).
    expect(status(recalculated.get("unitCostsCutByFourTenths")!)).toBe(label("statusVerdictCrossed", "zh"));
  });
});
