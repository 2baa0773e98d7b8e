import type { Lang } from "../../engine";
import { label, type LabelKey } from "../../messages";
import { formulaCalculator, formulaNumber } from "../../engine/calc";
import { columnLetter } from "../columnLetter";
import { blockHeight, type BlockSpec, type CellFormat, type CellValue, type ChartSpec, type ColumnSpec, type PlainValue, type SheetSpec, type TableSpec } from "../workbookSpec";

/** A column: its label, format, width, and whether it is a hidden helper, an input or a note for the screen only. */
export type Col = [LabelKey, CellFormat, number] | [LabelKey, CellFormat, number, Pick<ColumnSpec, "hidden" | "input" | "screenOnly">];

/**
 * Lays a sheet's blocks out row by row (the writers place them by the same `blockHeight`), so a formula can name
 * the cell a value lands in. `live` false writes values only (the benchmark's baseline).
 */
export class SheetBuilder {
  readonly blocks: BlockSpec[] = [];
  chart?: ChartSpec;
  /** The last row printed, when the sheet prints only its first rows (its print area). */
  printRows?: number;
  /** Pages it prints down, fitted to height (the summary: two); unset, as long as it is. */
  printPagesTall?: number;
  /** Rows after which a printed page ends (see SheetSpec.pageBreaksAfter). */
  pageBreaksAfter?: number[];
  private row = 1;

  constructor(
    readonly name: string,
    readonly lang: Lang,
    readonly live: boolean,
  ) {}

  /** The row the next block starts on (a table's header row). */
  get nextRow(): number {
    return this.row;
  }

  add(block: BlockSpec): number {
    const at = this.row;
    this.blocks.push(block);
    this.row += blockHeight(block);
    return at;
  }

  /** Adds a table and returns its header row; data starts on the row after. */
  table(table: TableSpec): number {
    return this.add({ kind: "table", table });
  }

  columns(cols: Col[]): ColumnSpec[] {
    return cols.map(([key, format, width, more]) => ({ header: label(key, this.lang), format, width, ...more }));
  }

  /** An absolute reference to a cell of this sheet, sheet-qualified so it reads the same from any sheet. */
  ref(col: number, row: number): string {
    return `${quoteSheet(this.name)}!$${columnLetter(col)}$${row}`;
  }

  /** A reference to a cell of this sheet from a formula on this sheet: no sheet name, so formulas stay short. */
  local(col: number, row: number): string {
    return `$${columnLetter(col)}$${row}`;
  }

  localRange(col: number, fromRow: number, toRow: number): string {
    return `$${columnLetter(col)}$${fromRow}:$${columnLetter(col)}$${toRow}`;
  }

  range(col: number, fromRow: number, toRow: number): string {
    return `${quoteSheet(this.name)}!$${columnLetter(col)}$${fromRow}:$${columnLetter(col)}$${toRow}`;
  }

  /** A formula cell carrying the engine's value; a plain value when the workbook is values only. */
  cell(formula: string, value: PlainValue, format?: CellFormat): CellValue {
    if (!this.live) return format ? { value, format } : value;
    flatten(formula);
    return format ? { formula, value, format } : { formula, value };
  }

  spec(): SheetSpec {
    return {
      name: this.name,
      blocks: this.blocks,
      ...(this.chart ? { chart: this.chart } : {}),
      ...(this.printRows ? { printRows: this.printRows } : {}),
      ...(this.printPagesTall ? { printPagesTall: this.printPagesTall } : {}),
      ...(this.pageBreaksAfter?.length ? { pageBreaksAfter: this.pageBreaksAfter } : {}),
    };
  }
}

/**
 * A formula is built from many pieces, which V8 keeps as a tree of joined strings (several times the text's size) until
 * something reads it whole; converting it to a number makes V8 store it flat, in place. A 10,000-product catalogue holds
 * over a million formulas until the workbook is written.
 */
function flatten(text: string): void {
  void Number(text);
}

export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** A number written into a formula: full precision, never in exponent form. */
export const num = formulaNumber;

/** The engine's rounding to the fen (half to even, roundToFen) as a formula. */
export const fen = (x: string): string => formulaCalculator.fen(x);
