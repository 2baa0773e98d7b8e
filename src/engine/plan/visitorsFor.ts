/** Whole visitors needed so that visitors × conversion × order value reaches the sales figure. */
export function visitorsFor(sales: number, conversionRate: number, avgOrderValue: number): number {
  return Math.ceil(sales / (conversionRate * avgOrderValue) - 1e-9);
}

/** Whole paid visitors for a paid share of traffic. */
export function paidVisitorsFor(visitors: number, paidShare: number): number {
  return Math.ceil(visitors * paidShare - 1e-9);
}
