import type { ProfitFix } from "./profitFix";

/** existing: a store the brand already runs (never an entry verdict). */
export type VerdictKind = "existing" | "enter_now" | "enter_later" | "not_profitable" | "dont_enter";
export type VerdictReason =
  | "already_selling"
  | "budget_shrinks"
  | "best_fit"
  | "after_previous"
  | "slow_payback"
  /** A new store that carries its team and fixed costs at run rate but earns less than the company overhead its sales bring. */
  | "short_of_overhead"
  /** A new store that would carry its own costs but, beside other stores, not the company overhead its sales bring: it would lower the company's profit. */
  | "below_overhead"
  | "loss_per_order"
  | "below_break_even"
  /** below_break_even on a supply account (profiles: supplyAccount): its key-account manager and share of the fixed costs, not a store team. */
  | "supply_below_break_even"
  | "gate"
  | "low_fit"
  | "platform_limit"
  | "same_marketplace"
  | "store_type"
  | "not_chosen"
  /** The running stores already sell the whole target: no growth is left for a new platform to sell. */
  | "no_growth";

export interface Verdict {
  kind: VerdictKind;
  reason: VerdictReason;
  /** Month the platform opens (enter verdicts; 1 for a store already running); null when the previous platform does not pay within the horizon. */
  openMonth: number | null;
  /** The platform opened before this one (enter_later). */
  after: string | null;
  /** What would make it profitable (not_profitable). */
  fix: ProfitFix | null;
}

/** A new store whose turn comes after the plan's last opening month (deferStores): in the sequence, with no month, share or people. */
export const opensAfterPlan = (v: Pick<Verdict, "kind" | "openMonth">): boolean => v.kind === "enter_later" && v.openMonth === null;

/** A store the brand already runs: its sales today against what its share of the ad budget buys once steady. */
export interface ExistingStore {
  /** Its current monthly sales, as the user stated them. */
  monthlySales: number;
  /** Its average monthly sales over the plan's last 12 months. */
  steadyMonthlySales: number;
  /** Its budget share buys less than it sells today (by more than an order a month). */
  shrinks: boolean;
}
