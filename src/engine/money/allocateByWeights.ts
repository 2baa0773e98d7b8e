/**
 * Splits `total` (in yuan) by `weights` into fen-exact parts that add up to `total`,
 * giving leftover fen to the largest remainders (ties: earlier index first).
 * Weights must be non-negative with a positive sum.
 */
export function allocateByWeights(total: number, weights: readonly number[]): number[] {
  const fen = Math.round(total * 100);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (fen * w) / sum);
  const parts = exact.map(Math.floor);
  let left = fen - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) {
    const slot = order[k]!.i;
    parts[slot] = parts[slot]! + 1;
  }
  return parts.map((p) => p / 100);
}
