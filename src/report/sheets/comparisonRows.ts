import type { Lang, ProductOnPlatform } from "../../engine";
import { numberCalculator as N } from "../../engine/calc";
import { businessModelOf } from "../../engine/costs/costRates";
import { keptGoodsPerOrder, orderCostLines } from "../../engine/costs/orderCostLines";
import { platformShipping } from "../../engine/costs/platformShipping";
import { orderContributionAfterVat } from "../../engine/costs/orderVat";
import { vatRatesOf } from "../../engine/costs/vatRegime";
import type { PlanResult } from "../../scenario/planResult";
import { reasonBasis, reasonWithKind } from "../reasonText";
import { contributionMarginOf } from "../../engine/margin/profitModel";
import { platformName } from "../planText";
import type { PlainValue } from "../workbookSpec";
import { LIVE_FIELDS, liveCostRates } from "./comparisonColumns";
import type { ComparisonLayout } from "./layouts";

/** One row of the Comparison: a product (scenario order) on a platform, its sheet row, and the rows its lookups live on. */
export interface ComparisonPlace {
  product: number;
  on: ProductOnPlatform;
  row: number;
  /** The product's first platform row: it looks the product's inputs up, its other rows read it. */
  productRow: number;
  /** The first row of this platform × category: it looks the rate card up, later rows read it. */
  ratesRow: number;
  /** The platform's first row: it holds the platform's Costs-sheet rates in hidden helper cells. */
  costsRow: number;
}

/** Each row's place, walked in sheet order; the first rows of each platform and platform × category are found once, up front. */
export function comparisonPlaces(result: PlanResult, layout: ComparisonLayout): { count: number; places: () => Iterable<ComparisonPlace> } {
  const { plan } = result;
  const ratesRows = new Map<string, number>();
  const costsRows = new Map<string, number>();
  plan.products.forEach((p, i) => {
    const category = result.inputs[i]!.product.product.category;
    for (const x of p.platforms) {
      const r = layout.row(i, x.platform);
      if (!ratesRows.has(`${x.platform}|${category}`)) ratesRows.set(`${x.platform}|${category}`, r);
      if (!costsRows.has(x.platform)) costsRows.set(x.platform, r);
    }
  });
  function* places(): Generator<ComparisonPlace> {
    for (const [i, p] of plan.products.entries()) {
      const category = result.inputs[i]!.product.product.category;
      const productRow = layout.row(i, p.platforms[0]!.platform);
      for (const on of p.platforms) {
        const ratesRow = ratesRows.get(`${on.platform}|${category}`)!;
        yield { product: i, on, row: layout.row(i, on.platform), productRow, ratesRow, costsRow: costsRows.get(on.platform)! };
      }
    }
  }
  return { count: layout.last - layout.header, places };
}

/** A row's values, column by column as comparisonColumns lists them: the plan's numbers (the cached values of its formulas). */
export function comparisonValues(result: PlanResult, lang: Lang): (place: ComparisonPlace) => PlainValue[] {
  const { plan, referenceData: data } = result;
  const platformOf = new Map(plan.platforms.map((q) => [q.platform, q]));
  const vatNumbers = vatRatesOf(data.costs, result.company.vatRegime);
  return ({ product, on: x, row, costsRow }) => {
    const input = result.inputs[product]!;
    const e = x.economics;
    const top = x.fit.reasons[0];
    const cr = e.costRates;
    const entered = plan.entered.includes(x.platform);
    const { paidShare, averageOrder } = platformOf.get(x.platform)!;
    const mixRates = averageOrder.rates;
    const numbers = {
      price: e.price,
      returnRate: x.returnRate,
      deductionRate: e.deductionRate,
      unitCost: input.product.unitCost,
      shipping: platformShipping(N, { shipping: input.product.shipping, deliveryShare: cr.deliveryShare }),
      adRatio: x.adRatio,
      deductionsAreDiscount: businessModelOf(data.costs, x.platform).deductions === "wholesaleDiscount" ? 1 : 0,
    };
    const exactValue = orderContributionAfterVat(
      N,
      numbers,
      orderCostLines(
        N,
        { ...numbers, paidShare, affiliateShare: cr.affiliateShare, goods: keptGoodsPerOrder(N, numbers) },
        liveCostRates(N, cr.perOrderFee, (field) => cr[field]),
      ),
      vatNumbers,
    );
    return [
      input.input.sku,
      input.input.name,
      platformName(data, x.platform, lang),
      x.fit.score,
      e.price,
      input.product.unitCost,
      input.product.shipping,
      input.product.monthlyOrders,
      e.deductionRate,
      x.returnRate,
      x.adRatio,
      e.contribution,
      contributionMarginOf(N, { contribution: e.contribution, price: e.price }),
      entered ? x.netProfit : null,
      entered ? x.netMargin : null,
      entered ? x.breakEvenOrders : null,
      top ? reasonWithKind(data, top, lang) : "",
      exactValue,
      ...LIVE_FIELDS.map((f) => (costsRow === row ? (f === "paidShare" ? paidShare : mixRates[f]) : null)),
      top ? reasonBasis(data, top, lang) : null,
    ];
  };
}
