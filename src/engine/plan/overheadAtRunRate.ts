import { numberCalculator as N } from "../calc/numberCalculator";
import { companyOverhead } from "./companyOverhead";
import type { RunRate } from "./platformPlanTypes";

/** The company overhead a store's kept sales carry in an average month at run rate: in ¥, and as a share of its sales. */
export interface OverheadAtRunRate {
  amount: number;
  ofSales: number;
}

/**
 * A store's run-rate month charged its company overhead as the months charge it (companyOverhead, on sales kept after
 * returns): `keptPerOrder` is the average order's kept revenue. Null without run-rate orders.
 */
export function overheadAtRunRate(runRate: RunRate | null, keptPerOrder: number, share: number): OverheadAtRunRate | null {
  if (runRate === null || runRate.orders === 0) return null;
  const kept = N.multiply(runRate.orders, keptPerOrder);
  const amount = companyOverhead(N, { sales: runRate.sales, returns: N.subtract(runRate.sales, kept), share });
  return { amount, ofSales: N.divide(amount, runRate.sales) };
}

/** A new store that carries its own team and fixed costs at run rate but not the company overhead its sales bring. */
export const shortOfOverhead = (runRate: RunRate | null, overhead: OverheadAtRunRate | null): boolean => runRate !== null && overhead !== null && runRate.profit < overhead.amount;
