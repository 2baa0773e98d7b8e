import type { ReferenceData } from "../../data/referenceData";
import { fitFactors, type FactorScore } from "./fitFactors";
import type { Bilingual } from "../messages/lang";
import { fitReasonText } from "./fitReasonText";
import type { Product } from "./product";
import { entryGateFailed } from "./entryGateFailed";
import { scoreFit } from "./scoreFit";
import { fitDriverBasis, type DriverBasis } from "./fitDriverBasis";

export interface WeightedFactor extends FactorScore {
  weight: number;
}

export interface FitReason {
  factor: FactorScore["factor"] | "entryGate";
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
}

export interface FitScore extends FitValue {
  /** Strongest influences first: a failed entry rule, then the factors that pull hardest either way. */
  reasons: FitReason[];
}

/**
 * How well a product fits a platform, 0–100, with the weighted factors behind the score
 * (weights from the model data); the score is cut by the gate when a trademark rule or an entry gate is not met.
 */
export function fitValue(data: ReferenceData, platform: string, product: Product): FitValue {
  const weights = data.model.fitWeights;
  const factors = fitFactors(data, platform, product).map((f): WeightedFactor => ({ factor: f.factor, value: f.value, detail: f.detail, weight: weights[f.factor] }));
  const brandGateFailed = factors.some((f) => f.factor === "brand" && f.value === 0);
  return { platform, score: scoreFit(data, platform, product), factors, brandGateFailed, entryGateFailed: entryGateFailed(data, platform, product) };
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
  const gate = data.planning.entryGates[platform];
  if (value.entryGateFailed && gate) reasons.unshift({ factor: "entryGate", positive: false, text: gate.reason });
  return { ...value, factors, reasons };
}
