import { RATE_KINDS, type BillEntry, type RateKind, type SkipReason } from "./billTypes";
import type { ParsedBill } from "./parseBill";

export const CALIBRATION_FORMAT = "channelfit-calibration/1";

export interface CalibratedPlatform {
  period: { from: string; to: string };
  orders: number;
  /** The sales base: what buyers paid (refunded orders included). */
  sales: number;
  refunds: number;
  /** Each a fraction of the sales base, to 4 decimals; a rate the bills could not show is absent, never 0. */
  rates: Partial<Record<RateKind | "refundRate", number>>;
  /** Median days from order to money, where the bills give both times. */
  settlementDays?: number;
  sources: string[];
}

export interface CalibrationFile {
  file: string;
  platform: string;
  layout: string;
  encoding: string;
  rows: number;
  used: number;
  skipped: Array<{ reason: SkipReason; count: number }>;
  /** Money that moved but is no cost (withdrawals, deposits, top-ups): listed, never in a rate. */
  notCosts: Array<{ label: string; count: number; amount: number }>;
}

export interface Calibration {
  format: typeof CALIBRATION_FORMAT;
  generatedAt: string;
  files: CalibrationFile[];
  platforms: Record<string, CalibratedPlatform>;
}

const fen = (x: number) => Math.round(x * 100) / 100;
const round4 = (x: number) => Math.round(x * 10000) / 10000;
const days = (from: string, to: string) => (Date.parse(to.replace(" ", "T") + "Z") - Date.parse(from.replace(" ", "T") + "Z")) / 86_400_000;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Effective rates per platform from parsed bills: duplicates (the same ledger serial in two files) count once. */
export function calibrate(bills: ReadonlyArray<{ file: string; bill: ParsedBill }>, generatedAt: Date): Calibration {
  const seen = new Set<string>();
  const byPlatform = new Map<string, { entries: BillEntry[]; sources: string[] }>();
  const files: CalibrationFile[] = bills.map(({ file, bill }) => {
    let duplicates = 0;
    const fresh = bill.entries.filter((e) => {
      const key = `${e.serial}|${e.kind}`;
      if (seen.has(key)) return (duplicates++, false);
      return (seen.add(key), true);
    });
    const group = byPlatform.get(bill.platform) ?? { entries: [], sources: [] };
    group.entries.push(...fresh.filter((e) => e.kind !== "cashMove" && e.kind !== "other"));
    group.sources.push(file);
    byPlatform.set(bill.platform, group);
    const skipped = { ...bill.skipped, ...(duplicates ? { duplicate: duplicates } : {}) };
    const moves = new Map<string, { count: number; amount: number }>();
    for (const e of fresh.filter((x) => x.kind === "cashMove" || x.kind === "other")) {
      const m = moves.get(e.label ?? e.kind) ?? { count: 0, amount: 0 };
      moves.set(e.label ?? e.kind, { count: m.count + 1, amount: fen(m.amount + e.amount) });
    }
    return {
      file,
      platform: bill.platform,
      layout: bill.layout.id,
      encoding: bill.encoding,
      rows: bill.rows,
      used: new Set(fresh.filter((e) => e.kind !== "cashMove" && e.kind !== "other").map((e) => e.serial)).size,
      skipped: Object.entries(skipped).map(([reason, count]) => ({ reason: reason as SkipReason, count: count! })),
      notCosts: [...moves].map(([label, m]) => ({ label, ...m })),
    };
  });
  const platforms: Record<string, CalibratedPlatform> = {};
  for (const [code, { entries, sources }] of byPlatform) {
    const total = (kind: string) => entries.filter((e) => e.kind === kind).reduce((s, e) => s + e.amount, 0);
    const sales = total("sale");
    if (sales <= 0) continue;
    const rates: CalibratedPlatform["rates"] = {};
    for (const kind of RATE_KINDS) if (entries.some((e) => e.kind === kind)) rates[kind] = round4(total(kind) / sales);
    rates.refundRate = round4(total("refund") / sales);
    const times = entries
      .map((e) => e.at?.slice(0, 10))
      .filter((t): t is string => Boolean(t))
      .sort();
    const lags = entries
      .filter((e) => e.kind === "sale" && e.at && e.orderedAt)
      .map((e) => days(e.orderedAt!, e.at!))
      .filter((d) => d >= 0);
    platforms[code] = {
      period: { from: times[0] ?? "", to: times[times.length - 1] ?? "" },
      orders: new Set(entries.filter((e) => e.kind === "sale").map((e) => e.order ?? e.serial)).size,
      sales: fen(sales),
      refunds: fen(total("refund")),
      rates,
      ...(lags.length ? { settlementDays: Math.round(median(lags) * 10) / 10 } : {}),
      sources: [...new Set(sources)],
    };
  }
  return { format: CALIBRATION_FORMAT, generatedAt: generatedAt.toISOString(), files, platforms };
}
