import { isFormula, valueOf, type CellValue, type PlainValue } from "../../workbookSpec";
import { xmlText } from "./xmlText";

const styleAttr = (style: number) => (style ? ` s="${style}"` : "");

function plainXml(ref: string, value: PlainValue, style: number): string {
  if (value === null || value === "") return style ? `<c r="${ref}"${styleAttr(style)}/>` : "";
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${styleAttr(style)}><v>${value}</v></c>` : `<c r="${ref}"${styleAttr(style)} t="e"><v>#NUM!</v></c>`;
  return `<c r="${ref}"${styleAttr(style)} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

/** One cell as SpreadsheetML: a formula with its cached result, a number, or inline text. */
export function cellXml(ref: string, cell: CellValue, style: number): string {
  if (!isFormula(cell)) return plainXml(ref, valueOf(cell), style);
  const f = `<f>${xmlText(cell.formula)}</f>`;
  const v = cell.value;
  if (typeof v === "number" && Number.isFinite(v)) return `<c r="${ref}"${styleAttr(style)}>${f}<v>${v}</v></c>`;
  return `<c r="${ref}"${styleAttr(style)} t="str">${f}<v>${v === null ? "" : xmlText(String(v))}</v></c>`;
}
