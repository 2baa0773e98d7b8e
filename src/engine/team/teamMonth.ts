import type { Calculator, Criterion } from "../calc/calculator";

/** The stores' team rows (each store's team in one month, keyed by month) and the month to total. */
export interface TeamRows<T> {
  months: readonly T[];
  month: T;
}

const inMonth = <T>(x: TeamRows<T>): Criterion<T>[] => [{ keys: x.months, is: "=", key: x.month }];

/** A month's people: each open store's own team that month plus the shared pool. */
export const teamMonthPeople = <T>(c: Calculator<T>, x: TeamRows<T> & { people: readonly T[]; poolPeople: T }): T => c.add(c.sumIfs(x.people, inMonth(x)), x.poolPeople);

/** A month's cost of the stores' own people, to the fen. */
export const teamMonthOwnCost = <T>(c: Calculator<T>, x: TeamRows<T> & { costs: readonly T[] }): T => c.round(c.sumIfs(x.costs, inMonth(x)), 2);

/** A month's labour: the stores' own people and the shared pool, to the fen. */
export const teamMonthLabourCost = <T>(c: Calculator<T>, x: { ownCost: T; sharedCost: T }): T => c.round(c.add(x.ownCost, x.sharedCost), 2);
