import { allocateByWeights } from "../money/allocateByWeights";
import { roundToFen } from "../money/roundHalfEven";
import type { AverageOrder } from "./averageOrder";
import { addFen } from "./monthLine";
import type { RunRate } from "./planTypes";

export interface RunRateEntry {
  platform: string;
  order: AverageOrder;
  targetShare: number;
  /** Its own people and the platform's annual fee, a month. */
  ownFixed: number;
}

/** Orders a month a target share buys at an average month: target ÷ 12 × share ÷ order value, in whole orders. */
export function runRateOrders(annualTarget: number, targetShare: number, order: AverageOrder): number {
  return order.price > 0 ? Math.round(((annualTarget / 12) * targetShare) / order.price) : 0;
}

/**
 * Every entered platform at full run rate: all open, an average month, full ramp. Shared fixed costs (shared
 * people, rent, other) are split by sales, as in the monthly P&L.
 */
export function runRates(entries: readonly RunRateEntry[], annualTarget: number, sharedFixed: number): RunRate[] {
  const orders = entries.map((e) => runRateOrders(annualTarget, e.targetShare, e.order));
  const sales = entries.map((e, i) => roundToFen(orders[i]! * e.order.price));
  const salesTotal = sales.reduce((a, b) => a + b, 0);
  const shared = allocateByWeights(sharedFixed, salesTotal > 0 ? sales : entries.map(() => 1));
  return entries.map((e, i) => {
    const contribution = roundToFen(orders[i]! * e.order.contribution);
    const fixedCosts = addFen(e.ownFixed, shared[i]!);
    const profit = addFen(contribution, -fixedCosts);
    const n = orders[i]!;
    return {
      orders: n,
      sales: sales[i]!,
      adSpend: roundToFen(n * e.order.ads),
      contribution,
      fixedCosts,
      fixedPerOrder: n > 0 ? roundToFen(fixedCosts / n) : 0,
      profit,
      netProfitPerOrder: n > 0 ? roundToFen(profit / n) : 0,
      netMargin: sales[i]! > 0 ? profit / sales[i]! : 0,
    };
  });
}
