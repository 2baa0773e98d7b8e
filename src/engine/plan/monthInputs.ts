import { numberCalculator as N } from "../calc/numberCalculator";
import { monthsOpenIn, rampAt, runningSalesToday, targetGrowth } from "./monthDemand";
import { type PlatformMonthInputs } from "./platformMonth";
import type { SimulatedPlatform, SimulationRules } from "./simulationTypes";

/** What the brand's running stores sell today together in `month` (runningSalesToday); undefined if it runs none. */
export function runningTodayIn(platforms: readonly SimulatedPlatform[], month: number): number | undefined {
  const running = platforms.flatMap((p) => (p.currentSales === null ? [] : [p.currentSales[(month - 1) % 12]!]));
  return running.length === 0 ? undefined : runningSalesToday(N, running);
}

/**
 * The month's demand inputs for one open platform (see monthDemand), shared by the engine and the workbook;
 * `runningToday` is runningTodayIn's.
 */
export function demandInputs(p: SimulatedPlatform, month: number, openMonth: number, budgetWeight: number, rules: SimulationRules, runningToday: number | undefined) {
  const monthsOpen = monthsOpenIn(month, openMonth, p.currentSales !== null);
  return {
    growth: targetGrowth(N, { target: rules.monthTargets[(month - 1) % 12]!, ...(runningToday === undefined ? {} : { runningToday }) }),
    share: p.targetShare,
    ...(p.currentSales === null ? {} : { current: p.currentSales[(month - 1) % 12]! }),
    budget: rules.monthlyAdBudget,
    budgetWeight,
    roi: p.roi,
    roiRamp: rampAt(rules.demandRamp.roi, monthsOpen),
    organicRamp: rampAt(rules.demandRamp.organic, monthsOpen),
    paidShare: p.paidShare,
    advertises: p.advertises,
    price: p.order.price,
    curve: rules.spendCurve,
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
