import { numberCalculator as N } from "../calc/numberCalculator";
import { companyVatBeforeCredit, vatCarry, vatOwed, vatPaidShare } from "../costs/companyVat";
import type { MonthLine } from "./monthLine";
import { monthTotal } from "./monthTotals";

/** The company's VAT in a month (see companyVat): its taxable sales, VAT before credits, VAT paid and the credit carried out. */
export interface CompanyVatMonth {
  month: number;
  taxableSales: number;
  beforeCredit: number;
  paid: number;
  creditCarried: number;
}

/**
 * Settles a month's VAT for the company: nets the open platforms' VAT before credits (the sums as the P&L's totals take
 * them), applies the exemption and the credit carried in, and sets each platform's `vat` line to its share of what is paid.
 */
export function settleMonthVat(lines: MonthLine[], month: number, creditIn: number, exemptUpTo: number): CompanyVatMonth {
  const months = lines.map(() => month);
  const total = (key: "vatTaxableSales" | "vatBeforeCredit") => monthTotal(N, { values: lines.map((l) => l[key]), months, month }, true);
  const taxableSales = total("vatTaxableSales");
  const beforeCredit = companyVatBeforeCredit(N, { taxableSales, beforeCredit: total("vatBeforeCredit"), exemptUpTo });
  const { paid, creditCarried } = vatCarry(N, { beforeCredit, creditIn });
  const owed = lines.map((l) => vatOwed(N, l.vatBeforeCredit));
  lines.forEach((l, i) => (l.vat = vatPaidShare(N, { paid, owed, i })));
  return { month, taxableSales, beforeCredit, paid, creditCarried };
}
