import { DEFAULTS } from "../core/defaults";
import type { RateCard } from "../../data/schema/rateCard";

/** The category's typical return rate shifted by the platform's adjustment, kept within [0, 0.95]. */
export function typicalReturnRate(card: RateCard, platform: string, category: string): number {
  const base = card.typicalReturnRate[category]!.value;
  const adjustment = card.platforms[platform]!.returnRateAdjustment.value;
  return Math.min(0.95, Math.max(0, base + adjustment));
}

/**
 * Ad spend as a share of all sales when the default paid share of sales is bought at the middle of the platform's
 * ROI range: the same ad model as the plan (paid share ÷ ROI).
 */
export function typicalAdRatio(card: RateCard, platform: string, paidShare: number = DEFAULTS.paidShare): number {
  const { low, high } = card.platforms[platform]!.adRoi;
  return (2 * paidShare) / (low.value + high.value);
}
