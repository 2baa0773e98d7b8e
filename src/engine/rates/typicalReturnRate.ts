import type { RateCard } from "../../data/schema/rateCard";
import type { Calculator } from "../calc/calculator";
import { numberCalculator } from "../calc/numberCalculator";

/** Highest return rate a platform × category is given: beyond it an order's economics stop meaning anything. */
const MAX_RETURN_RATE = 0.95;

/**
 * The category's typical (shelf) return rate raised by the platform's multiple, shifted by the platform's points, kept
 * within [0, 0.95]. The multiple works on the share kept: kept = (1 − shelf rate) ^ multiple, so a low rate is
 * multiplied (food's 2% at ×1.9 is 3.8%, not 12% as added points made it) and a high one saturates below 100%
 * (apparel's 50% is 73%). A platform's own difference in points (Vipshop's 2–3 above its peers) adds after.
 */
export const returnRateOf = <T>(c: Calculator<T>, x: { categoryRate: T; platformMultiple: T; platformAdjustment: T }): T =>
  c.min(
    c.constant(MAX_RETURN_RATE),
    c.max(c.constant(0), c.add(c.subtract(c.constant(1), c.power(c.subtract(c.constant(1), x.categoryRate), x.platformMultiple)), x.platformAdjustment)),
  );

/** The category's typical return rate for a platform (see returnRateOf). */
export function typicalReturnRate(card: RateCard, platform: string, category: string): number {
  const rates = card.platforms[platform]!;
  return returnRateOf(numberCalculator, {
    categoryRate: card.typicalReturnRate[category]!.value,
    platformMultiple: rates.returnRateMultiple.value,
    platformAdjustment: rates.returnRateAdjustment.value,
  });
}
