import { cappedPlatforms } from "./cappedPlatforms";
import { addFen, type MonthLine } from "./monthLine";
import type { BudgetCheck, RunRate } from "./planTypes";
import type { Calculator } from "../calc/calculator";
import { numberCalculator } from "../calc/numberCalculator";

/** The ad spend a month the entered platforms need at full run rate, to the fen. */
export const runRateNeed = <T>(c: Calculator<T>, adSpends: readonly T[]): T => c.round(c.sum(adSpends), 2);

/** Orders are whole, so a month that meets its target can fall short of it by a fraction of an order: 1% leeway. */
const REACHED_WITHIN = 0.99;

/** First month whose sales reach that calendar month's share of the annual target. */
function targetReachedMonth(totals: readonly MonthLine[], monthTargets: readonly number[]): number | null {
  if (monthTargets.every((t) => t <= 0)) return null;
  return totals.find((t) => t.sales >= REACHED_WITHIN * monthTargets[(t.month - 1) % 12]!)?.month ?? null;
}

/**
 * The user's monthly ad budget against the spend the plan needs: at full run rate, at the peak month of the
 * first year, and over the first year; the annual target the budget can carry at full run rate; and the target as
 * a goal checked against the capped forecast (year-1 sales, the month sales reach the target's pace, and the flat
 * monthly budget that would meet every month's target at maturity: run-rate need × the peak month's weight × 12).
 */
export function budgetCheck(
  monthlyBudget: number,
  monthTargets: readonly number[],
  runRates: readonly RunRate[],
  totals: readonly MonthLine[],
  lines: readonly MonthLine[] = [],
  keepTodayNeed: number | null = null,
): BudgetCheck {
  const annualTarget = addFen(...monthTargets);
  const need = runRateNeed(
    numberCalculator,
    runRates.map((r) => r.adSpend),
  );
  const yearOne = totals.filter((t) => t.month <= 12);
  const peak = yearOne.reduce((best, t) => (t.ads > best.ads ? t : best), yearOne[0] ?? { ads: 0, month: 1 });
  const peakWeight = annualTarget > 0 ? Math.max(...monthTargets) / annualTarget : 0;
  return {
    monthlyBudget,
    runRateNeed: need,
    peakNeed: peak.ads,
    peakMonth: peak.month,
    yearOneNeed: addFen(...yearOne.map((t) => t.ads)),
    runRateGap: addFen(monthlyBudget, -need),
    carriedTarget: need > 0 ? Math.floor((annualTarget * monthlyBudget) / need) : null,
    covers: monthlyBudget >= need,
    forecastYearOneSales: addFen(...yearOne.map((t) => t.sales)),
    targetReachedMonth: targetReachedMonth(totals, monthTargets),
    budgetForTarget: Math.ceil(need * peakWeight * 12 * 100 - 1e-6) / 100,
    capped: cappedPlatforms(lines),
    keepTodayNeed,
  };
}
