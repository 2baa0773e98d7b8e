import fs from "node:fs";
import path from "node:path";
import type { WorkbookSpec } from "../report/workbookSpec";
import { injectCharts } from "./xlsx/injectCharts";
import { writeSpec } from "./xlsx/writeSpec";

/** Writes the workbook next to its destination and renames it into place, so a failed run never leaves half a file. */
export async function writeWorkbookFile(spec: WorkbookSpec, file: string, created: Date): Promise<{ file: string; bytes: number }> {
  const { buffer, charts } = await writeSpec(spec, created);
  const withCharts = await injectCharts(buffer, charts);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, withCharts);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  return { file, bytes: withCharts.length };
}
