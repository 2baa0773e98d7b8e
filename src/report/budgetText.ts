import type { ReferenceData } from "../data/referenceData";
import type { ChannelPlan, Lang } from "../engine";
import { messages, percentText } from "../messages/catalogue";
import { costFigure } from "../engine/costs";
import { platformName } from "./platformName";

/** The budget block's sentences and the ad model's note, for every view: words only, every number comes from the plan. */

/** What the stores the brand already runs sell in a year today (12 × their monthly sales); null for a new brand. */
export function salesToday(plan: ChannelPlan): number | null {
  const stores = plan.platforms.filter((p) => p.existing !== null);
  return stores.length ? stores.reduce((sum, p) => sum + 12 * p.existing!.monthlySales, 0) : null;
}

/** Whether the user's ad budget carries the plan, and the team check. */
export function budgetText(data: ReferenceData, plan: ChannelPlan, lang: Lang): string {
  const m = messages(lang).plan;
  const b = plan.budget;
  const need =
    b.runRateNeed <= 0
      ? m.budgetNoSpend(b.monthlyBudget)
      : b.covers
        ? // A budget that covers the run rate but caps a store in its peak months is not "enough": say which.
          b.capped.length
          ? m.budgetCoversRunRateOnly(b.monthlyBudget, b.runRateNeed)
          : m.budgetCovers(b.monthlyBudget, b.runRateNeed, b.peakNeed, b.peakMonth)
        : m.budgetShort(b.monthlyBudget, b.runRateNeed, b.carriedTarget);
  const today = salesToday(plan);
  const keep = b.keepTodayNeed !== null && b.monthlyBudget < b.keepTodayNeed ? ` ${m.budgetKeepToday(b.monthlyBudget, b.keepTodayNeed)}` : "";
  const pace = percentText(data.planning.runningGrowth.monthlySpendGrowth.value);
  const growth = today === null ? "" : ` ${m.budgetGrowth(b.forecastYearOneSales, today, pace)}${keep}`;
  const capped = b.capped.map((x) => m.budgetCapped(platformName(data, x.platform, lang), x.months, plan.totals.length, x.firstMonth, x.wanted, x.spend, x.sales));
  const forecast = plan.entered.length ? ` ${m.budgetForecast(b.forecastYearOneSales, b.targetReachedMonth, plan.totals.length, b.budgetForTarget, b.monthlyBudget)}${growth}` : "";
  const spendRamp = data.planning.demandRamp.spend.values;
  const ramps = plan.platforms.some((p) => plan.entered.includes(p.platform) && p.existing === null && p.runRate !== null && p.runRate.adSpend > 0);
  const ramp = ramps ? [m.budgetRamp(percentText(spendRamp[0]!), spendRamp.length)] : [];
  const money = [`${need}${forecast}`, ...ramp, ...capped].join(" ");
  const s = plan.summary;
  return s.teamOver ? `${money} ${m.teamOver(s.peakPeople, s.teamAvailable!)}` : money;
}

/** How ad spend is modelled, with the paid share and the new-store ramp as the data give them. */
export function adModelText(data: ReferenceData, paidShare: number | null, lang: Lang): string {
  const { roi, spend } = { roi: data.planning.demandRamp.roi.values, spend: data.planning.demandRamp.spend.values };
  const curve = data.planning.spendCurve;
  const m = messages(lang).plan;
  const knee = curve.referenceMonthlySpend.value.toLocaleString("en-US");
  const pace = percentText(data.planning.runningGrowth.monthlySpendGrowth.value);
  return m.adModel(
    paidShareText(data, paidShare, lang),
    percentText(roi[0]!),
    percentText(spend[0]!),
    Math.max(roi.length, spend.length),
    knee,
    String(curve.elasticity.value),
    pace,
  );
}

/** The company's paid-share override as a percentage, or each platform's own (costs data). */
export function paidShareText(data: ReferenceData, paidShare: number | null, lang: Lang): string {
  if (paidShare !== null) return percentText(paidShare);
  const list = Object.keys(data.rateCard.platforms).map((p) => `${platformName(data, p, lang)} ${percentText(costFigure(data.costs, p, "", "paidShare").value)}`);
  return messages(lang).plan.paidShareByPlatform(list.join(lang === "zh" ? "、" : ", "));
}
