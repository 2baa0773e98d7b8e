import type { AverageOrder } from "./averageOrder";
import { numberCalculator } from "../calc/numberCalculator";
import { breakEvenOrders as breakEvenOrdersOf } from "../margin/breakEven";
import type { VolumeLevers } from "./volumeLevers";

/** What would bring a platform to break even: each lever on its own, the others unchanged (VolumeLevers: volume shortfalls only). */
export interface ProfitFix extends Nullable<VolumeLevers> {
  /** Average order value at which contribution per order reaches 0 (all prices scaled alike); null if no price does. */
  breakEvenPrice: number | null;
  /** Average unit cost at which contribution per order reaches 0; null if even free goods lose money. */
  breakEvenUnitCost: number | null;
  /** Ad ROI at which contribution per order reaches 0; null if the order loses money before ads. */
  breakEvenRoi: number | null;
  /** Orders a month that cover the fixed costs at today's contribution (volume shortfalls); null for per-order losses. */
  breakEvenOrders: number | null;
  plannedOrders: number | null;
  /** Whether those orders are the whole target's (the store judged as the only one in the plan); null for per-order losses. */
  plannedAlone: boolean | null;
  /** The company overhead an average order brings, when the store is judged beside others: breakEvenOrders then covers it too. */
  overheadPerOrder: number | null;
  /** What an average order leaves after that overhead (its contribution less it); null when not judged beside others. */
  leftPerOrder: number | null;
  /** Whether its run rate carries its own team and fixed costs (below_overhead: the overhead alone is short); null otherwise. */
  carriesOwnCosts: boolean | null;
}

type Nullable<T> = { [K in keyof T]: T[K] | null };

const NO_VOLUME_LEVERS: VolumeLevers = { budgetBuysOrders: null, targetForBreakEven: null, targetRaise: null, leanBreakEvenOrders: null };

/** One lever moved: every price × priceScale, every unit cost × unitCostScale, or no ads at all. */
export interface Lever {
  priceScale: number;
  unitCostScale: number;
  ads: boolean;
}

/** The average order's contribution with one lever moved: the same averageOrder, re-run on the changed mix. */
export type ContributionAt = (lever: Lever) => number;

/**
 * Solves the average order's contribution for each lever, on the whole cost stack (commission, ads, affiliates,
 * promotions, fulfilment, returns, VAT…): contribution is affine in the price scale and in the unit-cost scale, so two
 * evaluations give each line's root; ads cost ∝ 1 ÷ ROI, so the ROI that breaks even is today's × ads cost ÷ the
 * contribution before ads.
 */
export function profitFix(order: AverageOrder, avgUnitCost: number, roi: number, contributionAt: ContributionAt): ProfitFix {
  const now = order.contribution;
  const at = (lever: Partial<Lever>) => contributionAt({ priceScale: 1, unitCostScale: 1, ads: true, ...lever });
  const rootOf = (slope: number) => 1 - now / slope;
  const perPrice = at({ priceScale: 2 }) - now;
  const priceScale = perPrice > 0 ? rootOf(perPrice) : null;
  const perCost = at({ unitCostScale: 2 }) - now;
  const costScale = perCost < 0 ? rootOf(perCost) : null;
  const beforeAds = at({ ads: false });
  const adsCost = beforeAds - now;
  return {
    breakEvenPrice: priceScale !== null && priceScale > 0 ? order.price * priceScale : null,
    breakEvenUnitCost: costScale !== null && costScale >= 0 && avgUnitCost > 0 ? avgUnitCost * costScale : null,
    breakEvenRoi: beforeAds > 0 && adsCost > 0 ? (roi * adsCost) / beforeAds : null,
    breakEvenOrders: null,
    plannedOrders: null,
    plannedAlone: null,
    overheadPerOrder: null,
    leftPerOrder: null,
    carriesOwnCosts: null,
    ...NO_VOLUME_LEVERS,
  };
}

/**
 * A volume shortfall: each order leaves `perOrder` (its contribution, less the company overhead it brings when the
 * store is judged beside others: `overheadPerOrder`), and the planned orders do not cover the fixed costs with it.
 */
export function volumeFix(
  perOrder: number,
  monthlyFixedCosts: number,
  plannedOrders: number,
  plannedAlone: boolean,
  levers: VolumeLevers = NO_VOLUME_LEVERS,
  overheadPerOrder: number | null = null,
  carriesOwnCosts: boolean | null = null,
): ProfitFix {
  const breakEvenOrders = breakEvenOrdersOf(numberCalculator, { fixedCosts: monthlyFixedCosts, contributionPerOrder: perOrder });
  return {
    breakEvenPrice: null,
    breakEvenUnitCost: null,
    breakEvenRoi: null,
    breakEvenOrders,
    plannedOrders,
    plannedAlone,
    overheadPerOrder,
    leftPerOrder: overheadPerOrder === null ? null : perOrder,
    carriesOwnCosts,
    ...levers,
  };
}
