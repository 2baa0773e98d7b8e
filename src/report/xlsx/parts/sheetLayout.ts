import { pagesWide, printedWidth } from "./printFit";
import { blockHeight, isLazy, valueOf, type BlockSpec, type PlainValue, type SheetSpec, type TableSpec } from "../../workbookSpec";

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
  /** Column widths in characters, by 0-based column, wide enough for the largest value each column holds. */
  widths: number[];
  /** Columns every table on the sheet marks as hidden helpers. */
  hidden: boolean[];
  /** The header row of the sheet's largest table: printed on every page. */
  printTitleRow?: number;
  /** Pages the sheet prints across, fitted to width. */
  pagesWide: number;
  /** Pages it prints down, fitted to height; 0 leaves its length free. */
  pagesTall: number;
  /** The first row below everything on the sheet (a chart is anchored there, 0-based). */
  endRow: number;
  /**
   * The print area, from A1 to this 0-based column and 1-based row, where the sheet prints less than it shows (its
   * first rows: spec.printRows; the columns before its screen-only notes). Both writers set it from here.
   */
  printArea?: { lastColumn: number; lastRow: number };
}

/** Lays a sheet out before any cell is written: block rows, table places and column widths. */
export function layoutSheet(spec: SheetSpec, index: number): SheetLayout {
  const blocks: PlacedBlock[] = [];
  const tables: PlacedTable[] = [];
  const widths: number[] = [];
  const shown: boolean[] = [];
  const helper: boolean[] = [];
  let screenFrom: number | undefined;
  let row = 1;
  for (const block of spec.blocks) {
    blocks.push({ block, row });
    if (block.kind === "table") {
      tables.push({ sheet: spec.name, sheetIndex: index, name: block.table.name, headerRow: row, rowCount: block.table.rows.length, table: block.table });
      const fitted = fittedWidths(block.table);
      block.table.columns.forEach((c, i) => {
        widths[i] = Math.max(widths[i] ?? 0, c.width, fitted[i]!);
        if (c.hidden) helper[i] = true;
        else shown[i] = true;
        if (c.screenOnly) screenFrom = Math.min(screenFrom ?? i, i);
      });
    }
    if (block.kind === "facts") {
      widths[0] = Math.max(widths[0] ?? 0, 22);
      // A fact's number sits in the second column alone (its text spans wider): size it for the largest, so no "###".
      for (const f of block.rows) {
        const v = valueOf(f.value);
        if (typeof v === "number" && Number.isFinite(v) && f.format !== "text") widths[1] = Math.max(widths[1] ?? 0, numberWidth(v, f.format) + 2);
      }
    }
    row += blockHeight(block);
  }
  const largest = tables.reduce<PlacedTable | undefined>((a, t) => (!a || t.rowCount > a.rowCount ? t : a), undefined);
  const hidden = widths.map((_, i) => Boolean(helper[i]) && !shown[i]);
  const printTitleRow = largest && largest.rowCount > 20 ? largest.headerRow : undefined;
  // Screen-only notes are outside the print area: they neither print nor count towards the pages across.
  const printed = screenFrom ?? widths.length;
  const across = spec.printPagesWide ?? pagesWide(widths.slice(0, printed), hidden, spec.printTitleColumns ?? 0);
  const printArea = spec.printRows || screenFrom !== undefined ? { lastColumn: Math.max(printed, 1) - 1, lastRow: spec.printRows ?? row - 1 } : undefined;
  return {
    spec,
    index,
    blocks,
    tables,
    widths,
    hidden,
    printTitleRow,
    pagesWide: across,
    pagesTall: spec.printPagesTall ?? 0,
    endRow: row - 1,
    ...(printArea ? { printArea } : {}),
  };
}

/** Text longer than this wraps instead of widening its column. */
const MAX_FITTED = 48;
/** Characters of a number shown with thousands separators ("-1,234.5"), counted without building the text: it runs for every cell. */
const grouped = (n: number, decimals: number) => {
  const text = Math.abs(n).toFixed(decimals);
  // NaN, Infinity and exponent forms (from 1e21) have no digit groups.
  if (!/^\d/.test(text) || text.includes("e")) return text.length + (n < 0 ? 1 : 0);
  const length = text.length;
  const whole = decimals > 0 ? length - decimals - 1 : length;
  return length + Math.floor((whole - 1) / 3) + (n < 0 ? 1 : 0);
};

/** What a column has seen so far: its widest value in characters; a grouped number's width only grows with its size, so the largest positive and the largest negative stand for all. */
interface ColumnFit {
  widest: number;
  numbers: boolean;
  largest: number;
  mostNegative: number;
}

/** The values of a table's rows, in one pass: lazy rows give theirs without building their formulas. */
const plainRows = (table: TableSpec): Iterable<ReadonlyArray<PlainValue | undefined>> =>
  isLazy(table.rows)
    ? table.rows.plainRows()
    : (function* () {
        for (const r of table.rows) yield r.map((v) => valueOf(v ?? null));
      })();

/** Characters the widest value of each column shows (money as ¥1,234,567.89), so no cell shows "###". */
function fittedWidths(table: TableSpec): number[] {
  const formats = table.columns.map((c) => c.format);
  const fits: ColumnFit[] = formats.map(() => ({ widest: 0, numbers: false, largest: 0, mostNegative: 0 }));
  for (const r of plainRows(table)) {
    for (let column = 0; column < fits.length; column++) {
      const fit = fits[column]!;
      const v = r[column] ?? null;
      if (typeof v === "number") {
        if (formats[column] === "rate") fit.widest = Math.max(fit.widest, String(v).length);
        else if (!Number.isFinite(v)) fit.widest = Math.max(fit.widest, numberWidth(v, formats[column]!));
        else {
          fit.numbers = true;
          if (v < fit.mostNegative) fit.mostNegative = v;
          else if (v > fit.largest) fit.largest = v;
        }
      }
      // A text of n UTF-16 units shows at most 2n columns: most texts need no counting.
      else if (typeof v === "string" && fit.widest < MAX_FITTED && 2 * v.length > fit.widest) fit.widest = Math.max(fit.widest, Math.min(MAX_FITTED, displayWidth(v)));
    }
  }
  return fits.map((fit, column) => {
    const format = formats[column]!;
    const numbers = fit.numbers ? Math.max(numberWidth(fit.largest, format), fit.mostNegative < 0 ? numberWidth(fit.mostNegative, format) : 0) : 0;
    return Math.max(fit.widest, numbers) + 2;
  });
}

const numberWidth = (v: number, format: string): number =>
  format === "money"
    ? grouped(v, 2) + 1
    : format === "yuan"
      ? grouped(v, 0) + 1
      : format === "percent"
        ? grouped(v * 100, 1) + 1
        : format === "multiple"
          ? grouped(v, 2)
          : grouped(v, 0);

/** Display width of text: CJK characters take two columns. */
export const displayWidth = (text: string): number => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/**
 * Lines a text wraps to in a cell about `widthChars` wide: one where its printed width fits (an English sentence of 86
 * characters fits 69 units); otherwise counted as before, a character a unit, which leaves room for words that wrap whole.
 */
export function wrappedLines(text: string, widthChars: number): number {
  const printed = printedWidth(text);
  if (printed <= widthChars) return 1;
  return Math.max(2, Math.ceil(displayWidth(text) / widthChars), Math.ceil(printed / widthChars));
}
