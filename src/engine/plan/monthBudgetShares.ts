/**
 * Each open store's share of a month's ad budget: its 80/20 budget weight among the stores open that month, or equal
 * shares when none of them has a weight (stores that sell on their own traffic).
 */
export function monthBudgetShares(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => (total > 0 ? w / total : 1 / weights.length));
}
