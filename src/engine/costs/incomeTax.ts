import type { Calculator } from "../calc/calculator";
import type { Costs } from "../../data/schema/costs";

/** Corporate income tax: the full rate, and a small low-profit enterprise's rate up to its taxable-income limit. */
export interface IncomeTaxRates<T> {
  rate: T;
  smallProfitRate: T;
  smallProfitLimit: T;
}

export const incomeTaxRatesOf = (costs: Pick<Costs, "incomeTax">): IncomeTaxRates<number> => ({
  rate: costs.incomeTax.rate.value,
  smallProfitRate: costs.incomeTax.smallProfitRate.value,
  smallProfitLimit: costs.incomeTax.smallProfitLimit.value,
});

/** A year's taxable income: its profit before tax less the losses brought forward, never below 0. */
const taxableIncome = <T>(c: Calculator<T>, x: { profit: T; lossBroughtForward: T }): T => c.max(c.constant(0), c.subtract(x.profit, x.lossBroughtForward));

/**
 * A year's corporate income tax, in fen: its taxable income at the small low-profit enterprise's rate up to the
 * limit, and the whole of it at the full rate above (the relief stops at the limit, it is not a band).
 */
export function yearIncomeTax<T>(c: Calculator<T>, x: { profit: T; lossBroughtForward: T } & IncomeTaxRates<T>): T {
  const taxable = taxableIncome(c, x);
  return c.fen(c.multiply(taxable, c.ifGreater(taxable, x.smallProfitLimit, x.rate, x.smallProfitRate)));
}

/** The losses a year carries into the next: those brought forward less its profit, or plus its loss. */
export const lossCarriedForward = <T>(c: Calculator<T>, x: { profit: T; lossBroughtForward: T }): T => c.max(c.constant(0), c.subtract(x.lossBroughtForward, x.profit));

/** A year's profit after its income tax. */
export const profitAfterTax = <T>(c: Calculator<T>, x: { profit: T; incomeTax: T }): T => c.round(c.subtract(x.profit, x.incomeTax), 2);
