import type { ReferenceData } from "../data/referenceData";
import { messages, type Lang } from "../engine";
import type { PlanResult } from "../report/planResult";
import { headlineText } from "../report/planText";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const yuan = (x: number) => `¥${Math.round(x).toLocaleString("en")}`;
/** Column widths of the summary table: the zh header's first columns are wider. */
const WIDTHS: Record<Lang, { order: number; month: number }> = { zh: { order: 6, month: 4 }, en: { order: 3, month: 5 } };

/** The headline for the terminal: entered platforms in entry order with fit, net margin at run rate, ad spend and people. */
export function printSummary(data: ReferenceData, result: PlanResult, lang: Lang, print: (line: string) => void = console.log): void {
  const say = messages(lang).cli;
  const width = WIDTHS[lang];
  const { plan } = result;
  print(say.summaryTitle(result.brand));
  print(headlineText(data, plan, lang, result.company.maxPlatforms));
  print(say.summaryHeader());
  plan.entered.forEach((code, i) => {
    const p = plan.platforms.find((x) => x.platform === code)!;
    const name = data.rateCard.platforms[code]!.name[lang].padEnd(16);
    print(`${String(i + 1).padEnd(width.order)}${name}${String(p.verdict.openMonth ?? "-").padStart(width.month)}  ${p.fit.toFixed(0).padStart(4)}  ${pct(p.runRate!.netMargin).padStart(10)}  ${yuan(p.runRate!.adSpend).padStart(15)}  ${String(p.team!.total).padStart(4)}`);
  });
  const peak = plan.team.reduce((best, t) => (t.people > best.people ? t : best), plan.team[0] ?? { people: 0, labourCost: 0 });
  print(say.summaryTeam(plan.summary.peakPeople, yuan(peak.labourCost)));
}
