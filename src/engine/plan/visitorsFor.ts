/** Whole visitors needed so that visitors × conversion × order value reaches the sales figure. */
export function visitorsFor(sales: number, conversionRate: number, avgOrderValue: number): number {
  return Math.max(0, Math.ceil(sales / (conversionRate * avgOrderValue) - 1e-9));
}

/** Whole paid visitors for a paid share of traffic (0, never −0, where no traffic is paid; as the workbook's MAX(0, …)). */
export function paidVisitorsFor(visitors: number, paidShare: number): number {
  return Math.max(0, Math.ceil(visitors * paidShare - 1e-9));
}
