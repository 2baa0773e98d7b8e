import type { CostData } from "../plan/averageOrder";
import { ok, type Result } from "../core/result";
import { roundToFen } from "../money/roundHalfEven";
import { checkEconomicsInput, type EconomicsInput } from "./economicsInput";
import { orderCosts } from "./orderCosts";
import { profitModel } from "./profitModel";
import type { VatRegime } from "../../data/schema/costs";
import { DEFAULTS } from "../core/defaults";

export interface OrderProfit {
  contribution: number;
  profit: number;
  netMargin: number;
}

/** Profit and margin per order, after VAT under `regime`, without the line-by-line breakdown: the hot path behind NETPROFIT and NETMARGIN. */
export function orderProfit(data: CostData, platform: string, category: string, input: EconomicsInput, regime: VatRegime = DEFAULTS.vatRegime): Result<OrderProfit> {
  const checked = checkEconomicsInput(input);
  if (!checked.ok) return checked;
  const { contribution, profit, netMargin } = profitModel(checked.value, orderCosts(data, platform, category, checked.value, regime));
  return ok({ contribution: roundToFen(contribution), profit: roundToFen(profit), netMargin });
}
