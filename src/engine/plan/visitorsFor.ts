import type { Calculator } from "../calc/calculator";

/** Whole visitors needed so that visitors × conversion × order value reaches the sales figure. */
export function visitorsFor(sales: number, conversionRate: number, avgOrderValue: number): number {
  return Math.max(0, Math.ceil(sales / (conversionRate * avgOrderValue) - 1e-9));
}

/** Whole visitors a month's orders need at the conversion rate (none at a rate of 0), once for the engine and the P&L. */
export const visitorsForOrders = <T>(c: Calculator<T>, x: { orders: T; conversionRate: T }): T => c.ceilWhole(c.divide(x.orders, x.conversionRate));

/** Whole paid visitors for a paid share of traffic (0, never −0, where no traffic is paid), once for the engine and the P&L. */
export const paidVisitorsOf = <T>(c: Calculator<T>, x: { visitors: T; paidShare: T }): T => c.ceilWhole(c.multiply(x.visitors, x.paidShare));
