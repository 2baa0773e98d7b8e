import { stripXmlIllegal } from "../../../engine";

/** Text escaped for an XML element or attribute, with characters XML cannot hold removed as a last defence. */
export const xmlText = (s: string): string => stripXmlIllegal(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A relationships part: each entry an id, a type under the officeDocument namespace, and a target. */
export function relationshipsXml(rels: ReadonlyArray<{ id: string; type: string; target: string }>): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${REL_NS}/${r.type}" Target="${xmlText(r.target)}"/>`).join("");
  return `${XML_HEADER}<Relationships xmlns="${PACKAGE_REL_NS}">${items}</Relationships>`;
}
