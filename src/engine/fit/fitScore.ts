import type { ReferenceData } from "../../data/referenceData";
import { fitFactors, type FactorScore } from "./fitFactors";
import type { Bilingual } from "../messages/lang";
import { fitReasonText } from "./fitReasonText";
import type { Product } from "./product";
import { fitCuts, type FitCuts } from "./fitCuts";
import { fitTable } from "./fitTable";
import { scoreFit } from "./scoreFit";
import { fitDriverBasis, type DriverBasis } from "./fitDriverBasis";

export interface WeightedFactor extends FactorScore {
  weight: number;
}

export interface FitReason {
  factor: FactorScore["factor"] | "entryGate" | "storeType" | "scope" | "ownFollowing";
  positive: boolean;
  text: Bilingual;
  /** Where the profile figures behind the reason come from (audience shares, category strength, price tier). */
  basis?: DriverBasis;
}

export interface FitValue {
  platform: string;
  /** 0–100, rounded to a whole number. */
  score: number;
  factors: WeightedFactor[];
  /** True when the platform's trademark rule is not met; the score is then multiplied by the model's gate. */
  brandGateFailed: boolean;
  /** True when the brand's stage does not pass the platform's entry gate; the score is cut the same way. */
  entryGateFailed: boolean;
  /** Every cut of the score after the weighted mean (gates, a store type for other brands, a narrow scope). */
  cuts: FitCuts;
}

export interface FitScore extends FitValue {
  /** Strongest influences first: a failed entry rule, then the factors that pull hardest either way. */
  reasons: FitReason[];
}

/**
 * How well a product fits a platform, 0–100, with the weighted factors behind the score (weights from the model data,
 * adjusted by the fit rules for the category there) and the cuts: a trademark rule or entry gate not met, a store
 * type for other brands, a platform that serves only part of the category, a new brand where sales need a following.
 */
export function fitValue(data: ReferenceData, platform: string, product: Product): FitValue {
  const p = fitTable(data).platforms[platform]!;
  const weights = p.categories[product.category]!.rules.weights;
  const factors = fitFactors(data, platform, product).map((f): WeightedFactor => ({ factor: f.factor, value: f.value, detail: f.detail, weight: weights[f.factor] }));
  const cuts = fitCuts(data, p, platform, product);
  return { platform, score: scoreFit(data, platform, product), factors, brandGateFailed: cuts.brandGate, entryGateFailed: cuts.entryGate, cuts };
}

/** The fit score with its reasons in plain words (zh and en), strongest first. */
export function fitScore(data: ReferenceData, platform: string, product: Product): FitScore {
  const { factors, ...value } = fitValue(data, platform, product);
  const pull = (f: WeightedFactor) => (f.factor === "brand" && f.value === 0 ? Infinity : f.weight * Math.abs(f.value - 0.5));
  const reasons = [...factors]
    .sort((a, b) => pull(b) - pull(a))
    .filter((f) => f.value >= 0.6 || f.value <= 0.4)
    .map((f): FitReason => {
      const basis = fitDriverBasis(data, platform, product, f.factor);
      return { factor: f.factor, positive: f.value >= 0.6, text: fitReasonText(data, platform, product.category, f), ...(basis ? { basis } : {}) };
    });
  if (value.cuts.noFollowing) reasons.unshift({ factor: "ownFollowing", positive: false, text: data.fitRules.ownFollowing.reason });
  const scope = data.fitRules.scopes[platform];
  if (value.cuts.scope < 1 && scope) reasons.unshift({ factor: "scope", positive: false, text: scope.serves });
  const store = data.fitRules.storeTypes[platform];
  if (value.cuts.storeType && store) reasons.unshift({ factor: "storeType", positive: false, text: store.reason });
  const gate = data.planning.entryGates[platform];
  if (value.entryGateFailed && gate) reasons.unshift({ factor: "entryGate", positive: false, text: gate.reason });
  return { ...value, factors, reasons };
}
