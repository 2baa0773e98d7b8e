import type { ReferenceData } from "../../data/referenceData";
import { fitFactors, type FactorScore } from "./fitFactors";
import type { Bilingual } from "../messages/lang";
import { fitReasonText } from "./fitReasonText";
import type { Product } from "./product";
import { scoreFit } from "./scoreFit";

export interface WeightedFactor extends FactorScore {
  weight: number;
}

export interface FitReason {
  factor: FactorScore["factor"];
  positive: boolean;
  text: Bilingual;
}

export interface FitValue {
  platform: string;
  /** 0–100, rounded to a whole number. */
  score: number;
  factors: WeightedFactor[];
  /** True when the platform's trademark rule is not met; the score is then multiplied by the model's gate. */
  brandGateFailed: boolean;
}

export interface FitScore extends FitValue {
  /** Strongest influences first: a failed entry rule, then the factors that pull hardest either way. */
  reasons: FitReason[];
}

/**
 * How well a product fits a platform, 0–100, with the weighted factors behind the score
 * (weights from the model data); the score is cut by the brand gate when a trademark rule is not met.
 */
export function fitValue(data: ReferenceData, platform: string, product: Product): FitValue {
  const weights = data.model.fitWeights;
  const factors = fitFactors(data, platform, product).map((f): WeightedFactor => ({ factor: f.factor, value: f.value, detail: f.detail, weight: weights[f.factor] }));
  const brandGateFailed = factors.some((f) => f.factor === "brand" && f.value === 0);
  return { platform, score: scoreFit(data, platform, product), factors, brandGateFailed };
}

/** The fit score with its reasons in plain words (zh and en), strongest first. */
export function fitScore(data: ReferenceData, platform: string, product: Product): FitScore {
  const { factors, ...value } = fitValue(data, platform, product);
  const pull = (f: WeightedFactor) => (f.factor === "brand" && f.value === 0 ? Infinity : f.weight * Math.abs(f.value - 0.5));
  const reasons = [...factors]
    .sort((a, b) => pull(b) - pull(a))
    .filter((f) => f.value >= 0.6 || f.value <= 0.4)
    .map((f) => ({ factor: f.factor, positive: f.value >= 0.6, text: fitReasonText(data, platform, product.category, f) }));
  return { ...value, factors, reasons };
}
