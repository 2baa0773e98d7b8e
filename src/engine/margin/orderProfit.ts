import type { CostData } from "../plan/averageOrder";
import { ok, type Result } from "../core/result";
import { roundToFen } from "../money/roundHalfEven";
import { checkEconomicsInput, type EconomicsInput } from "./economicsInput";
import { orderCosts } from "./orderCosts";
import { profitModel } from "./profitModel";

export interface OrderProfit {
  contribution: number;
  profit: number;
  netMargin: number;
}

/** Profit and margin per order without the line-by-line breakdown: the hot path behind NETPROFIT and NETMARGIN. */
export function orderProfit(data: CostData, platform: string, category: string, input: EconomicsInput): Result<OrderProfit> {
  const checked = checkEconomicsInput(input);
  if (!checked.ok) return checked;
  const { contribution, profit } = profitModel(checked.value, orderCosts(data, platform, category, checked.value));
  return ok({ contribution: roundToFen(contribution), profit: roundToFen(profit), netMargin: profit / checked.value.price });
}
