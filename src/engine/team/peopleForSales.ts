import type { Calculator } from "../calc/calculator";

/** Float noise POWER may leave below a whole number ((x^(1/e))^e computed as 2.9999999999): counted as the whole. */
const WHOLE_TOLERANCE = 1e-9;

/**
 * People a role's share of a store's work needs at a month's sales, for either backend: ⌊(sales ÷ salesForOne)^exponent⌋.
 * With an exponent below 1 the team grows less than in proportion to sales (staffing.json peopleBySales): the first
 * person at `salesForOne`, the k-th at salesForOne × k^(1/exponent). Negative sales count as none.
 */
export function peopleForSales<T>(c: Calculator<T>, sales: T, salesForOne: T, exponent: T): T {
  const scale = c.divide(c.max(c.constant(0), sales), salesForOne);
  return c.floor(c.add(c.power(scale, exponent), c.constant(WHOLE_TOLERANCE)));
}
