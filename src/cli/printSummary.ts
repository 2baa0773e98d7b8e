import type { ReferenceData } from "../data/referenceData";
import { messages, percentText, yuanText, type Lang } from "../engine";
import type { PlanResult } from "../report/planResult";
import { budgetText, headlineText, platformName, verdictLabel } from "../report/planText";

/** Display width of a string in a terminal: CJK characters take two columns. */
const widthOf = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - widthOf(s)));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - widthOf(s))) + s;

/** The plan for the terminal: the headline, the budget check, every platform's verdict, and the team. */
export function printSummary(data: ReferenceData, result: PlanResult, lang: Lang, print: (line: string) => void = console.log): void {
  const say = messages(lang).cli;
  const { plan } = result;
  print(say.summaryTitle(result.brand));
  print(headlineText(data, plan, lang, result.company.maxPlatforms));
  print(budgetText(plan, lang));
  print("");
  print(say.summaryHeader());
  for (const p of plan.platforms) {
    const cells = [
      padEnd(platformName(data, p.platform, lang), 16),
      padStart(p.fit.toFixed(0), 3),
      "  " + padEnd(verdictLabel(p, lang), 18),
      padStart(p.verdict.openMonth === null ? "" : String(p.verdict.openMonth), 5),
      padStart(percentText(p.contributionMargin), 9),
      padStart(p.runRate ? percentText(p.runRate.netMargin) : "", 8),
      padStart(p.runRate ? yuanText(p.runRate.adSpend) : "", 11),
      padStart(p.team ? String(p.team.total) : "", 7),
    ];
    print(cells.join(" "));
  }
  const peak = plan.team.reduce((best, t) => (t.people > best.people ? t : best), plan.team[0] ?? { people: 0, labourCost: 0 });
  print(say.summaryTeam(peak.people, yuanText(peak.labourCost)));
}
