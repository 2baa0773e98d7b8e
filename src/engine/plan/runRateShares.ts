import type { AllocationRule } from "./allocateBudget";

export interface Share {
  platform: string;
  /** The 80/20 weight of the ad spend. */
  budgetWeight: number;
  /** Share of the sales target that this weight of ad spend buys, given each platform's ad ratio. */
  targetShare: number;
}

/**
 * The 80/20 rule on the ad spend: the first (focus) platform gets `focusShare` of it, the others share the rest
 * by fit. Each platform's share of the target is what its spend buys (spend ÷ ad ratio), so the spend the
 * target needs splits exactly 80/20. Without ads (paid share 0) the target splits by the same weights.
 * A platform the brand buys no ads on (`advertises` 0: it sells on its own traffic) takes no budget: the budget
 * splits among the others in proportion to their weights, and its weight is the share of the target it sells alone.
 */
export function runRateShares(entries: ReadonlyArray<{ platform: string; fit: number; adRatio: number; advertises: number }>, rule: AllocationRule): Share[] {
  if (entries.length === 0) return [];
  const focusCount = Math.min(rule.focusCount, entries.length);
  const focusShare = entries.length > focusCount ? rule.focusShare : 1;
  const fitOf = (from: number, to: number) => entries.slice(from, to).reduce((sum, e) => sum + Math.max(e.fit, 1), 0);
  const focusFit = fitOf(0, focusCount);
  const restFit = fitOf(focusCount, entries.length);
  const weights = entries.map((e, i) => (i < focusCount ? (focusShare * Math.max(e.fit, 1)) / focusFit : ((1 - focusShare) * Math.max(e.fit, 1)) / restFit));
  const adWeights = weights.map((w, i) => w * entries[i]!.advertises);
  const ownShare = weights.reduce((sum, w, i) => sum + w - adWeights[i]!, 0);
  const adTotal = adWeights.reduce((a, b) => a + b, 0);
  const budgetWeights = ownShare === 0 ? weights : adWeights.map((w) => (adTotal > 0 ? w / adTotal : 0));
  const byAds = adWeights.map((w, i) => (w === 0 ? 0 : w / entries[i]!.adRatio));
  const byAdsTotal = byAds.reduce((a, b) => a + b, 0);
  const bought = Number.isFinite(byAdsTotal) && byAdsTotal > 0 ? byAds : adWeights;
  const total = bought.reduce((a, b) => a + b, 0);
  return entries.map((e, i) => ({
    platform: e.platform,
    budgetWeight: budgetWeights[i]!,
    targetShare: e.advertises ? (total > 0 ? ((1 - ownShare) * bought[i]!) / total : 0) : weights[i]!,
  }));
}
