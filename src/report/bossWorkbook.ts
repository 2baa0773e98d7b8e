import type { ReferenceData } from "../data/referenceData";
import type { Lang } from "../engine";
import { label, messages, type LabelKey } from "../engine";
import type { PlanResult } from "./planResult";
import type { Scenario } from "./scenario";
import { RATE_CARD_HEADERS, rateCardRows } from "./tables/rateCardRows";
import { teamPlanRows } from "./tables/teamPlanRows";
import type { CellFormat, ColumnSpec, SheetSpec, WorkbookSpec } from "./workbookSpec";
import { RATE_CARD_TABLE } from "./workbookTableName";

type Col = [LabelKey, CellFormat, number];

const columns = (lang: Lang, cols: Col[]): ColumnSpec[] => cols.map(([key, format, width]) => ({ header: label(key, lang), format, width }));
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

function recommendationSentence(data: ReferenceData, plan: PlanResult, lang: Lang): string {
  const names = plan.sequence.map((s) => data.rateCard.platforms[s.platform]!.name[lang]);
  const [first, ...rest] = names;
  const months = data.model.breakthroughMonths.value;
  return messages(lang).report.recommendation(first!, rest, pct(data.model.allocation.focusShare), months);
}

/**
 * The boss-ready workbook: written as values and formats (no custom functions), so it reads the same
 * in Excel without the add-in, in Chinese or English.
 */
