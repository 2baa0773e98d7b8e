import type { VatRates } from "./vatPayable";

/**
 * orderVat on the number backend, written out with fixed arity: the same operations in the same order as orderVat
 * (vatBaseOf, then vatExact) over numberCalculator, so the result is bit-identical (test/engine/orderVatNumber.test.ts
 * checks that over random inputs). NETMARGIN and NETPROFIT run it once a cell, where the calculator's rest-argument
 * arrays and the base object were a quarter of the call. orderVat stays the definition.
 */
export function orderVatNumber(
  price: number,
  returnRate: number,
  deductionRate: number,
  unitCost: number,
  adRatio: number,
  deductionsAreDiscount: number,
  promotions: number,
  platformFees: number,
  r: VatRates<number>,
): number {
  // `1 * x` and `0 + x` are the calculator's multiply and add starting from their identities (0 + -0 is +0).
  const kept = 1 - returnRate;
  const returns = 1 * returnRate * price;
  const deductions = 1 * kept * price * deductionRate;
  const ads = 1 * adRatio * price;
  const goods = 1 * kept * unitCost;
  const discounts = 1 * deductions * deductionsAreDiscount;
  const services = 0 + (deductions - discounts) + ads + platformFees;
  const paid = price - returns - promotions - discounts;
  const output = 1 * paid * r.outputRate * (0 + 1 + r.outputRate) ** -1;
  const goodsInput = 1 * goods * r.goodsInputRate * (0 + 1 + r.goodsInputRate) ** -1;
  const servicesInput = 1 * services * r.servicesInputRate * (0 + 1 + r.servicesInputRate) ** -1;
  return output - (0 + goodsInput + servicesInput);
}
