/** A workbook described as plain data, so the Office.js writer and the .xlsx writer lay out the same thing. */
export type CellFormat = "money" | "percent" | "integer" | "score" | "rate" | "text";
export type CellValue = string | number | null;

export interface ColumnSpec {
  header: string;
  format: CellFormat;
  width: number;
}

export interface HighlightSpec {
  column: number;
  rule: "dataBar" | "negativeRed" | "colorScale";
}

export interface TableSpec {
  /** Excel table name: letters, digits and underscores. */
  name: string;
  columns: ColumnSpec[];
  rows: CellValue[][];
  highlights?: HighlightSpec[];
}

export type BlockSpec =
  | { kind: "title"; text: string }
  | { kind: "facts"; rows: Array<{ label: string; value: CellValue; format: CellFormat }> }
  | { kind: "heading"; text: string }
  | { kind: "table"; table: TableSpec }
  | { kind: "notes"; lines: string[] };

export interface ChartSpec {
  title: string;
  /** Name of a table on the same sheet; the chart plots one value column against one category column. */
  table: string;
  categoryColumn: number;
  valueColumn: number;
}

export interface SheetSpec {
  name: string;
  blocks: BlockSpec[];
  chart?: ChartSpec;
}

export interface WorkbookSpec {
  title: string;
  sheets: SheetSpec[];
}
