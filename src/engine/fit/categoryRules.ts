import type { ReferenceData } from "../../data/referenceData";
import type { FitFactor } from "../../data/schema/model";

/** How the fit rules (data) act on one category on one platform, before the product's other traits are known. */
export interface CategoryRules {
  /** The factor weights here: brand status weighs more in trust-sensitive categories. */
  weights: Readonly<Record<FitFactor, number>>;
  /** On a content platform where the category is strong: the share of the gap to 1 that full content capacity closes in its strength. */
  contentLift: number;
  /** The score multiplier of a platform that serves only part of the categories; 1 elsewhere. */
  scope: number;
}

/** The fit rules for one platform and category, read from the data: no platform or category is named here. */
export function categoryRules(data: ReferenceData, platform: string, category: string, strength: number): CategoryRules {
  const rules = data.fitRules;
  const base = data.model.fitWeights;
  const trust = rules.trustSensitive.categories.includes(category);
  const lift = rules.contentLift;
  const lifted = lift.platforms.includes(platform) && strength >= lift.minStrength.value;
  const scope = rules.scopes[platform];
  return {
    weights: {
      ...base,
      brand: base.brand * (trust ? rules.trustSensitive.brandWeight.value : 1),
    },
    contentLift: lifted ? lift.strengthLift.value : 0,
    scope: scope ? (scope.categories[category] ?? scope.otherwise) : 1,
  };
}

/** The category factor: its strength on the platform, lifted by the brand's content capacity (0–1) where the rules lift it. */
export const liftedStrength = (strength: number, rules: CategoryRules, capacity: number): number => strength + (1 - strength) * rules.contentLift * capacity;
