/* A boss's edits to a written .xlsx, done on the package as a spreadsheet does them: sorting moves cell contents
   between rows (references elsewhere stay put), inserting a row shifts the rows below and every reference to them,
   clearing empties the cells and keeps their style, typing writes a value. LibreOffice then recalculates the result. */
import fs from "node:fs";
import JSZip from "jszip";

export type Edit = (book: EditableBook) => Promise<void>;

export interface EditableBook {
  zip: JSZip;
  /** The package path of a sheet's XML by its name. */
  sheetPart(name: string): Promise<string>;
}

const ROW = /<row r="(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const renumber = (cells: string, row: number) => cells.replace(/ r="([A-Z]+)\d+"/g, ` r="$1${row}"`);

/** The cells XML of every row, by row number. */
function rowsOf(xml: string): Map<number, { attrs: string; cells: string }> {
  return new Map([...xml.matchAll(ROW)].map((m) => [Number(m[1]), { attrs: m[2]!, cells: m[3] ?? "" }]));
}

function writeRows(xml: string, rows: Map<number, { attrs: string; cells: string }>): string {
  const body = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([r, { attrs, cells }]) => `<row r="${r}"${attrs}>${cells}</row>`)
    .join("");
  return xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${body}</sheetData>`);
}

async function editSheet(book: EditableBook, sheet: string, change: (xml: string) => string): Promise<void> {
  const part = await book.sheetPart(sheet);
  book.zip.file(part, change(await book.zip.file(part)!.async("string")));
}

/** Sorts rows `from`..`to` of a sheet: row k receives the contents of row order[k - from]. */
export const sortRows =
  (sheet: string, from: number, order: readonly number[]): Edit =>
  (book) =>
    editSheet(book, sheet, (xml) => {
      const rows = rowsOf(xml);
      const moved = order.map((source) => rows.get(source)!);
      moved.forEach((r, k) => rows.set(from + k, { attrs: r.attrs, cells: renumber(r.cells, from + k) }));
      return writeRows(xml, rows);
    });

/** Empties every cell of a row, keeping its style (Delete on a selected row). */
export const clearRow =
  (sheet: string, row: number): Edit =>
  (book) =>
    editSheet(book, sheet, (xml) => {
      const rows = rowsOf(xml);
      const r = rows.get(row)!;
      rows.set(row, { attrs: r.attrs, cells: r.cells.replace(/<c r="([A-Z]+\d+)"( s="\d+")?[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, '<c r="$1"$2/>') });
      return writeRows(xml, rows);
    });

/** Types values into a row, from column A (text or numbers). */
export const typeRow =
  (sheet: string, row: number, values: ReadonlyArray<string | number>): Edit =>
  (book) =>
    editSheet(book, sheet, (xml) => {
      const rows = rowsOf(xml);
      const cells = values
        .map((v, i) => {
          const ref = `${String.fromCharCode(65 + i)}${row}`;
          return typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`;
        })
        .join("");
      rows.set(row, { attrs: rows.get(row)?.attrs ?? "", cells });
      return writeRows(xml, rows);
    });

/** Replaces a numeric cell's value. */
export const typeNumber =
  (sheet: string, ref: string, value: number): Edit =>
  (book) =>
    editSheet(book, sheet, (xml) => {
      const cell = new RegExp(`<c r="${ref}"([^>]*)><v>[^<]*</v></c>`);
      if (!cell.test(xml)) throw new Error(`no numeric cell ${ref} on ${sheet}`);
      return xml.replace(cell, `<c r="${ref}"$1><v>${value}</v></c>`);
    });

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** Inserts an empty row above `at` on a sheet: its rows, tables and every formula's references to it move down. */
export const insertRow =
  (sheet: string, at: number): Edit =>
  async (book) => {
    const shift = (row: number) => (row >= at ? row + 1 : row);
    const shiftRange = (text: string) => text.replace(/(\$?[A-Z]+\$?)(\d+)/g, (_, col: string, row: string) => `${col}${shift(Number(row))}`);
    const own = await book.sheetPart(sheet);
    const prefix = quoted(sheet).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const toSheet = new RegExp(`${prefix}!(\\$?[A-Z]+\\$?\\d+(?::\\$?[A-Z]+\\$?\\d+)?)`, "g");
    for (const part of Object.keys(book.zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
      let xml = await book.zip.file(part)!.async("string");
      xml = xml.replace(/<f>([\s\S]*?)<\/f>/g, (_, f: string) => `<f>${f.replace(toSheet, (__, ref: string) => `${quoted(sheet)}!${shiftRange(ref)}`)}</f>`);
      if (part === own) {
        const rows = rowsOf(xml);
        const moved = new Map([...rows.entries()].map(([r, v]) => [shift(r), { attrs: v.attrs, cells: renumber(v.cells, shift(r)) }]));
        xml = writeRows(xml, moved).replace(/ sqref="([^"]+)"/g, (_, s: string) => ` sqref="${shiftRange(s)}"`);
      }
      book.zip.file(part, xml);
    }
    const rels = await book.zip.file(own.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string");
    for (const m of rels?.matchAll(/Target="([^"]*tables\/table\d+\.xml)"/g) ?? []) {
      const part = `xl/tables/${m[1]!.split("/").pop()}`;
      const xml = await book.zip.file(part)!.async("string");
      book.zip.file(
        part,
        xml.replace(/ ref="([A-Z]+\d+:[A-Z]+\d+)"/g, (_, ref: string) => {
          const [a, b] = ref.split(":") as [string, string];
          const top = Number(/\d+/.exec(a)![0]);
          // Rows inserted at the header stay outside; inside or at the last row the table grows.
          return top >= at ? ` ref="${shiftRange(ref)}"` : ` ref="${a}:${shiftRange(b)}"`;
        }),
      );
    }
  };

/** Applies the edits to a copy of `file` written to `out`. */
export async function editWorkbook(file: string, out: string, edits: readonly Edit[]): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const book: EditableBook = {
    zip,
    sheetPart: async (name) => {
      const id = new RegExp(`<sheet name="${escapeXml(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]* r:id="([^"]+)"`).exec(workbook)?.[1];
      const target = id && new RegExp(`Id="${id}"[^>]* Target="([^"]+)"|Target="([^"]+)"[^>]* Id="${id}"`).exec(rels);
      if (!target) throw new Error(`no sheet ${name}`);
      return `xl/${(target[1] ?? target[2]!).replace(/^\/?xl\//, "")}`;
    },
  };
  for (const edit of edits) await edit(book);
  fs.writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
