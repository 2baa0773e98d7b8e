/* Reads an .xlsx package directly (zip + XML), independently of the exceljs that wrote it. */
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";

export type Cell = string | number | boolean | null;

export interface ReadWorkbook {
  sheetNames: string[];
  /** Cell values by sheet name and A1 reference. */
  cells: Map<string, Map<string, Cell>>;
  /** Excel tables by sheet name: their names and A1 ranges, header row included. */
  tables: Map<string, Array<{ name: string; ref: string }>>;
  /** Formulas (without "=") by sheet name and A1 reference; the cached value is in `cells`. */
  formulas: Map<string, Map<string, string>>;
  files: string[];
  text(path: string): Promise<string>;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["sheet", "si", "row", "c", "Relationship", "r"].includes(name) });

const textOf = (node: unknown): string => {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  const n = node as { t?: unknown; r?: Array<{ t?: unknown }>; "#text"?: unknown };
  if (n.r) return n.r.map((run) => textOf(run.t)).join("");
  if (n.t !== undefined) return textOf(n.t);
  return n["#text"] !== undefined ? String(n["#text"]) : "";
};

export async function readXlsx(buffer: Buffer): Promise<ReadWorkbook> {
  const zip = await JSZip.loadAsync(buffer);
  const text = (path: string) => zip.file(path)!.async("string");
  const workbook = parser.parse(await text("xl/workbook.xml")).workbook;
  const rels = parser.parse(await text("xl/_rels/workbook.xml.rels")).Relationships.Relationship as Array<Record<string, string>>;
  const shared = zip.file("xl/sharedStrings.xml") ? (parser.parse(await text("xl/sharedStrings.xml")).sst.si ?? []).map(textOf) : [];
  const cells = new Map<string, Map<string, Cell>>();
  const tables = new Map<string, Array<{ name: string; ref: string }>>();
  const formulas = new Map<string, Map<string, string>>();
  const sheets = workbook.sheets.sheet as Array<Record<string, string>>;
  for (const sheet of sheets) {
    const target = rels.find((r) => r["@Id"] === sheet["@r:id"])!["@Target"]!.replace(/^\/?xl\//, "");
    const data = parser.parse(await text(`xl/${target}`)).worksheet.sheetData;
    const values = new Map<string, Cell>();
    const sheetFormulas = new Map<string, string>();
    for (const row of data?.row ?? []) {
      for (const c of row.c ?? []) {
        const v = c.v;
        const value: Cell =
          c["@t"] === "s"
            ? shared[Number(v)]!
            : c["@t"] === "inlineStr"
              ? textOf(c.is)
              : c["@t"] === "b"
                ? v === 1 || v === "1"
                : c["@t"] === "str" || c["@t"] === "e"
                  ? String(v ?? "")
                  : v === undefined
                    ? null
                    : Number(v);
        values.set(c["@r"], value);
        if (c.f !== undefined) sheetFormulas.set(c["@r"], textOf(c.f));
      }
    }
    cells.set(sheet["@name"]!, values);
    formulas.set(sheet["@name"]!, sheetFormulas);
    const sheetRels = zip.file(`xl/${target.replace(/([^/]+)$/, "_rels/$1.rels")}`);
    const related = sheetRels ? (parser.parse(await sheetRels.async("string")).Relationships.Relationship as Array<Record<string, string>>) : [];
    const tableFiles = related.filter((r) => r["@Type"]!.endsWith("/table")).map((r) => `xl/${new URL(r["@Target"]!, `file:///${target}`).pathname.slice(1)}`);
    const sheetTables = await Promise.all(tableFiles.map(async (f) => parser.parse(await text(f)).table as Record<string, string>));
    tables.set(
      sheet["@name"]!,
      sheetTables.map((t) => ({ name: t["@name"]!, ref: t["@ref"]! })),
    );
  }
  return { sheetNames: sheets.map((s) => s["@name"]!), cells, tables, formulas, files: Object.keys(zip.files), text };
}
