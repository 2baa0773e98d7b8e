import { columnLetter as col } from "../../columnLetter";
import { workbookTableName } from "../../workbookTableName";
import type { PlacedTable } from "./sheetLayout";
import { MAIN_NS, XML_HEADER, xmlText } from "./xmlText";

/** An Excel table (a CF_ name, its header and data rows, a filter button on each column). A table keeps one data row even when empty. */
export function tableXml(placed: PlacedTable, id: number): string {
  const { table, headerRow } = placed;
  const ref = `A${headerRow}:${col(table.columns.length - 1)}${headerRow + Math.max(1, placed.rowCount)}`;
  const name = workbookTableName(table.name);
  const columns = table.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${xmlText(c.header)}"/>`).join("");
  return (
    `${XML_HEADER}<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
