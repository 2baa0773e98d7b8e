import fs from "node:fs";
import path from "node:path";
import { HyperFormula } from "hyperformula";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { label } from "../../src/messages";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import { isFormula, valueOf, type PlainValue, type WorkbookSpec } from "../../src/report/workbookSpec";
import { layoutSheet } from "../../src/report/xlsx/parts/sheetLayout";
import { specSheets, type PlacedFormula } from "../support/specSheets";

const data = defaultReferenceData();
const sample = (): Scenario => scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));

function specOf(scenario: Scenario, lang: "zh" | "en" = "zh", live = true): WorkbookSpec {
  const r = buildPlan(data, scenario, "2026-11-22");
  if (!r.ok) throw new Error(r.issue.code);
  return bossWorkbook(scenario, r.value, lang, new Date("2026-11-22T08:00:00Z"), { live });
}

const sameToTheFen = (a: unknown, b: PlainValue) => (typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 0.005 : (a ?? "") === (b ?? ""));

function evaluate(spec: WorkbookSpec, edit?: (hf: HyperFormula) => void): { hf: HyperFormula; formulas: PlacedFormula[]; value(p: PlacedFormula): unknown } {
  const { sheets, formulas } = specSheets(spec);
  // Excel, WPS and LibreOffice evaluate SUMPRODUCT's arguments as arrays ((range="Tmall")*range); HyperFormula does
  // so with array arithmetic on. No formula here spills: each returns one value.
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", maxRows: 40000, useArrayArithmetic: true, smartRounding: false });
  edit?.(hf);
  return { hf, formulas, value: (p) => hf.getCellValue({ sheet: hf.getSheetId(p.sheet)!, row: p.row - 1, col: p.col }) };
}

