import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { layoutSheet } from "../../src/report/xlsx/parts/sheetLayout";
import { columnLetter } from "../../src/report/columnLetter";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import { CHUNK_BUDGET_BYTES, OWNED_KEY, writeWorkbookSpec } from "../../src/taskpane/office/writeWorkbookSpec";
import { FakeWorkbook, installExcelEnums, installOffice } from "../support/fakeExcel";

installExcelEnums();
installOffice("1.9");
const data = defaultReferenceData();
/** One Comparison row per product and platform. */
const PLATFORMS = Object.keys(data.rateCard.platforms).length;
const sample = (): Scenario => scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));

function planFor(products: number) {
  const scenario = sample();
  const template = scenario.products[0]!;
  scenario.products = Array.from({ length: products }, (_, i) => ({ ...template, sku: `SKU-${i}`, price: template.price + (i % 300) }));
  // The sample's cashmere sweater alone needs more than the sample's ¥6m for a Tmall team to pay (full cost stack);
  // since store teams grow with sales (2 operators and a promotion specialist at ¥1m a month), ¥18m a year and a
  // ¥240k budget: at ¥12m Tmall is too small to carry its team.
  scenario.company = { ...scenario.company, annualTarget: 18_000_000, monthlyAdBudget: 240_000 };
  const plan = buildPlan(data, scenario, "2026-11-22");
  if (!plan.ok) throw new Error(plan.issue.code);
  return { scenario, plan: plan.value };
}

function specFor(products: number, lang: "zh" | "en" = "en") {
  const { scenario, plan } = planFor(products);
  return bossWorkbook(scenario, plan, lang, new Date("2026-11-22T08:00:00Z"));
}

const yes = { confirmReplace: async () => true };

/** The Comparison table's address for `rows` rows: its last column counted from the table's own columns, not hard-coded (a cost field adds a hidden helper column). */
function comparisonAddress(spec: ReturnType<typeof specFor>, rows: number): string {
  const block = spec.sheets[2]!.blocks.find((b) => b.kind === "table")!;
  if (block.kind !== "table") throw new Error("expected the comparison table");
  return `A3:${columnLetter(block.table.columns.length - 1)}${3 + rows}`;
}

