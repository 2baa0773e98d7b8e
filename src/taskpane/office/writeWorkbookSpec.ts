import { formatOfCell, isFormula, valueOf, type BlockSpec, type CellFormat, type CellValue, type SheetSpec, type TableSpec, type WorkbookSpec } from "../../report/workbookSpec";
import { NUMBER_FORMATS } from "../../report/xlsx/formats";

type Run = typeof Excel.run;
export const OWNED_KEY = "ChannelFit.ownedSheets";
/** Excel on the web rejects requests over 5 MB; sync before the queued writes reach this. */
export const CHUNK_BUDGET_BYTES = 4 * 1024 * 1024;

export interface WriteOptions {
  /** Asked only when ChannelFit sheets from an earlier write exist; false leaves the workbook as it was. */
  confirmReplace(names: string[]): Promise<boolean>;
  onProgress?(done: number, total: number): void;
}

export interface WriteReport {
  written: string[];
  syncs: number;
  payloadBytes: number;
  cancelled: boolean;
}

const col = (i: number) => String.fromCharCode(65 + i);
const formatOf = (f: CellFormat) => (f === "text" ? "@" : NUMBER_FORMATS[f]);
/**
 * What range.formulas takes: "=…" for a live cell (Excel computes its value), the constant otherwise; text that
 * Excel would read as a formula (a product named "=HYPERLINK(…)") keeps a leading apostrophe, so it stays text.
 */
function cellFormula(v: CellValue): string | number {
  if (isFormula(v)) return `=${v.formula}`;
  const plain = valueOf(v) ?? "";
  return typeof plain === "string" && /^[=+\-@]/.test(plain) ? `'${plain}` : plain;
}

/** Tracks queued bytes; makeRoom syncs first when the next write would push the request past the budget. */
interface Budget {
  queued(values: unknown): void;
  makeRoom(bytes: number): Promise<void>;
}

