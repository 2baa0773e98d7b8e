import fs from "node:fs";
import path from "node:path";
import { HyperFormula } from "hyperformula";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { label } from "../../src/messages";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { CMP } from "../../src/report/sheets/layouts";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import type { WorkbookSpec } from "../../src/report/workbookSpec";
import { specSheets } from "../support/specSheets";

const data = defaultReferenceData();
const sample = (): Scenario => scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));
const comparison = label("sheetComparison", "zh");
const inputs = label("sheetInputs", "zh");

function planOf(scenario: Scenario, reference = data) {
  const r = buildPlan(reference, scenario, "2026-11-22");
  if (!r.ok) throw new Error(r.issue.code);
  return { spec: bossWorkbook(scenario, r.value, "zh", new Date("2026-11-22T08:00:00Z"), { live: true }), result: r.value };
}

/** The spec's sheets as HyperFormula grids, and the Comparison's contribution cells (formula and engine value). */
function grids(spec: WorkbookSpec) {
  const { sheets, formulas } = specSheets(spec);
  return { sheets, cells: formulas.filter((f) => f.sheet === comparison && (f.col === CMP.contribution || f.col === CMP.exact)) };
}

describe("the Comparison sheet's per-product contribution includes VAT at the Inputs sheet's rates", () => {
  const general = planOf(sample());
  const { sheets, cells } = grids(general.spec);

  it("reads the Inputs sheet's VAT rate cells, and each product's contribution after VAT is the engine's", () => {
    expect(general.result.company.vatRegime).toBe("general");
    expect(cells.length).toBeGreaterThan(20);
    for (const c of cells.filter((x) => x.col === CMP.exact)) expect(c.formula).toContain(`${inputs}`);
    // Each product's contribution on each platform is the engine's per-product figure, which includes its VAT.
    for (const product of general.result.plan.products) for (const x of product.platforms) expect(x.economics.vat).toBeGreaterThan(0);
    const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", maxRows: 40000, useArrayArithmetic: true, smartRounding: false });
    const wrong = cells.filter((c) => Math.abs((hf.getCellValue({ sheet: hf.getSheetId(comparison)!, row: c.row - 1, col: c.col }) as number) - (c.value as number)) >= 0.005);
    expect(wrong).toEqual([]);
  });

  it("follows the VAT rate cells typed as a small-scale taxpayer's to the engine's numbers for a small-scale plan", () => {
    const small = sample();
    small.company.vatRegime = "小规模纳税人";
    const expected = grids(planOf(small).spec).cells;
    const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", maxRows: 40000, useArrayArithmetic: true, smartRounding: false });
    const rates = data.costs.vat.regimes.smallScale;
    const inputRows = sheets[inputs]!;
    for (const [key, figure] of [
      ["vatOutputRate", rates.outputRate],
      ["vatGoodsInputRate", rates.goodsInputRate],
      ["vatServicesInputRate", rates.servicesInputRate],
    ] as const) {
      const row = inputRows.findIndex((r) => r[0] === label(key, "zh"));
      expect(row).toBeGreaterThanOrEqual(0);
      hf.setCellContents({ sheet: hf.getSheetId(inputs)!, row, col: 1 }, figure.value);
    }
    expect(expected.length).toBe(cells.length);
    const wrong = expected.filter((c) => Math.abs((hf.getCellValue({ sheet: hf.getSheetId(comparison)!, row: c.row - 1, col: c.col }) as number) - (c.value as number)) >= 0.005);
    expect(wrong).toEqual([]);
    // And the small-scale figures differ from the general ones: the sheet really moved.
    expect(expected.some((c, i) => Math.abs((c.value as number) - (cells[i]!.value as number)) > 0.05)).toBe(true);
  });
});

describe("the Costs sheet's waived commission on ad-driven sales (Douyin 2026), which the live formulas read", () => {
  const { spec, result } = planOf(sample());
  const { sheets, cells } = grids(spec);
  const costs = sheets[label("sheetCosts", "zh")]!;
  const header = costs.findIndex((r) => r.includes(label("cost_commissionWaivedRate", "zh")));
  const col = costs[header]!.indexOf(label("cost_commissionWaivedRate", "zh"));
  const douyinRow = costs.findIndex((r, i) => i > header && r[0] === data.rateCard.platforms.DOUYIN!.name.zh);

  it("shows Douyin's apparel commission as waived on ad-driven sales, and 0 for Tmall", () => {
    // A weighted mean over the mix (mixCostRates), so to float noise.
    expect(costs[douyinRow]![col]).toBeCloseTo(data.rateCard.platforms.DOUYIN!.commission.APPAREL!.value, 12);
    const tmallRow = costs.findIndex((r, i) => i > header && r[0] === data.rateCard.platforms.TMALL!.name.zh);
    expect(costs[tmallRow]![col]).toBe(0);
    expect(result.plan.platforms.find((p) => p.platform === "DOUYIN")!.averageOrder.rates.commissionWaivedRate).toBeCloseTo(0.05, 12);
  });

  it("follows the cell typed to 0 to the engine's numbers for data where the fee comes on top of the commission", () => {
    const onTop = structuredClone(data);
    onTop.costs.platforms.DOUYIN!.costs.paidSalesFeeReplacesCommission = { value: 0, estimate: "test: the fee on top of the commission" };
    const expected = grids(planOf(sample(), onTop).spec).cells;
    const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", maxRows: 40000, useArrayArithmetic: true, smartRounding: false });
    hf.setCellContents({ sheet: hf.getSheetId(label("sheetCosts", "zh"))!, row: douyinRow, col }, 0);
    expect(expected.length).toBe(cells.length);
    const wrong = expected.filter((c) => Math.abs((hf.getCellValue({ sheet: hf.getSheetId(comparison)!, row: c.row - 1, col: c.col }) as number) - (c.value as number)) >= 0.005);
    expect(wrong).toEqual([]);
    // Douyin's rows moved (the commission on its ad-driven sales is charged again); no other platform's did.
    const moved = expected.filter((c, i) => Math.abs((c.value as number) - (cells[i]!.value as number)) > 0.005);
    expect(moved.length).toBeGreaterThan(0);
    const platformCol = sheets[comparison]!;
    for (const c of moved) expect(platformCol[c.row - 1]![CMP.platform]).toBe(data.rateCard.platforms.DOUYIN!.name.zh);
  });
});
