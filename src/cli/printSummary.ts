import type { ReferenceData } from "../data/referenceData";
import type { Lang } from "../engine";
import type { PlanResult } from "../report/planResult";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const yuan = (x: number) => `¥${Math.round(x).toLocaleString("en")}`;

/** The headline for the terminal: platforms in entry order with fit, margin, budget and people. */
export function printSummary(data: ReferenceData, plan: PlanResult, lang: Lang): void {
  const zh = lang === "zh";
  console.log(zh ? `\n${plan.brand} 渠道规划` : `\n${plan.brand} channel plan`);
  console.log(zh ? "顺序  平台            开店月  匹配度  平均净利率  月广告预算  人数" : "#  Platform          Month  Fit  Net margin  Ad budget/month  People");
  for (const step of plan.sequence) {
    const s = plan.platforms.find((p) => p.platform === step.platform)!;
    const budget = plan.allocation.find((a) => a.platform === step.platform)!.amount;
    const people = plan.team.perPlatform.find((p) => p.platform === step.platform)!.team.total;
    const name = data.rateCard.platforms[step.platform]!.name[lang].padEnd(16);
    console.log(`${String(step.order).padEnd(zh ? 6 : 3)}${name}${String(step.openMonth).padStart(zh ? 4 : 5)}  ${s.averageFit.toFixed(0).padStart(4)}  ${pct(s.averageNetMargin).padStart(10)}  ${yuan(budget).padStart(15)}  ${String(people).padStart(4)}`);
  }
  console.log(zh ? `团队共 ${plan.team.totalPeople} 人(含共享设计),月人力成本 ${yuan(plan.team.monthlyLabourCost)}。` : `Team: ${plan.team.totalPeople} people including shared design, ${yuan(plan.team.monthlyLabourCost)} a month.`);
}
