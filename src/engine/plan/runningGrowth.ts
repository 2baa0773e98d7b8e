import type { Calculator } from "../calc/calculator";
import { demandRates, paidSalesFor, spendForPaidSales, type SpendCurve } from "./monthDemand";

/**
 * A store the brand already runs, in a month of the plan, written once for the engine and the workbook: what it sells
 * today (`current`) it keeps at its mature ROI and paid share; growth above that is bought like a new store's sales,
 * at the ROI ramp and organic ramp of the plan's month (new campaigns, new SKUs and ad accounts that learn; organic
 * traffic follows paid with a lag), and its spend grows at most `spendGrowth` a month over the spend that keeps today.
 */
export interface RunningGrowthInputs<T> {
  current: T;
  /** The mature ROI and the mature paid share (0 where the brand buys no ads there, see ownTraffic). */
  roi: T;
  paidShare: T;
  /** The ramps at the plan's month: growth started in month 1. */
  roiRamp: T;
  organicRamp: T;
  curve: SpendCurve<T>;
}

/** Paid sales (at the mature ROI) that keep what the store sells today: current × paid share. */
const keptPaid = <T>(c: Calculator<T>, x: RunningGrowthInputs<T>): T => c.multiply(x.current, x.paidShare);

/** The growth's paid share this month: 1 − (1 − paid share) × organic ramp (demandRates at the plan month's ramps). */
const growthPaidShare = <T>(c: Calculator<T>, x: RunningGrowthInputs<T>): T =>
  demandRates(c, { roi: x.roi, roiRamp: x.roiRamp, paidShare: x.paidShare, organicRamp: x.organicRamp }).paidShareNow;

/**
 * The spend that buys today's sales plus `growth` (the store's share of the growth the target asks): the paid sales
 * at the mature ROI that keep today, plus the growth's paid sales grossed up by the ROI ramp, on the spend curve.
 */
export function runningWantedSpend<T>(c: Calculator<T>, x: RunningGrowthInputs<T> & { growth: T }): T {
  const growthPaid = c.divide(c.multiply(x.growth, growthPaidShare(c, x)), x.roiRamp);
  return spendForPaidSales(c, { paidSales: c.add(keptPaid(c, x), growthPaid), roiNow: x.roi, curve: x.curve });
}

/**
 * How far a running store's spend can have grown by the plan's `month`: the spend that keeps today's sales (`keep`,
 * keepTodaySpend) × (1 + monthly spend growth)^month (the spend it caps is rounded to the fen).
 */
export function runningSpendCap<T>(c: Calculator<T>, x: { keep: T; spendGrowth: T; month: T }): T {
  return c.multiply(x.keep, c.power(c.add(c.constant(1), x.spendGrowth), x.month));
}

/**
 * What a month's spend buys a running store: the paid sales on the spend curve at the mature ROI up to those that keep
 * today (a smaller spend shrinks it at its mature paid share), and above them the growth, at the ROI ramp and the
 * growth's paid share. `paid` is its ad-driven sales (the keep part's paid sales plus the growth's), `sales` the whole.
 */
export function runningSalesFor<T>(c: Calculator<T>, x: RunningGrowthInputs<T> & { spend: T }): { sales: T; paid: T } {
  const zero = c.constant(0);
  const bought = paidSalesFor(c, { spend: x.spend, roiNow: x.roi, curve: x.curve });
  const kept = c.min(bought, keptPaid(c, x));
  const growthPaid = c.multiply(c.max(zero, c.subtract(bought, keptPaid(c, x))), x.roiRamp);
  return { sales: c.add(c.divide(kept, x.paidShare), c.divide(growthPaid, growthPaidShare(c, x))), paid: c.add(kept, growthPaid) };
}

/** The month's paid share of a running store's sales: its ad-driven sales ÷ its sales (the mature paid share when it sells nothing). */
export function runningPaidShare<T>(c: Calculator<T>, x: { sales: T; paid: T; paidShare: T }): T {
  return c.divide(x.paid, x.sales, x.paidShare);
}

/**
 * A running store's ad spend in the plan's `month`, written once for the engine and the workbook: what it wants for
 * today's sales plus `growth` (runningWantedSpend), within its budget share and how far its spend can have grown from
 * `keep`, the spend that keeps today (runningSpendCap). `wanted` and `cap` are returned for the plan's "ads wanted".
 */
export function runningSpend<T>(c: Calculator<T>, x: RunningGrowthInputs<T> & { growth: T; budgetShare: T; keep: T; spendGrowth: T; month: T }): { spend: T; wanted: T; cap: T } {
  const wanted = runningWantedSpend(c, x);
  const cap = runningSpendCap(c, x);
  return { spend: c.fen(c.min(wanted, x.budgetShare, cap)), wanted, cap };
}

/**
 * The whole orders a running store's month `spend` buys at the average order `price` (runningSalesFor, plus `ownSales`
 * where it buys no ads there), and its paid share this month (runningPaidShare).
 */
export function runningOrders<T>(c: Calculator<T>, x: RunningGrowthInputs<T> & { spend: T; price: T; ownSales?: T }): { orders: T; paidShareNow: T } {
  const bought = runningSalesFor(c, x);
  const sales = x.ownSales === undefined ? bought.sales : c.add(bought.sales, x.ownSales);
  return { orders: c.round(c.divide(sales, x.price), 0), paidShareNow: runningPaidShare(c, { ...bought, paidShare: x.paidShare }) };
}
