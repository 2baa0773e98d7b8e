import { addFen, type MonthLine } from "./monthLine";
import type { BudgetCheck, RunRate } from "./planTypes";

/**
 * The user's monthly ad budget against the spend the plan needs: at full run rate, at the peak month of the
 * first year, and over the first year; and the annual target the budget can carry at full run rate.
 */
export function budgetCheck(monthlyBudget: number, annualTarget: number, runRates: readonly RunRate[], totals: readonly MonthLine[]): BudgetCheck {
  const runRateNeed = addFen(...runRates.map((r) => r.adSpend));
  const yearOne = totals.filter((t) => t.month <= 12);
  const peak = yearOne.reduce((best, t) => (t.ads > best.ads ? t : best), yearOne[0] ?? { ads: 0, month: 1 });
  return {
    monthlyBudget,
    runRateNeed,
    peakNeed: peak.ads,
    peakMonth: peak.month,
    yearOneNeed: addFen(...yearOne.map((t) => t.ads)),
    runRateGap: addFen(monthlyBudget, -runRateNeed),
    carriedTarget: runRateNeed > 0 ? Math.floor((annualTarget * monthlyBudget) / runRateNeed) : null,
    covers: monthlyBudget >= runRateNeed,
  };
}
