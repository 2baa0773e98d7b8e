import type { ExistingStore, Verdict } from "./verdictTypes";

/** What decides an entered or running platform's verdict, all worked out by the plan before. */
export interface EnteredFacts {
  existing: ExistingStore | null;
  /** Its place among the new stores in entry order (0: the focus, opened first). */
  index: number;
  openMonth: number | null;
  /** The new store opened before it (null for the first). */
  after: string | null;
  /** Short of the company overhead its sales bring at run rate (shortOfOverhead). */
  short: boolean;
  /** Run long enough to be judged and not paid back within the plan (paysBackTooSlowly). */
  slow: boolean;
}

/**
 * A running store is `existing` (shrinking when its budget share buys less than it sells today); a new one enters now
 * (the focus) or later, its reason the worst that holds: short of overhead, then a slow payback, else its place.
 */
export function enteredVerdict(f: EnteredFacts): Verdict {
  if (f.existing) return { kind: "existing", reason: f.existing.shrinks ? "budget_shrinks" : "already_selling", openMonth: f.openMonth, after: null, fix: null };
  const first = f.index === 0;
  return {
    kind: first ? "enter_now" : "enter_later",
    reason: f.short ? "short_of_overhead" : f.slow ? "slow_payback" : first ? "best_fit" : "after_previous",
    openMonth: f.openMonth,
    after: f.after,
    fix: null,
  };
}
