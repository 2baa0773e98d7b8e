/** The most cash the plan has out at once: minus the lowest cumulative cash, 0 if it never goes below 0. */
export function peakCashNeed(cumulativeCash: readonly number[]): number {
  return Math.max(0, -Math.min(0, ...cumulativeCash)) + 0;
}
