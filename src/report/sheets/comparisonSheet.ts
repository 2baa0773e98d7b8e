import { reasonWithBasis, type Lang } from "../../engine";
import { platformName } from "../planText";
import type { PlanResult } from "../planResult";
import type { CellValue } from "../workbookSpec";
import type { InputRefs } from "./inputsSheet";
import { CMP, type ComparisonLayout } from "./layouts";
import type { PlanRefs } from "./planSheet";
import type { RateRefs } from "./rateCardSheet";
import { formulaCalculator, formulaCalculator as F, numberCalculator as N, type Calculator } from "../../engine/calc";
import { businessModelOf } from "../../engine/costs/costRates";
import type { MixCostRates } from "../../engine/costs/mixCostRates";
import { orderCostLines, PER_ORDER_COST_KEYS } from "../../engine/costs/orderCostLines";
import { fen, type SheetBuilder } from "./sheetBuilder";

/**
 * Every product on every platform: fit (a judgement, a value), then the per-order economics as formulas on the
 * inputs and the rate card: deductions d, return rate q, ad ratio a, contribution per order and margin (before
 * fixed costs), net profit per order and net margin (after the platform's fixed cost per order at planned volume;
 * blank where the platform is not entered) and the orders that break even.
 */
export function comparisonSheet(result: PlanResult, lang: Lang, b: SheetBuilder, layout: ComparisonLayout, refs: { inputs: InputRefs; rates: RateRefs; plan: PlanRefs }): void {
  const { plan, referenceData: data } = result;
  const wholesale = (platform: string) => businessModelOf(data.costs, platform).deductions === "wholesaleDiscount";
  const rows: CellValue[][] = [];
  plan.products.forEach((p, i) => {
    const input = result.inputs[i]!;
    const cat = input.product.product.category;
    const columns = refs.inputs.products;
    for (const x of p.platforms) {
      const r = layout.row(i, x.platform);
      const at = (col: number) => b.local(col, r);
      const e = x.economics;
      // The product's inputs are found by its SKU, so sorting or inserting rows of CF_Products changes nothing.
      const bySku = (values: string) => formulaCalculator.lookup(values, [[columns.sku, at(CMP.sku)]]);
      const entered = plan.entered.includes(x.platform);
      const exact = <T>(c: Calculator<T>, v: ExactInputs<T>) => exactContribution(c, v, e.costRates);
      const contribution = at(CMP.exact);
      const fixedPerOrder = entered ? refs.plan.runRate(x.platform, "fixedPerOrder") : "";
      rows.push([
        input.input.sku,
        input.input.name,
        platformName(data, x.platform, lang),
        x.fit.score,
        b.cell(bySku(columns.price), e.price),
        b.cell(bySku(columns.unitCost), input.product.unitCost),
        b.cell(bySku(columns.shipping), input.product.shipping),
        b.cell(bySku(columns.orders), input.product.monthlyOrders),
        // A wholesale platform keeps its discount off retail (the cost data's figure), not the rate card's commission.
        b.cell(wholesale(x.platform) ? F.constant(e.deductionRate) : refs.rates.deductions(x.platform, cat).join("+"), e.deductionRate),
        b.cell(`MIN(0.95,MAX(0,${refs.rates.typicalReturn(cat)}+${refs.rates.returnAdjustment(x.platform)}))`, x.returnRate),
        b.cell(refs.plan.order(x.platform, "a"), x.adRatio),
        b.cell(fen(contribution), e.contribution),
        b.cell(`IF(${at(CMP.price)}>0,${at(CMP.contribution)}/${at(CMP.price)},0)`, e.price > 0 ? e.contribution / e.price : 0),
        entered ? b.cell(fen(`${contribution}-${fixedPerOrder}`), x.netProfit) : null,
        entered ? b.cell(`IF(${at(CMP.price)}>0,(${contribution}-${fixedPerOrder})/${at(CMP.price)},0)`, x.netMargin) : null,
        entered
          ? b.cell(`IF(${at(CMP.contribution)}>0,${formulaCalculator.ceilWhole(`${refs.plan.runRate(x.platform, "fixedCosts")}/${at(CMP.contribution)}`)},"")`, x.breakEvenOrders)
          : null,
        x.fit.reasons[0] ? reasonWithBasis(x.fit.reasons[0], lang) : "",
        b.cell(
          exact(F, {
            price: at(CMP.price),
            unitCost: at(CMP.unitCost),
            shipping: at(CMP.shipping),
            deductionRate: at(CMP.d),
            returnRate: at(CMP.q),
            adRatio: at(CMP.a),
            paidShare: refs.inputs.company.paidShare,
            perOrderFee: refs.rates.perOrderFee(x.platform),
          }),
          exact(N, {
            price: e.price,
            unitCost: input.product.unitCost,
            shipping: input.product.shipping,
            deductionRate: e.deductionRate,
            returnRate: x.returnRate,
            adRatio: x.adRatio,
            paidShare: result.company.paidShare,
            perOrderFee: data.rateCard.platforms[x.platform]!.perOrderFee.value,
          }),
        ),
      ]);
    }
  });
  b.table({
    name: "Comparison",
    columns: b.columns([
      ["sku", "text", 14],
      ["product", "text", 22],
      ["platform", "text", 14],
      ["fitScore", "score", 10],
      ["price", "money", 11],
      ["unitCost", "money", 11],
      ["shipping", "money", 11],
      ["expectedOrders", "integer", 12],
      ["deductionRate", "percent", 10],
      ["returnRate", "percent", 10],
      ["adRatio", "percent", 10],
      ["contributionPerOrder", "money", 13],
      ["contributionMargin", "percent", 10],
      ["netProfit", "money", 13],
      ["netMargin", "percent", 10],
      ["breakEvenOrders", "integer", 13],
      ["topReason", "text", 60],
      ["exactContribution", "rate", 14, { hidden: true }],
    ]),
    rows,
    highlights: [
      { column: CMP.fit, rule: "colorScale" },
      { column: CMP.contribution, rule: "negativeRed" },
      { column: CMP.contributionMargin, rule: "negativeRed" },
      { column: CMP.netProfit, rule: "negativeRed" },
      { column: CMP.netMargin, rule: "negativeRed" },
    ],
  });
  if (rows.length !== layout.last - layout.header) throw new Error("comparison layout out of step");
}

