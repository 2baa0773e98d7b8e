import type { RateCard } from "../../data/schema/rateCard";
import type { Calculator } from "../calc/calculator";
import { numberCalculator } from "../calc/numberCalculator";

/** The platform's typical return on ad spend: the middle of its ROI range. */
export function typicalRoi(card: RateCard, platform: string): number {
  const { low, high } = card.platforms[platform]!.adRoi;
  return (low.value + high.value) / 2;
}

/**
 * Ad spend as a share of all sales. Only the paid share of sales is bought, at the platform's ROI:
 * `a = paid share ÷ ROI`, the ROI being the platform's typical one × the category's ROI factor (costs data). The same figure drives the per-order margin and every month's ad spend.
 *
 * @example
 * adRatio(card, "TMALL", 0.4) //=> 0.1143 (ROI 3.5: 40% of sales bought at ¥1 of ads per ¥3.50)
 */
export function adRatio(card: RateCard, platform: string, paidShare: number, roiFactor = 1): number {
  return paidShare / (typicalRoi(card, platform) * roiFactor);
}

/**
 * The traffic view of the same spend: ad spend ÷ paid visitors. Paid visitors buy at the conversion rate
 * and order value, so ROI = conversion × order value ÷ CPC, and CPC = conversion × order value ÷ ROI.
 */
export function impliedCostPerClick(conversionRate: number, avgOrderValue: number, roi: number): number {
  return (conversionRate * avgOrderValue) / roi;
}

/** The ROI a given cost per click implies at this conversion rate and order value; none (null) without a positive cost per click. */
export function impliedRoiAt<T>(c: Calculator<T>, x: { conversionRate: T; averageOrderValue: T; costPerClick: T }): T | null {
  const costPerClick = c.numeric(x.costPerClick);
  return c.ifGreater(costPerClick, c.constant(0), c.divide(c.multiply(x.conversionRate, x.averageOrderValue), costPerClick), null);
}

export const impliedRoi = (conversionRate: number, averageOrderValue: number, costPerClick: number): number | null =>
  impliedRoiAt(numberCalculator, { conversionRate, averageOrderValue, costPerClick });
