import type { Lang } from "../../engine";
import type { PlanResult } from "../../scenario/planResult";
import type { CellValue } from "../workbookSpec";
import type { CostRefs } from "./costSheet";
import type { InputRefs } from "./inputsSheet";
import { CMP, type ComparisonLayout } from "./layouts";
import type { PlanRefs } from "./planSheet";
import type { RateRefs } from "./rateCardSheet";
import { formulaCalculator, formulaCalculator as F } from "../../engine/calc";
import { businessModelOf } from "../../engine/costs/costRates";
import { breakEvenOrders } from "../../engine/margin/breakEven";
import { contributionMarginOf, netMarginOf, netProfitOf } from "../../engine/margin/profitModel";
import { returnRateOf } from "../../engine/rates/typicalReturnRate";
import { keptGoodsPerOrder, orderCostLines } from "../../engine/costs/orderCostLines";
import { platformShipping } from "../../engine/costs/platformShipping";
import { orderContributionAfterVat } from "../../engine/costs/orderVat";
import { fen, type SheetBuilder } from "./sheetBuilder";
import { CMP_RATES, comparisonColumns, LIVE_FIELDS, liveCostRates, type LiveField } from "./comparisonColumns";
import { comparisonPlaces, comparisonValues, type ComparisonPlace } from "./comparisonRows";
import { lazyRows } from "./lazyRows";

/**
 * Every product on every platform: fit (a judgement, a value), then the per-order economics as formulas on the
 * inputs and the rate card: deductions d, return rate q, ad ratio a, contribution per order and margin (after VAT at
 * the Inputs sheet's rates, before fixed costs), net profit per order and net margin (after the platform's fixed cost
 * per order at planned volume; blank where the platform is not entered) and the orders that break even. The rows are
 * built as they are written.
 */
