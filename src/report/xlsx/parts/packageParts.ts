import { MAIN_NS, PACKAGE_REL_NS, REL_NS, XML_HEADER, xmlText } from "./xmlText";

const TYPE = "application/vnd.openxmlformats-officedocument";

/** [Content_Types].xml for a workbook of `sheets` sheets, `tables` tables and `charts` charts. */
export function contentTypesXml(sheets: number, tables: number, charts: number): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const parts = [
    override("/xl/workbook.xml", `${TYPE}.spreadsheetml.sheet.main+xml`),
    override("/xl/styles.xml", `${TYPE}.spreadsheetml.styles+xml`),
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    override("/docProps/app.xml", `${TYPE}.extended-properties+xml`),
    ...Array.from({ length: sheets }, (_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, `${TYPE}.spreadsheetml.worksheet+xml`)),
    ...Array.from({ length: tables }, (_, i) => override(`/xl/tables/table${i + 1}.xml`, `${TYPE}.spreadsheetml.table+xml`)),
    ...Array.from(
      { length: charts },
      (_, i) => override(`/xl/charts/chart${i + 1}.xml`, `${TYPE}.drawingml.chart+xml`) + override(`/xl/drawings/drawing${i + 1}.xml`, `${TYPE}.drawing+xml`),
    ),
  ];
  return `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${parts.join("")}</Types>`;
}

export const rootRelsXml = (): string =>
  `${XML_HEADER}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

/** A defined name: a print area or print titles of one sheet, or a workbook-wide name. */
export interface DefinedName {
  name: string;
  /** 0-based sheet index for a sheet-local name (print titles and areas are). */
  sheet?: number;
  ref: string;
}

/** The workbook: its sheets in order, defined names, and a full recalculation when Excel opens it. */
export function workbookXml(sheetNames: readonly string[], names: readonly DefinedName[] = []): string {
  const sheets = sheetNames.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const defined = names.map((d) => `<definedName name="${d.name}"${d.sheet === undefined ? "" : ` localSheetId="${d.sheet}"`}>${xmlText(d.ref)}</definedName>`).join("");
  return `${XML_HEADER}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets>${defined ? `<definedNames>${defined}</definedNames>` : ""}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`;
}

export const workbookRelsXml = (sheets: number): string =>
  `${XML_HEADER}<Relationships xmlns="${PACKAGE_REL_NS}">${Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${sheets + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;

export function corePropsXml(title: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(title)}</dc:title><dc:creator>ChannelFit</dc:creator><cp:lastModifiedBy>ChannelFit</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

export const appPropsXml = (): string =>
  `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>ChannelFit</Application></Properties>`;
