import { checkNumber } from "../core/checkNumber";
import { RANGES } from "../core/ranges";
import { fail, ok, type Result } from "../core/result";
import { allocateByWeights } from "../money/allocateByWeights";

/**
 * Splits an annual target into 12 months by seasonality weights (any positive scale: shares,
 * indices or last year's sales). The months add up to the target exactly, to the fen.
 */
export function monthlyTargets(annualTarget: unknown, seasonality: readonly unknown[]): Result<number[]> {
  const target = checkNumber("annualTarget", annualTarget, RANGES.money);
  if (!target.ok) return target;
  if (seasonality.length !== 12) return fail({ code: "wrong_length", field: "seasonality", expected: 12, received: seasonality.length });
  const weights: number[] = [];
  for (const [i, w] of seasonality.entries()) {
    const weight = checkNumber(`seasonality[${i + 1}]`, w, RANGES.seasonalWeight);
    if (!weight.ok) return weight;
    weights.push(weight.value);
  }
  if (weights.every((w) => w === 0)) return fail({ code: "no_positive_score", field: "seasonality" });
  return ok(allocateByWeights(target.value, weights));
}
