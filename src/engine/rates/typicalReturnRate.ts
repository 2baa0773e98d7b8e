import type { RateCard } from "../../data/schema/rateCard";

/** The category's typical return rate shifted by the platform's adjustment, kept within [0, 0.95]. */
export function typicalReturnRate(card: RateCard, platform: string, category: string): number {
  const base = card.typicalReturnRate[category]!.value;
  const adjustment = card.platforms[platform]!.returnRateAdjustment.value;
  return Math.min(0.95, Math.max(0, base + adjustment));
}
