import type { BlockSpec, SheetSpec } from "../../report/workbookSpec";
import type { Budget } from "./requestBudget";
import { col, writeCells } from "./writeCells";
import { writeTable } from "./writeTable";
import { dressInputs, dressSheet } from "./dressSheet";
import { layoutSheet } from "../../report/xlsx/parts/sheetLayout";

/**
 * One sheet of the spec, block under block where the .xlsx writer puts them (one layout for both writers), its
 * column widths, its chart, and its print and protection settings.
 */
export async function writeSheet(ws: Excel.Worksheet, sheet: SheetSpec, budget: Budget): Promise<void> {
  ws.showGridlines = false;
  const layout = layoutSheet(sheet, 0);
  const tableRows = new Map<string, number>();
  for (const { block, row } of layout.blocks) {
    if (block.kind === "table") {
      await writeTable(ws, block.table, row, budget);
      dressInputs(ws, block.table, row);
      tableRows.set(block.table.name, row);
    } else writeTextBlock(ws, block, row, budget.queued);
  }
  layout.widths.forEach((w, i) => (ws.getRange(`${col(i)}:${col(i)}`).format.columnWidth = Math.max(w * 7, 40)));
  const row = layout.endRow + 1;
  if (sheet.chart) {
    const headerRow = tableRows.get(sheet.chart.table)!;
    const table = sheet.blocks.find((b): b is Extract<BlockSpec, { kind: "table" }> => b.kind === "table" && b.table.name === sheet.chart!.table)!.table;
    const first = Math.min(sheet.chart.categoryColumn, sheet.chart.valueColumn);
    const line = sheet.chart.kind === "line";
    // A line plots its value column alone: its categories are months 1…n, the axis Excel gives a single series.
    const value = col(sheet.chart.valueColumn);
    const data = line
      ? ws.getRange(`${value}${headerRow}:${value}${headerRow + table.rows.length}`)
      : ws.getRange(`${col(first)}${headerRow}:${col(first + 1)}${headerRow + table.rows.length}`);
    const chart = ws.charts.add(line ? Excel.ChartType.line : Excel.ChartType.barClustered, data, Excel.ChartSeriesBy.columns);
    chart.title.text = sheet.chart.title;
    chart.legend.visible = false;
    chart.setPosition(`A${row}`, line ? `M${row + 20}` : `H${row + Math.max(16, table.rows.length * 2)}`);
  }
  dressSheet(ws, sheet, layout);
}

function writeTextBlock(ws: Excel.Worksheet, block: Exclude<BlockSpec, { kind: "table" }>, row: number, queued: (v: unknown) => void): void {
  switch (block.kind) {
    case "title":
    case "heading": {
      const r = ws.getRange(`A${row}`);
      queued(writeCells(r, [[block.text]], ["text"]).values);
      r.format.font.bold = true;
      r.format.font.size = block.kind === "title" ? 16 : 12;
      if (block.kind === "title") r.format.font.color = "#007870";
      return;
    }
    case "facts": {
      const r = ws.getRange(`A${row}:B${row + block.rows.length - 1}`);
      const written = writeCells(
        r,
        block.rows.map((f) => [f.label, f.value]),
        (i, j) => (j === 0 ? "text" : block.rows[i]!.format),
      );
      queued(written.values);
      ws.getRange(`A${row}:A${row + block.rows.length - 1}`).format.font.bold = true;
      return;
    }
    case "notes": {
      const r = ws.getRange(`A${row}:A${row + block.lines.length - 1}`);
      queued(
        writeCells(
          r,
          block.lines.map((l) => [`• ${l}`]),
          ["text"],
        ).values,
      );
      return;
    }
  }
}
