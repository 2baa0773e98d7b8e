import type { MonthLine } from "./monthLine";

/** The first month, from its opening, in which a store's cumulative profit is no longer negative; null when not within the plan. */
export function storePaybackMonth(own: readonly MonthLine[], openMonth: number | null): number | null {
  if (openMonth === null) return null;
  return own.find((l) => l.month >= openMonth && l.cumulativeProfit >= 0)?.month ?? null;
}

/**
 * A new store that has run long enough to be judged (`judgedAfter` months within the plan) and still has not paid back
 * by the plan's last month: worth entering only for a brand that can fund its losses that long.
 */
export function paysBackTooSlowly(openMonth: number | null, paybackMonth: number | null, horizonMonths: number, judgedAfter: number): boolean {
  return paybackJudged(openMonth, horizonMonths, judgedAfter) && paybackMonth === null;
}

/** Whether a store opening in `openMonth` runs long enough within the plan (`judgedAfter` months) for its payback to be judged. */
export function paybackJudged(openMonth: number | null, horizonMonths: number, judgedAfter: number): boolean {
  return openMonth !== null && horizonMonths - openMonth + 1 >= judgedAfter;
}

/** The last month a new store may open in and still be judged on its payback within the plan (paybackJudged). */
export const lastOpeningMonth = (horizonMonths: number, judgedAfter: number): number => horizonMonths - judgedAfter + 1;
