import type { MonthLine } from "./monthLine";

/** The first month, from its opening, in which a store's cumulative profit is no longer negative; null when not within the plan. */
export function storePaybackMonth(own: readonly MonthLine[], openMonth: number | null): number | null {
  if (openMonth === null) return null;
  return own.find((l) => l.month >= openMonth && l.cumulativeProfit >= 0)?.month ?? null;
}

/**
 * Months from its opening to a store's payback: within the plan, the month its cumulative profit turns non-negative;
 * after it, projected at `monthlyProfit` a month (its run-rate month after company overhead) from its cumulative
 * profit in the plan's last month. Null for a store never opened, or one that earns nothing a month to pay back with.
 */
export function monthsToPayback(own: readonly MonthLine[], openMonth: number | null, paybackMonth: number | null, monthlyProfit: number): number | null {
  if (openMonth === null) return null;
  if (paybackMonth !== null) return paybackMonth - openMonth + 1;
  const last = own[own.length - 1];
  if (last === undefined || monthlyProfit <= 0) return null;
  return last.month - openMonth + 1 + Math.ceil(-last.cumulativeProfit / monthlyProfit - 1e-9);
}

/**
 * A new store that has run long enough to be judged (`judgedAfter` months within the plan) and would not pay back
 * within `expectedWithin` months of its opening (monthsToPayback; never, when null): worth entering only for a brand
 * that can fund its losses that long.
 */
export function paysBackTooSlowly(openMonth: number | null, monthsToPaybackOf: number | null, horizonMonths: number, judged: { after: number; expectedWithin: number }): boolean {
  return paybackJudged(openMonth, horizonMonths, judged.after) && (monthsToPaybackOf === null || monthsToPaybackOf > judged.expectedWithin);
}

/** Whether a store opening in `openMonth` runs long enough within the plan (`judgedAfter` months) for its payback to be judged. */
export function paybackJudged(openMonth: number | null, horizonMonths: number, judgedAfter: number): boolean {
  return openMonth !== null && horizonMonths - openMonth + 1 >= judgedAfter;
}

/** The last month a new store may open in and still be judged on its payback within the plan (paybackJudged). */
export const lastOpeningMonth = (horizonMonths: number, judgedAfter: number): number => horizonMonths - judgedAfter + 1;
