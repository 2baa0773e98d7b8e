import type { Calculator } from "../calc/calculator";
import { numberCalculator as N } from "../calc/numberCalculator";
import { MONEY_LINES, type MoneyLine, type MonthLine } from "./monthLine";
import { lossCarriedForward, profitAfterTax, yearIncomeTax, type IncomeTaxRates } from "../costs/incomeTax";

/** Lines a year shows at its last month's value: running totals, which a sum would count twelve times. */
export const CLOSING_LINES: ReadonlySet<MoneyLine> = new Set(["cumulativeProfit", "cumulativeCash"]);

/** Whole numbers a year adds up: orders and the visitors they need. */
export const COUNT_LINES = ["orders", "visitors", "paidVisitors"] as const;
export type CountLine = (typeof COUNT_LINES)[number];

const isCount = (line: MoneyLine | CountLine): line is CountLine => (COUNT_LINES as readonly string[]).includes(line);

/**
 * A year's value of one line of the all-platform P&L, written once for both backends: counts and every flow line are
 * the sum of the year's months, a running total is its value in the year's last month.
 */
export function yearLine<T>(c: Calculator<T>, line: MoneyLine | CountLine, months: readonly T[]): T {
  if (isCount(line)) return c.sum(months);
  // A sum of whole fen is whole fen: ROUND only clears the float's dust (no half fen to settle).
  return CLOSING_LINES.has(line) ? months[months.length - 1]! : c.round(c.sum(months), 2);
}

/** What a year adds beside the P&L's lines: its income tax, the profit after it and the losses it carries on. */
export const TAX_LINES = ["lossCarriedForward", "incomeTax", "profitAfterTax"] as const;
export type TaxLine = (typeof TAX_LINES)[number];

export type YearTotal = Record<MoneyLine | CountLine | TaxLine, number> & { year: number; firstMonth: number; lastMonth: number };

/**
 * A year's income tax lines, written once for both backends: its tax on its profit before tax (`profit`, the year's
 * line) less the losses earlier years brought forward, the profit after that tax, and the losses it carries on.
 */
export function yearTaxLines<T>(c: Calculator<T>, x: { profit: T; lossBroughtForward: T; rates: IncomeTaxRates<T> }): Record<TaxLine, T> {
  const incomeTax = yearIncomeTax(c, { profit: x.profit, lossBroughtForward: x.lossBroughtForward, ...x.rates });
  return {
    lossCarriedForward: lossCarriedForward(c, x),
    incomeTax,
    profitAfterTax: profitAfterTax(c, { profit: x.profit, incomeTax }),
  };
}

/** Each whole or part year of the horizon (months 1–12, 13–24, …, each a tax year), from the all-platform months. */
export function yearTotals(totals: readonly MonthLine[], rates: IncomeTaxRates<number>): YearTotal[] {
  const years: YearTotal[] = [];
  let lossBroughtForward = 0;
  for (let first = 1; first <= totals.length; first += 12) {
    const months = totals.filter((t) => t.month >= first && t.month < first + 12);
    const line = (k: MoneyLine | CountLine) => [
      k,
      yearLine(
        N,
        k,
        months.map((t) => t[k]),
      ),
    ];
    const lines = Object.fromEntries([...COUNT_LINES, ...MONEY_LINES].map(line)) as Record<MoneyLine | CountLine, number>;
    const tax = yearTaxLines(N, { profit: lines.profit, lossBroughtForward, rates });
    lossBroughtForward = tax.lossCarriedForward;
    years.push({ year: years.length + 1, firstMonth: first, lastMonth: months[months.length - 1]!.month, ...lines, ...tax });
  }
  return years;
}