export function bossWorkbook(scenario: Scenario, plan: PlanResult, lang: Lang, generatedAt: Date): WorkbookSpec {
  const data = plan.referenceData;
  const name = (platform: string) => data.rateCard.platforms[platform]!.name[lang];
  const l = (key: LabelKey) => label(key, lang);
  const c = scenario.company;
  const assumptions = messages(lang)
    .report.assumptions({ conversion: pct(c.conversionRate), paidShare: pct(c.paidShare), cpc: c.costPerClick, configuration: String(c.configuration), cityTier: String(c.cityTier), rateCard: data.rateCard.version, asOf: data.rateCard.asOf, profiles: data.profiles.version })
    .split("\n");
  const teamOf = (platform: string) => plan.team.perPlatform.find((p) => p.platform === platform)!.team.total;
  const budgetOf = (platform: string) => plan.allocation.find((a) => a.platform === platform)!.amount;
  const summaryOf = (platform: string) => plan.platforms.find((p) => p.platform === platform)!;

  const summary: SheetSpec = {
    name: l("sheetSummary"),
    blocks: [
      { kind: "title", text: `${plan.brand} ${l("planTitle")}` },
      {
        kind: "facts",
        rows: [
          { label: l("recommendation"), value: recommendationSentence(data, plan, lang), format: "text" },
          { label: l("annualTarget"), value: c.annualTarget, format: "money" },
          { label: l("monthlyAdBudget"), value: c.monthlyAdBudget, format: "money" },
          { label: l("teamSize"), value: plan.team.totalPeople, format: "integer" },
          { label: l("monthlyLabourCost"), value: plan.team.monthlyLabourCost, format: "money" },
          { label: l("generatedAt"), value: generatedAt.toISOString().replace("T", " ").slice(0, 16) + " UTC", format: "text" },
          { label: l("rateCardVersion"), value: `${data.rateCard.version} (${data.rateCard.asOf})`, format: "text" },
        ],
      },
      { kind: "heading", text: l("recommendedPlatforms") },
      {
        kind: "table",
        table: {
          name: "Recommended",
          columns: columns(lang, [["order", "integer", 8], ["platform", "text", 18], ["openMonth", "integer", 12], ["avgFit", "score", 12], ["avgNetMargin", "percent", 14], ["monthlyAdBudget", "money", 16], ["people", "integer", 10], ["monthlyFixed", "money", 18]]),
          rows: plan.sequence.map((s) => [s.order, name(s.platform), s.openMonth, summaryOf(s.platform).averageFit, summaryOf(s.platform).averageNetMargin, budgetOf(s.platform), teamOf(s.platform), plan.monthlyFixedByPlatform[s.platform]!]),
          highlights: [{ column: 4, rule: "negativeRed" }],
        },
      },
      { kind: "heading", text: l("allPlatforms") },
      {
        kind: "table",
        table: {
          name: "AllPlatforms",
          columns: columns(lang, [["platform", "text", 18], ["avgFit", "score", 12], ["avgNetMargin", "percent", 14], ["profitableSkus", "integer", 14]]),
          rows: plan.platforms.map((p) => [name(p.platform), p.averageFit, p.averageNetMargin, p.profitableProducts]),
          highlights: [{ column: 1, rule: "dataBar" }, { column: 2, rule: "negativeRed" }],
        },
      },
      { kind: "heading", text: l("assumptions") },
      { kind: "notes", lines: assumptions },
    ],
    chart: { title: l("fitChart"), table: "AllPlatforms", categoryColumn: 0, valueColumn: 1 },
  };

  const inputs: SheetSpec = {
    name: l("sheetInputs"),
    blocks: [
      { kind: "title", text: `${plan.brand}: ${l("sheetInputs")}` },
      {
        kind: "facts",
        rows: Object.entries(c).map(([key, value]) => ({ label: key, value: Array.isArray(value) ? value.join(", ") : typeof value === "number" ? value : String(value), format: typeof value === "number" ? "rate" : "text" })),
      },
      {
        kind: "table",
        table: {
          name: "Products",
          columns: columns(lang, [["sku", "text", 14], ["product", "text", 24], ["category", "text", 14], ["price", "money", 12], ["unitCost", "money", 12], ["shipping", "money", 12], ["expectedOrders", "integer", 16]]),
          rows: plan.products.map((p) => [p.input.sku, p.input.name, data.rateCard.categories[p.product.category]!.name[lang], p.product.price, p.input.unitCost, p.input.shipping, p.input.monthlyOrders]),
        },
      },
    ],
  };

  const comparison: SheetSpec = {
    name: l("sheetComparison"),
    blocks: [
      {
        kind: "table",
        table: {
          name: "Comparison",
          columns: columns(lang, [["sku", "text", 14], ["product", "text", 22], ["platform", "text", 16], ["fitScore", "score", 12], ["netProfit", "money", 16], ["netMargin", "percent", 12], ["deductionRate", "percent", 12], ["adRatio", "percent", 12], ["returnRate", "percent", 12], ["breakEvenOrders", "integer", 18], ["topReason", "text", 60]]),
          rows: plan.products.flatMap((p) =>
            p.platforms.map((x) => [p.input.sku, p.input.name, name(x.platform), x.fit.score, x.economics.profit, x.economics.netMargin, x.economics.deductionRate, x.adRatio, x.returnRate, x.breakEvenOrders, x.fit.reasons[0]?.text[lang] ?? ""]),
          ),
          highlights: [{ column: 3, rule: "colorScale" }, { column: 4, rule: "negativeRed" }, { column: 5, rule: "negativeRed" }],
        },
      },
    ],
  };

  const [teamHeader, ...teamBody] = teamPlanRows(data, plan.team, lang);
  const team: SheetSpec = {
    name: l("sheetTeam"),
    blocks: [
      { kind: "title", text: `${l("sheetTeam")}: ${plan.team.totalPeople} ${l("people")}` },
      { kind: "table", table: { name: "Team", columns: teamHeader!.map((h, i) => ({ header: String(h), format: i === 0 ? "text" : "integer", width: i === 0 ? 24 : 14 })), rows: teamBody } },
    ],
  };

  const planSheet: SheetSpec = {
    name: l("sheetPlan"),
    blocks: [
      { kind: "heading", text: l("sequence") },
      { kind: "table", table: { name: "Sequence", columns: columns(lang, [["order", "integer", 8], ["platform", "text", 18], ["openMonth", "integer", 12]]), rows: plan.sequence.map((s) => [s.order, name(s.platform), s.openMonth]) } },
      { kind: "heading", text: l("budgetSplit") },
      { kind: "table", table: { name: "Budget", columns: columns(lang, [["platform", "text", 18], ["score", "score", 10], ["budgetRole", "text", 10], ["amount", "money", 16]]), rows: plan.allocation.map((a) => [name(a.platform), a.score, l(a.focus ? "focus" : "support"), a.amount]) } },
      { kind: "heading", text: l("monthlyTargets") },
      {
        kind: "table",
        table: {
          name: "Months",
          columns: columns(lang, [["month", "integer", 8], ["sales", "money", 16], ["orders", "integer", 12], ["visitors", "integer", 14], ["paidVisitors", "integer", 14], ["adSpend", "money", 14]]),
          rows: plan.monthly.map((m) => [m.month, m.sales, m.orders, m.visitors, m.paidVisitors, m.adSpend]),
          highlights: [{ column: 1, rule: "dataBar" }],
        },
      },
    ],
  };

  const rateCard: SheetSpec = {
    name: l("sheetRateCard"),
    blocks: [
      { kind: "title", text: `${l("sheetRateCard")} ${data.rateCard.version} (${data.rateCard.asOf})` },
      {
        kind: "table",
        table: {
          name: RATE_CARD_TABLE,
          columns: RATE_CARD_HEADERS.map((key, i) => ({ header: l(key), format: (i === 3 ? "rate" : "text") as CellFormat, width: [16, 22, 14, 10, 50, 12, 70][i]! })),
          rows: rateCardRows(data, Object.keys(data.rateCard.platforms), lang),
        },
      },
    ],
  };

  return { title: `${plan.brand} ${l("planTitle")}`, sheets: [summary, inputs, comparison, team, planSheet, rateCard] };
}
