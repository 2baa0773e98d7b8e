/** The most cash the plan has out at once: minus the lowest cumulative cash, 0 if it never goes below 0. */
export function peakCashNeed(cumulativeCash: readonly number[]): number {
  return Math.max(0, -Math.min(0, ...cumulativeCash)) + 0;
}

/**
 * The month (1-based) from which cumulative cash stays at or above 0 to the end of the horizon, the month after the
 * last month it is negative; month 1 when it never is; null when it is still negative at the end.
 */
export function cashPaybackMonth(cumulativeCash: readonly number[]): number | null {
  if (cumulativeCash.length === 0) return null;
  const lastNegative = cumulativeCash.reduce((last, cash, i) => (cash < 0 ? i + 1 : last), 0);
  return lastNegative === cumulativeCash.length ? null : lastNegative + 1;
}
