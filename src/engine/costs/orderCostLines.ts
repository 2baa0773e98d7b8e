import { unroundedFen, type Calculator } from "../calc/calculator";
import { memoPerObject } from "../core/memoPerObject";
import { adsPerOrderOf } from "../plan/adModel";
import { costLines, type CostLineRates, type CostLines } from "./costLines";

export type PerOrderCostLines<T> = Omit<CostLines<T>, "launchCosts">;

/** The calculator without fen rounding, made once per calculator (the workbook asks for it once a row). */
const unroundedFenOf = memoPerObject((c: Calculator<unknown>) => unroundedFen(c));

/**
 * The cost stack of one expected order, unrounded: the month's cost lines (costLines) at one order of price P with
 * return rate q, `paidShare` of its sales driven by ads, `affiliateShare` brought by affiliates and `goods` the goods
 * cost of its kept part ((1 − q) × unit cost; a mix's mean of it in the average order). Launch costs are
 * per store, not per order. One definition for the engine's average order, a product's economics and the workbook.
 */
export function orderCostLines<T>(c: Calculator<T>, x: { price: T; returnRate: T; paidShare: T; affiliateShare: T; goods: T }, rates: CostLineRates<T>): PerOrderCostLines<T> {
  const exact = unroundedFenOf(c) as Calculator<T>;
  const volumes = {
    sales: x.price,
    returns: c.multiply(x.returnRate, x.price),
    orders: c.constant(1),
    returnedOrders: x.returnRate,
    paidSales: c.multiply(x.paidShare, x.price),
    affiliateSales: c.multiply(x.affiliateShare, x.price),
    opening: c.constant(0),
    goods: x.goods,
  };
  const all = costLines(exact, volumes, rates);
  // Every line but the launch costs, which are per store; written out, as a literal is the fastest copy (the
  // workbook's rows run this once a product) and the type checks that no line is missing.
  return {
    affiliateCommission: all.affiliateCommission,
    seeding: all.seeding,
    promotions: all.promotions,
    fulfilment: all.fulfilment,
    returnShipping: all.returnShipping,
    installation: all.installation,
    stockLoss: all.stockLoss,
    paymentFees: all.paymentFees,
    platformFees: all.platformFees,
  };
}

/** The goods cost of one order's kept part: (1 − q) × unit cost (returned goods go back to stock). */
export const keptGoodsPerOrder = <T>(c: Calculator<T>, x: { returnRate: T; unitCost: T }): T => c.multiply(c.subtract(c.constant(1), x.returnRate), x.unitCost);

export const PER_ORDER_COST_KEYS = [
  "platformFees",
  "affiliateCommission",
  "seeding",
  "promotions",
  "fulfilment",
  "returnShipping",
  "installation",
  "stockLoss",
  "paymentFees",
] as const;

/**
 * One expected order's contribution, unrounded: kept sales net of the platform's deductions, less the goods of kept
 * orders, shipping, the ads (ad ratio × price) and the order's cost stack.
 */
export function orderContribution<T>(c: Calculator<T>, x: { price: T; returnRate: T; deductionRate: T; unitCost: T; shipping: T; adRatio: T }, costs: PerOrderCostLines<T>): T {
  const kept = c.subtract(c.constant(1), x.returnRate);
  const before = c.subtract(c.subtract(c.multiply(kept, c.subtract(c.multiply(x.price, c.subtract(c.constant(1), x.deductionRate)), x.unitCost)), x.shipping), adsPerOrderOf(c, x));
  return c.subtract(before, perOrderCostTotal(c, costs));
}

/**
 * The order's cost lines summed in PER_ORDER_COST_KEYS' order (test/engine/orderCostLines.test.ts checks the order),
 * written out: a keyed read per line cost more than the sum itself on the number backend.
 */
const perOrderCostTotal = <T>(c: Calculator<T>, x: PerOrderCostLines<T>): T =>
  c.add(x.platformFees, x.affiliateCommission, x.seeding, x.promotions, x.fulfilment, x.returnShipping, x.installation, x.stockLoss, x.paymentFees);
