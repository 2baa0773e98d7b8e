import type { Calculator } from "../calc/calculator";
import { numberCalculator as N } from "../calc/numberCalculator";
import type { CompanyVatMonth } from "./monthVat";
import { addFen, DERIVED_LINES, emptyLine, MONEY_LINES, type MoneyLine, type MonthLine } from "./monthLine";
import { closeLine } from "./monthClose";
import { runningTotal } from "../money/runningTotal";

/** One line of all platforms in a month: the sum of their lines (rows keyed by month), money to the fen. */
export function monthTotal<T>(c: Calculator<T>, x: { values: readonly T[]; months: readonly T[]; month: T }, money: boolean): T {
  const sum = c.sumIfs(x.values, [{ keys: x.months, is: "=", key: x.month }]);
  return money ? c.round(sum, 2) : sum;
}

/**
 * All platforms together, month by month: every line is the sum of the platforms' lines (the VAT line is what the
 * company paid, which its platforms' shares add up to); the company's VAT figures beside them from `vat` (settleMonthVat).
 */
export function monthTotals(lines: readonly MonthLine[], horizonMonths: number, vat: ReadonlyArray<Omit<CompanyVatMonth, "paid">> = []): MonthLine[] {
  const totals: MonthLine[] = [];
  let previous = { cumulativeProfit: 0, cumulativeCash: 0 };
  for (let month = 1; month <= horizonMonths; month++) {
    const these = lines.filter((l) => l.month === month);
    const total = emptyLine(month, null);
    total.open = these.length > 0;
    const months = these.map((l) => l.month);
    const line = (key: "orders" | "visitors" | "paidVisitors" | MoneyLine, money: boolean) => monthTotal(N, { values: these.map((l) => l[key]), months, month }, money);
    total.orders = line("orders", false);
    total.visitors = line("visitors", false);
    total.paidVisitors = line("paidVisitors", false);
    for (const key of MONEY_LINES) if (!DERIVED_LINES.has(key)) total[key] = line(key, true);
    total.adsWanted = addFen(...these.map((l) => l.adsWanted));
    // Paid sales ÷ sales over the open platforms.
    total.paidShare = total.sales > 0 ? these.reduce((sum, l) => sum + l.sales * (l.paidShare ?? 0), 0) / total.sales : null;
    const company = vat.find((v) => v.month === month);
    total.vatTaxableSales = company?.taxableSales ?? 0;
    total.vatBeforeCredit = company?.beforeCredit ?? 0;
    total.vatCreditCarried = company?.creditCarried ?? 0;
    closeLine(total, previous.cumulativeProfit);
    total.cumulativeCash = runningTotal(N, previous.cumulativeCash, total.cashFlow);
    previous = total;
    totals.push(total);
  }
  return totals;
}

/**
 * First month a running total (cumulative profit or cash, rows keyed by month) is at or above 0 for good once it has
 * been below; month 1 if it never is and anything sold; otherwise `none` (null, or a text in a workbook): nothing
 * sold, or still below 0 in the last month of the horizon.
 */
export function paybackMonthOf<T>(c: Calculator<T>, x: { cumulative: readonly T[]; months: readonly T[]; orders: readonly T[]; horizon: T }, none: T | null = null): T | null {
  const last = c.lastKeyBelowZero(x.cumulative, x.months);
  const neverBelow = c.ifGreater(c.sum(x.orders), c.constant(0), c.constant(1), none);
  return c.ifGreater(last, c.constant(0), c.ifGreater(x.horizon, last, c.add(last, c.constant(1)), none), neverBelow);
}

/** The payback month of the month totals (paybackMonthOf over their cumulative profit, or cash). */
export function paybackMonth<L extends "cumulativeProfit" | "cumulativeCash" = "cumulativeProfit">(
  totals: ReadonlyArray<{ month: number; orders: number } & Record<L, number>>,
  line: L = "cumulativeProfit" as L,
): number | null {
  const months = totals.map((t) => t.month);
  return paybackMonthOf(N, { cumulative: totals.map((t) => t[line]), months, orders: totals.map((t) => t.orders), horizon: totals.length });
}
