import { unroundedFen, type Calculator } from "../calc/calculator";
import { costLines, type CostLineRates, type CostLines } from "./costLines";

export type PerOrderCostLines<T> = Omit<CostLines<T>, "launchCosts">;

/**
 * The cost stack of one expected order, unrounded: the month's cost lines (costLines) at one order of price P with
 * return rate q, `paidShare` of its sales driven by ads and `affiliateShare` brought by affiliates. Launch costs are
 * per store, not per order. One definition for the engine's average order, a product's economics and the workbook.
 */
export function orderCostLines<T>(c: Calculator<T>, x: { price: T; returnRate: T; paidShare: T; affiliateShare: T }, rates: CostLineRates<T>): PerOrderCostLines<T> {
  const exact = unroundedFen(c);
  const volumes = {
    sales: x.price,
    returns: c.multiply(x.returnRate, x.price),
    orders: c.constant(1),
    returnedOrders: x.returnRate,
    paidSales: c.multiply(x.paidShare, x.price),
    affiliateSales: c.multiply(x.affiliateShare, x.price),
    opening: c.constant(0),
  };
  const { launchCosts: _perStore, ...lines } = costLines(exact, volumes, rates);
  return lines;
}

export const PER_ORDER_COST_KEYS = ["platformFees", "affiliateCommission", "promotions", "fulfilment", "returnShipping", "installation", "paymentFees"] as const;
