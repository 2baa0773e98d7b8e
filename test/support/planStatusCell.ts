import { label } from "../../src/messages";
import type { ReadWorkbook } from "./readXlsx";

/** The plan-status line of a zh boss workbook's summary sheet, as recalculated. */
export function planStatusCell(wb: ReadWorkbook): unknown {
  const cells = wb.cells.get(label("sheetSummary", "zh"))!;
  for (let r = 1; r < 200; r++) if (cells.get(`A${r}`) === label("planStatus", "zh")) return cells.get(`B${r}`);
  throw new Error("no plan status");
}
