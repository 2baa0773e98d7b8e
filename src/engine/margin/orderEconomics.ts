import { ok, type Result } from "../core/result";
import { businessModelOf } from "../costs/costRates";
import { platformShipping } from "../costs/platformShipping";
import { numberCalculator as N } from "../calc/numberCalculator";
import { roundToFen } from "../money/roundHalfEven";
import type { CostData } from "../plan/averageOrder";
import { deductions, type DeductionLine } from "../rates/deductions";
import { checkEconomicsInput, type EconomicsInput } from "./economicsInput";
import { orderCosts, STACK_KEYS, type OrderCostLines } from "./orderCosts";
import type { MixCostRates } from "../costs/mixCostRates";
import { profitModel } from "./profitModel";
import type { VatRegime } from "../../data/schema/costs";
import { DEFAULTS } from "../core/defaults";
import { adsPerOrderOf } from "../plan/adModel";

export interface DeductionAmount extends DeductionLine {
  /** Yuan per order placed, on kept (not returned) orders. */
  amount: number;
}

export interface OrderEconomics extends OrderCostLines {
  price: number;
  /** d: what the platform keeps as a fraction of price (the rate card's deductions, or a wholesale discount). */
  deductionRate: number;
  /** (1 − q) × P: sales kept after returns. */
  keptRevenue: number;
  /** The rate card's deductions line by line (empty where the platform keeps a wholesale discount instead). */
  deductions: DeductionAmount[];
  /** (1 − q) × P × d */
  deductionAmount: number;
  /** (1 − q) × C: goods cost of kept orders (returned goods go back to stock). */
  goodsCost: number;
  /** S × the platform's delivery share: the shipping the brand pays on the order (platformShipping). */
  shipping: number;
  /** a × P */
  adCost: number;
  /** The platform's fees per order: the rate card's fee, per-item fees (Dewu) and the fee on ad-driven sales (Douyin). */
  platformPerOrderFee: number;
  /** VAT payable on the order under the regime (orderVat): output VAT on what the buyer paid less input VAT. */
  vat: number;
  fixedPerOrder: number;
  /** Everything but the user's allocated fixed cost F: what each order adds towards fixed costs. */
  contribution: number;
  profit: number;
  /** profit ÷ price */
  netMargin: number;
  /** The cost rates behind the cost stack's lines (for the workbook's formulas). */
  costRates: MixCostRates;
}

/**
 * Per-order profit on a platform:
 * `profit = (1 − q) × (P × (1 − d) − C) − S − a × P − platform fees − the cost stack − VAT − F`,
 * the cost stack being affiliate commission, promotions, fulfilment, return shipping and 运费险, installation and
 * instalment fees for one expected order (costLines at one order), and VAT under `regime` (orderVat). Platform and
 * category must be resolved codes.
 * Money is rounded half-even to the fen.
 */
export function orderEconomics(data: CostData, platform: string, category: string, input: EconomicsInput, regime: VatRegime = DEFAULTS.vatRegime): Result<OrderEconomics> {
  const checked = checkEconomicsInput(input);
  if (!checked.ok) return checked;
  const { price, unitCost, adRatio, returnRate, fixedPerOrder } = checked.value;
  const costs = orderCosts(data, platform, category, checked.value, regime);
  // The product's own shipping, of which the brand pays the platform's delivery share.
  const shipping = platformShipping(N, { shipping: checked.value.shipping, deliveryShare: costs.rates.deliveryShare });
  const kept = 1 - returnRate;
  const rateCardLines = businessModelOf(data.costs, platform).deductions === "rateCard" ? deductions(data.rateCard, platform, category).lines : [];
  const { contribution, profit, netMargin } = profitModel(checked.value, costs);
  const lines = Object.fromEntries(STACK_KEYS.map((k) => [k, roundToFen(costs.lines[k])])) as OrderCostLines;
  return ok({
    price,
    deductionRate: costs.deductionRate,
    keptRevenue: roundToFen(kept * price),
    deductions: rateCardLines.map((line) => ({ ...line, amount: roundToFen(kept * price * line.figure.value) })),
    deductionAmount: roundToFen(kept * price * costs.deductionRate),
    goodsCost: roundToFen(kept * unitCost),
    shipping: roundToFen(shipping),
    adCost: roundToFen(adsPerOrderOf(N, { adRatio, price })),
    platformPerOrderFee: roundToFen(costs.lines.platformFees),
    vat: roundToFen(costs.vat),
    ...lines,
    costRates: costs.rates,
    fixedPerOrder: roundToFen(fixedPerOrder),
    contribution: roundToFen(contribution),
    profit: roundToFen(profit),
    netMargin,
  });
}
