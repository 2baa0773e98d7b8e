import fs from "node:fs";
import path from "node:path";
import { workbookBytes } from "../report/xlsx/workbookBytes";
import type { WorkbookSpec } from "../report/workbookSpec";

/** Writes the workbook next to its destination and renames it into place, so a failed run never leaves half a file. */
export async function writeWorkbookFile(spec: WorkbookSpec, file: string, created: Date): Promise<{ file: string; bytes: number }> {
  const bytes = await workbookBytes(spec, created);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  return { file, bytes: bytes.length };
}