export function comparisonSheet(
  result: PlanResult,
  lang: Lang,
  b: SheetBuilder,
  layout: ComparisonLayout,
  refs: { inputs: InputRefs; rates: RateRefs; costs: CostRefs; plan: PlanRefs },
): void {
  const { plan, referenceData: data } = result;
  const { count, places } = comparisonPlaces(result, layout);
  const values = comparisonValues(result, lang);
  // The plan's VAT regime: the Inputs sheet's rate cells, which the average order and the P&L read too.
  const vatCells = refs.inputs.vatRates;
  // A platform's fee per order is the rate card's fee plus its per-item fees on the Costs sheet, as the P&L reads it.
  const mixRate = (p: string, f: LiveField) => (f === "perOrderFee" ? F.add(refs.rates.perOrderFee(p), refs.costs.rate(p, "perItemFee")) : refs.costs.rate(p, f));
  const platformOf = new Map(plan.platforms.map((q) => [q.platform, q]));

  /** The formulas behind a row's values, by column; undefined where the cell is a plain value. */
  const formulas = ({ product: i, on: x, row: r, productRow: first, ratesRow, costsRow: costsAt }: ComparisonPlace): Array<string | undefined> => {
    const cat = result.inputs[i]!.product.product.category;
    const columns = refs.inputs.products;
    const at = (col: number) => b.local(col, r);
    const e = x.economics;
    // The product's inputs are found by its SKU, so sorting or inserting rows of CF_Products changes nothing; the
    // product's first platform row looks them up, the others read that row (one lookup per product, short formulas).
    const bySku = (lookedUp: string, col: number) => (r === first ? formulaCalculator.lookup(lookedUp, [[columns.sku, at(CMP.sku)]]) : b.local(col, first));
    const entered = plan.entered.includes(x.platform);
    const cr = e.costRates;
    const k = (n: number) => F.constant(n);
    // The product's cost rates follow the Costs sheet (CF_CostRates, found by platform like the P&L's): each is the
    // platform's mix rate there plus the product's own difference from the mix (its category's figures), 0 for one category.
    // Each platform's first row looks those rates up into hidden helper cells; every other row of that platform reads them.
    const mixRates = platformOf.get(x.platform)!.averageOrder.rates;
    const mix = (field: LiveField) => b.local(CMP_RATES + LIVE_FIELDS.indexOf(field), costsAt);
    const live = (field: LiveField) => {
      // To 12 decimals: the offset is a difference of floats, and its last digits are noise that only lengthens the formula.
      const offset = Number((cr[field] - mixRates[field]).toFixed(12));
      return offset === 0 ? mix(field) : F.add(mix(field), k(offset));
    };
    const helpers = LIVE_FIELDS.map((f) => (costsAt === r ? mixRate(x.platform, f) : undefined));
    const costs = orderCostLines(
      F,
      {
        price: at(CMP.price),
        returnRate: at(CMP.q),
        // The platform's paid share on the Costs sheet (its own or the company's override; 0 where it sells on its own traffic).
        paidShare: mix("paidShare"),
        affiliateShare: live("affiliateShare"),
        goods: keptGoodsPerOrder(F, { returnRate: at(CMP.q), unitCost: at(CMP.unitCost) }),
      },
      liveCostRates(F, live("perOrderFee"), live),
    );
    const wholesale = businessModelOf(data.costs, x.platform).deductions === "wholesaleDiscount";
    const exact = orderContributionAfterVat(
      F,
      {
        price: at(CMP.price),
        returnRate: at(CMP.q),
        deductionRate: at(CMP.d),
        unitCost: at(CMP.unitCost),
        shipping: platformShipping(F, { shipping: at(CMP.shipping), deliveryShare: live("deliveryShare") }),
        adRatio: at(CMP.a),
        deductionsAreDiscount: F.constant(wholesale ? 1 : 0),
      },
      costs,
      vatCells,
    );
    // The first row of each platform × category looks its rates up in the rate card; later rows read that row's cells,
    // so a catalogue of many products does not repeat the same lookups (smaller formulas, fewer bytes to write).
    const seen = ratesRow === r ? undefined : ratesRow;
    const deductions = seen !== undefined ? b.local(CMP.d, seen) : wholesale ? F.constant(e.deductionRate) : refs.rates.deductions(x.platform, cat).join("+");
    const returnRate =
      seen !== undefined
        ? b.local(CMP.q, seen)
        : returnRateOf(F, {
            categoryRate: refs.rates.typicalReturn(cat),
            platformMultiple: refs.rates.returnMultiple(x.platform),
            platformAdjustment: refs.rates.returnAdjustment(x.platform),
          });
    const contribution = at(CMP.exact);
    const fixedPerOrder = entered ? refs.plan.runRate(x.platform, "fixedPerOrder") : "";
    return [
      undefined,
      undefined,
      undefined,
      undefined,
      bySku(columns.price, CMP.price),
      bySku(columns.unitCost, CMP.unitCost),
      bySku(columns.shipping, CMP.shipping),
      bySku(columns.orders, CMP.orders),
      deductions,
      returnRate,
      refs.plan.order(x.platform, "a"),
      fen(contribution),
      contributionMarginOf(F, { contribution: at(CMP.contribution), price: at(CMP.price) }),
      entered ? fen(netProfitOf(F, { contribution, fixedPerOrder })) : undefined,
      entered ? netMarginOf(F, { contribution, fixedPerOrder, price: at(CMP.price) }) : undefined,
      entered ? breakEvenOrders(F, { fixedCosts: refs.plan.runRate(x.platform, "fixedCosts"), contributionPerOrder: at(CMP.contribution) })! : undefined,
      undefined,
      exact,
      ...helpers,
    ];
  };
  const cells = (place: ComparisonPlace): CellValue[] => {
    const f = formulas(place);
    return values(place).map((value, column) => (f[column] === undefined ? value : b.cell(f[column], value)));
  };
  b.table({
    name: "Comparison",
    columns: comparisonColumns(b),
    rows: lazyRows(count, places, values, cells),
    highlights: [
      { column: CMP.fit, rule: "colorScale" },
      { column: CMP.contribution, rule: "negativeRed" },
      { column: CMP.contributionMargin, rule: "negativeRed" },
      { column: CMP.netProfit, rule: "negativeRed" },
      { column: CMP.netMargin, rule: "negativeRed" },
    ],
  });
}
