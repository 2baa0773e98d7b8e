import { formulaCalculator as F } from "../../engine/calc";
import { rampAt, type SpendCurve } from "../../engine/plan/monthDemand";
import { ownTrafficSales } from "../../engine/plan/ownTraffic";
import { runningOrders, runningSpend } from "../../engine/plan/runningGrowth";
import type { PlanResult } from "../../scenario/planResult";
import { PNL } from "./layouts";

/**
 * A running store's demand cells in a P&L month (runningGrowth, as the engine's storeDemand): its ad spend (the
 * spend that buys today's sales plus its share of the growth, within its budget share and how far its spend can have
 * grown by the plan's month), the orders it buys and its paid share this month. `x(col)` is the row's cell of a
 * column; `maturePaidShare` the platform's mature paid share (a formula); `advertises` whether it buys ads there.
 */
export function runningGrowthCells(
  result: PlanResult,
  month: number,
  x: (col: number) => string,
  m: { maturePaidShare: string; curve: SpendCurve<string>; price: string; advertises: boolean },
) {
  const data = result.referenceData.planning;
  const growth = {
    current: x(PNL.currentSales),
    roi: x(PNL.roiNow),
    paidShare: m.maturePaidShare,
    roiRamp: F.constant(rampAt(data.demandRamp.roi.values, month)),
    organicRamp: F.constant(rampAt(data.demandRamp.organic.values, month)),
    curve: m.curve,
  };
  const { spend } = runningSpend(F, {
    ...growth,
    growth: F.multiply(x(PNL.targetGrowth), x(PNL.share)),
    budgetShare: x(PNL.budgetShare),
    keep: x(PNL.budgetFloor),
    spendGrowth: F.constant(data.runningGrowth.monthlySpendGrowth.value),
    month: F.constant(month),
  });
  const ownSales = m.advertises
    ? undefined
    : ownTrafficSales(F, { growth: x(PNL.targetGrowth), share: x(PNL.share), current: x(PNL.currentSales), organicRamp: growth.organicRamp });
  return { ads: spend, ...runningOrders(F, { ...growth, spend: x(PNL.ads), price: m.price, ownSales }) };
}
