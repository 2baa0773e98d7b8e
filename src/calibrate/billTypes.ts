/** What a bill row is, for the plan: sales base, refunds, each fee the rates are made of, or money that is no cost. */
export type EntryKind = "sale" | "refund" | "commission" | "softwareFee" | "points" | "affiliate" | "paymentFees" | "cashMove" | "other";

export const RATE_KINDS = ["commission", "softwareFee", "points", "affiliate", "paymentFees"] as const;
export type RateKind = (typeof RATE_KINDS)[number];

/** One money amount read from a bill, positive: a sale, a refund or a fee (fees rebated are negative). */
export interface BillEntry {
  kind: EntryKind;
  amount: number;
  /** The ledger's serial number (re-imports are deduplicated on it); orders' own keys where a bill has none. */
  serial: string;
  /** Order reference, for counting orders. */
  order?: string;
  /** When the money moved, and when the order was placed: YYYY-MM-DD HH:MM:SS as the bill states it (local time). */
  at?: string;
  orderedAt?: string;
  /** What a cash move or other row was (its description), listed but never counted. */
  label?: string;
}

/** A row the parser could not use, and why (counted by reason). */
export type SkipReason = "noAmount" | "footer" | "duplicate" | "unreadableNumber";

/** A bill export layout: how to know it from its header row, and how to read a row. */
export interface BillLayout {
  id: string;
  platform: string;
  /** Every one of these headers is in the layout's header row. */
  required: readonly string[];
  /** Where one ledger serves two store types: the platform when some row mentions `pattern`, else `otherwise`. */
  platformFrom?: { pattern: RegExp; otherwise: string };
  read(row: Readonly<Record<string, string>>, rowNumber: number): BillEntry[] | SkipReason;
}
