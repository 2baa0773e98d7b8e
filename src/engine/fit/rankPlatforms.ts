import type { ReferenceData } from "../../data/referenceData";
import { fitScore, type FitScore } from "./fitScore";
import type { Product } from "./product";

/** Every platform in the data, best fit first (ties keep the data's order). */
export function rankPlatforms(data: ReferenceData, product: Product): FitScore[] {
  return Object.keys(data.rateCard.platforms)
    .map((platform) => fitScore(data, platform, product))
    .sort((a, b) => b.score - a.score);
}
