import { type ChannelPlan, type Lang } from "../../engine";
import { label } from "../../messages";
import { formulaCalculator as F } from "../../engine/calc";
import { paybackJudged } from "../../engine/plan/storePayback";
import { peakPeople, teamOver } from "../../engine/plan/planSummary";
import type { InputRefs } from "./inputsSheet";
import { CMP, PNL, type ComparisonLayout, type PnlLayout } from "./layouts";
import type { SheetBuilder } from "./sheetBuilder";
import type { PlanRefs } from "./planSheet";

/**
 * The "re-run the plan" flag: a formula that says whether the live figures still describe the plan that was run.
 * Judgements (entries, verdicts, teams, shares) are values fixed at the run, so an edit that changes the set of
 * SKUs, breaks a keyed lookup (a setting, month, cost or rate-card row renamed, removed or repeated) or crosses the budget judgement is
 * flagged here instead of computing a plan a rerun would not give; so is an entered platform whose live run-rate
 * profit changes sign (its verdict, profitable or not, would flip), and a new store judged on its payback whose live
 * cumulative profit crosses zero the other way (it would gain or lose the slow-payback verdict), and a peak team that
 * crosses the people available (the plan's warning that it needs more people than the company has would appear or go).
 */
export function planStatusFormula(
  plan: ChannelPlan,
  lang: Lang,
  refs: {
    inputs: InputRefs;
    cmp: ComparisonLayout;
    plan: PlanRefs;
    profit: string;
    pnl: PnlLayout;
    pnlSheet: SheetBuilder;
    peoplePerMonth: string;
    paybackJudgedAfter: number;
    openAfterMonths: number;
  },
): string {
  const text = (key: Parameters<typeof label>[0]) => F.text(label(key, lang));
  const products = refs.inputs.products;
  const skusChanged = `${F.filledCells(products.skusAndBelow)}<>${products.count}`;
  const errors = [...[refs.cmp.range(CMP.exact), refs.profit].map(F.errorCount), ...refs.inputs.lookupChecks];
  const lookupFailed = `${errors.join("+")}>0`;
  const need = refs.plan.budgetNeed;
  const budget = refs.inputs.company.monthlyAdBudget;
  const budgetCrossed = plan.budget.covers ? `${need}>${budget}` : `${need}<=${budget}`;
  const budgetText = text(plan.budget.covers ? "statusBudgetNowShort" : "statusBudgetNowCovers");
  // An entered platform's run-rate profit changing sign flips its verdict (profitable or not) in a rerun.
  const verdictTerms = plan.platforms.filter((p) => p.runRate !== null).map((p) => `(${refs.plan.runRate(p.platform, "netMargin")}${p.runRate!.netMargin < 0 ? ">=" : "<"}0)`);
  // A new store's margin crossing the share of its sales that company overhead takes flips short_of_overhead.
  const overheadTerms = plan.platforms
    .filter((p) => p.existing === null && p.verdict.openMonth !== null && p.overheadAtRunRate !== null && p.overheadAtRunRate.amount > 0)
    .map((p) => `(${refs.plan.runRate(p.platform, "netMargin")}${p.verdict.reason === "short_of_overhead" ? ">=" : "<"}${p.overheadAtRunRate!.ofSales})`);
  verdictTerms.push(...overheadTerms);
  // Forced to a number (0+…): Excel ranks a lone TRUE or FALSE above every number, so (x<0)>0 would always hold.
  const verdictCrossed = verdictTerms.length ? `0+${verdictTerms.join("+")}>0` : "0";
  const paybackCrossed = paybackCrossedFormula(plan, refs);
  const openingCrossed = openingCrossedFormula(plan, refs);
  // The peak team against the people available: the budget sentence's warning appears or goes in a rerun.
  const over = teamOver(F, { peakPeople: peakPeople(F, [refs.peoplePerMonth]), available: refs.inputs.company.teamAvailable });
  const teamCrossed = `${over}<>${plan.summary.teamOver ? 1 : 0}`;
  return F.firstOf(
    [
      [skusChanged, text("statusSkusChanged")],
      [lookupFailed, text("statusRowMissing")],
      [budgetCrossed, budgetText],
      [verdictCrossed, text("statusVerdictCrossed")],
      [paybackCrossed, text("statusPaybackCrossed")],
      [openingCrossed, text("statusOpeningCrossed")],
      [teamCrossed, text("statusTeamCrossed")],
    ],
    text("statusMatches"),
  );
}

/**
 * Whether a judged new store's payback changed side: its best live cumulative profit since opening reaching zero where
 * the plan found it never does (slow payback), or staying below zero where the plan found it pays back.
 */
function paybackCrossedFormula(plan: ChannelPlan, refs: { pnl: PnlLayout; pnlSheet: SheetBuilder; paybackJudgedAfter: number }): string {
  const horizon = plan.totals.length;
  const terms = plan.platforms.flatMap((p) => {
    const open = p.verdict.openMonth;
    if (p.existing || p.runRate === null || open === null || !paybackJudged(open, horizon, refs.paybackJudgedAfter)) return [];
    // Not paid back within the plan but projected to within its expected months (paysBackTooSlowly): that projection
    // runs past the sheets' months, so no live cell can say it changed.
    if (p.paybackMonth === null && p.paybackMonthsOpen !== null && p.verdict.reason !== "slow_payback") return [];
    const best = F.max(refs.pnlSheet.range(PNL.cumulativeProfit, refs.pnl.row(p.platform, open)!, refs.pnl.row(p.platform, horizon)!));
    return [`(${best}${p.paybackMonth === null ? ">=" : "<"}0)`];
  });
  return terms.length ? `0+${terms.join("+")}>0` : "0";
}

/**
 * Whether a later store's opening month no longer follows from the live figures: it opens the month after the store
 * before it has covered its own costs (profit ≥ 0) for `openAfterMonths` running. Flagged when that window before its
 * opening month is no longer all covered, or an earlier window now is. A store whose turn came after the plan is not
 * in the workbook (it has no run rate): it was deferred on the months of a plan that still held its shares, which the
 * sheets, drawn without it, do not show, so no live window can say it would now open in time.
 */
function openingCrossedFormula(plan: ChannelPlan, refs: { pnl: PnlLayout; pnlSheet: SheetBuilder; openAfterMonths: number }): string {
  const k = refs.openAfterMonths;
  const terms = plan.platforms.flatMap((p) => {
    const before = p.verdict.after === null || p.runRate === null ? undefined : plan.platforms.find((q) => q.platform === p.verdict.after);
    const from = before?.verdict.openMonth;
    const opens = p.verdict.openMonth;
    if (!before || from === null || from === undefined || opens === null) return [];
    // 1 when the store before covered its costs in each of the k months ending `end`.
    const covered = (end: number) => `(${Array.from({ length: k }, (_, i) => `(${refs.pnlSheet.ref(PNL.profit, refs.pnl.row(before.platform, end - i)!)}>=0)`).join("*")})`;
    const earlier = Array.from({ length: Math.max(0, opens - 2 - (from + k - 1) + 1) }, (_, i) => covered(from + k - 1 + i));
    return [`(1-${covered(opens - 1)})`, ...earlier];
  });
  return terms.length ? `0+${terms.join("+")}>0` : "0";
}
