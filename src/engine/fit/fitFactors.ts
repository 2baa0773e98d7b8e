import type { FitFactor } from "../../data/schema/model";
import type { ReferenceData } from "../../data/referenceData";
import { deductionTotal } from "../rates/deductions";
import { typicalAdRatio, typicalReturnRate } from "../rates/typicalReturnRate";
import type { Product } from "./product";

/** One scored aspect of fit, 0 (poor) to 1 (ideal), with the numbers behind it for the explanation. */
export interface FactorScore {
  factor: FitFactor;
  value: number;
  detail: Record<string, number | string>;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const BRAND_RANK = { none: 0, applied: 1, registered: 2 } as const;

/** Where a price sits in its category's band on a log scale: 0 = value end, 1 = premium end. */
export function pricePosition(price: number, band: { low: number; high: number }): number {
  return clamp01((Math.log(price) - Math.log(band.low)) / (Math.log(band.high) - Math.log(band.low)));
}

function relativeShare(shares: Record<string, number | undefined>, key: string): number {
  const max = Math.max(...Object.values(shares).map((v) => v ?? 0));
  return max > 0 ? (shares[key] ?? 0) / max : 0;
}

/** Scores each factor the product gives enough information for; unknown traits produce no factor. */
export function fitFactors(data: ReferenceData, platform: string, product: Product): FactorScore[] {
  const profile = data.profiles.platforms[platform]!;
  const card = data.rateCard;
  const factors: FactorScore[] = [];
  const strength = profile.categoryStrength.values[product.category] ?? 0;
  factors.push({ factor: "category", value: strength, detail: { strength } });

  const position = pricePosition(product.price, card.categories[product.category]!.priceBand);
  const tier = profile.priceTier.value;
  factors.push({ factor: "price", value: clamp01(1 - Math.abs(position - tier) * 1.25), detail: { position, tier } });

  const audience = profile.audience;
  if (product.ageBand) {
    factors.push({ factor: "age", value: relativeShare(audience.ageShare, product.ageBand), detail: { share: audience.ageShare[product.ageBand] ?? 0, band: product.ageBand } });
  }
  if (product.gender && product.gender !== "all") {
    const share = product.gender === "female" ? audience.femaleShare : 1 - audience.femaleShare;
    factors.push({ factor: "gender", value: clamp01(share / Math.max(audience.femaleShare, 1 - audience.femaleShare)), detail: { share, gender: product.gender } });
  }
  if (product.cityTier) {
    factors.push({ factor: "cityTier", value: relativeShare(audience.cityTierShare, product.cityTier), detail: { share: audience.cityTierShare[product.cityTier] ?? 0, tier: product.cityTier } });
  }
  if (product.brandStatus) {
    const { minimum, orientation } = profile.brandRequirement;
    const meets = BRAND_RANK[product.brandStatus] >= BRAND_RANK[minimum];
    // Brand-led platforms reward a registered mark; value-led ones suit unbranded goods as well or better.
    const fitOfStatus = { registered: 0.5 + 0.5 * orientation, applied: 0.5 + 0.25 * orientation, none: 1 - 0.5 * orientation }[product.brandStatus];
    factors.push({ factor: "brand", value: meets ? fitOfStatus : 0, detail: { status: product.brandStatus, minimum, orientation } });
  }
  if (product.contentCapacity) {
    const capacity = data.model.contentCapacityLevels[product.contentCapacity];
    factors.push({ factor: "content", value: clamp01(1 - Math.max(0, profile.contentDemand - capacity) * 1.5), detail: { capacity, demand: profile.contentDemand } });
  }
  factors.push(marginFactor(data, platform, product));
  return factors;
}

function marginFactor(data: ReferenceData, platform: string, product: Product): FactorScore {
  const card = data.rateCard;
  const d = deductionTotal(card, platform, product.category);
  const q = typicalReturnRate(card, platform, product.category);
  const a = typicalAdRatio(card, platform);
  const perOrder = card.platforms[platform]!.perOrderFee.value / product.price;
  const headroom = (1 - q) * (1 - d) - a - perOrder;
  const f = data.model.marginFeasibility;
  if (product.unitCost === undefined) {
    return { factor: "margin", value: clamp01((headroom - f.poorHeadroom) / (f.goodHeadroom - f.poorHeadroom)), detail: { headroom, deductionRate: d, returnRate: q, adRatio: a } };
  }
  const margin = headroom - ((1 - q) * product.unitCost) / product.price;
  return { factor: "margin", value: clamp01((margin - f.poorMargin) / (f.goodMargin - f.poorMargin)), detail: { headroom, margin, deductionRate: d, returnRate: q, adRatio: a } };
}
