import type { ReferenceData } from "../../data/referenceData";
import { fitFactors, type FactorScore } from "./fitFactors";
import type { Product } from "./product";
import { fitCuts, type FitCuts } from "./fitCuts";
import { fitTable } from "./fitTable";
import { scoreFit } from "./scoreFit";
import { fitDriverBasis, type DriverBasis } from "./fitDriverBasis";

export interface WeightedFactor extends FactorScore {
  weight: number;
}

/** A reason as a code with what its words need: src/messages/fitReasonText turns it into a sentence. */
export interface FitReason {
  factor: FactorScore["factor"] | "entryGate" | "storeType" | "scope" | "ownFollowing";
  platform: string;
  category: string;
  positive: boolean;
  /** For a weighted factor: its 0–1 value and the figures behind it (shares, bands, rates). */
  value?: number;
  detail?: FactorScore["detail"];
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

/** The fit score with its reasons as codes, strongest first. */
export function fitScore(data: ReferenceData, platform: string, product: Product): FitScore {
  const { factors, ...value } = fitValue(data, platform, product);
  const pull = (f: WeightedFactor) => (f.factor === "brand" && f.value === 0 ? Infinity : f.weight * Math.abs(f.value - 0.5));
  const at = { platform, category: product.category };
  const reasons = [...factors]
    .sort((a, b) => pull(b) - pull(a))
    .filter((f) => f.value >= 0.6 || f.value <= 0.4)
    .map((f): FitReason => {
      const basis = fitDriverBasis(data, platform, product, f.factor);
      return { factor: f.factor, ...at, positive: f.value >= 0.6, value: f.value, detail: f.detail, ...(basis ? { basis } : {}) };
    });
  const cut = (factor: FitReason["factor"]) => reasons.unshift({ factor, ...at, positive: false });
  if (value.cuts.noFollowing) cut("ownFollowing");
  if (value.cuts.scope < 1 && data.fitRules.scopes[platform]) cut("scope");
  if (value.cuts.storeType && data.fitRules.storeTypes[platform]) cut("storeType");
  if (value.entryGateFailed && data.planning.entryGates[platform]) cut("entryGate");
  return { ...value, factors, reasons };
}
