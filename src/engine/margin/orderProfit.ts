import type { RateCard } from "../../data/schema/rateCard";
import { ok, type Result } from "../core/result";
import { roundToFen } from "../money/roundHalfEven";
import { deductionTotal } from "../rates/deductions";
import { checkEconomicsInput, type EconomicsInput } from "./economicsInput";
import { profitModel } from "./profitModel";

export interface OrderProfit {
  contribution: number;
  profit: number;
  netMargin: number;
}

/** Profit and margin per order without the line-by-line breakdown: the hot path behind NETPROFIT and NETMARGIN. */
export function orderProfit(card: RateCard, platform: string, category: string, input: EconomicsInput): Result<OrderProfit> {
  const checked = checkEconomicsInput(input);
  if (!checked.ok) return checked;
  const { contribution, profit } = profitModel(checked.value, deductionTotal(card, platform, category), card.platforms[platform]!.perOrderFee.value);
  return ok({ contribution: roundToFen(contribution), profit: roundToFen(profit), netMargin: profit / checked.value.price });
}
