import type { Calculator } from "../calc/calculator";

/**
 * What a platform's month buys, written once for the engine and the workbook. Demand is what the ad budget buys,
 * not what the target asks: a store at `monthsOpen` reaches its mature ROI and organic share only gradually, and
 * the month's spend is capped by its share of the monthly ad budget.
 */

/**
 * The month's ROI (mature ROI × the ROI ramp) and paid share of sales (1 − mature organic share × organic ramp); a
 * platform the brand buys no ads on (`advertises` 0, see ownTraffic) has no paid share.
 */
export function demandRates<T>(c: Calculator<T>, x: { roi: T; roiRamp: T; paidShare: T; organicRamp: T; advertises?: T }): { roiNow: T; paidShareNow: T } {
  const one = c.constant(1);
  const paidShareNow = c.subtract(one, c.multiply(c.subtract(one, x.paidShare), x.organicRamp));
  return { roiNow: c.multiply(x.roi, x.roiRamp), paidShareNow: x.advertises === undefined ? paidShareNow : c.multiply(x.advertises, paidShareNow) };
}

/**
 * Ad spend: what the month's wanted sales need (wanted × paid share ÷ ROI), but never more than the platform's share
 * of the monthly budget. In fen. The wanted sales are the month's target share; a store the brand already runs wants
 * at least what it sells today (`current`, seasonalised like the targets), so a budget share too small for that shrinks it.
 */
export function demandSpend<T>(c: Calculator<T>, x: { target: T; share: T; current?: T; paidShareNow: T; roiNow: T; budget: T; budgetWeight: T }): T {
  const wanted =
    x.current === undefined
      ? c.divide(c.multiply(x.target, x.share, x.paidShareNow), x.roiNow)
      : c.divide(c.multiply(c.max(c.multiply(x.target, x.share), x.current), x.paidShareNow), x.roiNow);
  return c.fen(c.min(wanted, c.multiply(x.budget, x.budgetWeight)));
}

/**
 * Orders the spend buys: paid sales (spend × ROI) grossed up by the organic share, plus the sales a platform's own
 * traffic brings without ads (`ownSales`, see ownTraffic), at the average order value.
 */
export function demandOrders<T>(c: Calculator<T>, x: { spend: T; roiNow: T; paidShareNow: T; price: T; ownSales?: T }): T {
  const bought = c.divide(c.multiply(x.spend, x.roiNow), x.paidShareNow);
  return c.round(c.divide(x.ownSales === undefined ? bought : c.add(bought, x.ownSales), x.price), 0);
}

/**
 * What a store the brand already runs sells today in a calendar month, seasonalised like the targets: 12 × its
 * monthly sales × the month's seasonal weight ÷ the weights' sum. In fen.
 */
export function currentSalesInMonth<T>(c: Calculator<T>, x: { monthlySales: T; weight: T; weights: readonly T[] }): T {
  return c.fen(c.divide(c.multiply(x.monthlySales, c.constant(12), x.weight), c.sum(x.weights)));
}

/** Months a store has been open in `month` (1 in its opening month); a store the brand already runs is mature from month 1. */
export const monthsOpenIn = (month: number, openMonth: number, alreadyRunning: boolean): number => (alreadyRunning ? Number.POSITIVE_INFINITY : month - openMonth + 1);

/** The ramp's value for a month open (1-based); the last value holds after the curve ends. */
export const rampAt = (values: readonly number[], monthsOpen: number): number => values[Math.min(monthsOpen, values.length) - 1]!;
