import type { RateCard } from "../../data/schema/rateCard";
import { ok, type Result } from "../core/result";
import { roundToFen } from "../money/roundHalfEven";
import { deductions, type DeductionLine } from "../rates/deductions";
import { checkEconomicsInput, type EconomicsInput } from "./economicsInput";
import { profitModel } from "./profitModel";

export interface DeductionAmount extends DeductionLine {
  /** Yuan per order placed, on kept (not returned) orders. */
  amount: number;
}

export interface OrderEconomics {
  price: number;
  /** d: the platform's percentage deductions as a fraction of price. */
  deductionRate: number;
  /** (1 − q) × P: sales kept after returns. */
  keptRevenue: number;
  deductions: DeductionAmount[];
  /** (1 − q) × C: goods cost of kept orders (returned goods go back to stock). */
  goodsCost: number;
  shipping: number;
  /** a × P */
  adCost: number;
  /** The platform's fixed fee per order (e.g. Dewu's authentication fee). */
  platformPerOrderFee: number;
  fixedPerOrder: number;
  /** Everything but the user's allocated fixed cost F: what each order adds towards fixed costs. */
  contribution: number;
  profit: number;
  /** profit ÷ price */
  netMargin: number;
}

/**
 * Per-order profit on a platform:
 * `profit = (1 − q) × (P × (1 − d) − C) − S − a × P − F`,
 * where F is the user's fixed cost per order plus the platform's per-order fee.
 * Platform and category must be resolved codes. Money is rounded half-even to the fen.
 *
 * @example
 * orderEconomics(card, "TMALL", "APPAREL", { price: 200, unitCost: 60, shipping: 8, adRatio: 0.2, returnRate: 0.3 }).value.profit
 * //=> 41.46  (0.7 × (200 × (1 − 0.061) − 60) − 8 − 40; d = 5% + 0.6% + 0.5% points)
 */
export function orderEconomics(card: RateCard, platform: string, category: string, input: EconomicsInput): Result<OrderEconomics> {
  const checked = checkEconomicsInput(input);
  if (!checked.ok) return checked;
  const { price, unitCost, shipping, adRatio, returnRate, fixedPerOrder } = checked.value;
  const rates = deductions(card, platform, category);
  const kept = 1 - returnRate;
  const platformPerOrderFee = card.platforms[platform]!.perOrderFee.value;
  const { contribution, profit } = profitModel(checked.value, rates.total, platformPerOrderFee);
  return ok({
    price,
    deductionRate: rates.total,
    keptRevenue: roundToFen(kept * price),
    deductions: rates.lines.map((line) => ({ ...line, amount: roundToFen(kept * price * line.figure.value) })),
    goodsCost: roundToFen(kept * unitCost),
    shipping: roundToFen(shipping),
    adCost: roundToFen(adRatio * price),
    platformPerOrderFee: roundToFen(platformPerOrderFee),
    fixedPerOrder: roundToFen(fixedPerOrder),
    contribution: roundToFen(contribution),
    profit: roundToFen(profit),
    netMargin: profit / price,
  });
}
