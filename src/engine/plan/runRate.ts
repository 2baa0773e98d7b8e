import { allocateByWeights } from "../money/allocateByWeights";
import { roundToFen } from "../money/roundHalfEven";
import type { AverageOrder } from "./averageOrder";
import { addFen } from "./monthLine";
import type { RunRate } from "./planTypes";
import { numberCalculator as N } from "../calc/numberCalculator";
import { spendForPaidSales, type SpendCurve } from "./monthDemand";

export interface RunRateEntry {
  platform: string;
  order: AverageOrder;
  targetShare: number;
  /** The platform's mature ROI, on which the run rate's spend is bought (diminishing above the curve's reference). */
  roi: number;
  /** Its own people and the platform's annual fee, a month. */
  ownFixed: number;
}

/** Orders a month a target share buys at an average month: target ÷ 12 × share ÷ order value, in whole orders. */
export function runRateOrders(annualTarget: number, targetShare: number, order: AverageOrder): number {
  return order.price > 0 ? Math.round(((annualTarget / 12) * targetShare) / order.price) : 0;
}

/**
 * Every entered platform at full run rate: all open, an average month, full ramp. Shared fixed costs (shared
 * people, rent, other) are split by sales, as in the monthly P&L. The month's ad spend is what its paid sales cost on
 * the spend curve (the per-order ads below the curve's reference spend, more above it); the extra comes off the
 * contribution.
 */
export function runRates(entries: readonly RunRateEntry[], annualTarget: number, sharedFixed: number, curve: SpendCurve<number>): RunRate[] {
  const orders = entries.map((e) => runRateOrders(annualTarget, e.targetShare, e.order));
  const sales = entries.map((e, i) => roundToFen(orders[i]! * e.order.price));
  const salesTotal = sales.reduce((a, b) => a + b, 0);
  const shared = allocateByWeights(sharedFixed, salesTotal > 0 ? sales : entries.map(() => 1));
  return entries.map((e, i) => {
    const n = orders[i]!;
    const linearAds = roundToFen(n * e.order.ads);
    const paidSales = sales[i]! * e.order.rates.paidShare;
    const aboveKnee = e.roi > 0 && paidSales / e.roi > curve.reference;
    const adSpend = aboveKnee ? roundToFen(spendForPaidSales(N, { paidSales, roiNow: e.roi, curve })) : linearAds;
    const contribution = addFen(roundToFen(n * e.order.contribution), -addFen(adSpend, -linearAds));
    const fixedCosts = addFen(e.ownFixed, shared[i]!);
    const profit = addFen(contribution, -fixedCosts);
    return {
      orders: n,
      sales: sales[i]!,
      adSpend,
      contribution,
      fixedCosts,
      fixedPerOrder: n > 0 ? roundToFen(fixedCosts / n) : 0,
      profit,
      netProfitPerOrder: n > 0 ? roundToFen(profit / n) : 0,
      netMargin: sales[i]! > 0 ? profit / sales[i]! : 0,
    };
  });
}
