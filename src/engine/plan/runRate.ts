import { allocateByWeights } from "../money/allocateByWeights";
import { roundToFen } from "../money/roundHalfEven";
import type { AverageOrder } from "./averageOrder";
import type { RunRate } from "./planTypes";
import { numberCalculator as N } from "../calc/numberCalculator";
import type { Calculator } from "../calc/calculator";
import type { SpendCurve } from "./monthDemand";
import { runRateLine, runRateOrdersAt } from "./runRateLine";

export interface RunRateEntry {
  platform: string;
  order: AverageOrder;
  targetShare: number;
  /** The platform's mature ROI, on which the run rate's spend is bought (diminishing above the curve's reference). */
  roi: number;
  /** Its own people and the platform's annual fee, a month. */
  ownFixed: number;
}

/** The fixed costs the entered platforms share a month: the shared people, rent and other fixed costs. */
export const sharedFixedCosts = <T>(c: Calculator<T>, x: { sharedPeople: T; rent: T; other: T }): T => c.add(x.sharedPeople, x.rent, x.other);

/** A platform's own fixed costs a month: its own people and its annual fee ÷ 12. */
export const ownFixedCosts = <T>(c: Calculator<T>, x: { teamCost: T; annualFee: T }): T => c.add(x.teamCost, c.divide(x.annualFee, c.constant(12)));

/** A platform's fixed costs a month at run rate, to the fen: its own, and its share of the shared costs (already in fen). */
export const runRateFixedCosts = <T>(c: Calculator<T>, x: { ownFixed: T; sharedShare: T }): T => c.round(c.add(c.round(x.ownFixed, 2), x.sharedShare), 2);

/** Orders a month a target share buys at an average month: target ÷ 12 × share ÷ order value, in whole orders. */
export const runRateOrders = (annualTarget: number, targetShare: number, order: AverageOrder): number => runRateOrdersAt(N, { annualTarget, targetShare, price: order.price });

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
  return entries.map((e, i) =>
    runRateLine(N, {
      annualTarget,
      targetShare: e.targetShare,
      price: e.order.price,
      adsPerOrder: e.order.ads,
      contributionPerOrder: e.order.contribution,
      paidShare: e.order.rates.paidShare,
      roi: e.roi,
      curve,
      fixedCosts: runRateFixedCosts(N, { ownFixed: e.ownFixed, sharedShare: shared[i]! }),
    }),
  );
}
