/* eslint-disable @typescript-eslint/no-explicit-any -- mixed text/number tables must be declared any[][] for the custom-functions metadata parser. */
/* Excel-facing metadata plus one call per function: custom-functions-metadata-plugin reads the JSDoc into functions.json. */
import { cell } from "../excelErrors";
import { explain as explainOf, fit as fitOf, rank as rankOf } from "../impl/fitFunctions";

/**
 * How well a product fits a platform, 0–100 (category, price, audience, brand, content, margin).
 * @customfunction
 * @param platform Platform name or code, e.g. "小红书".
 * @param category Category name or code, e.g. "美妆".
 * @param price Selling price in yuan.
 * @param [ageBand] Target buyers' age: a band (18-24, 25-30, 31-40, 41+), an age (28) or a range (18-30, 30+, 30岁以上).
 * @param [gender] Target buyers: female/女, male/男, all/any/不限.
 * @param [cityTier] City tier: 1/一线, 2/二线, 3/三线及以下/下沉, or a range (1-2, 一二线, 3-5).
 * @param [brandStatus] Trademark: none/无, applied/™, registered/®.
 * @param [contentCapacity] Content you can produce: none, low/weak, medium, high/strong (无/弱/中/强).
 * @param [brandStage] The brand's stage: new/新品牌 or established/成熟品牌 (platforms with entry gates, such as Vipshop, Dewu and JD self-operated, halve the score when not met).
 * @param [currentAnnualSales] The brand's existing sales a year in yuan, read by entry gates (default 0).
 * @returns Fit score 0–100.
 */
export function fit(
  platform: string,
  category: string,
  price: number,
  ageBand?: string | number,
  gender?: string,
  cityTier?: string | number,
  brandStatus?: string | boolean,
  contentCapacity?: string | number,
  brandStage?: string,
  currentAnnualSales?: number,
): number {
  return cell(() => fitOf(platform, { category, price, ageBand, gender, cityTier, brandStatus, contentCapacity, brandStage, currentAnnualSales }));
}

/**
 * Ranks all platforms for a product: platform, fit score, margin headroom and the top reason (spills with a header row).
 * @customfunction
 * @param category Category name or code, e.g. "服装".
 * @param price Selling price in yuan.
 * @param [ageBand] Target buyers' age: a band, an age or a range such as 18-30 or 30+.
 * @param [gender] Target buyers: female, male, all.
 * @param [cityTier] City tier: 1, 2, 3 (3 = tier 3 and below), or a range such as 1-2 or 一二线.
 * @param [brandStatus] Trademark: none, applied, registered.
 * @param [contentCapacity] Content capacity: none, low, medium, high.
 * @param [brandStage] new or established.
 * @param [currentAnnualSales] Existing sales a year in yuan.
 * @returns A table, best fit first.
 */
export function rankplatforms(
  category: string,
  price: number,
  ageBand?: string | number,
  gender?: string,
  cityTier?: string | number,
  brandStatus?: string | boolean,
  contentCapacity?: string | number,
  brandStage?: string,
  currentAnnualSales?: number,
): any[][] {
  return cell(() => rankOf({ category, price, ageBand, gender, cityTier, brandStatus, contentCapacity, brandStage, currentAnnualSales }));
}

/**
 * One sentence explaining a platform's fit score.
 * @customfunction
 * @param platform Platform name or code.
 * @param category Category name or code.
 * @param price Selling price in yuan.
 * @param [ageBand] Target buyers' age band, age or range.
 * @param [gender] female, male or all.
 * @param [cityTier] 1, 2, 3 or a range such as 1-2.
 * @param [brandStatus] none, applied or registered.
 * @param [contentCapacity] none, low, medium or high.
 * @param [brandStage] new or established.
 * @param [currentAnnualSales] Existing sales a year in yuan.
 * @returns The score and its strongest reasons.
 */
export function explain(
  platform: string,
  category: string,
  price: number,
  ageBand?: string | number,
  gender?: string,
  cityTier?: string | number,
  brandStatus?: string | boolean,
  contentCapacity?: string | number,
  brandStage?: string,
  currentAnnualSales?: number,
): string {
  return cell(() => explainOf(platform, { category, price, ageBand, gender, cityTier, brandStatus, contentCapacity, brandStage, currentAnnualSales }));
}
