import { formatOfCell, isFormula, valueOf, type CellFormat, type CellValue } from "../../report/workbookSpec";
import { NUMBER_FORMATS } from "../../report/xlsx/formats";

export { columnLetter as col } from "../../report/columnLetter";
export const formatOf = (f: CellFormat) => (f === "text" ? "@" : NUMBER_FORMATS[f]);

/** What range.formulas takes for a cell: "=…" for a live cell (Excel computes its value), the constant otherwise. */
const entryOf = (v: CellValue) => (isFormula(v) ? `=${v.formula}` : (valueOf(v) ?? ""));

/**
 * Writes cells with their number formats, formats first: every text cell is formatted "@" before its entry lands,
 * so Excel stores user text such as `=HYPERLINK(…)`, `+1`, `-2` or `@SUM` as text, never as a formula. Only the
 * spec's own formula cells go in as formulas (never text-formatted, or Excel would keep them as text).
 * Returns what was queued, for the request budget.
 */
export function writeCells(
  range: Excel.Range,
  rows: readonly (readonly CellValue[])[],
  formats: readonly CellFormat[] | ((row: number, column: number) => CellFormat),
): { values: unknown[][]; numberFormat: string[][] } {
  const formatAt = typeof formats === "function" ? formats : (_: number, j: number) => formats[j] ?? "text";
  const values = rows.map((r) => r.map(entryOf));
  const numberFormat = rows.map((r, i) =>
    r.map((v, j) => {
      const format = formatOfCell(v, formatAt(i, j));
      if (isFormula(v)) return format === "text" ? "General" : formatOf(format);
      return typeof valueOf(v) === "string" ? "@" : formatOf(format);
    }),
  );
  range.numberFormat = numberFormat;
  range.formulas = values;
  return { values, numberFormat };
}
