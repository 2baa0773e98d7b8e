import type { InputRule, SheetSpec, TableSpec } from "../../report/workbookSpec";
import type { SheetLayout } from "../../report/xlsx/parts/sheetLayout";
import { col } from "./writeCells";

/** The fill of a cell a boss may edit, the same light yellow the .xlsx writer gives inputs. */
const INPUT_FILL = "#FFF2CC";

/** True when the Excel running the add-in has the API set (page layout needs 1.9, data validation 1.8). */
const supports = (version: string): boolean => typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;

/** Excel's data-validation rule for an input column (the .xlsx writer's inputValidationXml, in Office.js terms). */
function validationRule(rule: InputRule): Excel.DataValidationRule | null {
  switch (rule.kind) {
    case "number":
      return { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    case "fraction":
      return { decimal: { formula1: 0, formula2: 1, operator: "Between" } };
    case "whole":
      return { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    case "list":
      return { list: { inCellDropDown: true, source: (rule.list ?? []).join(",").slice(0, 250) } };
    case "text":
      return null;
  }
}

/** Input columns of a table: filled as inputs, left unlocked under protection, validated, with a note when selected. */
export function dressInputs(ws: Excel.Worksheet, table: TableSpec, headerRow: number): void {
  const last = headerRow + Math.max(1, table.rows.length);
  table.columns.forEach((c, i) => {
    if (!c.input) return;
    const body = ws.getRange(`${col(i)}${headerRow + 1}:${col(i)}${last}`);
    body.format.fill.color = INPUT_FILL;
    body.format.protection.locked = false;
    if (!supports("1.8")) return;
    const rule = validationRule(c.input);
    if (rule) body.dataValidation.rule = rule;
    const words = { title: c.header.slice(0, 32), message: c.input.note.slice(0, 255) };
    body.dataValidation.prompt = { showPrompt: true, ...words };
    if (rule) body.dataValidation.errorAlert = { showAlert: true, style: "Stop", ...words };
  });
}

/**
 * What the .xlsx writer gives a sheet beyond its cells, so a workbook the add-in writes prints and protects like the
 * one the CLI writes: hidden helper columns, landscape fit to width, the largest table's header on every page, page
 * breaks, and protection without a password on formula sheets.
 */
export function dressSheet(ws: Excel.Worksheet, sheet: SheetSpec, layout: SheetLayout): void {
  layout.hidden.forEach((hidden, i) => hidden && (ws.getRange(`${col(i)}:${col(i)}`).columnHidden = true));
  if (supports("1.9")) {
    ws.pageLayout.orientation = "Landscape";
    ws.pageLayout.zoom = layout.pagesTall ? { horizontalFitToPages: layout.pagesWide, verticalFitToPages: layout.pagesTall } : { horizontalFitToPages: layout.pagesWide };
    if (layout.printTitleRow) ws.pageLayout.setPrintTitleRows(`$${layout.printTitleRow}:$${layout.printTitleRow}`);
    if (sheet.printTitleColumns) ws.pageLayout.setPrintTitleColumns(`$A:$${col(sheet.printTitleColumns - 1)}`);
    if (layout.printArea) ws.pageLayout.setPrintArea(`A1:${col(layout.printArea.lastColumn)}${layout.printArea.lastRow}`);
    for (const row of sheet.pageBreaksAfter ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);
  }
  if (sheet.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowSort: true, allowAutoFilter: true });
}
