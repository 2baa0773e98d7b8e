import type { Calculator, Placed } from "../calc/calculator";
import { runningTotal } from "../money/runningTotal";

/** What a platform's month needs for its cash line, with the previous month's figures (0 before a new store opens). */
export interface CashInputs<T> {
  /** The month's profit (launch costs included). */
  profit: T;
  /** The platform's deposit, paid in the month the store opens (else 0). */
  depositPaid: T;
  /** The deposit returned when a store closes (else 0). */
  depositReturned: T;
  /** Goods cost of the month's kept orders, and of the previous month's (stock is held as months of this). */
  goods: T;
  previousGoods: T;
  /** What the platform pays out for the month's orders (see settlementBase), and for the previous month's. */
  payout: T;
  previousPayout: T;
  inventoryCoverMonths: T;
  settlementDays: T;
  previousCumulativeCash: T;
}

export interface CashLine<T> {
  /** Stock bought beyond what was sold: months of cover × the change in monthly goods cost. */
  inventoryChange: T;
  /** Money earned but not yet settled: settlement days ÷ 30 × the change in monthly payout. */
  receivablesChange: T;
  /** profit − deposit paid + deposit returned − inventory change − receivables change */
  cashFlow: T;
  cumulativeCash: T;
}

/** What the platform settles to the seller for a month's orders: kept sales less coupons and its deductions. */
export function settlementBase<T>(c: Calculator<T>, x: { sales: T; returns: T; promotions: T; deductions: T }): T {
  return c.subtract(c.subtract(c.subtract(x.sales, x.returns), x.promotions), x.deductions);
}

/**
 * Cash, not only profit: the deposit leaves when the store opens (and comes back only if it closes), stock is bought
 * ahead of sales as months of cover at unit cost, and money arrives settlement days after the order. Each in fen.
 */
export function cashLine<T>(c: Calculator<T>, x: CashInputs<T>, placed: Placed<T> = {}): CashLine<T> {
  const inventoryChange = c.fen(c.multiply(x.inventoryCoverMonths, c.subtract(x.goods, x.previousGoods)));
  const receivablesChange = c.fen(c.multiply(c.divide(x.settlementDays, c.constant(30)), c.subtract(x.payout, x.previousPayout)));
  const cashFlow = c.fen(
    c.subtract(c.add(x.profit, x.depositReturned), c.add(x.depositPaid, placed.inventoryChange ?? inventoryChange, placed.receivablesChange ?? receivablesChange)),
  );
  return { inventoryChange, receivablesChange, cashFlow, cumulativeCash: runningTotal(c, x.previousCumulativeCash, placed.cashFlow ?? cashFlow) };
}
