import type { ReferenceData } from "../../data/referenceData";
import { fitTable } from "./fitTable";
import { headroomAt, headroomFit, marginAt, marginFit, positionInBand, priceFit } from "./fitCurves";
import { mixMean } from "../names/audienceMix";
import type { Product } from "./product";
import { cutMultiplier, fitCuts } from "./fitCuts";
import { liftedStrength } from "./categoryRules";

/**
 * The 0–100 fit score alone: the weighted mean of the factors `fitFactors` lists (weights from the model, adjusted by
 * the fit rules for the category on the platform), summed in the same order, times the cuts (`fitCuts`). The FIT
 * formula runs this once per cell, so it adds the factors up without building them.
 */
export function scoreFit(data: ReferenceData, platform: string, product: Product): number {
  const table = fitTable(data);
  const p = table.platforms[platform]!;
  const category = p.categories[product.category]!;
  const w = category.rules.weights;
  const basis = category.margin;
  const capacity = product.contentCapacity ? p.content[product.contentCapacity].capacity : 0;
  let weight = w.category + w.price;
  let sum = w.category * liftedStrength(category.strength, category.rules, capacity) + w.price * priceFit(positionInBand(product.price, category.priceBand), p.priceTier);
  if (product.ageBand) {
    weight += w.age;
    sum += w.age * mixMean(product.ageBand, (band) => p.age[band].value);
  }
  if (product.gender && product.gender !== "all") {
    weight += w.gender;
    sum += w.gender * p.gender[product.gender].value;
  }
  if (product.cityTier) {
    weight += w.cityTier;
    sum += w.cityTier * mixMean(product.cityTier, (tier) => p.cityTier[tier].value);
  }
  if (product.brandStatus) {
    weight += w.brand;
    sum += w.brand * p.brand[product.brandStatus];
  }
  if (product.contentCapacity) {
    weight += w.content;
    sum += w.content * p.content[product.contentCapacity].value;
  }
  weight += w.margin;
  sum +=
    w.margin *
    (product.unitCost === undefined
      ? headroomFit(table.feasibility, headroomAt(basis, product.price))
      : marginFit(table.feasibility, marginAt(basis, product.price, product.unitCost)));
  const mean = weight > 0 ? sum / weight : 0;
  const raw = 100 * mean * cutMultiplier(table, fitCuts(data, p, platform, product));
  return Math.min(100, Math.max(0, Math.round(raw)));
}
