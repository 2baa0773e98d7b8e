import type { ReferenceData } from "../../data/referenceData";
import type { FitScore } from "../fit/fitScore";
import { orderEconomics } from "../margin/orderEconomics";
import { breakEvenOrders } from "../margin/breakEven";
import { numberCalculator } from "../calc/numberCalculator";
import { typicalReturnRate } from "../rates/typicalReturnRate";
import type { Candidate } from "./candidates";
import type { PlanProduct } from "./planInput";
import type { VatRegime } from "../../data/schema/costs";
import type { ProductOnPlatform, ProductPlan, RunRate } from "./planTypes";

/**
 * Every product on every platform: contribution per order (after VAT under the plan's regime, before fixed costs) at the platform's ad ratio, and net
 * profit per order after the run-rate fixed cost per order where the platform is entered.
 */
export function productEconomics(
  data: ReferenceData,
  products: readonly PlanProduct[],
  fits: FitScore[][],
  candidates: readonly Candidate[],
  runRateOf: (platform: string) => RunRate | null,
  regime: VatRegime,
): ProductPlan[] {
  const codes = Object.keys(data.rateCard.platforms);
  const byCode = new Map(candidates.map((c) => [c.platform, c]));
  // Products alike in price, costs and category (a style's sizes and colours) share one result per platform, computed once.
  const computed = new Map<string, ReturnType<typeof orderEconomics>>();
  return products.map((p, i) => {
    const rows = codes.map((platform, j): ProductOnPlatform => {
      const c = byCode.get(platform)!;
      const returnRate = typicalReturnRate(data.rateCard, platform, p.product.category);
      const runRate = runRateOf(platform);
      // The platform's paid share, as its average order carries it (the company's override, or the platform's own; 0 on
      // its own traffic): the Comparison's exact contribution and the per-order formulas' default take the same.
      const paidShare = c.order.rates.paidShare;
      const input = { price: p.product.price, unitCost: p.unitCost, shipping: p.shipping, adRatio: c.adRatio, returnRate, fixedPerOrder: runRate?.fixedPerOrder ?? 0, paidShare };
      const key = `${platform}|${p.product.category}|${JSON.stringify(input)}`;
      let economics = computed.get(key);
      if (!economics) computed.set(key, (economics = orderEconomics(data, platform, p.product.category, input, regime)));
      if (!economics.ok) throw new Error(`channelPlan: products are checked before planning (${economics.issue.code})`);
      const e = economics.value;
      return {
        platform,
        fit: fits[i]![j]!,
        returnRate,
        adRatio: c.adRatio,
        economics: e,
        netProfit: runRate ? e.profit : null,
        netMargin: runRate ? e.netMargin : null,
        breakEvenOrders: runRate ? breakEvenOrders(numberCalculator, { fixedCosts: runRate.fixedCosts, contributionPerOrder: e.contribution }) : null,
      };
    });
    return { sku: p.sku, platforms: rows.sort((a, b) => b.fit.score - a.fit.score) };
  });
}
