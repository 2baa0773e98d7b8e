import { numberCalculator as N } from "../calc/numberCalculator";
import { demandRates, keepTodaySpend, monthsOpenIn, rampAt, runningSalesToday, targetGrowth, type BudgetFloors } from "./monthDemand";
import { type PlatformMonthInputs } from "./platformMonth";
import type { SimulatedPlatform, SimulationRules } from "./simulationTypes";

/** What the brand's running stores sell today together in `month` (runningSalesToday); undefined if it runs none. */
export function runningTodayIn(platforms: readonly SimulatedPlatform[], month: number): number | undefined {
  const running = platforms.flatMap((p) => (p.currentSales === null ? [] : [p.currentSales[(month - 1) % 12]!]));
  return running.length === 0 ? undefined : runningSalesToday(N, running);
}

/** A running store's first claim on the month's budget (keepTodaySpend at its mature rates); 0 for a store the plan opens. */
export function budgetFloorIn(p: SimulatedPlatform, month: number, rules: SimulationRules): number {
  if (p.currentSales === null) return 0;
  const mature = Number.POSITIVE_INFINITY;
  const ramp = { roiRamp: rampAt(rules.demandRamp.roi, mature), organicRamp: rampAt(rules.demandRamp.organic, mature) };
  const rates = demandRates(N, { roi: p.roi, paidShare: p.paidShare, advertises: p.advertises, ...ramp });
  return keepTodaySpend(N, { current: p.currentSales[(month - 1) % 12]!, ...rates, curve: rules.spendCurve });
}

/** The ramps a running store's growth is bought at in the plan's `month` (its growth starts in month 1, see runningGrowth). */
export const growthRampsIn = (month: number, rules: Pick<SimulationRules, "demandRamp">) => ({
  growthRoiRamp: rampAt(rules.demandRamp.roi, month),
  growthOrganicRamp: rampAt(rules.demandRamp.organic, month),
});

/**
 * The month's demand inputs for one open platform (see monthDemand), shared by the engine and the workbook;
 * `runningToday` is runningTodayIn's, `floors` the store's and the month's budget floors (none without running stores).
 */
export function demandInputs(
  p: SimulatedPlatform,
  month: number,
  openMonth: number,
  budgetWeight: number,
  rules: SimulationRules,
  runningToday: number | undefined,
  floors: BudgetFloors<number> = {},
) {
  const monthsOpen = monthsOpenIn(month, openMonth, p.currentSales !== null);
  return {
    ...floors,
    growth: targetGrowth(N, { target: rules.monthTargets[(month - 1) % 12]!, ...(runningToday === undefined ? {} : { runningToday }) }),
    share: p.targetShare,
    ...(p.currentSales === null ? {} : { current: p.currentSales[(month - 1) % 12]! }),
    budget: rules.monthlyAdBudget,
    budgetWeight,
    roi: p.roi,
    roiRamp: rampAt(rules.demandRamp.roi, monthsOpen),
    spendRamp: rampAt(rules.demandRamp.spend, monthsOpen),
    organicRamp: rampAt(rules.demandRamp.organic, monthsOpen),
    paidShare: p.paidShare,
    advertises: p.advertises,
    price: p.order.price,
    curve: rules.spendCurve,
    ...growthRampsIn(month, rules),
  };
}

export type Previous = PlatformMonthInputs<number>["previous"];
export const NOTHING_BEFORE: Previous = { goods: 0, payout: 0, cumulativeCash: 0 };

/** The month's inputs of the cost stack and cash line for one platform (see platformMonth), shared with the workbook. */
export function monthCostInputs(p: SimulatedPlatform, monthsOpen: number, paidShareNow: number, ads: number, previous: Previous): Omit<PlatformMonthInputs<number>, "orders"> {
  const o = p.order;
  return {
    price: o.price,
    returnsPerOrder: o.returns,
    deductionsPerOrder: o.deductions,
    goodsPerOrder: o.goods,
    shippingPerOrder: o.shipping,
    returnRate: o.returnRate,
    paidShareNow,
    affiliateShare: o.rates.affiliateShare,
    rates: o.rates,
    ads,
    vatRates: o.vatRates,
    deductionsAreDiscount: o.deductionsAreDiscount,
    opening: monthsOpen === 1 ? 1 : 0,
    deposit: p.deposit,
    inventoryCoverMonths: o.rates.inventoryCoverMonths,
    settlementDays: o.rates.settlementDays,
    previous,
  };
}
