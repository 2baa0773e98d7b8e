import { yearLine, type YearTotal } from "../../engine/plan/yearTotals";
import { peakPeople } from "../../engine/plan/planSummary";
import type { MoneyLine } from "../../engine/plan/monthLine";
import { formulaCalculator as F } from "../../engine/calc";
import { type Lang } from "../../engine";
import { opensAfterPlan } from "../../engine/plan/verdictTypes";
import { label, messages } from "../../messages";
import { percentText } from "../../messages/catalogue";
import { adModelText, paidShareText, headlineText, platformName, verdictLabel, verdictReason } from "../planText";
import type { PlanResult } from "../../scenario/planResult";
import { assumptionText } from "../assumptionText";
import type { CellValue } from "../workbookSpec";
import { optionText } from "./inputsSheet";
import { TOTAL, YEAR, type PnlLayout } from "./layouts";
import type { PlanRefs } from "./planSheet";
import { peakCashFormula } from "./pnlTotals";
import { paybackFacts } from "./paybackFacts";
import type { SheetBuilder } from "./sheetBuilder";
import type { TeamRefs } from "./teamSheet";

/** The day the plan was made, on the clock of the machine that made it (the user's): a date, no time zone to read. */
const localDate = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/**
 * The boss summary: the plan in a sentence, the budget check, year-1 totals and payback (formulas on the P&L), every
 * platform with its verdict (judgements, values) and its margins and run-rate spend (formulas), the fit chart, the
 * assumptions and what is live.
 */
