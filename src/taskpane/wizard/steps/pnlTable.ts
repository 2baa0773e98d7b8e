import { type Lang, type MonthLine } from "../../../engine";
import { label, messages } from "../../../messages";
import type { YearTotal } from "../../../engine/plan/yearTotals";
import type { MoneyLine } from "../../../engine/plan/monthLine";
import { COST_LINE_KEYS } from "../../../engine/costs/costLines";
import { wholeYuan } from "../form";
import { numberTable, scrollBox } from "../tableParts";

const COST_STACK = [...COST_LINE_KEYS.filter((k) => k !== "launchCosts"), "vat"] as const;
const FIXED = ["rent", "otherFixed", "overhead", "annualFee", "launchCosts"] as const;
type Column = MoneyLine;

/**
 * Month by month: sales, ads, the cost stack's lines, VAT and the fixed costs a plan has (a column only when some month has
 * one), contribution, labour, net profit, cumulative net profit and cumulative cash, as the engine's P&L lines give them.
 */
export function pnlTable(id: string, lines: readonly MonthLine[], lang: Lang): HTMLElement {
  const any = (cs: readonly Column[]) => cs.filter((c) => lines.some((l) => l[c] !== 0));
  const columns: Column[] = ["sales", "ads", ...any(COST_STACK), "contribution", "labour", ...any(FIXED), "profit", "cumulativeProfit", "cumulativeCash"];
  const rows = lines.map((l) => ({ attrs: { "data-month": String(l.month) }, cells: [String(l.month), ...columns.map((c) => wholeYuan(l[c]))] }));
  const table = numberTable(id, [label("month", lang), ...columns.map((c) => label(`pnl_${c}`, lang))], rows);
  table.classList.add("pnl");
  return scrollBox(table);
}

/** Year by year: sales, profit before income tax, the year's income tax and the net profit after it (yearTotals). */
export function yearsTable(id: string, years: readonly YearTotal[], lang: Lang): HTMLElement {
  const columns = ["sales", "profit", "incomeTax", "profitAfterTax"] as const;
  const rows = years.map((y) => ({
    attrs: { "data-year": String(y.year) },
    cells: [messages(lang).plan.yearSpan(y.year, y.firstMonth, y.lastMonth), ...columns.map((c) => wholeYuan(y[c]))],
  }));
  return scrollBox(numberTable(id, [label("planYear", lang), ...columns.map((c) => label(`pnl_${c}`, lang))], rows));
}
