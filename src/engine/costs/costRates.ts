import type { BusinessModel, CostField, Costs } from "../../data/schema/costs";
import { COST_FIELD_NAMES } from "../../data/schema/costFields";
import type { Figure } from "../../data/schema/figure";
import { memoPerObject } from "../core/memoPerObject";

/** Every cost figure resolved to a number for one platform and category. */
export type CostRates = Record<CostField, number>;

/**
 * The figure behind one cost field, from the most specific level that states it: platform × category, platform,
 * category, then the defaults (which state every field, so a category added later always resolves).
 */
export function costFigure(costs: Costs, platform: string, category: string, field: CostField): Figure {
  const p = costs.platforms[platform];
  return p?.byCategory?.[category]?.[field] ?? p?.costs[field] ?? costs.byCategory[category]?.[field] ?? costs.defaults[field];
}

const ratesOf = memoPerObject((_costs: Costs) => new Map<string, Map<string, CostRates>>());

/** The cost figures' values for a platform and category (memoised per data set, platform and category: formulas call this per cell). */
export function costRates(costs: Costs, platform: string, category: string): CostRates {
  const byPlatform = ratesOf(costs);
  let byCategory = byPlatform.get(platform);
  if (!byCategory) byPlatform.set(platform, (byCategory = new Map()));
  let rates = byCategory.get(category);
  if (!rates) {
    rates = Object.fromEntries(COST_FIELD_NAMES.map((f) => [f, costFigure(costs, platform, category, f).value])) as CostRates;
    byCategory.set(category, rates);
  }
  return rates;
}

/** How the platform makes its money from the brand (retail marketplace, wholesale flash sale, authentication…). */
export function businessModelOf(costs: Costs, platform: string): BusinessModel {
  return costs.businessModels[costs.platforms[platform]!.model]!;
}

/** 1 where the brand buys the platform's ads, 0 where the platform sells on its own traffic (business model data). */
export const advertisesOn = (costs: Costs, platform: string): 0 | 1 => (businessModelOf(costs, platform).advertising ? 1 : 0);
