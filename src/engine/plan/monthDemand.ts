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

/** Diminishing returns on one platform's monthly spend (planning data): the reference spend R and the elasticity α. */
export interface SpendCurve<T> {
  reference: T;
  elasticity: T;
}

/**
 * Paid sales a month's spend buys: ROI × spend up to R, ROI × R × (spend ÷ R)^α above it, written as
 * ROI × MIN(spend, R) × (MAX(spend, R) ÷ R)^α so one formula covers both sides of the knee.
 */
export function paidSalesFor<T>(c: Calculator<T>, x: { spend: T; roiNow: T; curve: SpendCurve<T> }): T {
  const { reference: r, elasticity } = x.curve;
  return c.multiply(x.roiNow, c.min(x.spend, r), c.power(c.divide(c.max(x.spend, r), r), elasticity));
}

/** The spend that buys `paidSales` on that curve: its inverse, R × (paid ÷ ROI ÷ R)^(1/α) above R. */
export function spendForPaidSales<T>(c: Calculator<T>, x: { paidSales: T; roiNow: T; curve: SpendCurve<T> }): T {
  const { reference: r, elasticity } = x.curve;
  const linear = c.divide(x.paidSales, x.roiNow);
  return c.multiply(c.min(linear, r), c.power(c.divide(c.max(linear, r), r), c.divide(c.constant(1), elasticity)));
}

/** The growth the month's target asks over what the running stores sell today: max(0, target − runningToday). */
export function targetGrowth<T>(c: Calculator<T>, x: { target: T; runningToday?: T }): T {
  return x.runningToday === undefined ? x.target : c.max(c.constant(0), c.subtract(x.target, x.runningToday));
}

/**
 * What the running stores sell today in a month, together (each store's `currentSalesInMonth`, or its monthly sales),
 * in fen: a sum of amounts in fen has no half fen to round, so ROUND(…, 2) once (a fen rounding repeats its argument,
 * and eleven stores' sales looked up on the Inputs sheet grew past Excel's formula limit).
 */
export const runningSalesToday = <T>(c: Calculator<T>, currents: readonly T[]): T => c.round(c.sum(currents), 2);

/**
 * What the month's target asks of one store. The target reads "where we want to be": what the running stores sell
 * today plus the growth it asks (`growth`, targetGrowth), split among the stores by their target shares. A running
 * store wants what it sells today (`current`) plus its share of the growth; a new one its share of the growth. For a
 * brand with no running store the growth is the month's target, and a store wants its share of it.
 */
export interface WantedSalesInputs<T> {
  growth: T;
  share: T;
  current?: T;
}

/** A store's wanted sales in the month: what it sells today (a running store) plus its share of the growth. */
export function wantedSales<T>(c: Calculator<T>, x: WantedSalesInputs<T>): T {
  const growthShare = c.multiply(x.growth, x.share);
  return x.current === undefined ? growthShare : c.add(x.current, growthShare);
}

/**
 * The month's first claims on the budget when the brand runs stores: each running store's (`floor`, keepTodaySpend;
 * 0 for a store the plan opens) and all of them together (`floorsTotal`). Absent for a brand with no running store.
 */
export interface BudgetFloors<T> {
  floor?: T;
  floorsTotal?: T;
}

export interface SpendInputs<T> extends WantedSalesInputs<T>, BudgetFloors<T> {
  paidShareNow: T;
  roiNow: T;
  budget: T;
  budgetWeight: T;
  curve: SpendCurve<T>;
}

/**
 * A running store's first claim on the month's budget: the spend that keeps what it sells today (`current`) at this
 * month's (mature) ROI and paid share, on the spend curve (wantedSpend with no growth).
 */
export function keepTodaySpend<T>(c: Calculator<T>, x: { current: T; paidShareNow: T; roiNow: T; curve: SpendCurve<T> }): T {
  return spendForPaidSales(c, { paidSales: c.multiply(x.current, x.paidShareNow), roiNow: x.roiNow, curve: x.curve });
}

/**
 * The spend the month's wanted sales (wantedSales) need before the budget cap: the spend that buys wanted × paid
 * share on the spend curve. A store the brand already runs wants at least what it sells today (`current`,
 * seasonalised like the targets), so a budget share too small for that shrinks it.
 */
export function wantedSpend<T>(c: Calculator<T>, x: SpendInputs<T>): T {
  return spendForPaidSales(c, { paidSales: c.multiply(wantedSales(c, x), x.paidShareNow), roiNow: x.roiNow, curve: x.curve });
}

/**
 * A platform's share of the month's budget, rounded down to the fen: shares rounded to the nearest fen could add up
 * to a fen more than the budget. The millionth of a fen keeps an exact share whole against float dust.
 * Without running stores the budget splits by the 80/20 weights. With them (BudgetFloors), each running store first
 * gets what keeps today's sales (its floor; all floors scaled down alike when together they pass the budget), and
 * what the floors leave splits by the weights among the open stores: the 80/20 split is of the growth.
 */
export function budgetShareFen<T>(c: Calculator<T>, x: { budget: T; budgetWeight: T } & BudgetFloors<T>): T {
  const hundred = c.constant(100);
  const fen = (slice: T) => c.divide(c.floor(c.add(slice, c.constant(1e-6))), hundred);
  if (x.floorsTotal === undefined) return fen(c.multiply(x.budget, x.budgetWeight, hundred));
  const [zero, one] = [c.constant(0), c.constant(1)];
  const kept = c.multiply(x.floor ?? zero, c.min(one, c.divide(x.budget, x.floorsTotal, one)));
  const rest = c.multiply(c.max(zero, c.subtract(x.budget, x.floorsTotal)), x.budgetWeight);
  return fen(c.multiply(c.add(kept, rest), hundred));
}

/**
 * Orders the spend buys: paid sales (on the spend curve) grossed up by the organic share, plus the sales a platform's
 * own traffic brings without ads (`ownSales`, see ownTraffic), at the average order value.
 */
export function demandOrders<T>(c: Calculator<T>, x: { spend: T; roiNow: T; paidShareNow: T; price: T; curve: SpendCurve<T>; ownSales?: T }): T {
  const bought = c.divide(paidSalesFor(c, x), x.paidShareNow);
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
