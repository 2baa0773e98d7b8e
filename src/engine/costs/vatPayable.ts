import type { Calculator } from "../calc/calculator";

/** A VAT regime's rates (see costs.json `vat`): output VAT, and the input VAT credited on goods and on platform services. */
export interface VatRates<T> {
  outputRate: T;
  goodsInputRate: T;
  servicesInputRate: T;
}

/** What VAT is charged on: a month of one platform, or one expected order. All amounts include VAT, as shelf prices do. */
export interface VatBase<T> {
  sales: T;
  /** Refunds of returned orders. */
  returns: T;
  /** Coupons, subsidies and platform promotions the seller funds: a discount on what the buyer paid. */
  promotions: T;
  /** A wholesale platform's discount off retail (it buys at the discounted price): off the output base too. */
  discounts: T;
  /** Goods of kept orders at unit cost (returned goods go back to stock). */
  goods: T;
  /** Platform services: the platform's deductions, ads and platform fees. */
  services: T;
}

/**
 * What VAT is charged on, from an order's or a month's lines: a wholesale platform's deductions (`deductionsAreDiscount`
 * 1) are its discount off the output base; any other platform's are services it bills, with its ads and platform fees.
 */
export function vatBaseOf<T>(c: Calculator<T>, x: { sales: T; returns: T; promotions: T; deductions: T; deductionsAreDiscount: T; ads: T; platformFees: T; goods: T }): VatBase<T> {
  const discounts = c.multiply(x.deductions, x.deductionsAreDiscount);
  const services = c.add(c.subtract(x.deductions, discounts), x.ads, x.platformFees);
  return { sales: x.sales, returns: x.returns, promotions: x.promotions, discounts, goods: x.goods, services };
}

/** What buyers paid, VAT included: sales net of refunds, promotions and a wholesale platform's discount. */
const paidBy = <T>(c: Calculator<T>, v: VatBase<T>): T => c.subtract(c.subtract(c.subtract(v.sales, v.returns), v.promotions), v.discounts);

/** The VAT inside an amount that includes it: amount × rate × (1 + rate)^−1 (each rate cell read twice, no #DIV/0! guard needed). */
const inside = <T>(c: Calculator<T>, amount: T, rate: T): T => c.multiply(amount, rate, c.power(c.add(c.constant(1), rate), c.constant(-1)));

/**
 * VAT payable, unrounded (one expected order's): output VAT on what buyers paid net of refunds, promotions and a
 * wholesale platform's discount, less
 * input VAT on the goods and on platform services. A small-scale taxpayer's input rates are 0, so it pays
 * rate × sales ÷ (1 + rate). Negative when input exceeds output: a credit carried forward (留抵).
 */
export function vatExact<T>(c: Calculator<T>, v: VatBase<T>, r: VatRates<T>): T {
  const paid = paidBy(c, v);
  return c.subtract(inside(c, paid, r.outputRate), c.add(inside(c, v.goods, r.goodsInputRate), inside(c, v.services, r.servicesInputRate)));
}

/**
 * A month's VAT payable, once for both backends: vatExact rounded to the fen as tax is, halves away from zero (四舍五入,
 * Excel's ROUND), which also keeps the month's formula short (the half-even fen repeats its argument).
 */
export function vatPayable<T>(c: Calculator<T>, v: VatBase<T>, r: VatRates<T>): T {
  return c.round(vatExact(c, v, r), 2);
}

/**
 * Taxable sales excluding VAT (不含税销售额), rounded to the fen: what buyers paid ÷ (1 + output rate). The small-scale
 * monthly exemption is judged on the company's total of these (companyVat).
 */
export function vatTaxableSales<T>(c: Calculator<T>, v: VatBase<T>, r: Pick<VatRates<T>, "outputRate">): T {
  return c.round(c.multiply(paidBy(c, v), c.power(c.add(c.constant(1), r.outputRate), c.constant(-1))), 2);
}
