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
 */
export function runRateShares(entries: ReadonlyArray<{ platform: string; fit: number; adRatio: number }>, rule: AllocationRule): Share[] {
  if (entries.length === 0) return [];
  const focusCount = Math.min(rule.focusCount, entries.length);
  const focusShare = entries.length > focusCount ? rule.focusShare : 1;
  const fitOf = (from: number, to: number) => entries.slice(from, to).reduce((sum, e) => sum + Math.max(e.fit, 1), 0);
  const focusFit = fitOf(0, focusCount);
  const restFit = fitOf(focusCount, entries.length);
  const weights = entries.map((e, i) => (i < focusCount ? (focusShare * Math.max(e.fit, 1)) / focusFit : ((1 - focusShare) * Math.max(e.fit, 1)) / restFit));
  const byAds = entries.map((e, i) => weights[i]! / e.adRatio);
  const byAdsTotal = byAds.reduce((a, b) => a + b, 0);
  const bought = Number.isFinite(byAdsTotal) && byAdsTotal > 0 ? byAds : weights;
  const total = bought.reduce((a, b) => a + b, 0);
  return entries.map((e, i) => ({ platform: e.platform, budgetWeight: weights[i]!, targetShare: bought[i]! / total }));
}
