import type { CostData } from "../plan/averageOrder";
import { checkNumber } from "../core/checkNumber";
import { RANGES } from "../core/ranges";
import { fail, ok, type Result } from "../core/result";
import type { EconomicsInput } from "./economicsInput";
import { orderProfit } from "./orderProfit";

export interface BreakEven {
  /** Whole orders per month needed to cover the fixed costs. */
  ordersPerMonth: number;
  contributionPerOrder: number;
  monthlyFixedCost: number;
}

/**
 * Orders per month at which contribution covers monthly fixed costs (team, rent, platform fees ÷ 12).
 * Fails with `never_breaks_even` when each order loses money before fixed costs.
 */
export function breakEven(data: CostData, platform: string, category: string, monthlyFixedCost: number, input: Omit<EconomicsInput, "fixedPerOrder">): Result<BreakEven> {
  const fixed = checkNumber("monthlyFixedCost", monthlyFixedCost, RANGES.money);
  if (!fixed.ok) return fixed;
  const economics = orderProfit(data, platform, category, { ...input, fixedPerOrder: 0 });
  if (!economics.ok) return economics;
  const contribution = economics.value.contribution;
  if (contribution <= 0) return fail({ code: "never_breaks_even", field: "contribution", contributionPerOrder: contribution });
  return ok({ ordersPerMonth: Math.ceil(fixed.value / contribution), contributionPerOrder: contribution, monthlyFixedCost: fixed.value });
}
