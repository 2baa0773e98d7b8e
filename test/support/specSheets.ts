import { blockHeight, isFormula, valueOf, type PlainValue, type WorkbookSpec } from "../../src/report/workbookSpec";

/** A formula cell of the spec, where the writers place it, with the engine's value cached beside it. */
export interface PlacedFormula {
  sheet: string;
  row: number;
  col: number;
  formula: string;
  value: PlainValue;
}

/** The spec laid out as the writers lay it out (blockHeight), as HyperFormula sheets, with the formula cells listed. */
export function specSheets(spec: WorkbookSpec): { sheets: Record<string, Array<Array<string | number | null>>>; formulas: PlacedFormula[] } {
  const sheets: Record<string, Array<Array<string | number | null>>> = {};
  const formulas: PlacedFormula[] = [];
  for (const sheet of spec.sheets) {
    const grid: Array<Array<string | number | null>> = [];
    const put = (row: number, col: number, v: Parameters<typeof valueOf>[0]) => {
      while (grid.length < row) grid.push([]);
      if (isFormula(v)) {
        grid[row - 1]![col] = `=${v.formula}`;
        formulas.push({ sheet: sheet.name, row, col, formula: v.formula, value: v.value });
      } else grid[row - 1]![col] = valueOf(v);
    };
    let row = 1;
    for (const block of sheet.blocks) {
      if (block.kind === "title" || block.kind === "heading") put(row, 0, block.text);
      else if (block.kind === "facts") block.rows.forEach((f, i) => (put(row + i, 0, f.label), put(row + i, 1, f.value)));
      else if (block.kind === "notes") block.lines.forEach((l, i) => put(row + i, 0, `• ${l}`));
      else {
        block.table.columns.forEach((c, i) => put(row, i, c.header));
        [...block.table.rows].forEach((r, i) => r.forEach((v, j) => put(row + 1 + i, j, v)));
      }
      row += blockHeight(block);
    }
    sheets[sheet.name] = grid.map((r) => Array.from({ length: r.length }, (_, i) => r[i] ?? null));
  }
  return { sheets, formulas };
}
