import ExcelJS from "exceljs";
import { csvRows, decodeBill } from "./billText";
import type { BillEntry, BillLayout, SkipReason } from "./billTypes";
import { BILL_LAYOUTS } from "./layouts";

export interface ParsedBill {
  layout: BillLayout;
  platform: string;
  encoding: "utf-8" | "gb18030" | "xlsx";
  /** Data rows after the header, footers excluded. */
  rows: number;
  entries: BillEntry[];
  skipped: Partial<Record<SkipReason, number>>;
}

/** Why a file could not be read as a bill: no known layout (with the headers seen), or no sales rows. */
export type BillFault = { code: "unknownLayout"; headersFound: string[]; known: string[] } | { code: "noSales"; layout: string } | { code: "unreadableFile" };

const HEADER_SCAN_ROWS = 40;
const clean = (cell: unknown) =>
  String(cell ?? "")
    .replace(/^\uFEFF/, "")
    .trim();
const isFooter = (cells: string[]) => cells[0]!.startsWith("#") || cells.some((c) => /^(收入合计|支出合计|合计|总计|小计)/.test(c)) || cells.every((c) => c === "");

async function rowsOf(bytes: Uint8Array): Promise<{ rows: string[][]; encoding: ParsedBill["encoding"] } | null> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      if (!ws) return null;
      const rows: string[][] = [];
      ws.eachRow({ includeEmpty: true }, (row) =>
        rows.push(
          (row.values as unknown[])
            .slice(1)
            .map((v) =>
              clean(
                typeof v === "object" && v !== null && "result" in v ? (v as { result: unknown }).result : v instanceof Date ? v.toISOString().replace("T", " ").slice(0, 19) : v,
              ),
            ),
        ),
      );
      return { rows, encoding: "xlsx" };
    } catch {
      return null;
    }
  }
  const { text, encoding } = decodeBill(bytes);
  return { rows: csvRows(text).map((r) => r.map(clean)), encoding };
}

/** Reads a bill export: finds its layout by the header row (scanned, not at a fixed line), then every data row. */
export async function parseBill(bytes: Uint8Array): Promise<ParsedBill | BillFault> {
  const read = await rowsOf(bytes);
  if (!read) return { code: "unreadableFile" };
  const { rows, encoding } = read;
  let found: { layout: BillLayout; at: number } | undefined;
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN_ROWS) && !found; i++) {
    const layout = BILL_LAYOUTS.find((l) => l.required.every((h) => rows[i]!.includes(h)));
    if (layout) found = { layout, at: i };
  }
  if (!found) {
    const headersFound = rows.slice(0, HEADER_SCAN_ROWS).find((r) => r.filter((c) => c !== "").length >= 3) ?? [];
    return { code: "unknownLayout", headersFound: headersFound.filter((c) => c !== "").slice(0, 30), known: BILL_LAYOUTS.map((l) => `${l.platform}: ${l.id}`) };
  }
  const { layout, at } = found;
  const header = rows[at]!;
  const skipped: ParsedBill["skipped"] = {};
  const entries: BillEntry[] = [];
  let count = 0;
  rows.slice(at + 1).forEach((cells, k) => {
    if (cells.length === 0 || isFooter(cells)) {
      if (cells.some((c) => c !== "")) skipped.footer = (skipped.footer ?? 0) + 1;
      return;
    }
    count++;
    const record = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
    const result = layout.read(record, at + 2 + k);
    if (typeof result === "string") skipped[result] = (skipped[result] ?? 0) + 1;
    else entries.push(...result);
  });
  if (!entries.some((e) => e.kind === "sale")) return { code: "noSales", layout: layout.id };
  const platform = layout.platformFrom && !rows.some((r) => r.some((c) => layout.platformFrom!.pattern.test(c))) ? layout.platformFrom.otherwise : layout.platform;
  return { layout, platform, encoding, rows: count, entries, skipped };
}
