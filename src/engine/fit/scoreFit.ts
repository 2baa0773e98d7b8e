import type { ReferenceData } from "../../data/referenceData";
import { fitTable, headroomAt, headroomFit, marginAt, marginFit, positionInBand, priceFit } from "./fitTable";
import { mixMean } from "../names/audienceMix";
import type { Product } from "./product";
import { entryGateFailed } from "./entryGateFailed";

/**
 * The 0–100 fit score alone: the weighted mean of the factors `fitFactors` lists, summed in the same
 * order, cut by the gate when a trademark rule or an entry gate (brand stage) is not met. The FIT formula runs this once per cell,
 * so it adds the factors up without building them.
 */
export function scoreFit(data: ReferenceData, platform: string, product: Product): number {
  const table = fitTable(data);
  const p = table.platforms[platform]!;
  const w = table.weights;
  const category = p.categories[product.category]!;
  const basis = category.margin;
  let weight = w.category + w.price;
  let sum = w.category * category.strength + w.price * priceFit(positionInBand(product.price, category.priceBand), p.priceTier);
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
  const brand = product.brandStatus ? p.brand[product.brandStatus] : undefined;
  if (brand !== undefined) {
    weight += w.brand;
    sum += w.brand * brand;
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
  const gated = brand === 0 || entryGateFailed(data, platform, product);
  const raw = 100 * mean * (gated ? table.brandGateMultiplier : 1);
  return Math.min(100, Math.max(0, Math.round(raw)));
}
