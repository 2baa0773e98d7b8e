import type { CostLineRates } from "./costLines";
import type { PerOrderCostLines } from "./orderCostLines";

/**
 * orderCostLines on the number backend, written out with fixed arity: the same operations in the same order as
 * costLines over unroundedFen(numberCalculator), so every line is bit-identical (test/engine/orderCostLinesNumber.test.ts
 * checks that over random inputs). NETMARGIN and NETPROFIT run it once a cell, where the calculator's rest-argument
 * arrays and the volumes object were most of the cost. orderCostLines stays the definition.
 */
export function orderCostLinesNumber(price: number, returnRate: number, paidShare: number, affiliateShare: number, r: CostLineRates<number>): PerOrderCostLines<number> {
  // The volumes of one order: orders 1, returned orders the return rate. `1 * x` and `0 + x` are the calculator's
  // multiply and add starting from their identities (0 + -0 is +0).
  const orders = 1;
  const returns = 1 * returnRate * price;
  const paidSales = 1 * paidShare * price;
  const affiliateSales = 1 * affiliateShare * price;
  const kept = price - returns;
  const keptShare = price === 0 ? 0 : kept / price;
  return {
    affiliateCommission: 1 * affiliateSales * keptShare * r.affiliateRate,
    seeding: 1 * price * r.seedingShare,
    promotions: 1 * kept * r.promotionShare,
    fulfilment: 1 * orders * r.fulfilmentPerOrder,
    returnShipping: 0 + 1 * returnRate * r.returnShippingPerReturn + 1 * orders * r.shippingInsurancePerOrder,
    installation: 1 * (orders - returnRate) * r.installationPerOrder,
    paymentFees: 1 * kept * r.instalmentRate,
    platformFees: 0 + 1 * orders * r.perOrderFee + 1 * paidSales * r.paidSalesFeeRate - 1 * paidSales * keptShare * r.commissionWaivedRate,
  };
}
