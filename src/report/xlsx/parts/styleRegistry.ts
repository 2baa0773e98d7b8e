import type { CellFormat } from "../../workbookSpec";
import { NUMBER_FORMATS } from "../formats";
import { MAIN_NS, XML_HEADER, xmlText } from "./xmlText";

/** How a cell looks, beyond its table's style: number format, font, alignment, an input fill. */
export interface CellStyle {
  format?: CellFormat;
  font?: "bold" | "title" | "heading";
  wrap?: boolean;
  vertical?: "top" | "bottom";
  horizontal?: "left" | "right" | "center";
  fill?: "input";
  /** An input cell stays editable when its sheet is protected. */
  unlocked?: boolean;
}

const FONTS = ["", "<b/>", '<b/><sz val="16"/><color rgb="FF007870"/>', '<b/><sz val="12"/>'].map(
  (f) => `<font>${f.includes("sz") ? f : `${f}<sz val="11"/>`}<name val="Calibri"/><family val="2"/></font>`,
);
const FONT_ID = { bold: 1, title: 2, heading: 3 } as const;
const FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>',
];
const FILL_ID = { input: 2 } as const;
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "#,##0": 3, "@": 49 };
/** Differential formats conditional formatting refers to by index. */
export const DXF = { negativeRed: 0 } as const;

/** Called for every cell: the fields in a fixed order, cheaper than serialising the object with sorted keys. */
const styleKey = (s: CellStyle): string => `${s.format}|${s.font}|${s.wrap}|${s.vertical}|${s.horizontal}|${s.fill}|${s.unlocked}`;

/** Collects the cell styles a workbook uses and writes styles.xml once every sheet has been written. */
export class StyleRegistry {
  private readonly xfs = new Map<string, number>([[styleKey({}), 0]]);
  private readonly xfXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly customFormats = new Map<string, number>();

  /** The style index (the cell's s attribute) for a look; 0 is the default. */
  id(style: CellStyle): number {
    const key = styleKey(style);
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const id = this.xfXml.length;
    this.xfs.set(key, id);
    this.xfXml.push(this.xf(style));
    return id;
  }

  private numberFormatId(format: CellFormat): number {
    const code = NUMBER_FORMATS[format];
    if (code in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[code]!;
    if (!this.customFormats.has(code)) this.customFormats.set(code, 164 + this.customFormats.size);
    return this.customFormats.get(code)!;
  }

  private xf(style: CellStyle): string {
    const numFmtId = style.format ? this.numberFormatId(style.format) : 0;
    const fontId = style.font ? FONT_ID[style.font] : 0;
    const fillId = style.fill ? FILL_ID[style.fill] : 0;
    const align = [style.wrap ? 'wrapText="1"' : "", style.vertical ? `vertical="${style.vertical}"` : "", style.horizontal ? `horizontal="${style.horizontal}"` : ""].filter(
      Boolean,
    );
    const applies = `applyNumberFormat="${numFmtId ? 1 : 0}" applyFont="${fontId ? 1 : 0}" applyFill="${fillId ? 1 : 0}"`;
    const inner = (align.length ? `<alignment ${align.join(" ")}/>` : "") + (style.unlocked ? '<protection locked="0"/>' : "");
    const flags = `${applies}${align.length ? ' applyAlignment="1"' : ""}${style.unlocked ? ' applyProtection="1"' : ""}`;
    return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0" ${flags}${inner ? `>${inner}</xf>` : "/>"}`;
  }

  xml(): string {
    const formats = [...this.customFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`).join("");
    return [
      `${XML_HEADER}<styleSheet xmlns="${MAIN_NS}">`,
      formats ? `<numFmts count="${this.customFormats.size}">${formats}</numFmts>` : "",
      `<fonts count="${FONTS.length}">${FONTS.join("")}</fonts>`,
      `<fills count="${FILLS.length}">${FILLS.join("")}</fills>`,
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>`,
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '<dxfs count="1"><dxf><font><color rgb="FFC00000"/></font><fill><patternFill><bgColor rgb="FFFDE9E7"/></patternFill></fill></dxf></dxfs>',
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>',
    ].join("");
  }
}
