import type { AverageOrder } from "./averageOrder";
import { numberCalculator } from "../calc/numberCalculator";
import { breakEvenOrders as breakEvenOrdersOf } from "../margin/breakEven";

/** What would bring a platform to break even: each lever on its own, the others unchanged. */
export interface ProfitFix {
  /** Average order value at which contribution per order reaches 0 (all prices scaled alike); null if no price does. */
  breakEvenPrice: number | null;
  /** Average unit cost at which contribution per order reaches 0; null if even free goods lose money. */
  breakEvenUnitCost: number | null;
  /** Ad ROI at which contribution per order reaches 0; null if the order loses money before ads. */
  breakEvenRoi: number | null;
  /** Orders a month that cover the fixed costs at today's contribution (volume shortfalls); null for per-order losses. */
  breakEvenOrders: number | null;
  plannedOrders: number | null;
}

/**
 * Solves the average order's contribution for each lever. Price-linked lines (returns, deductions, ads) scale with
 * price; goods cost is the kept orders' share, so the unit cost that breaks even is what is left divided by (1 − q).
 */
export function profitFix(order: AverageOrder, avgUnitCost: number, paidShare: number): ProfitFix {
  const priceLinked = order.price - order.returns - order.deductions - order.ads;
  const fixedPerOrderLines = order.goods + order.shipping + order.platformFee;
  const breakEvenPrice = priceLinked > 0 ? (order.price * fixedPerOrderLines) / priceLinked : null;
  const keptShare = avgUnitCost > 0 ? order.goods / avgUnitCost : 0;
  const leftForGoods = priceLinked - order.shipping - order.platformFee;
  const breakEvenUnitCost = keptShare > 0 && leftForGoods > 0 ? leftForGoods / keptShare : null;
  const beforeAds = order.contribution + order.ads;
  const breakEvenRoi = beforeAds > 0 && paidShare > 0 ? paidShare / (beforeAds / order.price) : null;
  return { breakEvenPrice, breakEvenUnitCost, breakEvenRoi, breakEvenOrders: null, plannedOrders: null };
}

/** A volume shortfall: contribution is positive but the planned orders do not cover the fixed costs. */
export function volumeFix(contributionPerOrder: number, monthlyFixedCosts: number, plannedOrders: number): ProfitFix {
  const breakEvenOrders = breakEvenOrdersOf(numberCalculator, { fixedCosts: monthlyFixedCosts, contributionPerOrder });
  return { breakEvenPrice: null, breakEvenUnitCost: null, breakEvenRoi: null, breakEvenOrders, plannedOrders };
}
