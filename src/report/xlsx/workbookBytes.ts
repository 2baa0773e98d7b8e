import type { WorkbookSpec } from "../workbookSpec";
import { injectCharts } from "./injectCharts";
import { writeSpec } from "./writeSpec";
import { xmlSafeSpec } from "./xmlSafeSpec";

/** The finished .xlsx package for a workbook spec, charts included; runs in Node and in the browser. */
export async function workbookBytes(spec: WorkbookSpec, created: Date): Promise<Uint8Array> {
  const { bytes, charts } = await writeSpec(xmlSafeSpec(spec), created);
  return injectCharts(bytes, charts);
}
