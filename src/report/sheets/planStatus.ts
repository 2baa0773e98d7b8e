import { type ChannelPlan, type Lang } from "../../engine";
import { label } from "../../messages";
import { formulaCalculator as F } from "../../engine/calc";
import type { InputRefs } from "./inputsSheet";
import { CMP, type ComparisonLayout } from "./layouts";
import type { PlanRefs } from "./planSheet";

/**
 * The "re-run the plan" flag: a formula that says whether the live figures still describe the plan that was run.
 * Judgements (entries, verdicts, teams, shares) are values fixed at the run, so an edit that changes the set of
 * SKUs, breaks a keyed lookup (a setting, month, cost or rate-card row renamed, removed or repeated) or crosses the budget judgement is
 * flagged here instead of computing a plan a rerun would not give; so is an entered platform whose live run-rate
 * profit changes sign (its verdict, profitable or not, would flip).
 */
export function planStatusFormula(plan: ChannelPlan, lang: Lang, refs: { inputs: InputRefs; cmp: ComparisonLayout; plan: PlanRefs; profit: string }): string {
  const text = (key: Parameters<typeof label>[0]) => F.text(label(key, lang));
  const products = refs.inputs.products;
  const skusChanged = `${F.filledCells(products.skusAndBelow)}<>${products.count}`;
  const errors = [refs.cmp.range(CMP.exact), refs.profit, ...refs.inputs.lookups].map(F.errorCount);
  const lookupFailed = `${errors.join("+")}>0`;
  const need = refs.plan.budgetNeed;
  const budget = refs.inputs.company.monthlyAdBudget;
  const budgetCrossed = plan.budget.covers ? `${need}>${budget}` : `${need}<=${budget}`;
  const budgetText = text(plan.budget.covers ? "statusBudgetNowShort" : "statusBudgetNowCovers");
  // An entered platform's run-rate profit changing sign flips its verdict (profitable or not) in a rerun.
  const verdictTerms = plan.platforms.filter((p) => p.runRate !== null).map((p) => `(${refs.plan.runRate(p.platform, "netMargin")}${p.runRate!.netMargin < 0 ? ">=" : "<"}0)`);
  // Forced to a number (0+…): Excel ranks a lone TRUE or FALSE above every number, so (x<0)>0 would always hold.
  const verdictCrossed = verdictTerms.length ? `0+${verdictTerms.join("+")}>0` : "0";
  return F.firstOf(
    [
      [skusChanged, text("statusSkusChanged")],
      [lookupFailed, text("statusRowMissing")],
      [budgetCrossed, budgetText],
      [verdictCrossed, text("statusVerdictCrossed")],
    ],
    text("statusMatches"),
  );
}
