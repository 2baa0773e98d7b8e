import { numberCalculator as N } from "../calc/numberCalculator";
import { roundToFen } from "../money/roundHalfEven";
import { budgetShareFen, demandOrders, demandRates, keepTodaySpend } from "./monthDemand";
import { newStoreSpend, newStoreWantedSpend } from "./newStoreSpend";
import type { demandInputs } from "./monthInputs";
import { ownTrafficSales } from "./ownTraffic";
import { runningOrders, runningSpend } from "./runningGrowth";
import type { SimulatedPlatform, SimulationRules } from "./simulationTypes";

/**
 * What a store's month buys: its ad spend, the spend it wanted before the budget cap (a running store's within how fast
 * its spend can grow), its orders and paid share.
 */
export interface StoreDemand {
  spend: number;
  wanted: number;
  orders: number;
  paidShareNow: number;
}

type Inputs = ReturnType<typeof demandInputs>;

/** A store the plan opens: demand at the ramps of its months open (monthDemand). */
function newStoreDemand(p: SimulatedPlatform, x: Inputs): StoreDemand {
  const rates = demandRates(N, x);
  const mature = demandRates(N, { ...x, roiRamp: 1, organicRamp: 1 });
  const spendInputs = { ...x, ...rates, matureRoi: mature.roiNow, maturePaidShare: mature.paidShareNow };
  const spend = newStoreSpend(N, spendInputs);
  const own = p.advertises ? {} : { ownSales: ownTrafficSales(N, x) };
  const orders = demandOrders(N, { spend, ...rates, price: x.price, curve: x.curve, ...own });
  return { spend, wanted: roundToFen(newStoreWantedSpend(N, spendInputs)), orders, paidShareNow: rates.paidShareNow };
}

/**
 * A store the brand already runs (runningGrowth): today's sales at the mature rates, growth above them at the ramps of
 * the plan's month, its spend capped by its budget share and by how fast a running store's spend can grow.
 */
function runningStoreDemand(p: SimulatedPlatform, x: Inputs, month: number, rules: SimulationRules): StoreDemand {
  const mature = demandRates(N, { ...x, roiRamp: 1, organicRamp: 1 });
  const growth = { current: x.current!, roi: mature.roiNow, paidShare: mature.paidShareNow, roiRamp: x.growthRoiRamp, organicRamp: x.growthOrganicRamp, curve: x.curve };
  const keep = keepTodaySpend(N, { current: x.current!, ...mature, curve: x.curve });
  const budgetShare = budgetShareFen(N, x);
  const { spend, wanted, cap } = runningSpend(N, { ...growth, growth: N.multiply(x.growth, x.share), budgetShare, keep, spendGrowth: rules.runningSpendGrowth, month });
  const { orders, paidShareNow } = runningOrders(N, { ...growth, spend, price: x.price, ownSales: p.advertises ? undefined : ownTrafficSales(N, x) });
  return { spend, wanted: Math.max(spend, roundToFen(Math.min(wanted, cap))), orders, paidShareNow };
}

/** The month's demand of one open store: a running one's (runningStoreDemand) or a new one's (newStoreDemand). */
export const storeDemand = (p: SimulatedPlatform, x: Inputs, month: number, rules: SimulationRules): StoreDemand =>
  p.currentSales === null ? newStoreDemand(p, x) : runningStoreDemand(p, x, month, rules);
