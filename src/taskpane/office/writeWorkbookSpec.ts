import { isChannelFitTable } from "../../report/workbookTableName";
import type { WorkbookSpec } from "../../report/workbookSpec";
import { CHUNK_BUDGET_BYTES, type Budget } from "./requestBudget";
import { writeSheet } from "./writeSheet";

type Run = typeof Excel.run;
export const OWNED_KEY = "ChannelFit.ownedSheets";
export { CHUNK_BUDGET_BYTES };

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
    sheets.load("items/name,items/tables/items/name");
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
    // Sheets holding CF_ tables are ChannelFit's too (the CLI's workbook opened in Excel): table names are
    // workbook-wide, so they are replaced with the rest, after the same question, or the write would clash.
    const holdsOurTables = new Set(sheets.items.filter((s) => s.tables.items.some((t) => isChannelFitTable(t.name))).map((s) => s.name));
    const ours = existing.filter((n) => owned.includes(n) || holdsOurTables.has(n));
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
