import { blockHeight, type BlockSpec, type SheetSpec, type TableSpec } from "../../workbookSpec";

/** Text blocks span this many columns so long sentences wrap instead of widening a table's column. */
export const TEXT_SPAN = 8;

export interface PlacedBlock {
  block: BlockSpec;
  /** 1-based first row. */
  row: number;
}

/** Where a table lands, so table parts, charts and formulas can point at its cells. */
export interface PlacedTable {
  sheet: string;
  sheetIndex: number;
  name: string;
  /** 1-based row of the header. */
  headerRow: number;
  rowCount: number;
  table: TableSpec;
}

export interface SheetLayout {
  spec: SheetSpec;
  index: number;
  blocks: PlacedBlock[];
  tables: PlacedTable[];
  /** Column widths in characters, by 0-based column. */
  widths: number[];
  /** The first row below everything on the sheet (a chart is anchored there, 0-based). */
  endRow: number;
}

/** Lays a sheet out before any cell is written: block rows, table places and column widths. */
export function layoutSheet(spec: SheetSpec, index: number): SheetLayout {
  const blocks: PlacedBlock[] = [];
  const tables: PlacedTable[] = [];
  const widths: number[] = [];
  let row = 1;
  for (const block of spec.blocks) {
    blocks.push({ block, row });
    if (block.kind === "table") {
      tables.push({ sheet: spec.name, sheetIndex: index, name: block.table.name, headerRow: row, rowCount: block.table.rows.length, table: block.table });
      block.table.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
    }
    if (block.kind === "facts") widths[0] = Math.max(widths[0] ?? 0, 22);
    row += blockHeight(block);
  }
  return { spec, index, blocks, tables, widths, endRow: row - 1 };
}

/** Display width of text: CJK characters take two columns. */
export const displayWidth = (text: string): number => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/** Lines a text wraps to in a cell about `widthChars` wide. */
export const wrappedLines = (text: string, widthChars: number): number => Math.max(1, Math.ceil(displayWidth(text) / widthChars));