function freeName(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 1; ; i++) {
    const candidate = `${wanted.slice(0, 24)} (CF${i > 1 ? i : ""})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Writes a workbook spec into the open workbook in one Excel.run: ChannelFit's own sheets only (remembered in a
 * workbook setting), never another sheet; whole-range writes; two syncs plus one per 4 MB of queued data.
 */
export async function writeWorkbookSpec(run: Run, spec: WorkbookSpec, options: WriteOptions): Promise<WriteReport> {
  return run(async (context) => {
    let syncs = 0;
    let payloadBytes = 0;
    let pending = 0;
    const sync = async () => {
      syncs++;
      pending = 0;
      await context.sync();
    };
    const budget: Budget = {
      queued: (values: unknown) => {
        const bytes = JSON.stringify(values).length;
        payloadBytes += bytes;
        pending += bytes;
      },
      makeRoom: async (bytes: number) => {
        if (pending > 0 && pending + bytes > CHUNK_BUDGET_BYTES) await sync();
      },
    };

    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const ownedSetting = context.workbook.settings.getItemOrNullObject(OWNED_KEY);
    ownedSetting.load("value");
    await sync();

    const existing = sheets.items.map((s) => s.name);
    let owned: string[] = [];
    try {
      const parsed: unknown = ownedSetting.isNullObject ? [] : JSON.parse(String(ownedSetting.value));
      owned = Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === "string") : [];
    } catch {
      owned = [];
    }
    const ours = existing.filter((n) => owned.includes(n));
    if (ours.length > 0 && !(await options.confirmReplace(ours))) return { written: [], syncs, payloadBytes, cancelled: true };

    context.application.suspendApiCalculationUntilNextSync();
    // New sheets are added before the old ones are deleted (a workbook must keep a sheet), under a
    // temporary name where they would clash, and renamed once the old ones are gone.
    const keep = new Set(existing.filter((n) => !ours.includes(n)).map((n) => n.toLowerCase()));
    const written: string[] = [];
    const added: Excel.Worksheet[] = [];
    for (const [i, sheet] of spec.sheets.entries()) {
      const name = freeName(sheet.name, new Set([...keep, ...written.map((w) => w.toLowerCase())]));
      const ws = sheets.add(ours.includes(name) ? `${name}~` : name);
      added.push(ws);
      await writeSheet(ws, sheet, budget);
      written.push(name);
      options.onProgress?.(i + 1, spec.sheets.length);
    }
    for (const old of ours) sheets.getItem(old).delete();
    added.forEach((ws, i) => (ws.name = written[i]!));
    context.workbook.settings.add(OWNED_KEY, JSON.stringify(written));
    added[0]?.activate();
    await sync();
    return { written, syncs, payloadBytes, cancelled: false };
  });
}

async function writeSheet(ws: Excel.Worksheet, sheet: SheetSpec, budget: Budget): Promise<void> {
  ws.showGridlines = false;
  let row = 1;
  const tableRows = new Map<string, number>();
  for (const block of sheet.blocks) {
    if (block.kind === "table") {
      await writeTable(ws, block.table, row, budget);
      tableRows.set(block.table.name, row);
      row += block.table.rows.length + 2;
    } else row = writeTextBlock(ws, block, row, budget.queued);
  }
  if (sheet.chart) {
    const headerRow = tableRows.get(sheet.chart.table)!;
    const table = sheet.blocks.find((b): b is Extract<BlockSpec, { kind: "table" }> => b.kind === "table" && b.table.name === sheet.chart!.table)!.table;
    const first = Math.min(sheet.chart.categoryColumn, sheet.chart.valueColumn);
    const line = sheet.chart.kind === "line";
    // A line plots its value column alone: its categories are months 1…n, the axis Excel gives a single series.
    const data = line ? ws.getRange(`${col(sheet.chart.valueColumn)}${headerRow}:${col(sheet.chart.valueColumn)}${headerRow + table.rows.length}`) : ws.getRange(`${col(first)}${headerRow}:${col(first + 1)}${headerRow + table.rows.length}`);
    const chart = ws.charts.add(line ? Excel.ChartType.line : Excel.ChartType.barClustered, data, Excel.ChartSeriesBy.columns);
    chart.title.text = sheet.chart.title;
    chart.legend.visible = false;
    chart.setPosition(`A${row}`, line ? `M${row + 20}` : `H${row + Math.max(16, table.rows.length * 2)}`);
  }
}

function writeTextBlock(ws: Excel.Worksheet, block: Exclude<BlockSpec, { kind: "table" }>, row: number, queued: (v: unknown) => void): number {
  switch (block.kind) {
    case "title":
    case "heading": {
      const r = ws.getRange(`A${row}`);
      r.values = [[block.text]];
      queued(r.values);
      r.format.font.bold = true;
      r.format.font.size = block.kind === "title" ? 16 : 12;
      if (block.kind === "title") r.format.font.color = "#007870";
      return row + (block.kind === "title" ? 2 : 1);
    }
    case "facts": {
      const r = ws.getRange(`A${row}:B${row + block.rows.length - 1}`);
      const values = block.rows.map((f) => [f.label, cellFormula(f.value)]);
      r.formulas = values;
      r.numberFormat = block.rows.map((f) => ["@", formatOf(formatOfCell(f.value, f.format))]);
      queued(values);
      ws.getRange(`A${row}:A${row + block.rows.length - 1}`).format.font.bold = true;
      return row + block.rows.length + 1;
    }
    case "notes": {
      const r = ws.getRange(`A${row}:A${row + block.lines.length - 1}`);
      r.values = block.lines.map((l) => [`• ${l}`]);
      queued(r.values);
      return row + block.lines.length + 1;
    }
  }
}

/** At most this many rows per write, and fewer when rows are wide, so one block stays well under the budget. */
const MAX_ROWS_PER_BLOCK = 2000;

async function writeTable(ws: Excel.Worksheet, table: TableSpec, row: number, budget: Budget): Promise<void> {
  const last = col(table.columns.length - 1);
  const end = row + table.rows.length;
  const header = ws.getRange(`A${row}:${last}${row}`);
  header.values = [table.columns.map((c) => c.header)];
  budget.queued(header.values);
  const formats = table.columns.map((c) => formatOf(c.format));
  const formatBytes = JSON.stringify(formats).length;
  const sample = table.rows.slice(0, 50);
  const rowBytes = (sample.length ? JSON.stringify(sample).length / sample.length : 1) + formatBytes;
  const rowsPerBlock = Math.max(1, Math.min(MAX_ROWS_PER_BLOCK, Math.floor(CHUNK_BUDGET_BYTES / 4 / rowBytes)));
  for (let start = 0; start < table.rows.length; start += rowsPerBlock) {
    const rows = table.rows.slice(start, start + rowsPerBlock);
    const block = rows.map((r) => r.map(cellFormula));
    const numberFormat = rows.map((r) => r.map((v, i) => formatOf(formatOfCell(v, table.columns[i]!.format))));
    await budget.makeRoom(JSON.stringify(block).length + block.length * formatBytes);
    const first = row + 1 + start;
    const range = ws.getRange(`A${first}:${last}${first + block.length - 1}`);
    range.formulas = block;
    range.numberFormat = numberFormat;
    budget.queued(block);
    budget.queued(numberFormat);
  }
  const t = ws.tables.add(`A${row}:${last}${end}`, true);
  t.name = `CF_${table.name}`;
  table.columns.forEach((c, i) => (ws.getRange(`${col(i)}:${col(i)}`).format.columnWidth = Math.max(c.width * 7, 40)));
  for (const h of table.highlights ?? []) {
    const target = ws.getRange(`${col(h.column)}${row + 1}:${col(h.column)}${end}`);
    if (h.rule === "dataBar") target.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
    else if (h.rule === "colorScale") {
      const cf = target.conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
      cf.colorScale.criteria = {
        minimum: { type: Excel.ConditionalFormatColorCriterionType.lowestValue, color: "#F8696B" },
        midpoint: { formula: "50", type: Excel.ConditionalFormatColorCriterionType.percentile, color: "#FFEB84" },
        maximum: { type: Excel.ConditionalFormatColorCriterionType.highestValue, color: "#63BE7B" },
      };
    } else {
      const cf = target.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      cf.cellValue.format.font.color = "#C00000";
      cf.cellValue.rule = { formula1: "0", operator: Excel.ConditionalCellValueOperator.lessThan };
    }
  }
}
