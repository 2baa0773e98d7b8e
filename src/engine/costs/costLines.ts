import type { Calculator } from "../calc/calculator";

/** One month of one platform (or one expected order): the volumes the cost lines are charged on. */
export interface CostVolumes<T> {
  /** Sales at the price buyers ordered at, returned orders included. */
  sales: T;
  /** Refunds: the price of returned orders. */
  returns: T;
  orders: T;
  /** Orders returned (an expected, possibly fractional, count). */
  returnedOrders: T;
  /** Sales the platform's ads drove. */
  paidSales: T;
  /** Sales affiliates (达人, 淘宝客, 多多进宝, 京挑客) brought. */
  affiliateSales: T;
  /** 1 in the month the store opens, else 0. */
  opening: T;
  /** The goods cost of kept orders (kept orders × unit cost): the P&L's goods line. */
  goods: T;
}

/** The cost rates of the order mix on a platform (see mixCostRates), each per order, per sale or per store. */
export interface CostLineRates<T> {
  affiliateRate: T;
  seedingShare: T;
  promotionShare: T;
  fulfilmentPerOrder: T;
  returnShippingPerReturn: T;
  shippingInsurancePerOrder: T;
  /** Per kept order: installation of the products that need it, averaged over the mix. */
  installationPerOrder: T;
  /** The share of the goods cost of kept orders lost to write-downs, clearance below cost, warranty replacements and expiry. */
  stockLossShare: T;
  /** Instalment share × the seller's instalment fee. */
  instalmentRate: T;
  /** The rate card's fee per order plus the platform's per-item fees. */
  perOrderFee: T;
  paidSalesFeeRate: T;
  /** The commission the fee on paid sales replaces, per kept paid sale (the rate card's commission × the replaced share). */
  commissionWaivedRate: T;
  launchCost: T;
}

export interface CostLines<T> {
  affiliateCommission: T;
  seeding: T;
  promotions: T;
  fulfilment: T;
  returnShipping: T;
  installation: T;
  stockLoss: T;
  paymentFees: T;
  platformFees: T;
  launchCosts: T;
}

/**
 * The cost lines beyond goods, deductions and ads, each once for both backends, in fen:
 * - affiliate commission: affiliate sales × kept share × rate (commission is not paid on refunded orders);
 * - seeding: sales × seeding share (content and brand marketing outside the platform's ads);
 * - promotions: kept sales × promotion share; payment fees: kept sales × instalment share × instalment fee;
 * - fulfilment: orders × per order; return shipping: returned orders × per return + orders × 运费险;
 * - installation: kept orders × per order; stock loss: the goods cost of kept orders × the stock-loss share (season-end
 *   write-downs and clearance, warranty replacements, expiry: goods lost on the way to the orders that were kept);
 * - platform fees: orders × per-order fees + paid sales × the fee on them, less
 *   the commission that fee replaces on kept paid sales (platformFeeParts; per order the deductions keep the rate
 *   card's commission on every kept sale and this line gives it back; a month's P&L shows the two apart);
 * - launch costs: the launch cost in the opening month.
 */
export function costLines<T>(c: Calculator<T>, v: CostVolumes<T>, r: CostLineRates<T>): CostLines<T> {
  const kept = c.subtract(v.sales, v.returns);
  const keptShare = c.divide(kept, v.sales);
  const fee = platformFeeParts(c, v, r);
  return {
    affiliateCommission: c.fen(c.multiply(v.affiliateSales, keptShare, r.affiliateRate)),
    seeding: c.fen(c.multiply(v.sales, r.seedingShare)),
    promotions: c.fen(c.multiply(kept, r.promotionShare)),
    fulfilment: c.fen(c.multiply(v.orders, r.fulfilmentPerOrder)),
    returnShipping: c.fen(c.add(c.multiply(v.returnedOrders, r.returnShippingPerReturn), c.multiply(v.orders, r.shippingInsurancePerOrder))),
    installation: c.fen(c.multiply(c.subtract(v.orders, v.returnedOrders), r.installationPerOrder)),
    stockLoss: c.fen(c.multiply(v.goods, r.stockLossShare)),
    paymentFees: c.fen(c.multiply(kept, r.instalmentRate)),
    platformFees: c.fen(c.subtract(fee.fees, fee.waived)),
    launchCosts: c.fen(c.multiply(v.opening, r.launchCost)),
  };
}

/**
 * A platform's fees apart from the commission they replace, unrounded, each at or above 0: the per-order fees and the
 * fee on paid sales (`fees`), and the commission waived on kept paid sales (`waived`: Douyin 2026, 千川·乘方 orders pay
 * 0.6% instead of the commission). costLines nets them (the per-order economics); the month's P&L shows the fees as
 * platform fees and takes the waived commission off the deductions it was charged in (platformMonthLines), so no
 * line is negative.
 */
export function platformFeeParts<T>(
  c: Calculator<T>,
  v: Pick<CostVolumes<T>, "sales" | "returns" | "orders" | "paidSales">,
  r: Pick<CostLineRates<T>, "perOrderFee" | "paidSalesFeeRate" | "commissionWaivedRate">,
): { fees: T; waived: T } {
  const keptShare = c.divide(c.subtract(v.sales, v.returns), v.sales);
  return { fees: c.add(c.multiply(v.orders, r.perOrderFee), c.multiply(v.paidSales, r.paidSalesFeeRate)), waived: c.multiply(v.paidSales, keptShare, r.commissionWaivedRate) };
}

export const COST_LINE_KEYS = [
  "affiliateCommission",
  "seeding",
  "promotions",
  "fulfilment",
  "returnShipping",
  "installation",
  "stockLoss",
  "paymentFees",
  "platformFees",
  "launchCosts",
] as const;

/** The lines' sum (fen-exact on the number backend once each line is in fen). */
export function costLinesTotal<T>(c: Calculator<T>, lines: CostLines<T>): T {
  return c.add(...COST_LINE_KEYS.map((k) => lines[k]));
}
