import { stripXmlIllegal } from "../../../engine";

const ESCAPED: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const SPECIAL = /[&<>"]/;
const SPECIAL_ALL = /[&<>"]/g;
/** Any character stripXmlIllegal might remove (and lone-looking halves of pairs it keeps): most texts have none. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text escaped for an XML element or attribute, with characters XML cannot hold removed as a last defence. Runs for every cell. */
export const xmlText = (s: string): string => {
  const legal = MAYBE_ILLEGAL.test(s) ? stripXmlIllegal(s) : s;
  return SPECIAL.test(legal) ? legal.replace(SPECIAL_ALL, (c) => ESCAPED[c]!) : legal;
};

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A relationships part: each entry an id, a type under the officeDocument namespace, and a target. */
export function relationshipsXml(rels: ReadonlyArray<{ id: string; type: string; target: string }>): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${REL_NS}/${r.type}" Target="${xmlText(r.target)}"/>`).join("");
  return `${XML_HEADER}<Relationships xmlns="${PACKAGE_REL_NS}">${items}</Relationships>`;
}
