import type { Calculator, Placed } from "../calc/calculator";
import type { PerOrderCostLines } from "./orderCostLines";
import { orderContribution } from "./orderCostLines";
import { adsPerOrderOf } from "../plan/adModel";
import { vatBaseOf, vatExact, type VatRates } from "./vatPayable";

/** One expected order of one product: its price, return rate q, deduction rate d, unit cost, shipping and ad ratio a. */
export interface OrderTerms<T> {
  price: T;
  returnRate: T;
  deductionRate: T;
  unitCost: T;
  shipping: T;
  adRatio: T;
  /** 1 where the deductions are a wholesale discount (off the output VAT base), 0 where they are billed services. */
  deductionsAreDiscount: T;
}

/**
 * VAT payable on one expected order, unrounded: vatExact on the order's lines, as the average order and a month take
 * it (vatBaseOf): refunds q × P, deductions (1 − q) × P × d, goods (1 − q) × C, ads a × P and the order's cost stack.
 */
export function orderVat<T>(c: Calculator<T>, x: OrderTerms<T>, costs: PerOrderCostLines<T>, vat: VatRates<T>): T {
  const kept = c.subtract(c.constant(1), x.returnRate);
  const base = vatBaseOf(c, {
    sales: x.price,
    returns: c.multiply(x.returnRate, x.price),
    promotions: costs.promotions,
    deductions: c.multiply(kept, x.price, x.deductionRate),
    deductionsAreDiscount: x.deductionsAreDiscount,
    ads: adsPerOrderOf(c, x),
    platformFees: costs.platformFees,
    goods: c.multiply(kept, x.unitCost),
  });
  return vatExact(c, base, vat);
}

/**
 * One expected order's contribution after VAT: orderContribution less orderVat, once for both backends. `placed.vat`
 * is the order's VAT where it is already worked out (a cell, or the engine's figure), so it is not worked out twice.
 */
export function orderContributionAfterVat<T>(c: Calculator<T>, x: OrderTerms<T>, costs: PerOrderCostLines<T>, vat: VatRates<T>, placed: Placed<T> = {}): T {
  return c.subtract(orderContribution(c, x, costs), placed.vat ?? orderVat(c, x, costs, vat));
}
