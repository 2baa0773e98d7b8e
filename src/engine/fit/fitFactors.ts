import type { FitFactor } from "../../data/schema/model";
import type { ReferenceData } from "../../data/referenceData";
import { fitTable } from "./fitTable";
import { headroomAt, headroomFit, marginAt, marginFit, positionInBand, priceFit } from "./fitCurves";
import { mixCoveredShare, mixMean } from "../names/audienceMix";
import type { Product } from "./product";
import { liftedStrength } from "./categoryRules";

/** One scored aspect of fit, 0 (poor) to 1 (ideal), with the numbers behind it for the explanation. */
export interface FactorScore {
  factor: FitFactor;
  value: number;
  detail: Record<string, number | string>;
}

/** Scores each factor the product gives enough information for; unknown traits produce no factor. */
export function fitFactors(data: ReferenceData, platform: string, product: Product): FactorScore[] {
  const table = fitTable(data);
  const p = table.platforms[platform]!;
  const factors: FactorScore[] = [];
  const category = p.categories[product.category]!;
  const capacity = product.contentCapacity ? p.content[product.contentCapacity].capacity : 0;
  const lifted = liftedStrength(category.strength, category.rules, capacity);
  factors.push({ factor: "category", value: lifted, detail: { strength: category.strength, lift: lifted - category.strength } });

  const position = positionInBand(product.price, category.priceBand);
  factors.push({ factor: "price", value: priceFit(position, p.priceTier), detail: { position, tier: p.priceTier } });

  if (product.ageBand) {
    const mix = product.ageBand;
    const value = mixMean(mix, (band) => p.age[band].value);
    factors.push({ factor: "age", value, detail: { share: mixCoveredShare(mix, (band) => p.age[band].share), band: mix.label } });
  }
  if (product.gender && product.gender !== "all") {
    const gender = p.gender[product.gender];
    factors.push({ factor: "gender", value: gender.value, detail: { share: gender.share, gender: product.gender } });
  }
  if (product.cityTier) {
    const mix = product.cityTier;
    const value = mixMean(mix, (tier) => p.cityTier[tier].value);
    factors.push({ factor: "cityTier", value, detail: { share: mixCoveredShare(mix, (tier) => p.cityTier[tier].share), tier: mix.parts.map((part) => part.key).join("+") } });
  }
  if (product.brandStatus) {
    factors.push({ factor: "brand", value: p.brand[product.brandStatus], detail: { status: product.brandStatus, minimum: p.brandMinimum, orientation: p.brandOrientation } });
  }
  if (product.contentCapacity) {
    const content = p.content[product.contentCapacity];
    factors.push({ factor: "content", value: content.value, detail: { capacity: content.capacity, demand: p.contentDemand } });
  }
  const basis = category.margin;
  const headroom = headroomAt(basis, product.price);
  const rates = { deductionRate: basis.deductionRate, returnRate: basis.returnRate, adRatio: basis.adRatio };
  if (product.unitCost === undefined) {
    factors.push({ factor: "margin", value: headroomFit(table.feasibility, headroom), detail: { headroom, ...rates } });
  } else {
    const margin = marginAt(basis, product.price, product.unitCost);
    factors.push({ factor: "margin", value: marginFit(table.feasibility, margin), detail: { headroom, margin, ...rates } });
  }
  return factors;
}
