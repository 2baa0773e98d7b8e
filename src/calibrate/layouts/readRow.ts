import { billNumber, billTime } from "../billText";
import type { BillEntry, EntryKind, SkipReason } from "../billTypes";

/** Reads amounts and times from a row by header, or says why a row cannot be read. */
export class RowReader {
  unreadable = false;
  constructor(private readonly row: Readonly<Record<string, string>>) {}

  text(...headers: string[]): string {
    for (const h of headers) if (this.row[h] !== undefined && this.row[h] !== "") return this.row[h]!.trim();
    return "";
  }

  amount(...headers: string[]): number {
    for (const h of headers) {
      const n = billNumber(this.row[h]);
      if (n === "unreadable") this.unreadable = true;
      else if (n !== null) return n;
    }
    return 0;
  }

  time(...headers: string[]): string | undefined {
    return billTime(this.text(...headers));
  }

  /** The row's entries with their amounts made positive costs (fees are written negative in most bills), zeros dropped. */
  result(entries: ReadonlyArray<{ kind: EntryKind; amount: number } & Partial<BillEntry>>, base: Omit<BillEntry, "kind" | "amount">): BillEntry[] | SkipReason {
    if (this.unreadable) return "unreadableNumber";
    const kept = entries.filter((e) => e.amount !== 0).map((e) => ({ ...base, ...e }));
    return kept.length > 0 ? kept : "noAmount";
  }
}

/** The first kind whose pattern matches the text, else `otherwise`. */
export function kindOf(text: string, rules: ReadonlyArray<readonly [RegExp, EntryKind]>, otherwise: EntryKind): EntryKind {
  return rules.find(([pattern]) => pattern.test(text))?.[1] ?? otherwise;
}

/** Money that moves but is no cost: withdrawals, deposits, top-ups, frozen funds, loans. */
export const CASH_MOVES = /提现|保证金|充值|冻结|网商贷|转账到银行|代扣款.*(直通车|品销宝|万相台)/;
