import { checkNumber } from "../core/checkNumber";
import { collect } from "../core/collect";
import { RANGES } from "../core/ranges";
import { ok, type Result } from "../core/result";
import { roundToFen } from "../money/roundHalfEven";
import { trafficNeeded } from "./trafficNeeded";
import { paidVisitorsOf } from "./visitorsFor";
import { numberCalculator as N } from "../calc/numberCalculator";

export interface AdBudget {
  visitors: number;
  paidVisitors: number;
  spend: number;
}

/**
 * Ad spend to buy the paid share of the traffic a sales target needs, at a cost per click.
 *
 * @example
 * adBudget(1_000_000, 0.02, 200, 0.4, 1.5) //=> ok({ visitors: 250000, paidVisitors: 100000, spend: 150000 })
 */
export function adBudget(salesTarget: unknown, conversionRate: unknown, avgOrderValue: unknown, paidShare: unknown, costPerClick: unknown): Result<AdBudget> {
  const visitors = trafficNeeded(salesTarget, conversionRate, avgOrderValue);
  if (!visitors.ok) return visitors;
  const input = collect({
    paidShare: checkNumber("paidShare", paidShare, RANGES.fraction),
    costPerClick: checkNumber("costPerClick", costPerClick, RANGES.costPerClick),
  });
  if (!input.ok) return input;
  const paidVisitors = paidVisitorsOf(N, { visitors: visitors.value, paidShare: input.value.paidShare });
  return ok({ visitors: visitors.value, paidVisitors, spend: roundToFen(paidVisitors * input.value.costPerClick) });
}