interface ExactInputs<T> {
  price: T;
  unitCost: T;
  shipping: T;
  deductionRate: T;
  returnRate: T;
  adRatio: T;
  paidShare: T;
  /** The rate card's fee per order (the product's per-item fees are added from its cost rates). */
  perOrderFee: T;
}

/**
 * A product's contribution per order, unrounded, once for both backends (profitModel's formula):
 * (1 − q)(P(1 − d) − C) − S − aP − the cost stack of one order (orderCostLines) at the product's cost rates.
 */
function exactContribution<T>(c: Calculator<T>, v: ExactInputs<T>, cr: MixCostRates): T {
  const k = (n: number) => c.constant(n);
  const costs = orderCostLines(
    c,
    { price: v.price, returnRate: v.returnRate, paidShare: v.paidShare, affiliateShare: k(cr.affiliateShare) },
    {
      affiliateRate: k(cr.affiliateRate),
      promotionShare: k(cr.promotionShare),
      fulfilmentPerOrder: k(cr.fulfilmentPerOrder),
      returnShippingPerReturn: k(cr.returnShippingPerReturn),
      shippingInsurancePerOrder: k(cr.shippingInsurancePerOrder),
      installationPerOrder: k(cr.installationPerOrder),
      instalmentRate: k(cr.instalmentRate),
      perOrderFee: c.add(v.perOrderFee, k(cr.perItemFee)),
      paidSalesFeeRate: k(cr.paidSalesFeeRate),
      launchCost: k(0),
    },
  );
  const kept = c.subtract(k(1), v.returnRate);
  const goodsMargin = c.multiply(kept, c.subtract(c.multiply(v.price, c.subtract(k(1), v.deductionRate)), v.unitCost));
  const before = c.subtract(c.subtract(goodsMargin, v.shipping), c.multiply(v.adRatio, v.price));
  return c.subtract(before, c.add(...PER_ORDER_COST_KEYS.map((key) => costs[key])));
}
