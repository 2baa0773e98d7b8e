import type { RateCard } from "../../data/schema/rateCard";
import type { Calculator } from "../calc/calculator";
import { numberCalculator } from "../calc/numberCalculator";

/** Highest return rate a platform × category is given: beyond it an order's economics stop meaning anything. */
const MAX_RETURN_RATE = 0.95;

/** The category's typical return rate shifted by the platform's adjustment, kept within [0, 0.95]. */
export const returnRateOf = <T>(c: Calculator<T>, x: { categoryRate: T; platformAdjustment: T }): T =>
  c.min(c.constant(MAX_RETURN_RATE), c.max(c.constant(0), c.add(x.categoryRate, x.platformAdjustment)));

/** The category's typical return rate shifted by the platform's adjustment, kept within [0, 0.95]. */
export function typicalReturnRate(card: RateCard, platform: string, category: string): number {
  const base = card.typicalReturnRate[category]!.value;
  const adjustment = card.platforms[platform]!.returnRateAdjustment.value;
  return returnRateOf(numberCalculator, { categoryRate: base, platformAdjustment: adjustment });
}