describe("writeWorkbookSpec into a workbook", () => {
  it("writes the eight ChannelFit sheets in two syncs and leaves the user's sheet alone", async () => {
    const book = new FakeWorkbook(["My data"]);
    book.sheets[0]!.getRange("A1").values = [["keep me"]];
    const report = await writeWorkbookSpec(book.run, specFor(1), yes);
    expect(report).toMatchObject({
      cancelled: false,
      syncs: 2,
      written: ["Boss summary", "Inputs", "Platform comparison", "Team plan", "Plan", "Monthly P&L", "Costs", "Rate card"],
    });
    expect(book.live().map((s) => s.name)).toEqual(["My data", ...report.written]);
    expect(book.sheet("My data")!.values.get("A1")).toBe("keep me");
    expect(JSON.parse(String(book.settingsStore.get(OWNED_KEY)))).toEqual(report.written);
    expect(book.active?.name).toBe("Boss summary");
    expect(book.calcSuspended).toBe(1);
  });

  it("writes judgements as values and arithmetic as native formulas, with the formats the boss reads", async () => {
    const book = new FakeWorkbook();
    await writeWorkbookSpec(book.run, specFor(1), yes);
    const summary = book.sheet("Boss summary")!;
    expect(summary.values.get("A1")).toBe("暖山 WarmHill channel plan");
    // Facts on rows 3–14: year-1 sales (row 5) is the sum of the P&L's first 12 months, written through range.formulas.
    expect(summary.values.get("A5")).toBe("Sales, year 1 (¥, before refunds)");
    // The P&L's platform rows (one store, 24 months: 24 rows; with VAT counted the sample enters Taobao, not Tmall) sit
    // above the totals, which start on row 33 (the plan's JSON gives Taobao openMonth 24 on this branch and on
    // issue-20-costs-wired alike). The platform table sits one row lower for the plan-status row (issue 22, §3).
    expect(summary.formulas.get("B5")).toBe("=ROUND(SUM('Monthly P&L'!$E$32:$E$43),2)");
    // Year 1's net profit after income tax: the P&L's years table reckons the tax (row 59: year 1, below the totals).
    expect(summary.values.get("A8")).toBe("Net profit after income tax, year 1 (¥)");
    expect(summary.formulas.get("B8")).toBe("='Monthly P&L'!$AK$59");
    // Year 2 below, from the P&L's months 13–24.
    expect(summary.formulas.get("B9")).toBe("=ROUND(SUM('Monthly P&L'!$E$44:$E$55),2)");
    expect([summary.values.get("A21"), summary.values.get("A22"), summary.values.get("C22"), summary.values.get("D22")]).toEqual([
      "Platform",
      "Tmall",
      "Too small to carry its team yet",
      "",
    ]);
    expect(summary.formulas.get("E22")).toMatch(/^='Plan'!\$[A-Z]+\$\d+$/);
    expect(summary.tables.items.map((t) => t.name)).toEqual(["CF_AllPlatforms"]);
    expect(summary.charts.items[0]).toMatchObject({ type: "BarClustered", title: { text: "Fit by platform (0-100)" }, legend: { visible: false } });
    expect(book.sheet("Monthly P&L")!.charts.items[0]).toMatchObject({ type: "Line", title: { text: "Cumulative profit before income tax by month (¥)" } });
    const inputs = book.sheet("Inputs")!;
    expect(inputs.tables.items.map((t) => t.name)).toEqual(["CF_Company", "CF_Seasonality", "CF_Products"]);
    expect([...inputs.formulas.keys()]).toEqual([]);
    expect(book.sheet("Rate card")!.tables.items.map((t) => t.name)).toEqual(["CF_RateCard"]);
    // The boss summary's money is in whole yuan (the P&L keeps the fen).
    expect([...summary.formats.values()].flat(2)).toContain('"¥"#,##0;[Red]-"¥"#,##0');
    expect(summary.ranges.flatMap((r) => r.conditionalFormats.items.map((c) => c.type))).toEqual(expect.arrayContaining(["DataBar", "CellValue"]));
  });

  it("hides helpers, marks and validates inputs, protects formula sheets and sets up printing as the .xlsx writer does", async () => {
    const book = new FakeWorkbook();
    await writeWorkbookSpec(book.run, specFor(1), yes);
    const pnl = book.sheet("Monthly P&L")!;
    expect(pnl.protection.options).toMatchObject({ allowSort: true, allowFormatColumns: true });
    expect(pnl.pageLayout.orientation).toBe("Landscape");
    const spec = specFor(1);
    const pnlAt = spec.sheets.findIndex((s) => s.name === "Monthly P&L");
    const across = layoutSheet(spec.sheets[pnlAt]!, pnlAt).pagesWide;
    expect(across).toBeGreaterThan(1);
    expect(pnl.pageLayout.zoom).toEqual({ horizontalFitToPages: across });
    // The summary, with its chart, fits two pages down in the add-in's workbook too; the P&L (above) keeps its length.
    const summaryAt = spec.sheets.findIndex((s) => s.printPagesTall);
    expect(summaryAt).toBe(0);
    const summary = book.sheet(spec.sheets[summaryAt]!.name)!;
    expect(summary.pageLayout.zoom).toEqual({ horizontalFitToPages: layoutSheet(spec.sheets[summaryAt]!, summaryAt).pagesWide, verticalFitToPages: 2 });
    expect(pnl.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    expect(pnl.printTitleColumns).toBe("$A:$B");
    // The rate card prints its first rows only, the plan's (as the .xlsx writer's Print_Area does); the P&L prints whole.
    const rates = spec.sheets.find((s) => s.name === "Rate card")!;
    expect(book.sheet("Rate card")!.printArea).toBe(`A1:G${rates.printRows}`);
    expect(pnl.printArea).toBeNull();
    // The Comparison prints up to its reasons: the reasons' sources in full stay on screen, beyond the print area.
    const comparisonAt = spec.sheets.findIndex((s) => s.name === "Platform comparison");
    const comparison = layoutSheet(spec.sheets[comparisonAt]!, comparisonAt);
    expect(comparison.printArea).toBeDefined();
    expect(book.sheet("Platform comparison")!.printArea).toBe(`A1:${columnLetter(comparison.printArea!.lastColumn)}${comparison.endRow}`);
    expect(comparison.printArea!.lastColumn).toBe(comparison.widths.length - 2);
    const inputs = book.sheet("Inputs")!;
    expect(inputs.protection.options).toBeNull();
    const filled = inputs.ranges.filter((r) => r.format.fill.color === "#FFF2CC");
    expect(filled.length).toBeGreaterThan(0);
    expect(filled.every((r) => r.format.protection.locked === false && r.dataValidation.prompt?.showPrompt === true)).toBe(true);
    expect(filled.map((r) => r.dataValidation.rule)).toContainEqual({ decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    const hidden = book.live().flatMap((s) => s.ranges.filter((r) => r.columnHidden));
    expect(hidden.length).toBeGreaterThan(0);
  });

  it("leaves page layout and validation out where Excel lacks the API set (ExcelApi 1.7), and still protects", async () => {
    installOffice("1.7");
    const book = new FakeWorkbook();
    await writeWorkbookSpec(book.run, specFor(1), yes);
    installOffice("1.9");
    const pnl = book.sheet("Monthly P&L")!;
    expect(pnl.pageLayout.orientation).toBe("Portrait");
    expect(pnl.protection.options).not.toBeNull();
    expect(book.sheet("Inputs")!.ranges.some((r) => r.dataValidation.rule !== undefined)).toBe(false);
  });

  it.each([1, 10, 100])("needs two syncs for %i products, formulas included", async (products) => {
    const book = new FakeWorkbook();
    const spec = specFor(products);
    const report = await writeWorkbookSpec(book.run, spec, yes);
    // Two syncs, and one more for each 4 MB queued (100 products' live formulas pass 4 MB).
    expect(report.syncs).toBe(2 + Math.floor(report.payloadBytes / CHUNK_BUDGET_BYTES));
    if (products <= 10) expect(report.syncs).toBe(2);
    expect(Math.max(...book.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(book.sheet("Platform comparison")!.tables.items[0]!.address).toBe(comparisonAddress(spec, products * PLATFORMS));
  });

  it("keeps to two syncs plus one per 4 MB for 1,000 products, whose formulas make a larger payload", async () => {
    const book = new FakeWorkbook();
    const spec = specFor(1000);
    const report = await writeWorkbookSpec(book.run, spec, yes);
    // The rule is unchanged (range.formulas goes where range.values went): 11,000 comparison rows of formulas queue
    // more than 4 MB, so the writer syncs between blocks; every request stays under Excel on the web's 5 MB.
    expect(report.payloadBytes).toBeGreaterThan(CHUNK_BUDGET_BYTES);
    expect(report.syncs).toBeGreaterThan(2);
    // Blocks are sized to about a quarter of the budget (from the first rows, whose lookups are the longest), so each
    // request but the last is more than half full: at most one sync per 2 MB, not a request per block.
    expect(report.syncs).toBeLessThanOrEqual(2 + Math.ceil(report.payloadBytes / (CHUNK_BUDGET_BYTES / 2)));
    expect(report.syncs).toBeLessThan(report.payloadBytes / (256 * 1024));
    expect(Math.max(...book.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(book.sheet("Platform comparison")!.tables.items[0]!.address).toBe(comparisonAddress(spec, 1000 * PLATFORMS));
    expect(book.sheet("Platform comparison")!.formulas.size).toBeGreaterThan(1000 * PLATFORMS * 10);
  });

  it("splits a payload over the 4 MB budget into several requests, each under Excel on the web's 5 MB limit", async () => {
    const spec = specFor(1);
    const big = spec.sheets[2]!.blocks.find((b) => b.kind === "table")!;
    if (big.kind !== "table") throw new Error("expected the comparison table");
    const rows = [...big.table.rows];
    big.table.rows = Array.from({ length: 60_000 }, (_, i) => rows[i % rows.length]!.map((v) => (typeof v === "string" ? `${v} ${"x".repeat(40)}` : v)));
    const book = new FakeWorkbook();
    const report = await writeWorkbookSpec(book.run, spec, yes);
    expect(report.payloadBytes).toBeGreaterThan(CHUNK_BUDGET_BYTES);
    expect(report.syncs).toBeGreaterThan(2);
    expect(Math.max(...book.requestBytes)).toBeLessThan(5 * 1024 * 1024 + 0);
  });

  it("asks before replacing its own earlier sheets, and replaces only those", async () => {
    const book = new FakeWorkbook(["Budget 2027"]);
    await writeWorkbookSpec(book.run, specFor(1), yes);
    const asked: string[][] = [];
    const spec = specFor(2);
    const report = await writeWorkbookSpec(book.run, spec, { confirmReplace: async (names) => (asked.push(names), true) });
    expect(asked).toEqual([["Boss summary", "Inputs", "Platform comparison", "Team plan", "Plan", "Monthly P&L", "Costs", "Rate card"]]);
    expect(report.written).toHaveLength(8);
    expect(book.live().map((s) => s.name)).toEqual(["Budget 2027", ...report.written]);
    expect(book.sheet("Platform comparison")!.tables.items[0]!.address).toBe(comparisonAddress(spec, 2 * PLATFORMS));
  });

  it("writes nothing when the user says no", async () => {
    const book = new FakeWorkbook();
    await writeWorkbookSpec(book.run, specFor(1), yes);
    const before = book.live().map((s) => s.name);
    const report = await writeWorkbookSpec(book.run, specFor(1), { confirmReplace: async () => false });
    expect(report).toMatchObject({ cancelled: true, written: [], syncs: 1 });
    expect(book.live().map((s) => s.name)).toEqual(before);
  });

  it("never takes over a user's sheet that happens to share a name", async () => {
    const book = new FakeWorkbook(["Plan"]);
    book.sheets[0]!.getRange("A1").values = [["the user's own plan"]];
    const report = await writeWorkbookSpec(book.run, specFor(1), yes);
    expect(report.written).toContain("Plan (CF)");
    expect(book.sheet("Plan")!.values.get("A1")).toBe("the user's own plan");
  });

  it("ignores a corrupt ownership record instead of deleting anything", async () => {
    const book = new FakeWorkbook(["Inputs"]);
    book.settingsStore.set(OWNED_KEY, "{not json");
    const report = await writeWorkbookSpec(book.run, specFor(1), {
      confirmReplace: async () => {
        throw new Error("must not ask");
      },
    });
    expect(report.written).toContain("Inputs (CF)");
    expect(book.sheet("Inputs")).toBeDefined();
  });

  it("writes Chinese sheet names for a Chinese boss", async () => {
    const book = new FakeWorkbook();
    const report = await writeWorkbookSpec(book.run, specFor(1, "zh"), yes);
    expect(report.written[0]).toBe("老板摘要");
    expect(book.sheet("老板摘要")!.values.get("A1")).toBe("暖山 WarmHill 渠道规划");
  });
});
