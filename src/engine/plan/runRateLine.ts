import type { Calculator, Placed } from "../calc/calculator";
import { spendForPaidSales, type SpendCurve } from "./monthDemand";

/** One entered platform at full run rate: an average month, all open, the ramp done. */
export interface RunRateInputs<T> {
  annualTarget: T;
  targetShare: T;
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

/** Orders a month a target share buys at an average month: target ÷ 12 × share ÷ order value, in whole orders. */
export function runRateOrdersAt<T>(c: Calculator<T>, x: { annualTarget: T; targetShare: T; price: T }): T {
  const zero = c.constant(0);
  return c.ifGreater(x.price, zero, c.round(c.divide(c.multiply(c.divide(x.annualTarget, c.constant(12)), x.targetShare), x.price), 0), zero);
}

/**
 * The run-rate line of one platform, written once for the engine and the workbook: orders the target share buys at
 * the average order; the ad spend at the per-order ad ratio, or on the spend curve where the month's paid sales
 * need more than its reference spend (the extra comes off the contribution); then profit, per order and as a margin.
 * `placed` gives the cells already holding a line, so the workbook's formulas read them.
 */
export function runRateLine<T>(c: Calculator<T>, x: RunRateInputs<T>, placed: Placed<T> = {}) {
  const zero = c.constant(0);
  const orders = runRateOrdersAt(c, x);
  const n = placed.orders ?? orders;
  const sales = c.fen(c.multiply(n, x.price));
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
