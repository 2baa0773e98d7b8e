import type { Calculator, Placed } from "../calc/calculator";
import { spendForPaidSales, targetGrowth, wantedSales, type SpendCurve } from "./monthDemand";

/** One entered platform at full run rate: an average month, all open, the ramp done. */
export interface RunRateInputs<T> extends RunRateTarget<T> {
  /** The average order: its price, ads and contribution (ads at the linear ad ratio) per order. */
  price: T;
  adsPerOrder: T;
  contributionPerOrder: T;
  /** The mature paid share and ROI, and the spend curve the month's paid sales are bought on. */
  paidShare: T;
  roi: T;
  curve: SpendCurve<T>;
  /** Its own people, its annual fee a month and its share of the shared fixed costs, in fen. */
  fixedCosts: T;
}

/**
 * What an average month asks of one store, as the months ask it (wantedSales): the store's sales today (`current`, a
 * running store's monthly sales) plus its target share of the growth the target asks over what the running stores
 * sell today together (`runningToday`, a month). For a brand with no running store: target ÷ 12 × share.
 */
export interface RunRateTarget<T> {
  annualTarget: T;
  targetShare: T;
  current?: T;
  runningToday?: T;
}

/** A store's wanted sales in an average month (see RunRateTarget). */
export function runRateWanted<T>(c: Calculator<T>, x: RunRateTarget<T>): T {
  const target = c.divide(x.annualTarget, c.constant(12));
  const growth = targetGrowth(c, { target, ...(x.runningToday === undefined ? {} : { runningToday: x.runningToday }) });
  return wantedSales(c, { growth, share: x.targetShare, ...(x.current === undefined ? {} : { current: x.current }) });
}

/** Orders a month a store's wanted sales (runRateWanted) make at the average order value, in whole orders. */
export function runRateOrdersAt<T>(c: Calculator<T>, x: RunRateTarget<T> & { price: T }): T {
  const zero = c.constant(0);
  return c.ifGreater(x.price, zero, c.round(c.divide(runRateWanted(c, x), x.price), 0), zero);
}

/** A store's sales a month at run rate, to the fen: its orders at the average order value. */
export const runRateSales = <T>(c: Calculator<T>, x: { orders: T; price: T }): T => c.fen(c.multiply(x.orders, x.price));

/**
 * The run-rate line of one platform, written once for the engine and the workbook: orders its wanted sales make at
 * the average order (today's sales plus its share of the growth for a running store, as in the months); the ad spend at the per-order ad ratio, or on the spend curve where the month's paid sales
 * need more than its reference spend (the extra comes off the contribution); then profit, per order and as a margin.
 * `placed` gives the cells already holding a line, so the workbook's formulas read them.
 */
export function runRateLine<T>(c: Calculator<T>, x: RunRateInputs<T>, placed: Placed<T> = {}) {
  const zero = c.constant(0);
  const orders = runRateOrdersAt(c, x);
  const n = placed.orders ?? orders;
  const sales = runRateSales(c, { orders: n, price: x.price });
  const paidSales = c.multiply(placed.sales ?? sales, x.paidShare);
  const linearAds = c.fen(c.multiply(n, x.adsPerOrder));
  const curveAds = c.fen(spendForPaidSales(c, { paidSales, roiNow: x.roi, curve: x.curve }));
  const adSpend = c.ifGreater(c.divide(paidSales, x.roi, zero), x.curve.reference, curveAds, linearAds);
  const contribution = c.fen(c.subtract(c.fen(c.multiply(n, x.contributionPerOrder)), c.subtract(placed.adSpend ?? adSpend, linearAds)));
  const profit = c.fen(c.subtract(placed.contribution ?? contribution, x.fixedCosts));
  const perOrder = (amount: T) => c.ifGreater(n, zero, c.fen(c.divide(amount, n)), zero);
  return {
    orders,
    sales,
    adSpend,
    contribution,
    fixedCosts: x.fixedCosts,
    fixedPerOrder: perOrder(x.fixedCosts),
    profit,
    netProfitPerOrder: perOrder(placed.profit ?? profit),
    netMargin: c.ifGreater(placed.sales ?? sales, zero, c.divide(placed.profit ?? profit, placed.sales ?? sales), zero),
  };
}
