import type { IncomeTaxRates } from "../costs/incomeTax";
import { peakCashNeed } from "../costs/cashSummary";
import { roundToFen } from "../money/roundHalfEven";
import { monthTotals, paybackMonth } from "./monthTotals";
import type { MonthLine } from "./monthLine";
import { simulateMonths, type SimulatedPlatform, type SimulationRules } from "./simulateMonths";
import { yearTotals } from "./yearTotals";

/** The plan's stores with every new one opened in month 1, beside the plan that opens them one at a time. */
export interface OpenTogether {
  /** The new stores the plan opens after month 1, in its order. */
  later: string[];
  yearOneSales: number;
  /** Profit before income tax over the whole horizon, and the plan's own beside it. */
  horizonProfit: number;
  planHorizonProfit: number;
  peakCashNeed: number;
  planPeakCashNeed: number;
  /** First month its cumulative profit is back at or above 0 for good (paybackMonth), and the plan's. */
  paybackMonth: number | null;
  planPaybackMonth: number | null;
  /** What opening together adds over the horizon (negative: earns less) and to the peak cash need (negative: needs less). */
  extraProfit: number;
  extraPeakCash: number;
}

/**
 * Single-point breakthrough opens a new store only once the one before it pays; with sales that ramp over a year,
 * the next waits about that long. The alternative a boss weighs: the same stores, shares and budget, every new store
 * open from month 1 (the same simulation with openTogether). Null when the plan opens no new store after month 1.
 */
export function openTogether(
  platforms: readonly SimulatedPlatform[],
  rules: SimulationRules,
  plan: { openMonths: ReadonlyMap<string, number>; totals: readonly MonthLine[] },
  taxRates: IncomeTaxRates<number>,
): OpenTogether | null {
  const later = platforms.filter((p) => p.currentSales === null && (plan.openMonths.get(p.platform) ?? 1) > 1).map((p) => p.platform);
  if (later.length === 0) return null;
  const together = simulateMonths(platforms, { ...rules, openTogether: true });
  const totals = monthTotals(together.lines, rules.horizonMonths, together.vat);
  const cumulative = (t: readonly MonthLine[]) => t[t.length - 1]?.cumulativeProfit ?? 0;
  const peak = (t: readonly MonthLine[]) => peakCashNeed(t.map((x) => x.cumulativeCash));
  return {
    later,
    yearOneSales: yearTotals(totals, taxRates)[0]?.sales ?? 0,
    horizonProfit: cumulative(totals),
    planHorizonProfit: cumulative(plan.totals),
    peakCashNeed: peak(totals),
    planPeakCashNeed: peak(plan.totals),
    extraProfit: roundToFen(cumulative(totals) - cumulative(plan.totals)),
    extraPeakCash: roundToFen(peak(totals) - peak(plan.totals)),
    paybackMonth: paybackMonth(totals),
    planPaybackMonth: paybackMonth(plan.totals),
  };
}