describe("the boss workbook's formulas in HyperFormula", () => {
  it("uses only functions every spreadsheet evaluates alike", () => {
    const { formulas } = specSheets(specOf(sample()));
    const used = new Set(formulas.flatMap((f) => [...f.formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!)));
    expect([...used].sort()).toEqual(expect.arrayContaining(["ROUND"]));
    for (const fn of used)
      expect([
        "ABS",
        "COUNTA",
        "IF",
        "INT",
        "ISERROR",
        "ISNUMBER",
        "MAX",
        "MIN",
        "MOD",
        "NA",
        "POWER",
        "ROUND",
        "ROUNDDOWN",
        "ROUNDUP",
        "SIGN",
        "SUM",
        "SUMIFS",
        "SUMPRODUCT",
      ]).toContain(fn);
  });

  it("keeps every formula within Excel's 8,192 characters (a quantity that feeds others is referenced from its cell)", () => {
    // Before, the P&L wrote each line's inputs out again inside the next (cash flow held the payout, which held sales…):
    // 1.7 million characters in one cell; the month-target split repeated the twelve weights' sum: 30,565.
    const { formulas } = specSheets(specOf(sample()));
    const longest = formulas.reduce((a, f) => (f.formula.length > a.formula.length ? f : a));
    expect([longest.sheet, longest.formula.length <= 8192]).toEqual([longest.sheet, true]);
  });

  it.each(["zh", "en"] as const)("evaluates every formula cell (%s) to the engine's cached value, to the fen", (lang) => {
    const { formulas, value } = evaluate(specOf(sample(), lang));
    expect(formulas.length).toBeGreaterThan(1500);
    const wrong = formulas
      .filter((p) => !sameToTheFen(value(p), p.value))
      .map((p) => `${p.sheet}!R${p.row}C${p.col + 1}: ${String(value(p))} ≠ ${p.value} (=${p.formula.slice(0, 100)})`);
    expect(wrong).toEqual([]);
  });

  it("evaluates a plan without the user's cost per click (an empty input cell)", () => {
    const s = sample();
    delete s.company.costPerClick;
    const { formulas, value } = evaluate(specOf(s, "en"));
    const wrong = formulas.filter((p) => !sameToTheFen(value(p), p.value)).map((p) => `${p.sheet}!R${p.row}C${p.col + 1}: ${String(value(p))} ≠ ${p.value}`);
    expect(wrong).toEqual([]);
  });

  it("evaluates a plan above the spend curve's knee (a month's paid sales need more than the reference spend) to the engine's numbers", () => {
    const s = sample();
    // JD: with VAT counted, the sample's Tmall store is not entered at this target (its run rate is null).
    s.company = { ...s.company, annualTarget: 1_200_000_000, monthlyAdBudget: 40_000_000, platforms: ["京东"], maxPlatforms: 1 };
    const r = buildPlan(data, s, "2026-11-22");
    if (!r.ok) throw new Error(r.issue.code);
    const jd = r.value.plan.platforms.find((p) => p.platform === "JD")!;
    // Run-rate ads above the per-order ratio: the curve's extra spend came off the contribution.
    expect(jd.runRate!.adSpend).toBeGreaterThan(jd.runRate!.orders * jd.averageOrder.ads + 1);
    const { formulas, value } = evaluate(specOf(s, "en"));
    const wrong = formulas.filter((p) => !sameToTheFen(value(p), p.value)).map((p) => `${p.sheet}!R${p.row}C${p.col + 1}: ${String(value(p))} ≠ ${p.value}`);
    expect(wrong).toEqual([]);
  });

  it("evaluates a plan whose products give no expected orders (an equal mix)", () => {
    const s = sample();
    for (const p of s.products) p.monthlyOrders = 0;
    const { formulas, value } = evaluate(specOf(s, "en"));
    const wrong = formulas.filter((p) => !sameToTheFen(value(p), p.value)).map((p) => `${p.sheet}!R${p.row}C${p.col + 1}: ${String(value(p))} ≠ ${p.value}`);
    expect(wrong).toEqual([]);
  });

  it("evaluates a month that buys no orders to 0 visitors and 0 paid visitors, never -1 (issue 22, 4.2)", () => {
    // A boss sets the ad budget to 0 in CF_Company: spend is capped at 0 and buys nothing. Before, the visitors
    // formula was ROUNDUP(orders ÷ conversion − 1e-9) and gave −1 for 0 orders where the engine says 0.
    const s = sample();
    s.company.monthlyAdBudget = 0;
    const spec = specOf(s, "en");
    const { formulas, value } = evaluate(spec);
    const wrong = formulas.filter((p) => !sameToTheFen(value(p), p.value)).map((p) => `${p.sheet}!R${p.row}C${p.col + 1}: ${String(value(p))} ≠ ${p.value}`);
    expect(wrong).toEqual([]);
    const counts = formulas.filter((p) => p.formula.startsWith("MAX(0,ROUNDUP("));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((p) => value(p) === 0)).toBe(true);
  });

  it("evaluates a plan that enters no platform (every order loses money)", () => {
    const s = sample();
    for (const p of s.products) p.unitCost = 400;
    const spec = specOf(s, "zh");
    const { formulas, value } = evaluate(spec);
    expect(spec.sheets[0]!.blocks.some((b) => b.kind === "facts" && String(b.rows[0]!.value).startsWith("按此计划没有平台能盈利"))).toBe(true);
    const wrong = formulas.filter((p) => !sameToTheFen(value(p), p.value)).map((p) => `${p.sheet}!R${p.row}C${p.col + 1}: ${String(value(p))} ≠ ${p.value}`);
    expect(wrong).toEqual([]);
  });

  it("follows a price and a commission edit to the engine's numbers for the edited scenario", () => {
    const spec = specOf(sample());
    const edited = sample();
    edited.products[0]!.price = 419;
    edited.overrides[0]!.value = 0.04;
    const expected = specSheets(specOf(edited)).formulas;
    const { sheets } = specSheets(spec);
    const at = (sheet: string, match: (row: Array<string | number | null>) => boolean) => sheets[sheet]!.findIndex(match);
    const priceRow = at("输入", (r) => r[0] === "WH-CS-01");
    const rateRow = at("费率表", (r) => r[0] === "天猫" && r[1] === "佣金/技术服务费" && r[2] === "服装");
    const { value } = evaluate(spec, (hf) => {
      hf.setCellContents({ sheet: hf.getSheetId("输入")!, row: priceRow, col: 3 }, 419);
      hf.setCellContents({ sheet: hf.getSheetId("费率表")!, row: rateRow, col: 3 }, 0.04);
    });
    const wrong = expected.filter((p) => !sameToTheFen(value(p), p.value)).map((p) => `${p.sheet}!R${p.row}C${p.col + 1}: ${String(value(p))} ≠ ${p.value}`);
    expect(wrong).toEqual([]);
  });

  it("evaluates a store the brand already runs (mature from month 1, today's sales plus its share of the target's growth), and follows an edit of its sales", () => {
    const established = (tmall: number) => {
      const s = sample();
      s.company.brandStage = "established";
      s.company.currentAnnualSales = 12 * tmall;
      s.company.existingStores = { 天猫: tmall };
      return s;
    };
    const spec = specOf(established(300_000));
    const { formulas, value } = evaluate(spec);
    expect(formulas.some((p) => p.formula.includes("MAX("))).toBe(true);
    const wrong = formulas.filter((p) => !sameToTheFen(value(p), p.value)).map((p) => `${p.sheet}!R${p.row}C${p.col + 1}: ${String(value(p))} ≠ ${p.value}`);
    expect(wrong).toEqual([]);
    const expected = specSheets(specOf(established(450_000))).formulas.filter((p) => p.sheet === "月度损益");
    const row = specSheets(spec).sheets["输入"]!.findIndex((r) => r[0] === "目前月销售额(¥): 天猫");
    expect(row).toBeGreaterThan(0);
    const edited = evaluate(spec, (hf) => hf.setCellContents({ sheet: hf.getSheetId("输入")!, row, col: 1 }, 450_000));
    const off = expected.filter((p) => !sameToTheFen(edited.value(p), p.value)).map((p) => `${p.sheet}!R${p.row}C${p.col + 1}: ${String(edited.value(p))} ≠ ${p.value}`);
    expect(off).toEqual([]);
  });

  it.each([
    ["running", { 天猫: 800_000, 唯品会: 300_000 }, undefined],
    ["new", { 天猫: 1_000_000 }, ["唯品会"]],
  ] as const)("evaluates a %s Vipshop store (no ads: it sells on its own traffic) to the engine's numbers", (_kind, stores, platforms) => {
    const s = sample();
    s.company.brandStage = "established";
    s.company.currentAnnualSales = 12 * Object.values(stores).reduce((a: number, b: number) => a + b, 0);
    // ¥42m: a new Vipshop's run rate (its share of the growth over today's sales) must cover its fixed costs to be opened.
    s.company.annualTarget = 42_000_000;
    s.company.existingStores = { ...stores };
    if (platforms) s.company.platforms = [...platforms];
    const spec = specOf(s, "en");
    const { formulas, value } = evaluate(spec);
    const wrong = formulas.filter((p) => !sameToTheFen(value(p), p.value)).map((p) => `${p.sheet}!R${p.row}C${p.col + 1}: ${String(value(p))} ≠ ${p.value}`);
    expect(wrong).toEqual([]);
    // The P&L's Vipshop rows (24 months) spend nothing and still sell.
    const pnl = spec.sheets.find((sh) => sh.name === label("sheetPnl", "en"))!;
    const table = pnl.blocks.find((b) => b.kind === "table" && b.table.name === "PnL")!;
    if (table.kind !== "table") throw new Error("no P&L table");
    const col = (key: string) => table.table.columns.findIndex((c) => c.header === label(key as never, "en"));
    const vip = [...table.table.rows].filter((r) => r[1] === "Vipshop");
    expect(vip).toHaveLength(24);
    expect(vip.every((r) => valueOf(r[col("pnl_ads")]!) === 0)).toBe(true);
    expect(vip.slice(12).every((r) => Number(valueOf(r[col("pnl_sales")]!)) > 0)).toBe(true);
  });

  it.each([
    // Tmall's launch month buys at a low ROI with ¥800,000 of ads: its input VAT exceeds its output, a credit carried into month 2.
    // Tmall's launch month at ¥1.5m of ads a month (at ¥60m and ¥800,000 the sample now opens on JD, whose first month pays VAT).
    ["a launch month in VAT credit, carried forward", (s: Scenario) => Object.assign(s.company, { annualTarget: 100_000_000, monthlyAdBudget: 1_500_000 })],
    ["a small-scale company exempt in its months at or below ¥100,000", (s: Scenario) => Object.assign(s.company, { vatRegime: "小规模", monthlyAdBudget: 80_000 })],
  ])("evaluates %s to the engine's numbers (the company's VAT month in the totals, each platform's share)", (_name, edit) => {
    const s = sample();
    edit(s);
    const spec = specOf(s, "en");
    const { formulas, value } = evaluate(spec);
    const wrong = formulas.filter((p) => !sameToTheFen(value(p), p.value)).map((p) => `${p.sheet}!R${p.row}C${p.col + 1}: ${String(value(p))} ≠ ${p.value}`);
    expect(wrong).toEqual([]);
    // The totals' credit and VAT-before-credit columns are live formulas and say what the engine says.
    const pnl = spec.sheets.find((sh) => sh.name === label("sheetPnl", "en"))!;
    const totals = pnl.blocks.find((b) => b.kind === "table" && b.table.name === "PnLTotal")!;
    if (totals.kind !== "table") throw new Error("no P&L total table");
    const col = (key: string) => totals.table.columns.findIndex((c) => c.header === label(key as never, "en"));
    const cells = (key: string) => [...totals.table.rows].map((r) => r[col(key)]!);
    expect(cells("pnl_vatCreditCarried").every(isFormula)).toBe(true);
    const credit = cells("pnl_vatCreditCarried").map((v) => Number(valueOf(v)));
    const before = cells("pnl_vatBeforeCredit").map((v) => Number(valueOf(v)));
    expect(credit.some((v) => v > 0) || before.some((v, i) => v === 0 && Number(valueOf(cells("pnl_vatTaxableSales")[i]!)) > 0)).toBe(true);
    // Each platform's own VAT figures are helper columns, hidden on screen and in print; the totals' VAT columns show.
    const platforms = pnl.blocks.find((b) => b.kind === "table" && b.table.name === "PnL")!;
    if (platforms.kind !== "table") throw new Error("no P&L table");
    const helpers = [
      "pnl_vatTaxableSales",
      "pnl_vatBeforeCredit",
      "pnl_vatOwed",
      "pnl_currentSales",
      "pnl_targetGrowth",
      "pnl_budgetFloor",
      "pnl_budgetShare",
      "pnl_maturePaidShare",
    ].map((k) => label(k as never, "en"));
    expect(platforms.table.columns.filter((c) => c.hidden).map((c) => c.header)).toEqual(helpers);
    const hidden = layoutSheet(pnl, spec.sheets.indexOf(pnl)).hidden;
    expect(platforms.table.columns.map((c, i) => [c.header, hidden[i] ?? false]).filter(([, h]) => h)).toEqual(helpers.map((h) => [h, true]));
  });

  it("follows an edit of the monthly VAT exemption in CF_Company to the engine's numbers for that exemption", () => {
    const small = sample();
    small.company = { ...small.company, vatRegime: "小规模", monthlyAdBudget: 80_000 };
    const spec = specOf(small);
    const noExemption = structuredClone(data);
    noExemption.costs.vat.regimes.smallScale.monthlyExemptSales = { value: 0, estimate: "test: no exemption" };
    const r = buildPlan(noExemption, small, "2026-11-22");
    if (!r.ok) throw new Error(r.issue.code);
    const expected = specSheets(bossWorkbook(small, r.value, "zh", new Date("2026-11-22T08:00:00Z"), { live: true })).formulas.filter((p) => p.sheet === "月度损益");
    const row = specSheets(spec).sheets["输入"]!.findIndex((x) => x[0] === label("vatExemptMonthlySales", "zh"));
    expect(row).toBeGreaterThan(0);
    const edited = evaluate(spec, (hf) => hf.setCellContents({ sheet: hf.getSheetId("输入")!, row, col: 1 }, 0));
    const off = expected.filter((p) => !sameToTheFen(edited.value(p), p.value)).map((p) => `${p.sheet}!R${p.row}C${p.col + 1}: ${String(edited.value(p))} ≠ ${p.value}`);
    expect(off).toEqual([]);
    // Without the exemption every month with sales owes VAT.
    expect(r.value.plan.totals.every((t) => t.sales === 0 || t.vat > 0)).toBe(true);
  });

  it("writes plain values, no formulas, in the values-only baseline", () => {
    expect(specSheets(specOf(sample(), "zh", false)).formulas).toEqual([]);
  });
});
