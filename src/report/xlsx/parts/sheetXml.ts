import { columnLetter as col } from "../../columnLetter";
import { formatOfCell, isFormula, valueOf, type BlockSpec, type CellFormat, type CellValue, type ColumnSpec, type HighlightSpec, type TableSpec } from "../../workbookSpec";
import { cellXml } from "./cellXml";
import { inputValidationXml } from "./inputValidation";
import { displayWidth, TEXT_SPAN, wrappedLines, type PlacedTable, type SheetLayout } from "./sheetLayout";
import { DXF, type CellStyle, type StyleRegistry } from "./styleRegistry";
import { MAIN_NS, REL_NS, XML_HEADER } from "./xmlText";

/** What a sheet part refers to by relationship id: its drawing (a chart) and its tables. */
export interface SheetRelations {
  drawing?: string;
  tables: string[];
}

interface Row {
  cells: string;
  height?: number;
}

const rowXml = (r: number, row: Row) => `<row r="${r}"${row.height ? ` ht="${row.height}" customHeight="1"` : ""}>${row.cells}</row>`;

/** Writes one sheet (columns 0-based, rows 1-based as Excel numbers them), row by row, as pieces of text for the zip (the sheet is never held whole). */
export function* sheetXml(layout: SheetLayout, styles: StyleRegistry, rels: SheetRelations, selected: boolean): Generator<string> {
  const merges: string[] = [];
  const conditional: string[] = [];
  const letters: string[] = [];
  const styled = (r: number, c: number, value: CellValue, styleId: number) => cellXml(`${(letters[c] ??= col(c))}${r}`, value, styleId);
  const cell = (r: number, c: number, value: CellValue, style: CellStyle) => styled(r, c, value, styles.id(style));
  const text = (r: number, c: number, value: CellValue, style: CellStyle, widthChars: number): Row => {
    merges.push(`${col(c)}${r}:${col(TEXT_SPAN - 1)}${r}`);
    return { cells: cell(r, c, value, { ...style, wrap: true, vertical: "top", horizontal: "left" }), height: 15 * wrappedLines(String(valueOf(value) ?? ""), widthChars) + 2 };
  };

  yield `${XML_HEADER}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  yield `<sheetViews><sheetView workbookViewId="0" showGridLines="0"${selected ? ' tabSelected="1"' : ""}/></sheetViews><sheetFormatPr defaultRowHeight="15"/>`;
  const cols = layout.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w ?? 9}" customWidth="1"${layout.hidden[i] ? ' hidden="1"' : ""}/>`);
  if (cols.length) yield `<cols>${cols.join("")}</cols>`;
  yield "<sheetData>";
  for (const { block, row } of layout.blocks) yield* blockRows(block, row, { cell, styled, text, widths: layout.widths, conditional, styles });
  yield "</sheetData>";
  if (layout.spec.protect) yield '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>';
  if (merges.length) yield `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
  yield conditional.join("");
  const validations = layout.tables.flatMap((t) => inputValidations(t));
  if (validations.length) yield `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`;
  yield `<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="${layout.pagesWide}" fitToHeight="${layout.pagesTall}"/>`;
  // Where the sheet is not scaled to fit, its chart starts a page of its own.
  const breaks = [...(layout.spec.pageBreaksAfter ?? []), ...(layout.spec.chart ? [layout.endRow] : [])];
  if (breaks.length)
    yield `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
  if (rels.drawing) yield `<drawing r:id="${rels.drawing}"/>`;
  if (rels.tables.length) yield `<tableParts count="${rels.tables.length}">${rels.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  yield "</worksheet>";
}

interface Writers {
  cell: (r: number, c: number, value: CellValue, style: CellStyle) => string;
  /** A cell whose style index is already known (table bodies look each column's styles up once). */
  styled: (r: number, c: number, value: CellValue, styleId: number) => string;
  text: (r: number, c: number, value: CellValue, style: CellStyle, widthChars: number) => Row;
  /** The sheet's column widths in characters (a table's wrapped text sets its row's height from them). */
  widths: readonly number[];
  conditional: string[];
  styles: StyleRegistry;
}

function* blockRows(block: BlockSpec, row: number, w: Writers): Generator<string> {
  switch (block.kind) {
    case "title":
      return yield rowXml(row, { cells: w.cell(row, 0, block.text, { font: "title" }) });
    case "heading":
      return yield rowXml(row, { cells: w.cell(row, 0, block.text, { font: "heading" }) });
    case "facts":
      for (const [i, fact] of block.rows.entries()) {
        const r = row + i;
        // A label longer than its column wraps (and its row grows) instead of being cut off by the value beside it.
        const labelLines = wrappedLines(fact.label, Math.max(4, (w.widths[0] ?? 9) - 1));
        const label = w.cell(r, 0, fact.label, { font: "bold", vertical: "top", ...(labelLines > 1 ? { wrap: true } : {}) });
        const labelHeight = labelLines > 1 ? 15 * labelLines + 2 : undefined;
        const format: CellFormat = formatOfCell(fact.value, fact.format);
        if (fact.format === "text") {
          // A text fact may be a formula (the plan-status flag): it keeps its formula and wraps as text.
          const value = w.text(r, 1, isFormula(fact.value) ? fact.value : String(valueOf(fact.value) ?? ""), { format }, 90);
          yield rowXml(r, { cells: label + value.cells, height: Math.max(value.height ?? 0, labelHeight ?? 0) || undefined });
        } else yield rowXml(r, { cells: label + w.cell(r, 1, fact.value, { format, horizontal: "left", vertical: "top" }), height: labelHeight });
      }
      return;
    case "notes":
      for (const [i, line] of block.lines.entries()) yield rowXml(row + i, w.text(row + i, 0, `• ${line}`, {}, 110));
      return;
    case "table":
      yield* tableRows(block.table, row, w);
  }
}

function* tableRows(table: TableSpec, row: number, w: Writers): Generator<string> {
  // Headers wrap instead of being cut off where a column is narrower than its (English) header.
  const headerLines = Math.max(1, ...table.columns.map((c) => Math.ceil(displayWidth(c.header) / Math.max(4, c.width - 1))));
  // Headers of number columns sit right, over their numbers.
  const headerStyle = (format: CellFormat): CellStyle => ({
    ...(headerLines > 1 ? { wrap: true, vertical: "bottom" } : {}),
    ...(format === "text" ? {} : { horizontal: "right" }),
  });
  const header = table.columns.map((c, i) => w.cell(row, i, c.header, headerStyle(c.format))).join("");
  yield rowXml(row, { cells: header, height: headerLines > 1 ? 15 * Math.min(headerLines, 3) + 2 : undefined });
  const styleIds = table.columns.map(() => new Map<CellFormat, number>());
  const styleId = (i: number, format: CellFormat): number => {
    const known = styleIds[i]!.get(format);
    if (known !== undefined) return known;
    const id = w.styles.id(bodyStyle(table.columns[i]!, format));
    styleIds[i]!.set(format, id);
    return id;
  };
  // Screen-only notes run on one line: they do not make a printed row taller.
  const textColumns = table.columns.flatMap((c, i) => (c.format === "text" && !c.screenOnly ? [i] : []));
  let r = row;
  for (const values of table.rows) {
    r += 1;
    let cells = "";
    for (const [i, c] of table.columns.entries()) {
      const value = values[i] ?? null;
      cells += w.styled(r, i, value, styleId(i, formatOfCell(value, c.format)));
    }
    const lines = rowLines(values, textColumns, w.widths);
    yield rowXml(r, { cells, height: lines > 1 ? 15 * lines + 2 : undefined });
  }
  const last = row + Math.max(1, table.rows.length);
  for (const h of table.highlights ?? []) w.conditional.push(highlightXml(`${col(h.column)}${row + 1}:${col(h.column)}${last}`, h, w.conditional.length + 1));
}

/**
 * Lines the tallest wrapped text of a table row takes (a verdict's reason, a source excerpt): the row is made that tall,
 * since neither LibreOffice nor Excel sizes rows to wrapped text when it opens a file, and a one-line row shows only
 * the first line. A text shows at most two columns a character, so short texts are not measured.
 */
function rowLines(values: readonly CellValue[], textColumns: readonly number[], widths: readonly number[]): number {
  let lines = 1;
  for (const i of textColumns) {
    const v = valueOf(values[i] ?? null);
    const width = Math.max(4, (widths[i] ?? 9) - 1);
    if (typeof v === "string" && 2 * v.length > width) lines = Math.max(lines, wrappedLines(v, width));
  }
  return lines;
}

/** Input cells are filled as inputs and stay editable under protection; long text wraps in its fitted column. */
function bodyStyle(c: ColumnSpec, format: CellFormat): CellStyle {
  // A number in a text column (the settings table's values) sits left like its header and its neighbours.
  // Top-aligned like the wrapped texts beside them, so a tall row's figures sit on its first line.
  const base: CellStyle =
    c.format === "text" ? { format, ...(c.screenOnly ? {} : { wrap: true }), vertical: "top", ...(format === "text" ? {} : { horizontal: "left" }) } : { format, vertical: "top" };
  return c.input ? { ...base, fill: "input", unlocked: true } : base;
}

function inputValidations(t: PlacedTable): string[] {
  const last = t.headerRow + Math.max(1, t.rowCount);
  return t.table.columns.flatMap((c, i) => (c.input ? [inputValidationXml(c.input, c.header, `${col(i)}${t.headerRow + 1}:${col(i)}${last}`)] : []));
}

function highlightXml(ref: string, h: HighlightSpec, priority: number): string {
  const rule =
    h.rule === "negativeRed"
      ? `<cfRule type="cellIs" dxfId="${DXF.negativeRed}" priority="${priority}" operator="lessThan"><formula>0</formula></cfRule>`
      : h.rule === "dataBar"
        ? // A two-colour scale, not a bar: a bar covers the digits it stands behind.
          `<cfRule type="colorScale" priority="${priority}"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFFFFFFF"/><color rgb="FF9FD8CF"/></colorScale></cfRule>`
        : `<cfRule type="colorScale" priority="${priority}"><colorScale><cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FFFFEB84"/><color rgb="FF63BE7B"/></colorScale></cfRule>`;
  return `<conditionalFormatting sqref="${ref}">${rule}</conditionalFormatting>`;
}
