import { allocateByWeights } from "../money/allocateByWeights";
import type { AverageOrder } from "./averageOrder";
import type { RunRate } from "./planTypes";
import { numberCalculator as N } from "../calc/numberCalculator";
import type { Calculator } from "../calc/calculator";
import type { SpendCurve } from "./monthDemand";
import { runRateLine, runRateOrdersAt, runRateSales, type RunRateTarget } from "./runRateLine";
import { runningSalesToday } from "./monthDemand";

export interface RunRateEntry {
  platform: string;
  order: AverageOrder;
  targetShare: number;
  /** The platform's mature ROI, on which the run rate's spend is bought (diminishing above the curve's reference). */
  roi: number;
  /** Its own people and the platform's annual fee, a month. */
  ownFixed: number;
  /** A running store's monthly sales today (undefined for a store the plan opens). */
  current?: number;
}

/** What the stores the brand already runs sell a month today, together (runningSalesToday); undefined if it runs none. */
export const runningMonthlyToday = (stores: Readonly<Record<string, number>> | undefined): number | undefined => {
  const today = Object.values(stores ?? {});
  return today.length ? runningSalesToday(N, today) : undefined;
};

/** The fixed costs the entered platforms share a month: the shared people, rent and other fixed costs. */
export const sharedFixedCosts = <T>(c: Calculator<T>, x: { sharedPeople: T; rent: T; other: T }): T => c.add(x.sharedPeople, x.rent, x.other);

/** A month's share of a platform's annual fee, to the fen: the P&L's annual-fee line. */
export const monthlyAnnualFee = <T>(c: Calculator<T>, x: { annualFee: T }): T => c.fen(c.divide(x.annualFee, c.constant(12)));

/** A platform's own fixed costs a month: its own people and its annual fee ÷ 12. */
export const ownFixedCosts = <T>(c: Calculator<T>, x: { teamCost: T; annualFee: T }): T => c.add(x.teamCost, c.divide(x.annualFee, c.constant(12)));

/** A platform's fixed costs a month at run rate, to the fen: its own, and its share of the shared costs (already in fen). */
export const runRateFixedCosts = <T>(c: Calculator<T>, x: { ownFixed: T; sharedShare: T }): T => c.round(c.add(c.round(x.ownFixed, 2), x.sharedShare), 2);

/** Orders a month a store's wanted sales make at an average month (runRateOrdersAt), in whole orders. */
export const runRateOrders = (target: RunRateTarget<number>, order: AverageOrder): number => runRateOrdersAt(N, { ...target, price: order.price });

/** The run-rate target of an entry: its share, and for a brand with running stores what they sell today. */
export const runRateTarget = (annualTarget: number, e: Pick<RunRateEntry, "targetShare" | "current">, runningToday: number | undefined): RunRateTarget<number> => ({
  annualTarget,
  targetShare: e.targetShare,
  ...(e.current === undefined ? {} : { current: e.current }),
  ...(runningToday === undefined ? {} : { runningToday }),
});

/**
 * Every entered platform at full run rate: all open, an average month, full ramp, each store at the sales the months
 * want of it (runRateWanted: a running store's sales today plus its share of the growth, `runningToday` the running
 * stores' monthly sales together). Shared fixed costs (shared
 * people, rent, other) are split by sales, as in the monthly P&L. The month's ad spend is what its paid sales cost on
 * the spend curve (the per-order ads below the curve's reference spend, more above it); the extra comes off the
 * contribution.
 */
export function runRates(entries: readonly RunRateEntry[], annualTarget: number, sharedFixed: number, curve: SpendCurve<number>, runningToday?: number): RunRate[] {
  const orders = entries.map((e) => runRateOrders(runRateTarget(annualTarget, e, runningToday), e.order));
  const sales = entries.map((e, i) => runRateSales(N, { orders: orders[i]!, price: e.order.price }));
  const salesTotal = sales.reduce((a, b) => a + b, 0);
  const shared = allocateByWeights(sharedFixed, salesTotal > 0 ? sales : entries.map(() => 1));
  return entries.map((e, i) =>
    runRateLine(N, {
      ...runRateTarget(annualTarget, e, runningToday),
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
