import type { ReferenceData } from "../data/referenceData";
import { type Lang } from "../engine";
import { label, messages, percentText, yuanText } from "../messages";
import type { PlanResult } from "../scenario/planResult";
import { budgetText, headlineText, platformName, verdictLabel } from "../report/planText";
import { assumptionText } from "../report/assumptionText";

/** Display width of a string in a terminal: CJK characters take two columns. */
const widthOf = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
/** Text columns align left, figures right. */
const LEFT = new Set([0, 2]);

function aligned(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => widthOf(r[j]!))));
  return rows.map((r) =>
    r
      .map((cell, j) => (LEFT.has(j) ? cell + " ".repeat(widths[j]! - widthOf(cell)) : " ".repeat(widths[j]! - widthOf(cell)) + cell))
      .join("  ")
      .trimEnd(),
  );
}

/** The plan for the terminal: the headline, the budget check, the inputs it assumed, each year and the cash, every platform's verdict, and the team. */
export function printSummary(data: ReferenceData, result: PlanResult, lang: Lang, print: (line: string) => void = console.log): void {
  const say = messages(lang).cli;
  const { plan } = result;
  print(say.summaryTitle(result.brand));
  print(headlineText(data, plan, lang, result.company));
  print(budgetText(data, plan, lang));
  for (const a of result.assumptions) print(assumptionText(a, lang));
  for (const y of plan.yearTotals) print(say.summaryYear(y.year, yuanText(y.sales), yuanText(y.profit), yuanText(y.profitAfterTax)));
  print(say.summaryCash(yuanText(plan.summary.peakCashNeed), plan.summary.peakCashMonth, plan.summary.cashPaybackMonth));
  print("");
  const rows = plan.platforms.map((p) => [
    platformName(data, p.platform, lang),
    p.fit.toFixed(0),
    verdictLabel(p, lang),
    p.verdict.openMonth === null ? "" : String(p.verdict.openMonth),
    percentText(p.contributionMargin),
    p.runRate ? percentText(p.runRate.netMargin) : "",
    p.runRate ? yuanText(p.runRate.adSpend) : "",
    p.team ? String(p.team.total) : "",
  ]);
  const columns = (["platform", "fitScore", "verdict", "openMonth", "contributionMargin", "netMarginRunRate", "adSpendPerMonth", "people"] as const).map((key) => label(key, lang));
  for (const line of aligned([columns, ...rows])) print(line);
  const peak = plan.team.reduce((best, t) => (t.people > best.people ? t : best), plan.team[0] ?? { people: 0, labourCost: 0 });
  print(say.summaryTeam(peak.people, yuanText(peak.labourCost)));
}
