import ExcelJS from "exceljs";
import {
  blockHeight,
  formatOfCell,
  isFormula,
  valueOf,
  type CellValue,
  type ChartSpec,
  type HighlightSpec,
  type SheetSpec,
  type TableSpec,
  type WorkbookSpec,
} from "../workbookSpec";
import { columnLetter as col } from "../columnLetter";
import { workbookTableName } from "../workbookTableName";
import { NUMBER_FORMATS } from "./formats";

/** Where a table landed, so a chart can point at its cells. */
export interface PlacedTable {
  sheet: string;
  sheetIndex: number;
  name: string;
  /** 1-based row of the header. */
  headerRow: number;
  rowCount: number;
  values: CellValue[][];
}

export interface PlacedChart {
  sheetIndex: number;
  sheet: string;
  spec: ChartSpec;
  table: PlacedTable;
  /** 0-based anchor cell for the chart's top-left corner. */
  anchor: { col: number; row: number };
}

function highlight(ws: ExcelJS.Worksheet, ref: string, h: HighlightSpec): void {
  const rule =
    h.rule === "negativeRed"
      ? {
          type: "cellIs",
          operator: "lessThan",
          formulae: [0],
          priority: 1,
          style: { font: { color: { argb: "FFC00000" } }, fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFDE9E7" } } },
        }
      : h.rule === "dataBar"
        ? { type: "dataBar", priority: 1, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF2E9E8F" }, gradient: false }
        : {
            type: "colorScale",
            priority: 1,
            cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
            color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }],
          };
  ws.addConditionalFormatting({ ref, rules: [rule as unknown as ExcelJS.ConditionalFormattingRule] });
}

/** A spec cell as exceljs takes it: a formula with its cached result, or a plain value ("" for an empty cell). */
function excelValue(v: CellValue): ExcelJS.CellValue {
  if (isFormula(v)) return { formula: v.formula, result: v.value === null ? "" : v.value } as ExcelJS.CellFormulaValue;
  const plain = valueOf(v);
  return plain === null ? "" : plain;
}

function writeTable(ws: ExcelJS.Worksheet, table: TableSpec, row: number): void {
  ws.addTable({
    name: workbookTableName(table.name),
    ref: `A${row}`,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: table.rows.map((r) => r.map(excelValue)),
  });
  const last = row + table.rows.length;
  table.columns.forEach((c, i) => {
    for (let r = row + 1; r <= last; r++) ws.getCell(r, i + 1).numFmt = NUMBER_FORMATS[formatOfCell(table.rows[r - row - 1]![i] ?? null, c.format)];
  });
  // Headers wrap instead of being cut off where a column is narrower than its (English) header.
  const displayWidth = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const headerLines = Math.max(1, ...table.columns.map((c) => Math.ceil(displayWidth(c.header) / Math.max(4, c.width - 1))));
  if (headerLines > 1) {
    ws.getRow(row).height = 15 * Math.min(headerLines, 3) + 2;
    table.columns.forEach((_, i) => (ws.getCell(row, i + 1).alignment = { wrapText: true, vertical: "bottom" }));
  }
  for (const h of table.highlights ?? []) highlight(ws, `${col(h.column)}${row + 1}:${col(h.column)}${last}`, h);
}

/** Text blocks span this many columns so long sentences wrap instead of widening a table's column. */
const TEXT_SPAN = 8;

function spanText(ws: ExcelJS.Worksheet, row: number, fromCol: number, text: string, widthChars: number): void {
  ws.mergeCells(row, fromCol, row, TEXT_SPAN);
  const cell = ws.getCell(row, fromCol);
  cell.alignment = { wrapText: true, vertical: "top", horizontal: "left" };
  const lines = Math.max(1, Math.ceil([...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) / widthChars));
  ws.getRow(row).height = 15 * lines + 2;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetSpec, index: number, tables: PlacedTable[], charts: PlacedChart[]): void {
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ showGridLines: false }],
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  const widths: number[] = [];
  let row = 1;
  for (const block of sheet.blocks) {
    const next = row + blockHeight(block);
    switch (block.kind) {
      case "title":
        ws.getCell(row, 1).value = block.text;
        ws.getCell(row, 1).font = { bold: true, size: 16, color: { argb: "FF007870" } };
        row += 2;
        break;
      case "heading":
        ws.getCell(row, 1).value = block.text;
        ws.getCell(row, 1).font = { bold: true, size: 12 };
        row += 1;
        break;
      case "facts":
        for (const fact of block.rows) {
          ws.getCell(row, 1).value = fact.label;
          ws.getCell(row, 1).font = { bold: true };
          ws.getCell(row, 1).alignment = { vertical: "top" };
          const cell = ws.getCell(row, 2);
          cell.value = excelValue(fact.value);
          cell.numFmt = NUMBER_FORMATS[formatOfCell(fact.value, fact.format)];
          if (fact.format === "text") spanText(ws, row, 2, String(valueOf(fact.value)), 90);
          else cell.alignment = { horizontal: "left" };
          row += 1;
        }
        widths[0] = Math.max(widths[0] ?? 0, 22);
        row += 1;
        break;
      case "notes":
        for (const line of block.lines) {
          ws.getCell(row, 1).value = `• ${line}`;
          spanText(ws, row, 1, line, 110);
          row += 1;
        }
        row += 1;
        break;
      case "table":
        writeTable(ws, block.table, row);
        block.table.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
        tables.push({ sheet: sheet.name, sheetIndex: index, name: block.table.name, headerRow: row, rowCount: block.table.rows.length, values: block.table.rows });
        row += block.table.rows.length + 2;
        break;
    }
    if (row !== next) throw new Error(`writeSpec: ${block.kind} block on ${sheet.name} took ${row - next + blockHeight(block)} rows, the layout says ${blockHeight(block)}`);
  }
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (sheet.chart) {
    const table = tables.find((t) => t.name === sheet.chart!.table && t.sheetIndex === index);
    if (!table) throw new Error(`chart on ${sheet.name} refers to missing table ${sheet.chart.table}`);
    // Below everything on the sheet, so it never covers a table or a note.
    const anchor = { col: 0, row: row - 1 };
    charts.push({ sheetIndex: index, sheet: sheet.name, spec: sheet.chart, table, anchor });
  }
}

/** Lays the spec out with exceljs and returns the package plus where tables and charts belong. */
export async function writeSpec(spec: WorkbookSpec, created: Date): Promise<{ bytes: Uint8Array; tables: PlacedTable[]; charts: PlacedChart[] }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ChannelFit";
  wb.title = spec.title;
  wb.created = created;
  wb.modified = created;
  const tables: PlacedTable[] = [];
  const charts: PlacedChart[] = [];
  spec.sheets.forEach((sheet, i) => writeSheet(wb, sheet, i, tables, charts));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { bytes, tables, charts };
}
