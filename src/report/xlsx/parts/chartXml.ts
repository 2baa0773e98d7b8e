import { columnLetter as colLetter } from "../../columnLetter";
import { quoteSheet } from "../../sheets/sheetBuilder";
import { valueOf, type ChartSpec } from "../../workbookSpec";
import type { PlacedTable } from "./sheetLayout";
import { xmlText } from "./xmlText";

/** A native chart of one table's column, anchored below everything on its sheet (0-based cell). */
export interface PlacedChart {
  sheetIndex: number;
  sheet: string;
  spec: ChartSpec;
  table: PlacedTable;
  anchor: { col: number; row: number };
}

const catAx = (pos: string, orientation: string) =>
  `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${orientation}"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="low"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>`;

function barChart(cat: string, val: string, series: string): string {
  return `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>
<c:ser><c:idx val="0"/><c:order val="0"/>${series}
<c:spPr><a:solidFill><a:srgbClr val="007870"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>
<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>
${cat}${val}
</c:ser><c:gapWidth val="60"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>
${catAx("l", "maxMin")}
<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
}

/** A line by month (the total's cumulative net profit), its value axis in yuan. */
function lineChart(cat: string, val: string, series: string): string {
  return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>
<c:ser><c:idx val="0"/><c:order val="0"/>${series}
<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="007870"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="4"/></c:marker>
${cat}${val}<c:smooth val="0"/>
</c:ser><c:marker val="1"/><c:axId val="500000001"/><c:axId val="500000002"/></c:lineChart>
${catAx("b", "minMax")}
<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
}

export function chartXml(chart: PlacedChart): string {
  const { table, spec } = chart;
  const first = table.headerRow + 1;
  const last = table.headerRow + table.rowCount;
  const ref = (c: number) => `${quoteSheet(chart.sheet)}!$${colLetter(c)}$${first}:$${colLetter(c)}$${last}`;
  const categories = Array.from(table.table.rows, (r, i) => `<c:pt idx="${i}"><c:v>${xmlText(String(valueOf(r[spec.categoryColumn] ?? null) ?? ""))}</c:v></c:pt>`).join("");
  const values = Array.from(table.table.rows, (r, i) => `<c:pt idx="${i}"><c:v>${Number(valueOf(r[spec.valueColumn] ?? null) ?? 0)}</c:v></c:pt>`).join("");
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${xmlText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const series = `<c:tx><c:v>${xmlText(spec.title)}</c:v></c:tx>`;
  const cat = `<c:cat><c:strRef><c:f>${xmlText(ref(spec.categoryColumn))}</c:f><c:strCache><c:ptCount val="${table.rowCount}"/>${categories}</c:strCache></c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${xmlText(ref(spec.valueColumn))}</c:f><c:numCache><c:formatCode>0</c:formatCode><c:ptCount val="${table.rowCount}"/>${values}</c:numCache></c:numRef></c:val>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<c:roundedCorners val="0"/>
<c:chart>${title}<c:autoTitleDeleted val="0"/>
<c:plotArea><c:layout/>
${spec.kind === "line" ? lineChart(cat, val, series) : barChart(cat, val, series)}
</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>
</c:chartSpace>`;
}

export function drawingXml(chart: PlacedChart, relId: string): string {
  const { col, row } = chart.anchor;
  const line = chart.spec.kind === "line";
  const height = line ? 20 : Math.max(16, chart.table.rowCount * 2 + 4);
  const width = line ? 12 : 7;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${col + width}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + height}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlText(chart.spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>
</xdr:wsDr>`;
}
