import { checkNumber } from "../core/checkNumber";
import { RANGES } from "../core/ranges";
import { fail, ok, type Result } from "../core/result";
import { allocateByWeights } from "../money/allocateByWeights";
import { runningFirst } from "./existingStores";

export interface AllocationRule {
  /** Share of the budget for the focus platforms (0.8 in the 80/20 rule). */
  focusShare: number;
  /** How many top-scoring platforms share the focus budget. */
  focusCount: number;
}

export interface Allocation {
  platform: string;
  score: number;
  focus: boolean;
  /** A store the brand already runs (it was given current sales above 0). */
  running: boolean;
  amount: number;
}

/**
 * The 80/20 rule weighted by fit: the best-scoring platform(s) get `focusShare` of the budget,
 * the others share the rest in proportion to their scores. Platforms scoring 0 get nothing.
 * Where the brand already sells (`currentSales` above 0, a month), the focus is where it sells most, as in the plan
 * (runningFirst): a running store is grown, never told to enter.
 * Amounts add up to the budget to the fen; results keep the input order.
 */
export function allocateBudget(budget: unknown, entries: ReadonlyArray<{ platform: string; score: unknown; currentSales?: unknown }>, rule: AllocationRule): Result<Allocation[]> {
  const total = checkNumber("budget", budget, RANGES.money);
  if (!total.ok) return total;
  if (entries.length === 0) return fail({ code: "empty", field: "platforms" });
  const scores: number[] = [];
  const current: Array<number | undefined> = [];
  for (const [i, entry] of entries.entries()) {
    const score = checkNumber(`scores[${i + 1}]`, entry.score, RANGES.score);
    if (!score.ok) return score;
    scores.push(score.value);
    if (entry.currentSales === undefined || entry.currentSales === null) current.push(undefined);
    else {
      const sales = checkNumber(`currentSales[${i + 1}]`, entry.currentSales, RANGES.money);
      if (!sales.ok) return sales;
      current.push(sales.value > 0 ? sales.value : undefined);
    }
  }
  if (scores.every((s) => s === 0)) return fail({ code: "no_positive_score", field: "scores" });
  const bestFirst = scores
    .map((s, i) => ({ s, i }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i);
  const byScore = runningFirst(bestFirst, (x) => current[x.i]);
  const focus = new Set(byScore.slice(0, rule.focusCount).map((x) => x.i));
  const restScore = byScore.filter((x) => !focus.has(x.i)).reduce((sum, x) => sum + x.s, 0);
  const focusScore = byScore.filter((x) => focus.has(x.i)).reduce((sum, x) => sum + x.s, 0);
  const focusShare = restScore > 0 ? rule.focusShare : 1;
  const weights = scores.map((s, i) => (s === 0 ? 0 : focus.has(i) ? (focusShare * s) / focusScore : ((1 - focusShare) * s) / restScore));
  const amounts = allocateByWeights(total.value, weights);
  return ok(entries.map((e, i) => ({ platform: e.platform, score: scores[i]!, focus: focus.has(i), running: current[i] !== undefined, amount: amounts[i]! })));
}
