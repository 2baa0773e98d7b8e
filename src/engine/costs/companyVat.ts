import type { Calculator } from "../calc/calculator";

/**
 * VAT is the company's, filed once a month for all its stores. Each platform's month gives its own VAT before credits
 * (vatPayable: its output VAT less its input VAT, negative when input exceeds output) and its taxable sales
 * (vatTaxableSales); the company nets them, then applies the credit carried in from earlier months (期末留抵税额).
 */

/**
 * The company's VAT before credits in a month, from the sums of its platforms' (each to the fen). Where its taxable
 * sales (excluding VAT, all stores) are at most `exemptUpTo` (the regime's monthly exemption: ¥100,000 for a
 * small-scale taxpayer, 0 for a general one), output VAT is not due and only the input credit, if any, stays:
 * min(0, net). A small-scale taxpayer credits no input VAT, so its exempt month owes 0.
 */
export function companyVatBeforeCredit<T>(c: Calculator<T>, x: { taxableSales: T; beforeCredit: T; exemptUpTo: T }): T {
  return c.ifGreater(x.taxableSales, x.exemptUpTo, x.beforeCredit, c.min(c.constant(0), x.beforeCredit));
}

/**
 * The month's VAT paid and the credit carried out: paid = max(0, VAT before credits − credit carried in); credit out =
 * max(0, credit in − VAT before credits). A credit is never paid out as cash: refunds of incremental credits (增量留抵退税)
 * exist but need conditions the plan cannot check, so the credit only offsets later months' VAT.
 */
export function vatCarry<T>(c: Calculator<T>, x: { beforeCredit: T; creditIn: T }): { paid: T; creditCarried: T } {
  const zero = c.constant(0);
  return {
    paid: c.round(c.max(zero, c.subtract(x.beforeCredit, x.creditIn)), 2),
    creditCarried: c.round(c.max(zero, c.subtract(x.creditIn, x.beforeCredit)), 2),
  };
}

/** What a platform's month adds to the company's VAT: its VAT before credits when positive, else 0 (it is in credit). */
export const vatOwed = <T>(c: Calculator<T>, beforeCredit: T): T => c.max(c.constant(0), beforeCredit);

/**
 * A platform's share of the company's VAT paid, for its P&L line: pro rata to what each platform owes (vatOwed: a
 * platform in credit carries none), split to the fen (splitFen, largest remainders) so the platforms' lines add up
 * exactly to the company's. A credit one store earns (a launch's ad spend) thus lowers the VAT of the stores that owe
 * it later. `i` is the platform's place among the month's open platforms.
 */
export function vatPaidShare<T>(c: Calculator<T>, x: { paid: T; owed: readonly T[]; i: number; owedTotal?: T }): T {
  return c.splitFen(x.paid, x.owed, x.i, x.owedTotal);
}
