import { formulaCalculator as F, numberCalculator as N } from "../../engine/calc";
import { advertisesOn } from "../../engine/costs/costRates";
import { budgetShareFen, currentSalesInMonth, demandRates, keepTodaySpend, rampAt, runningSalesToday, targetGrowth } from "../../engine/plan/monthDemand";
import { PNL } from "./layouts";
import type { PlatformPlan } from "../../engine";
import type { PlanResult } from "../../scenario/planResult";
import type { CostRefs } from "./costSheet";
import type { InputRefs } from "./inputsSheet";
import type { PlanRefs } from "./planSheet";

type Refs = { inputs: InputRefs; costs: CostRefs; plan: PlanRefs };

/**
 * A running store's sales in a month (its current monthly sales, by the season's weight), as a formula over the
 * Inputs sheet and as the engine's value; null for a store the plan opens.
 */
export function runningStoreSales(result: PlanResult, refs: Refs, platform: string, month: number): { formula: string; value: number } | null {
  const storeRef = refs.inputs.existingStores[platform];
  const today = result.company.existingStores?.[platform];
  if (storeRef === undefined || today === undefined) return null;
  const season = (month - 1) % 12;
  return {
    formula: currentSalesInMonth(F, { monthlySales: storeRef, weight: refs.inputs.seasonality[season]!, weights: [refs.inputs.seasonalityRange] }),
    value: currentSalesInMonth(N, { monthlySales: today, weight: result.company.seasonality[season]!, weights: result.company.seasonality }),
  };
}

/**
 * The growth the month's target asks over what the brand's running stores sell today (targetGrowth over their hidden
 * current-sales cells, `currentSalesCell`), as a formula and as the engine's value; the whole target for a brand with none.
 */
export function targetGrowthCell(result: PlanResult, refs: Refs, month: number, currentSalesCell: (platform: string) => string): [string, number] {
  const running = result.plan.entered.filter((code) => result.company.existingStores?.[code] !== undefined);
  const values = running.map((code) => runningStoreSales(result, refs, code, month)!.value);
  const none = running.length === 0;
  return [
    targetGrowth(F, { target: refs.plan.monthTarget(month), ...(none ? {} : { runningToday: runningSalesToday(F, running.map(currentSalesCell)) }) }),
    targetGrowth(N, { target: result.plan.monthTargets[(month - 1) % 12]!, ...(none ? {} : { runningToday: runningSalesToday(N, values) }) }),
  ];
}

/**
 * What drives a platform's demand in a month of its store's life: the ramp of ROI and organic sales, whether it
 * advertises, this month's ROI and paid share (formulas, and the engine's values) and the spend curve.
 */
export function demandCells(result: PlanResult, refs: Refs, p: PlatformPlan, monthsOpen: number, roi: string) {
  const data = result.referenceData;
  const ramp = data.planning.demandRamp;
  const rampNow = { roiRamp: rampAt(ramp.roi.values, monthsOpen), spendRamp: rampAt(ramp.spend.values, monthsOpen), organicRamp: rampAt(ramp.organic.values, monthsOpen) };
  const advertises = advertisesOn(data.costs, p.platform);
  const rampCells = { roiRamp: F.constant(rampNow.roiRamp), organicRamp: F.constant(rampNow.organicRamp) };
  const spendCurve = data.planning.spendCurve;
  return {
    rampNow,
    advertises,
    rates: demandRates(F, { roi, paidShare: refs.costs.rate(p.platform, "paidShare"), ...rampCells, advertises: F.constant(advertises) }),
    engineRates: demandRates(N, { roi: p.roi, paidShare: p.paidShare, ...rampNow, advertises }),
    curve: { reference: F.constant(spendCurve.referenceMonthlySpend.value), elasticity: F.constant(spendCurve.elasticity.value) },
    engineCurve: { reference: spendCurve.referenceMonthlySpend.value, elasticity: spendCurve.elasticity.value },
  };
}

const mature = Number.POSITIVE_INFINITY;

/** A running store's first claim on the month's budget (keepTodaySpend at its mature rates), the engine's value; 0 for a new store. */
function budgetFloorValue(result: PlanResult, refs: Refs, p: PlatformPlan, month: number): number {
  const running = runningStoreSales(result, refs, p.platform, month);
  if (running === null) return 0;
  const { engineRates, engineCurve } = demandCells(result, refs, p, mature, "");
  return keepTodaySpend(N, { current: running.value, ...engineRates, curve: engineCurve });
}

/**
 * The budget cells of a platform's month for a brand with running stores (null for a brand with none): a running
 * store's floor (keepTodaySpend over its hidden current-sales cell and this month's rates; null for a new store) and
 * the store's share of the month's budget after the floors (budgetShareFen), each as a formula and the engine's value.
 * `cell(platform, column)` is the month's cell of a platform; `budgetWeight` the store's weight among the open ones.
 */
export function budgetCells(result: PlanResult, refs: Refs, p: PlatformPlan, month: number, budgetWeight: number, cell: (platform: string, col: number) => string) {
  const plan = result.plan;
  const open = plan.months.filter((l) => l.month === month).map((l) => plan.platforms.find((q) => q.platform === l.platform)!);
  const running = open.filter((q) => q.existing !== null);
  if (running.length === 0) return null;
  const { curve } = demandCells(result, refs, p, mature, cell(p.platform, PNL.roiNow));
  const engine = { floor: budgetFloorValue(result, refs, p, month), floorsTotal: N.sum(running.map((q) => budgetFloorValue(result, refs, q, month))) };
  const formula = { floor: p.existing ? cell(p.platform, PNL.budgetFloor) : F.constant(0), floorsTotal: F.sum(running.map((q) => cell(q.platform, PNL.budgetFloor))) };
  // A running store's row shows its mature ROI; its paid share this month blends in the growth's (runningGrowth).
  const now = { roiNow: cell(p.platform, PNL.roiNow), paidShareNow: cell(p.platform, PNL.maturePaidShare) };
  return {
    floor: p.existing ? ([keepTodaySpend(F, { current: cell(p.platform, PNL.currentSales), ...now, curve }), engine.floor] as [string, number]) : null,
    share: [
      budgetShareFen(F, { budget: refs.inputs.company.monthlyAdBudget, budgetWeight: cell(p.platform, PNL.budgetWeight), ...formula }),
      budgetShareFen(N, { budget: result.company.monthlyAdBudget, budgetWeight, ...engine }),
    ] as [string, number],
  };
}
