import type { Costs } from "../../data/schema/costs";
import type { Calculator } from "../calc/calculator";
import { numberCalculator } from "../calc/numberCalculator";
import { advertisesOn } from "../costs/costRates";
import type { WantedSalesInputs } from "./monthDemand";

/**
 * A platform whose business model sells on its own traffic (a flash-sale wholesaler: `advertising: false` in the
 * costs data) gets no ad budget and spends nothing on ads; `advertises` is that switch as 0 or 1.
 */

/** The paid share of sales a platform's orders carry: the company's paid share where the brand buys ads, else 0. */
export function platformPaidShare<T>(c: Calculator<T>, x: { paidShare: T; advertises: T }): T {
  return c.multiply(x.paidShare, x.advertises);
}

/**
 * platformPaidShare from the data, in numbers: `override` (the company's paid share, or a per-order formula's
 * `paidShare` argument) or else the platform's own (`own`: a mature store's paid share from the costs data, over the
 * product mix). The plan's average order and every per-order figure (the Comparison, the formulas) take it from here.
 */
export const paidShareOn = (costs: Costs, platform: string, override: number | null, own: number): number =>
  platformPaidShare(numberCalculator, { paidShare: override ?? own, advertises: advertisesOn(costs, platform) });

/**
 * The month's sales the platform's own traffic brings, in fen. A store the brand already runs there keeps selling
 * what it sells today (`current`, seasonalised): without ads the brand has no lever to grow it. A new one gets its
 * share of the month's target growth (targetGrowth: the whole target for a brand with no running store; its weight
 * in the 80/20 split, as it takes no budget), reached over the organic ramp as the platform's buyers learn the brand.
 */
export function ownTrafficSales<T>(c: Calculator<T>, x: WantedSalesInputs<T> & { organicRamp: T }): T {
  return c.fen(x.current ?? c.multiply(x.growth, x.share, x.organicRamp));
}
