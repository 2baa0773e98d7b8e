import { columnLetter } from "../columnLetter";
import { quoteSheet } from "../sheets/sheetBuilder";
import type { WorkbookSpec } from "../workbookSpec";
import { chartXml, drawingXml, type PlacedChart } from "./parts/chartXml";
import { appPropsXml, contentTypesXml, corePropsXml, rootRelsXml, workbookRelsXml, workbookXml } from "./parts/packageParts";
import { layoutSheet, type PlacedTable } from "./parts/sheetLayout";
import { sheetXml, type SheetRelations } from "./parts/sheetXml";
import { StyleRegistry } from "./parts/styleRegistry";
import { tableXml } from "./parts/tableXml";
import { relationshipsXml } from "./parts/xmlText";
import { ZipWriter, type NativeDeflate } from "./parts/zipWriter";

export type { PlacedChart, PlacedTable };

/**
 * Writes the spec as an .xlsx package, sheet by sheet and row by row into a deflate stream: tables (CF_ names),
 * formats, conditional formats and native charts. Runs in Node and in the browser.
 */
/** Lets the event loop run (a signal handler, a progress line, the browser's UI) between two sheets. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function writeSpec(
  spec: WorkbookSpec,
  created: Date,
  native?: NativeDeflate,
  sink?: (chunk: Uint8Array) => void,
): Promise<{ chunks: Uint8Array[]; tables: PlacedTable[]; charts: PlacedChart[] }> {
  const layouts = spec.sheets.map(layoutSheet);
  const tables = layouts.flatMap((l) => l.tables);
  const charts: PlacedChart[] = layouts.flatMap((l) => {
    const chart = l.spec.chart;
    if (!chart) return [];
    const table = l.tables.find((t) => t.name === chart.table);
    if (!table) throw new Error(`chart on ${l.spec.name} refers to missing table ${chart.table}`);
    return [{ sheetIndex: l.index, sheet: l.spec.name, spec: chart, table, anchor: { col: 0, row: l.endRow } }];
  });
  const zip = new ZipWriter(native, sink);
  const styles = new StyleRegistry();
  let tableId = 0;
  for (const layout of layouts) {
    await breathe();
    const n = layout.index + 1;
    const chartIndex = charts.findIndex((c) => c.sheetIndex === layout.index);
    const rels: SheetRelations = { drawing: chartIndex >= 0 ? "rIdDrawing" : undefined, tables: layout.tables.map((_, i) => `rIdTable${i + 1}`) };
    const relParts: Array<{ id: string; type: string; target: string }> = [];
    for (const [i, t] of layout.tables.entries()) {
      tableId += 1;
      await zip.part(`xl/tables/table${tableId}.xml`, [tableXml(t, tableId)]);
      relParts.push({ id: `rIdTable${i + 1}`, type: "table", target: `../tables/table${tableId}.xml` });
    }
    if (chartIndex >= 0) relParts.push({ id: "rIdDrawing", type: "drawing", target: `../drawings/drawing${chartIndex + 1}.xml` });
    await zip.part(`xl/worksheets/sheet${n}.xml`, sheetXml(layout, styles, rels, layout.index === 0));
    if (relParts.length) await zip.part(`xl/worksheets/_rels/sheet${n}.xml.rels`, [relationshipsXml(relParts)]);
  }
  for (const [i, chart] of charts.entries()) {
    await zip.part(`xl/charts/chart${i + 1}.xml`, [chartXml(chart)]);
    await zip.part(`xl/drawings/drawing${i + 1}.xml`, [drawingXml(chart, "rId1")]);
    await zip.part(`xl/drawings/_rels/drawing${i + 1}.xml.rels`, [relationshipsXml([{ id: "rId1", type: "chart", target: `../charts/chart${i + 1}.xml` }])]);
  }
  await zip.part("xl/styles.xml", [styles.xml()]);
  const printTitles = layouts.flatMap((l) => {
    const sheet = quoteSheet(l.spec.name);
    const columns = l.spec.printTitleColumns ? [`${sheet}!$A:$${columnLetter(l.spec.printTitleColumns - 1)}`] : [];
    const rows = l.printTitleRow ? [`${sheet}!$${l.printTitleRow}:$${l.printTitleRow}`] : [];
    const titles = columns.length + rows.length ? [{ name: "_xlnm.Print_Titles", sheet: l.index, ref: [...columns, ...rows].join(",") }] : [];
    const area = l.printArea ? [{ name: "_xlnm.Print_Area", sheet: l.index, ref: `${sheet}!$A$1:$${columnLetter(l.printArea.lastColumn)}$${l.printArea.lastRow}` }] : [];
    return [...area, ...titles];
  });
  await zip.part("xl/workbook.xml", [
    workbookXml(
      spec.sheets.map((s) => s.name),
      printTitles,
    ),
  ]);
  await zip.part("xl/_rels/workbook.xml.rels", [workbookRelsXml(spec.sheets.length)]);
  await zip.part("[Content_Types].xml", [contentTypesXml(spec.sheets.length, tables.length, charts.length)]);
  await zip.part("_rels/.rels", [rootRelsXml()]);
  await zip.part("docProps/core.xml", [corePropsXml(spec.title, created)]);
  await zip.part("docProps/app.xml", [appPropsXml()]);
  return { chunks: zip.finish(), tables, charts };
}
