import { checkNumber } from "../core/checkNumber";
import { collect } from "../core/collect";
import { RANGES } from "../core/ranges";
import { ok, type Result } from "../core/result";
import { roundToFen } from "../money/roundHalfEven";
import { monthlyTargets } from "./monthlyTargets";
import { paidVisitorsFor, visitorsFor } from "./visitorsFor";

export interface MonthPlan {
  month: number;
  sales: number;
  orders: number;
  visitors: number;
  paidVisitors: number;
  adSpend: number;
}

export interface MonthlyPlanInput {
  annualTarget: unknown;
  seasonality: readonly unknown[];
  conversionRate: unknown;
  avgOrderValue: unknown;
  paidShare: unknown;
  costPerClick: unknown;
}

/** Annual target → months (by seasonality) → orders → visitors → paid visitors → ad spend. */
export function monthlyPlan(input: MonthlyPlanInput): Result<MonthPlan[]> {
  const months = monthlyTargets(input.annualTarget, input.seasonality);
  if (!months.ok) return months;
  const rates = collect({
    conversionRate: checkNumber("conversionRate", input.conversionRate, RANGES.conversionRate),
    avgOrderValue: checkNumber("avgOrderValue", input.avgOrderValue, RANGES.orderValue),
    paidShare: checkNumber("paidShare", input.paidShare, RANGES.fraction),
    costPerClick: checkNumber("costPerClick", input.costPerClick, RANGES.costPerClick),
  });
  if (!rates.ok) return rates;
  const { conversionRate, avgOrderValue, paidShare, costPerClick } = rates.value;
  return ok(
    months.value.map((sales, i) => {
      const visitors = visitorsFor(sales, conversionRate, avgOrderValue);
      const paidVisitors = paidVisitorsFor(visitors, paidShare);
      return { month: i + 1, sales, orders: visitorsFor(sales, 1, avgOrderValue), visitors, paidVisitors, adSpend: roundToFen(paidVisitors * costPerClick) };
    }),
  );
}
