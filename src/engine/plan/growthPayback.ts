import { numberCalculator as N } from "../calc/numberCalculator";
import { roundToFen } from "../money/roundHalfEven";
import { runningSalesToday } from "./monthDemand";
import type { MonthLine } from "./monthLine";
import { monthTotals, paybackMonthOf } from "./monthTotals";
import { simulateMonths, type SimulatedPlatform, type SimulationRules } from "./simulateMonths";

/**
 * For a brand with running stores, the payback that means something: the stores it runs earn from month 1, so the
 * question is when what the plan adds over today pays back. The baseline is the same stores kept at today's sales
 * (the same simulation with a target of today's sales: no growth, no new store). The growth's payback is the first
 * month from which the plan's cumulative profit stays at or above the baseline's (paybackMonthOf over the difference).
 * `growthAdded` says whether the plan adds more than an order a month over the baseline (false for a new brand);
 * `growthPaybackMonth` is null when it adds nothing or does not pay back within the horizon. `todayYearProfit` is what
 * that baseline earns in the plan's last 12 months, before income tax: the stores it runs, at today's sales, as the plan
 * costs them (null for a new brand); a loss there says the plan's costs are not the brand's, or its stores lose today.
 */
export function growthPayback(
  platforms: readonly SimulatedPlatform[],
  rules: SimulationRules,
  plan: readonly MonthLine[],
): { growthAdded: boolean; growthPaybackMonth: number | null; todayYearProfit: number | null } {
  const none = { growthAdded: false, growthPaybackMonth: null, todayYearProfit: null };
  const running = platforms.filter((p) => p.currentSales !== null);
  if (running.length === 0) return none;
  const today = rules.monthTargets.map((_, i) =>
    runningSalesToday(
      N,
      running.map((p) => p.currentSales![i]!),
    ),
  );
  const kept = simulateMonths(running, { ...rules, monthTargets: today });
  const baseline = monthTotals(kept.lines, rules.horizonMonths, kept.vat);
  const todayYearProfit = roundToFen(baseline.slice(-12).reduce((sum, t) => N.add(sum, t.profit), 0));
  const added = plan.map((t, i) => ({ month: t.month, orders: t.orders - baseline[i]!.orders, profit: t.profit - baseline[i]!.profit }));
  if (added.reduce((sum, t) => sum + t.orders, 0) <= rules.horizonMonths) return { ...none, todayYearProfit };
  let cumulative = 0;
  const gap = added.map((t) => (cumulative += t.profit));
  return {
    growthAdded: true,
    todayYearProfit,
    growthPaybackMonth: paybackMonthOf(N, { cumulative: gap, months: added.map((t) => t.month), orders: added.map((t) => t.orders), horizon: rules.horizonMonths }),
  };
}
