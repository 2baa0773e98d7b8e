import type { ReferenceData } from "../../data/referenceData";
import type { ContentCapacity, Model } from "../../data/schema/model";
import type { AgeBand, BrandStatus, CityTier } from "../../data/schema/profiles";
import { memoPerObject } from "../core/memoPerObject";
import { deductionTotal } from "../rates/deductions";
import { adRatio as planAdRatio } from "../plan/adModel";
import { costRates } from "../costs/costRates";
import { typicalReturnRate } from "../rates/typicalReturnRate";
import { categoryRules, type CategoryRules } from "./categoryRules";
import { categoryStrength } from "./categoryStrength";

export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** How well an audience trait fits: the trait's share of the platform's buyers, and that share against the largest one. */
export interface ShareFit {
  share: number;
  value: number;
}

/** One category's margin on one platform before the product's price and cost are known. */
export interface MarginBasis {
  deductionRate: number;
  returnRate: number;
  adRatio: number;
  perOrderFee: number;
  /** (1 − q)(1 − d) − a: the share of price left before the per-order fee and the goods. */
  headroomBeforeFee: number;
}

/** A category on one platform: how strong the platform is in it, its price band and its margin basis. */
export interface CategoryFit {
  strength: number;
  priceBand: LogBand;
  margin: MarginBasis;
  rules: CategoryRules;
}

/** Everything about a platform's fit that does not depend on the product, for every trait a product can have. */
export interface PlatformFit {
  categories: Readonly<Record<string, CategoryFit>>;
  priceTier: number;
  age: Record<AgeBand, ShareFit>;
  gender: Record<"female" | "male", ShareFit>;
  cityTier: Record<CityTier, ShareFit>;
  brandMinimum: BrandStatus;
  brandOrientation: number;
  /** 0 where the status is below the platform's minimum: the brand gate. */
  brand: Record<BrandStatus, number>;
  contentDemand: number;
  content: Record<ContentCapacity, { capacity: number; value: number }>;
  /** The brand statuses the platform's store type serves (fit rules); null where it serves every brand its gate admits. */
  storeServes: readonly BrandStatus[] | null;
  /** Sells mostly to a brand's own following (fit rules: ownFollowing). */
  sellsToFollowing: boolean;
}

/** A category's price band on a log scale. */
export interface LogBand {
  logLow: number;
  logSpan: number;
}

export interface FitTable {
  brandGateMultiplier: number;
  storeTypeMismatch: number;
  newBrandNoFollowing: number;
  feasibility: Model["marginFeasibility"];
  platforms: Readonly<Record<string, PlatformFit>>;
}

const BRAND_RANK: Record<BrandStatus, number> = { none: 0, applied: 1, registered: 2 };

function shareFits<K extends string>(figures: Partial<Record<K, { value: number }>>, keys: readonly K[]): Record<K, ShareFit> {
  const share = (k: K) => figures[k]?.value ?? 0;
  const max = Math.max(...keys.map(share));
  return Object.fromEntries(keys.map((k) => [k, { share: share(k), value: max > 0 ? share(k) / max : 0 }])) as Record<K, ShareFit>;
}

function platformFit(data: ReferenceData, platform: string): PlatformFit {
  const profile = data.profiles.platforms[platform]!;
  const card = data.rateCard;
  const femaleShare = profile.audience.femaleShare.value;
  const maleShare = 1 - femaleShare;
  const larger = Math.max(femaleShare, maleShare);
  const { minimum, orientation } = profile.brandRequirement;
  // Brand-led platforms reward a registered mark; value-led ones suit unbranded goods as well or better.
  const statusFit: Record<BrandStatus, number> = { registered: 0.5 + 0.5 * orientation, applied: 0.5 + 0.25 * orientation, none: 1 - 0.5 * orientation };
  const brand = Object.fromEntries((Object.keys(statusFit) as BrandStatus[]).map((s) => [s, BRAND_RANK[s] >= BRAND_RANK[minimum] ? statusFit[s] : 0])) as Record<
    BrandStatus,
    number
  >;
  const content = Object.fromEntries(
    Object.entries(data.model.contentCapacityLevels).map(([level, capacity]) => [level, { capacity, value: clamp01(1 - Math.max(0, profile.contentDemand - capacity) * 1.5) }]),
  ) as PlatformFit["content"];
  const categories = Object.fromEntries(
    Object.entries(card.categories).map(([category, c]): [string, CategoryFit] => {
      const deductionRate = deductionTotal(card, platform, category);
      const returnRate = typicalReturnRate(card, platform, category);
      // The plan's ad model at the default paid share (costs data): what a typical seller spends on ads on this platform.
      const adRatio = planAdRatio(card, platform, data.costs.defaults.paidShare!.value, costRates(data.costs, platform, category).roiFactor);
      const logLow = Math.log(c.priceBand.low);
      const strength = categoryStrength(profile, category);
      return [
        category,
        {
          strength,
          priceBand: { logLow, logSpan: Math.log(c.priceBand.high) - logLow },
          margin: {
            deductionRate,
            returnRate,
            adRatio,
            perOrderFee: card.platforms[platform]!.perOrderFee.value,
            headroomBeforeFee: (1 - returnRate) * (1 - deductionRate) - adRatio,
          },
          rules: categoryRules(data, platform, category, strength),
        },
      ];
    }),
  );
  return {
    categories,
    priceTier: profile.priceTier.value,
    age: shareFits(profile.audience.ageShare, data.profiles.ageBands),
    gender: { female: { share: femaleShare, value: clamp01(femaleShare / larger) }, male: { share: maleShare, value: clamp01(maleShare / larger) } },
    cityTier: shareFits(profile.audience.cityTierShare, data.profiles.cityTiers),
    brandMinimum: minimum,
    brandOrientation: orientation,
    brand,
    contentDemand: profile.contentDemand,
    content,
    storeServes: data.fitRules.storeTypes[platform]?.serves ?? null,
    sellsToFollowing: data.fitRules.ownFollowing.platforms.includes(platform),
  };
}

/** The fit model's product-independent numbers, worked out once per reference data set. */
export const fitTable = memoPerObject((data: ReferenceData): FitTable => ({
  brandGateMultiplier: data.model.brandGateMultiplier,
  storeTypeMismatch: data.fitRules.storeTypeMismatch.value,
  newBrandNoFollowing: data.fitRules.ownFollowing.newBrand.value,
  feasibility: data.model.marginFeasibility,
  platforms: Object.fromEntries(Object.keys(data.rateCard.platforms).map((p) => [p, platformFit(data, p)])),
}));
