import { numberCalculator as N } from "../calc/numberCalculator";
import type { Candidate } from "./candidates";
import { currentSalesInMonth } from "./monthDemand";
import { addFen, type MonthLine } from "./monthLine";
import type { PlanCompany } from "./planInput";
import type { ExistingStore } from "./planTypes";

/** Platform codes of the stores the brand already runs. */
export const runningStores = (company: Pick<PlanCompany, "existingStores">): ReadonlySet<string> => new Set(Object.keys(company.existingStores ?? {}));

/**
 * The order platforms are tried in: the stores the brand already runs first, its biggest first (the focus of the
 * 80/20 budget split is where it sells most; ties best fit first), entered whatever the user chose to plan for;
 * then the new ones in the user's order, or best fit first.
 */
export function entryOrder(ranked: readonly Candidate[], company: Pick<PlanCompany, "existingStores" | "platforms">): Candidate[] {
  const stores = company.existingStores ?? {};
  const running = runningStores(company);
  const fresh = company.platforms ? company.platforms.map((p) => ranked.find((c) => c.platform === p)!) : ranked;
  return runningFirst([...ranked.filter((c) => running.has(c.platform)), ...fresh.filter((c) => !running.has(c.platform))], (c) => stores[c.platform]);
}

/**
 * The 80/20 focus order when some stores already run: those (`currentSales` not undefined) first, the biggest first,
 * ties in the given order (best fit first); then the new ones in the given order. Used by the plan and CHANNEL.ALLOCATE.
 */
export function runningFirst<T>(items: readonly T[], currentSales: (item: T) => number | undefined): T[] {
  const running = items.filter((x) => currentSales(x) !== undefined).sort((a, b) => currentSales(b)! - currentSales(a)!);
  return [...running, ...items.filter((x) => currentSales(x) === undefined)];
}

/** What a store sells today in each calendar month (see currentSalesInMonth). */
export const currentSalesByMonth = (monthlySales: number, seasonality: readonly number[]): number[] =>
  seasonality.map((weight) => currentSalesInMonth(N, { monthlySales, weight, weights: seasonality }));

/**
 * A running store's sales today beside its forecast over the plan's last 12 months (its steady state): it shrinks
 * when the forecast falls short of today's sales by more than an order a month (the orders are whole).
 */
export function existingStore(monthlySales: number, currentByMonth: readonly number[], own: readonly MonthLine[], price: number): ExistingStore {
  const steady = own.slice(-12);
  const forecast = addFen(...steady.map((l) => l.sales));
  const today = addFen(...steady.map((l) => currentByMonth[(l.month - 1) % 12]!));
  const steadyMonthlySales = steady.length ? Math.round((forecast / steady.length) * 100) / 100 : 0;
  return { monthlySales, steadyMonthlySales, shrinks: forecast < today - steady.length * price };
}
