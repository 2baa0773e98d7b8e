import type { CostData } from "../plan/averageOrder";
import type { Calculator } from "../calc/calculator";
import { numberCalculator } from "../calc/numberCalculator";
import { checkNumber } from "../core/checkNumber";
import { RANGES } from "../core/ranges";
import { fail, ok, type Result } from "../core/result";
import type { EconomicsInput } from "./economicsInput";
import { orderProfit } from "./orderProfit";
import type { VatRegime } from "../../data/schema/costs";
import { DEFAULTS } from "../core/defaults";

export interface BreakEven {
  /** Whole orders per month needed to cover the fixed costs. */
  ordersPerMonth: number;
  contributionPerOrder: number;
  monthlyFixedCost: number;
}

/** Whole orders a month whose contribution covers the fixed costs; none (null) when an order contributes nothing. */
export const breakEvenOrders = <T>(c: Calculator<T>, x: { fixedCosts: T; contributionPerOrder: T }): T | null =>
  c.ifGreater(x.contributionPerOrder, c.constant(0), c.ceilWhole(c.divide(x.fixedCosts, x.contributionPerOrder)), null);

/**
 * Orders per month at which contribution (after VAT under `regime`) covers monthly fixed costs (team, rent, platform fees ÷ 12).
 * Fails with `never_breaks_even` when each order loses money before fixed costs.
 */
export function breakEven(
  data: CostData,
  platform: string,
  category: string,
  monthlyFixedCost: number,
  input: Omit<EconomicsInput, "fixedPerOrder">,
  regime: VatRegime = DEFAULTS.vatRegime,
): Result<BreakEven> {
  const fixed = checkNumber("monthlyFixedCost", monthlyFixedCost, RANGES.money);
  if (!fixed.ok) return fixed;
  const economics = orderProfit(data, platform, category, { ...input, fixedPerOrder: 0 }, regime);
  if (!economics.ok) return economics;
  const contribution = economics.value.contribution;
  if (contribution <= 0) return fail({ code: "never_breaks_even", field: "contribution", contributionPerOrder: contribution });
  const ordersPerMonth = breakEvenOrders(numberCalculator, { fixedCosts: fixed.value, contributionPerOrder: contribution })!;
  return ok({ ordersPerMonth, contributionPerOrder: contribution, monthlyFixedCost: fixed.value });
}
