/** The most cash the plan has out at once: minus the lowest cumulative cash, 0 if it never goes below 0. */
export function peakCashNeed(cumulativeCash: readonly number[]): number {
  return Math.max(0, -Math.min(0, ...cumulativeCash)) + 0;
}

/** The month the plan has the most cash out (the first month of its lowest cumulative cash); null if it never goes below 0. */
export function peakCashMonth(totals: ReadonlyArray<{ month: number; cumulativeCash: number }>): number | null {
  const lowest = Math.min(0, ...totals.map((t) => t.cumulativeCash));
  return lowest < 0 ? totals.find((t) => t.cumulativeCash === lowest)!.month : null;
}
