import type { CellFormat } from "../../report/workbookSpec";
import { NUMBER_FORMATS } from "../../report/xlsx/formats";

export type Cell = string | number | null;

export const col = (i: number) => String.fromCharCode(65 + i);
export const formatOf = (f: CellFormat) => (f === "text" ? "@" : NUMBER_FORMATS[f]);
const cellValue = (v: Cell) => (v === null ? "" : v);

/**
 * Writes values with their number formats, formats first: every text cell is formatted "@" before its value
 * lands, so Excel stores user text such as `=HYPERLINK(…)`, `+1`, `-2` or `@SUM` as text, never as a formula.
 * Returns what was queued, for the request budget.
 */
export function writeCells(range: Excel.Range, rows: readonly (readonly Cell[])[], formats: readonly string[] | ((row: number, column: number) => string)): { values: unknown[][]; numberFormat: string[][] } {
  const formatAt = typeof formats === "function" ? formats : (_: number, j: number) => formats[j] ?? "General";
  const values = rows.map((r) => r.map(cellValue));
  const numberFormat = values.map((r, i) => r.map((v, j) => (typeof v === "string" ? "@" : formatAt(i, j))));
  range.numberFormat = numberFormat;
  range.values = values;
  return { values, numberFormat };
}
