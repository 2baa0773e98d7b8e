import type { ReferenceData } from "../data/referenceData";
import { messages, type Lang } from "../engine";
import type { PlanResult } from "../report/planResult";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const yuan = (x: number) => `¥${Math.round(x).toLocaleString("en")}`;
/** Column widths of the summary table: the zh header's first columns are wider. */
const WIDTHS: Record<Lang, { order: number; month: number }> = { zh: { order: 6, month: 4 }, en: { order: 3, month: 5 } };

/** The headline for the terminal: platforms in entry order with fit, margin, budget and people. */
export function printSummary(data: ReferenceData, plan: PlanResult, lang: Lang, print: (line: string) => void = console.log): void {
  const say = messages(lang).cli;
  const width = WIDTHS[lang];
  print(say.summaryTitle(plan.brand));
  print(say.summaryHeader());
  for (const step of plan.sequence) {
    const s = plan.platforms.find((p) => p.platform === step.platform)!;
    const budget = plan.allocation.find((a) => a.platform === step.platform)!.amount;
    const people = plan.team.perPlatform.find((p) => p.platform === step.platform)!.team.total;
    const name = data.rateCard.platforms[step.platform]!.name[lang].padEnd(16);
    print(`${String(step.order).padEnd(width.order)}${name}${String(step.openMonth).padStart(width.month)}  ${s.averageFit.toFixed(0).padStart(4)}  ${pct(s.averageNetMargin).padStart(10)}  ${yuan(budget).padStart(15)}  ${String(people).padStart(4)}`);
  }
  print(say.summaryTeam(plan.team.totalPeople, yuan(plan.team.monthlyLabourCost)));
}
