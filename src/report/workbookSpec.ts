/** A workbook described as plain data, so the Office.js writer and the .xlsx writer lay out the same thing. */
/** money: to the fen (the P&L reconciles to it); yuan: whole yuan, for a boss's headline figures. */
export type CellFormat = "money" | "yuan" | "percent" | "integer" | "score" | "rate" | "multiple" | "text";
export type PlainValue = string | number | null;

/**
 * A live cell: a native worksheet formula (A1 references, no leading "=", functions every spreadsheet evaluates the
 * same way) with the engine's value cached beside it, so viewers that do not recalculate still show the right number.
 */
export interface FormulaCell {
  formula: string;
  value: PlainValue;
  /** Overrides the column's (or the fact's) format for this cell. */
  format?: CellFormat;
}

/** A value with a format of its own (a settings table whose rows are money, percent or text). */
export interface FormattedCell {
  value: PlainValue;
  format: CellFormat;
}

export type CellValue = PlainValue | FormulaCell | FormattedCell;

export const isFormula = (v: CellValue): v is FormulaCell => typeof v === "object" && v !== null && "formula" in v;
export const valueOf = (v: CellValue): PlainValue => (typeof v === "object" && v !== null ? v.value : v);
export const formatOfCell = (v: CellValue, fallback: CellFormat): CellFormat => (typeof v === "object" && v !== null && v.format ? v.format : fallback);

/** What a boss may type into an input column: checked by the spreadsheet's data validation, explained by its note. */
export interface InputRule {
  kind: "number" | "fraction" | "whole" | "list" | "text";
  /** The accepted words for a list. */
  list?: readonly string[];
  /** One line shown when the cell is selected (at most 255 characters). */
  note: string;
}

export interface ColumnSpec {
  header: string;
  format: CellFormat;
  width: number;
  /** A helper column: kept for the formulas, hidden on screen and in print. */
  hidden?: boolean;
  /** An input the boss may edit: styled as input, validated, with a note. */
  input?: InputRule;
  /**
   * Notes for the screen only (a reason's full sources): the sheet's print area ends before the first such column, so
   * they must come after every printed column; their text stays on one line and does not make its row taller.
   */
  screenOnly?: boolean;
}

export interface HighlightSpec {
  column: number;
  rule: "dataBar" | "negativeRed" | "colorScale";
}

/** A table's rows in order: an array, or rows built while they are written (LazyRows). */
export interface TableRows extends Iterable<CellValue[]> {
  readonly length: number;
}

/**
 * Rows built one at a time as a writer asks for them, so a catalogue's 110,000 comparison rows are never held at once.
 * Their values alone come cheaper (no formulas), for sizing the columns before the first cell is written.
 */
export interface LazyRows extends TableRows {
  plainRows(): Iterable<PlainValue[]>;
}

export const isLazy = (rows: TableRows): rows is LazyRows => "plainRows" in rows;

export interface TableSpec {
  /** Table name without the CF_ prefix every writer adds: letters, digits and underscores. */
  name: string;
  columns: ColumnSpec[];
  rows: TableRows;
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
  /** bar: horizontal bars (fit by platform); line: a value by month (cumulative profit). */
  kind?: "bar" | "line";
  /** Name of a table on the same sheet; the chart plots one value column against one category column. */
  table: string;
  categoryColumn: number;
  valueColumn: number;
}

export interface SheetSpec {
  name: string;
  blocks: BlockSpec[];
  chart?: ChartSpec;
  /** Formula sheets are protected without a password, so a boss unprotects them deliberately, not by accident. */
  protect?: boolean;
  /** Pages the sheet prints across (landscape, fit to width). Default: as many as keep its text legible (see printFit). */
  printPagesWide?: number;
  /** Pages the sheet prints down, fitted to height (the summary: two). Default: as long as it is. */
  printPagesTall?: number;
  /** Leading columns printed on every page across (the row labels: month and platform, SKU, item). */
  printTitleColumns?: number;
  /** The last row printed: the print area runs from row 1 to it across the sheet's columns. Default: the whole sheet. */
  printRows?: number;
  /** Rows after which a printed page ends (the P&L starts each platform on a page of its own). */
  pageBreaksAfter?: readonly number[];
}

export interface WorkbookSpec {
  title: string;
  sheets: SheetSpec[];
}

/** Rows each block takes, the same in every writer: a title and its gap 2, a heading 1, facts and notes their lines + 1, a table header + rows + 1. */
export function blockHeight(block: BlockSpec): number {
  switch (block.kind) {
    case "title":
      return 2;
    case "heading":
      return 1;
    case "facts":
      return block.rows.length + 1;
    case "notes":
      return block.lines.length + 1;
    case "table":
      return block.table.rows.length + 2;
  }
}
