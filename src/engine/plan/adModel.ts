import type { RateCard } from "../../data/schema/rateCard";
import type { Calculator } from "../calc/calculator";
import { numberCalculator } from "../calc/numberCalculator";

/** The platform's typical return on ad spend: the middle of its ROI range. */
export function typicalRoi(card: RateCard, platform: string, roiFactor = 1): number {
  const { low, high } = card.platforms[platform]!.adRoi;
  return roiOf(numberCalculator, { roiLow: low.value, roiHigh: high.value, roiFactor });
}

/** The ROI of a platform's ads in a category, once for both backends: the middle of the platform's range × the category's factor. */
export function roiOf<T>(c: Calculator<T>, x: { roiLow: T; roiHigh: T; roiFactor: T }): T {
  return c.multiply(c.quotient(c.add(x.roiLow, x.roiHigh), c.constant(2)), x.roiFactor);
}

/** Ad spend as a share of sales, once for both backends: the paid share of sales ÷ the ROI it is bought at. */
export function adRatioOf<T>(c: Calculator<T>, x: { paidShare: T; roi: T }): T {
  return c.quotient(x.paidShare, x.roi);
}

/** Ads per order, once for both backends: the ad ratio × the price. */
export function adsPerOrderOf<T>(c: Calculator<T>, x: { adRatio: T; price: T }): T {
  return c.multiply(x.adRatio, x.price);
}

/**
 * Ad spend as a share of all sales. Only the paid share of sales is bought, at the platform's ROI:
 * `a = paid share ÷ ROI`, the ROI being the platform's typical one × the category's ROI factor (costs data). The same figure drives the per-order margin and every month's ad spend.
 *
 * @example
 * adRatio(card, "TMALL", 0.4) //=> 0.1143 (ROI 3.5: 40% of sales bought at ¥1 of ads per ¥3.50)
 */
export function adRatio(card: RateCard, platform: string, paidShare: number, roiFactor = 1): number {
  return adRatioOf(numberCalculator, { paidShare, roi: typicalRoi(card, platform, roiFactor) });
}

/**
 * The traffic view of the same spend: ad spend ÷ paid visitors. Paid visitors buy at the conversion rate
 * and order value, so ROI = conversion × order value ÷ CPC, and CPC = conversion × order value ÷ ROI.
 */
export function costPerClickOf<T>(c: Calculator<T>, x: { conversionRate: T; averageOrderValue: T; roi: T }): T {
  return c.quotient(c.multiply(x.conversionRate, x.averageOrderValue), x.roi);
}

export const impliedCostPerClick = (conversionRate: number, averageOrderValue: number, roi: number): number =>
  costPerClickOf(numberCalculator, { conversionRate, averageOrderValue, roi });

/** The ROI a given cost per click implies at this conversion rate and order value; none (null) without a positive cost per click. */
export function impliedRoiAt<T>(c: Calculator<T>, x: { conversionRate: T; averageOrderValue: T; costPerClick: T }): T | null {
  const costPerClick = c.numeric(x.costPerClick);
  return c.ifGreater(costPerClick, c.constant(0), c.divide(c.multiply(x.conversionRate, x.averageOrderValue), costPerClick), null);
}

export const impliedRoi = (conversionRate: number, averageOrderValue: number, costPerClick: number): number | null =>
  impliedRoiAt(numberCalculator, { conversionRate, averageOrderValue, costPerClick });