export function summarySheet(
  result: PlanResult,
  lang: Lang,
  b: SheetBuilder,
  generatedAt: Date,
  refs: { plan: PlanRefs; team: TeamRefs; pnl: PnlLayout; pnlSheet: SheetBuilder; budgetText: string; status: (yearOneProfit: string) => string },
): void {
  const { plan, referenceData: data, company } = result;
  const l = (key: Parameters<typeof label>[0]) => label(key, lang);
  const s = plan.summary;
  const yearCell = (y: YearTotal, k: MoneyLine) =>
    yearLine(
      F,
      k,
      Array.from({ length: y.lastMonth - y.firstMonth + 1 }, (_, i) => refs.pnlSheet.ref(TOTAL[k], refs.pnl.totalRow(y.firstMonth + i))),
    );
  const [one, two] = plan.yearTotals;
  const yearOne = (k: MoneyLine) => (one ? yearCell(one, k) : "0");
  // The Monthly P&L's years table reckons each year's income tax (yearTaxLines).
  const afterTax = (y: YearTotal) => refs.pnlSheet.ref(YEAR.profitAfterTax, refs.pnl.yearRow(y.year));
  const payback = paybackFacts(result, lang, b, refs.pnlSheet, refs.pnl);
  b.add({ kind: "title", text: `${result.brand} ${l("planTitle")}` });
  b.add({
    kind: "facts",
    rows: [
      { label: l("recommendation"), value: headlineText(data, plan, lang, company), format: "text" },
      { label: l("budgetCheck"), value: refs.budgetText, format: "text" },
      ...(result.assumptions.length > 0 ? [{ label: l("leftOut"), value: result.assumptions.map((a) => assumptionText(a, lang)).join(" "), format: "text" as const }] : []),
      { label: l("yearOneSales"), value: b.cell(yearOne("sales"), s.yearOneSales), format: "yuan" },
      { label: l("adSpendYearOne"), value: b.cell(yearOne("ads"), s.yearOneAdSpend), format: "yuan" },
      { label: l("yearOneProfit"), value: b.cell(yearOne("profit"), s.yearOneProfit), format: "yuan" },
      ...(one ? [{ label: l("yearOneProfitAfterTax"), value: b.cell(afterTax(one), one.profitAfterTax), format: "yuan" as const }] : []),
      ...(two
        ? [
            { label: l("yearTwoSales"), value: b.cell(yearCell(two, "sales"), two.sales), format: "yuan" as const },
            { label: l("yearTwoProfit"), value: b.cell(yearCell(two, "profit"), two.profit), format: "yuan" as const },
            { label: l("yearTwoProfitAfterTax"), value: b.cell(afterTax(two), two.profitAfterTax), format: "yuan" as const },
          ]
        : []),
      ...payback.profit,
      { label: l("peakCashNeed"), value: b.cell(peakCashFormula(refs.pnl), s.peakCashNeed), format: "yuan" },
      ...payback.cash,
      { label: l("peakPeople"), value: b.cell(peakPeople(F, [refs.team.peoplePerMonth]), s.peakPeople), format: "integer" },
      { label: l("generatedAt"), value: localDate(generatedAt), format: "text" },
      { label: l("rateCardVersion"), value: `${data.rateCard.version} (${data.rateCard.asOf})`, format: "text" },
      { label: l("planStatus"), value: b.cell(refs.status(yearOne("profit")), l("statusMatches")), format: "text" },
    ],
  });
  b.add({ kind: "heading", text: l("allPlatforms") });
  b.table({
    name: "AllPlatforms",
    columns: b.columns([
      ["platform", "text", 14],
      ["fitScore", "score", 12],
      ["verdict", "text", 12],
      ["openMonth", "integer", 10],
      ["contributionMargin", "percent", 13],
      ["netMarginRunRate", "percent", 11],
      ["budgetShare", "percent", 11],
      ["adSpendPerMonth", "yuan", 15],
      ["people", "integer", 8],
      ["verdictWhy", "text", 70],
    ]),
    rows: plan.platforms.map((p): CellValue[] => {
      const entered = p.runRate !== null;
      // A platform whose turn comes after the plan's last opening month gets no people or budget within the plan.
      const opens = !opensAfterPlan(p.verdict);
      return [
        platformName(data, p.platform, lang),
        p.fit,
        verdictLabel(p, lang),
        opens ? p.verdict.openMonth : l("opensAfterPlan"),
        b.cell(refs.plan.order(p.platform, "contributionMargin"), p.contributionMargin),
        entered ? b.cell(refs.plan.runRate(p.platform, "netMargin"), p.runRate!.netMargin) : null,
        // A platform the plan does not enter gets no share of the budget: blank, not "0.0%" beside its margins.
        entered && opens ? p.budgetWeight : null,
        entered ? b.cell(refs.plan.runRate(p.platform, "adSpend"), p.runRate!.adSpend) : null,
        opens && p.team ? b.cell(refs.team.ownPeople(p.platform), p.team.total) : null,
        verdictReason(data, plan, p, lang, company.maxPlatforms),
      ];
    }),
    highlights: [
      { column: 1, rule: "dataBar" },
      { column: 4, rule: "negativeRed" },
      { column: 5, rule: "negativeRed" },
    ],
  });
  b.chart = { title: l("fitChart"), table: "AllPlatforms", categoryColumn: 0, valueColumn: 1 };
  b.printPagesTall = 2;
  const m = messages(lang);
  const assumptions = m.plan
    .workbookAssumptions({
      conversion: percentText(company.conversionRate),
      paidShare: paidShareText(data, company.paidShare, lang),
      cpc: company.costPerClick,
      configuration: optionText("configuration", company.configuration, lang),
      cityTier: optionText("cityTier", company.cityTier, lang),
      rateCard: data.rateCard.version,
      asOf: data.rateCard.asOf,
      profiles: data.profiles.version,
      planning: data.planning.version,
    })
    .split("\n");
  b.add({ kind: "heading", text: l("terms") });
  b.add({ kind: "notes", lines: [l("glossPeakCashNeed"), l("glossContributionMargin"), l("glossNetMarginRunRate"), l("glossPaidShare"), l("glossReturns")] });
  b.add({ kind: "heading", text: l("assumptions") });
  b.add({ kind: "notes", lines: [adModelText(data, company.paidShare, lang), ...assumptions, ...(b.live ? [m.plan.liveNote()] : []), m.plan.judgementNote()] });
}
