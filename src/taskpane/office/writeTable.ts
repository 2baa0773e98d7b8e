import { workbookTableName } from "../../report/workbookTableName";
import type { TableSpec } from "../../report/workbookSpec";
import { CHUNK_BUDGET_BYTES, type Budget } from "./requestBudget";
import { col, writeCells } from "./writeCells";

/** At most this many rows per write, and fewer when rows are wide, so one block stays well under the budget. */
const MAX_ROWS_PER_BLOCK = 2000;

/** A table with its header at `row`: text-safe values in blocks under the request budget, then its conditional formats. */
export async function writeTable(ws: Excel.Worksheet, table: TableSpec, row: number, budget: Budget): Promise<void> {
  const last = col(table.columns.length - 1);
  // Lazy rows are built here, once: a catalogue the task pane writes through Excel's API is far smaller than the CLI's.
  const rows = Array.from(table.rows);
  const end = row + rows.length;
  const header = writeCells(
    ws.getRange(`A${row}:${last}${row}`),
    [table.columns.map((c) => c.header)],
    table.columns.map(() => "text"),
  );
  budget.queued(header.values);
  budget.queued(header.numberFormat);
  const formats = table.columns.map((c) => c.format);
  const formatBytes = JSON.stringify(formats).length;
  const sample = rows.slice(0, 50);
  const rowBytes = (sample.length ? JSON.stringify(sample).length / sample.length : 1) + formatBytes;
  const rowsPerBlock = Math.max(1, Math.min(MAX_ROWS_PER_BLOCK, Math.floor(CHUNK_BUDGET_BYTES / 4 / rowBytes)));
  for (let start = 0; start < rows.length; start += rowsPerBlock) {
    const block = rows.slice(start, start + rowsPerBlock);
    await budget.makeRoom(JSON.stringify(block).length + block.length * formatBytes);
    const first = row + 1 + start;
    const written = writeCells(ws.getRange(`A${first}:${last}${first + block.length - 1}`), block, formats);
    budget.queued(written.values);
    budget.queued(written.numberFormat);
  }
  const t = ws.tables.add(`A${row}:${last}${end}`, true);
  t.name = workbookTableName(table.name);
  for (const h of table.highlights ?? []) {
    const target = ws.getRange(`${col(h.column)}${row + 1}:${col(h.column)}${end}`);
    if (h.rule === "dataBar") target.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
    else if (h.rule === "colorScale") {
      const cf = target.conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
      cf.colorScale.criteria = {
        minimum: { type: Excel.ConditionalFormatColorCriterionType.lowestValue, color: "#F8696B" },
        midpoint: { formula: "50", type: Excel.ConditionalFormatColorCriterionType.percentile, color: "#FFEB84" },
        maximum: { type: Excel.ConditionalFormatColorCriterionType.highestValue, color: "#63BE7B" },
      };
    } else {
      const cf = target.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      cf.cellValue.format.font.color = "#C00000";
      cf.cellValue.rule = { formula1: "0", operator: Excel.ConditionalCellValueOperator.lessThan };
    }
  }
}
