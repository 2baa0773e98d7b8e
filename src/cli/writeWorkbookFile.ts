import { writeWorkbook } from "../report/xlsx/workbookBytes";
import type { WorkbookSpec } from "../report/workbookSpec";
import { nodeDeflate } from "./nodeDeflate";
import { streamFileAtomically } from "./writeFileAtomically";

/** Writes the workbook atomically (see writeFileAtomically); failures name `shown`, the path as the user typed it. */
export async function writeWorkbookFile(spec: WorkbookSpec, file: string, created: Date, shown = file): Promise<{ file: string; bytes: number }> {
  return streamFileAtomically((put) => writeWorkbook(spec, created, nodeDeflate, put), file, shown);
}
