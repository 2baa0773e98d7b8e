export interface EntryStep {
  platform: string;
  order: number;
  /** Month (1-based) to open this platform if each earlier one breaks through on schedule. */
  openMonth: number;
}

/**
 * Single-point breakthrough: enter one platform at a time, best first, and open the next
 * only after the current one has broken through (`breakthroughMonths` apart at the earliest).
 */
export function entrySequence(rankedPlatforms: readonly string[], breakthroughMonths: number): EntryStep[] {
  return rankedPlatforms.map((platform, i) => ({ platform, order: i + 1, openMonth: 1 + i * breakthroughMonths }));
}
