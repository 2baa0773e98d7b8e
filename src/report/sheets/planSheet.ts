import { type Lang } from "../../engine";
import { opensAfterPlan } from "../../engine/plan/verdictTypes";
import { formulaCalculator as F } from "../../engine/calc";
import { runRateNeed } from "../../engine/plan/budgetCheck";
import { label } from "../../messages";
import type { PlanResult } from "../../scenario/planResult";
import { budgetText, platformName, verdictReason } from "../planText";
import { adBudgetTable, RR } from "./adBudgetTable";
import { AO, averageOrderCells, averageOrderTable } from "./averageOrderTable";
import type { CostRefs } from "./costSheet";
import type { InputRefs } from "./inputsSheet";
import type { ComparisonLayout, PnlLayout } from "./layouts";
import { monthTargetsTable } from "./monthTargetsTable";
import type { RateRefs } from "./rateCardSheet";
import type { SheetBuilder } from "./sheetBuilder";
import type { TeamRefs } from "./teamSheet";

export interface PlanRefs {
  /** Average order line of a platform (AO table). */
  order(platform: string, line: "roi" | "a" | "price" | "contribution" | "contributionMargin"): string;
  aoColumn(line: keyof typeof AO): (platform: string) => string;
  /** Run-rate cells of an entered platform. */
  runRate(platform: string, field: "orders" | "sales" | "fixedCosts" | "fixedPerOrder" | "adSpend" | "netMargin"): string;
  monthTarget(month: number): string;
  /** The live ad spend a month the plan needs at run rate (the budget check's figure). */
  budgetNeed: string;
}

/**
 * The plan: entry sequence and its rule, the ad budget at run rate (80/20 weights and target shares are judgements;
 * orders, spend, fixed costs follow the inputs), the budget check, the average order of the product mix on every
 * platform, and the company's monthly targets.
 */
export function planSheet(
  result: PlanResult,
  lang: Lang,
  b: SheetBuilder,
  refs: { inputs: InputRefs; rates: RateRefs; costs: CostRefs; team: TeamRefs; cmp: ComparisonLayout; pnl: PnlLayout; pnlSheet: SheetBuilder },
): PlanRefs {
  const { plan, referenceData: data, company } = result;
  const c = refs.inputs.company;
  const name = (p: string) => platformName(data, p, lang);
  const entered = plan.entered.map((p) => plan.platforms.find((x) => x.platform === p)!);
  // The entry sequence goes on past the plan: a store whose turn comes after it is listed last, with no month.
  const sequence = [...entered, ...plan.platforms.filter((p) => opensAfterPlan(p.verdict))];
  b.add({ kind: "title", text: `${result.brand}: ${label("sheetPlan", lang)}` });
  b.add({ kind: "heading", text: label("sequence", lang) });
  b.table({
    name: "Sequence",
    columns: b.columns([
      ["order", "integer", 8],
      ["platform", "text", 16],
      ["openMonth", "integer", 12],
      ["entryRule", "text", 14],
    ]),
    rows: sequence.map((p, i) => [i + 1, name(p.platform), p.verdict.openMonth ?? label("opensAfterPlan", lang), verdictReason(data, plan, p, lang, company.maxPlatforms)]),
  });

  // The average-order table lands after the shared facts (their heading, the shared fixed costs: a fact and its gap; a
  // second fact, the running stores' sales today, for a brand that runs stores), the ad budget's heading, its table and the
  // budget facts; the ad budget reads it.
  const runningFact = entered.some((p) => p.existing !== null) ? 1 : 0;
  const aoHeader = b.nextRow + 1 + 2 + runningFact + 1 + (entered.length + 2) + 4 + 1;
  const order = averageOrderCells(
    b,
    plan.platforms.map((p) => p.platform),
    aoHeader,
  );
  const rrRow = adBudgetTable(result, lang, b, order, refs);
  const need = runRateNeed(
    F,
    entered.map((_, i) => b.ref(RR.adSpend, rrRow(i))),
  );
  const bc = plan.budget;
  const factsAt = b.add({
    kind: "facts",
    rows: [
      { label: label("monthlyAdBudget", lang), value: b.cell(c.monthlyAdBudget, bc.monthlyBudget), format: "money" },
      { label: label("adSpendPerMonth", lang), value: b.cell(need, bc.runRateNeed), format: "money" },
      { label: label("budgetCheck", lang), value: budgetText(data, plan, lang), format: "text" },
    ],
  });
  if (b.nextRow !== aoHeader - 1) throw new Error(`plan sheet layout: average-order table expected at ${aoHeader}, got ${b.nextRow + 1}`);
  averageOrderTable(result, lang, b, order, refs);
  // The wide tables (ad budget, average order) print two pages across; the narrow month tables start a page of their
  // own, so the second page across holds the wide tables' other columns, not the months' column repeated alone.
  b.pageBreaksAfter = [b.nextRow - 1];
  const months = monthTargetsTable(result, lang, b, refs.inputs, refs.pnl, refs.pnlSheet);
  const rrField = { orders: RR.orders, sales: RR.sales, fixedCosts: RR.fixedCosts, fixedPerOrder: RR.fixedPerOrder, adSpend: RR.adSpend, netMargin: RR.netMargin };
  return {
    order: (p, line) => order.ref(p, AO[line]),
    aoColumn: (line) => (p) => order.ref(p, AO[line]),
    runRate: (p, field) => b.ref(rrField[field], rrRow(plan.entered.indexOf(p))),
    monthTarget: months,
    budgetNeed: b.ref(1, factsAt + 1),
  };
}
