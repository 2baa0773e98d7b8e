import { label, type Lang, type MonthLine } from "../../../engine";
import { wholeYuan } from "../form";
import { numberTable, scrollBox } from "../tableParts";

const ALWAYS = ["sales", "ads", "contribution", "labour"] as const;
const IF_ANY = ["rent", "otherFixed", "annualFee"] as const;
const RESULT = ["profit", "cumulativeProfit"] as const;
type Column = (typeof ALWAYS)[number] | (typeof IF_ANY)[number] | (typeof RESULT)[number];

/**
 * Month by month: sales, ads, contribution, labour, the fixed costs a plan has (rent, other, annual fees: a column
 * only when some month has one), net profit and cumulative net profit, as the engine's P&L lines give them.
 */
export function pnlTable(id: string, lines: readonly MonthLine[], lang: Lang): HTMLElement {
  const columns: Column[] = [...ALWAYS, ...IF_ANY.filter((c) => lines.some((l) => l[c] !== 0)), ...RESULT];
  const rows = lines.map((l) => ({ attrs: { "data-month": String(l.month) }, cells: [String(l.month), ...columns.map((c) => wholeYuan(l[c]))] }));
  const table = numberTable(id, [label("month", lang), ...columns.map((c) => label(`pnl_${c}`, lang))], rows);
  table.classList.add("pnl");
  return scrollBox(table);
}
