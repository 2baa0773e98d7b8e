import type { Lang } from "../../engine";
import { reasonWithBasis } from "../reasonText";
import { platformName } from "../planText";
import type { PlanResult } from "../../scenario/planResult";
import type { CellValue } from "../workbookSpec";
import type { CostRefs } from "./costSheet";
import type { InputRefs } from "./inputsSheet";
import { CMP, type ComparisonLayout } from "./layouts";
import type { PlanRefs } from "./planSheet";
import type { RateRefs } from "./rateCardSheet";
import { formulaCalculator, formulaCalculator as F, numberCalculator as N } from "../../engine/calc";
import { businessModelOf } from "../../engine/costs/costRates";
import { breakEvenOrders } from "../../engine/margin/breakEven";
import { returnRateOf } from "../../engine/rates/typicalReturnRate";
import { orderCostLines } from "../../engine/costs/orderCostLines";
import { orderContributionAfterVat } from "../../engine/costs/orderVat";
import { vatRatesOf } from "../../engine/costs/vatRegime";
import { fen, type SheetBuilder } from "./sheetBuilder";
import { CMP_RATES, comparisonColumns, LIVE_FIELDS, liveCostRates, type LiveField } from "./comparisonColumns";

/**
 * Every product on every platform: fit (a judgement, a value), then the per-order economics as formulas on the
 * inputs and the rate card: deductions d, return rate q, ad ratio a, contribution per order and margin (after VAT at
 * the Inputs sheet's rates, before fixed costs), net profit per order and net margin (after the platform's fixed cost
 * per order at planned volume; blank where the platform is not entered) and the orders that break even.
 */
export function comparisonSheet(
  result: PlanResult,
  lang: Lang,
  b: SheetBuilder,
  layout: ComparisonLayout,
  refs: { inputs: InputRefs; rates: RateRefs; costs: CostRefs; plan: PlanRefs },
): void {
  const { plan, referenceData: data } = result;
  const rows: CellValue[][] = [];
  // The first row of each platform × category looks its rates up in the rate card; later rows read that row's cells,
  // so a catalogue of many products does not repeat the same lookups (smaller formulas, fewer bytes to write).
  const ratesRow = new Map<string, number>();
  // Each platform's first row looks its Costs-sheet rates up (CF_CostRates) into hidden helper cells; every other row of
  // that platform reads those cells, so the lookups happen once per platform, not once per product.
  const costRow = new Map<string, number>();
  // A platform's fee per order is the rate card's fee plus its per-item fees on the Costs sheet, as the P&L reads it.
  // The plan's VAT regime: the Inputs sheet's rate cells, which the average order and the P&L read too.
  const c = refs.inputs.company;
  const vatCells = { outputRate: c.vatOutputRate, goodsInputRate: c.vatGoodsInputRate, servicesInputRate: c.vatServicesInputRate };
  const vatNumbers = vatRatesOf(data.costs, result.company.vatRegime);
  const mixRate = (p: string, f: LiveField) => (f === "perOrderFee" ? F.add(refs.rates.perOrderFee(p), refs.costs.rate(p, "perItemFee")) : refs.costs.rate(p, f));
  plan.products.forEach((p, i) => {
    const input = result.inputs[i]!;
    const cat = input.product.product.category;
    const columns = refs.inputs.products;
    for (const x of p.platforms) {
      const r = layout.row(i, x.platform);
      const at = (col: number) => b.local(col, r);
      const e = x.economics;
      // The product's inputs are found by its SKU, so sorting or inserting rows of CF_Products changes nothing; the
      // product's first platform row looks them up, the others read that row (one lookup per product, short formulas).
      const first = layout.row(i, p.platforms[0]!.platform);
      const bySku = (values: string, col: number) => (r === first ? formulaCalculator.lookup(values, [[columns.sku, at(CMP.sku)]]) : b.local(col, first));
      const entered = plan.entered.includes(x.platform);
      const cr = e.costRates;
      const paidShare = plan.platforms.find((q) => q.platform === x.platform)!.paidShare;
      const k = (n: number) => F.constant(n);
      // The product's cost rates follow the Costs sheet (CF_CostRates, found by platform like the P&L's): each is the
      // platform's mix rate there plus the product's own difference from the mix (its category's figures), 0 for one category.
      const mixRates = plan.platforms.find((q) => q.platform === x.platform)!.averageOrder.rates;
      if (!costRow.has(x.platform)) costRow.set(x.platform, r);
      const costsAt = costRow.get(x.platform)!;
      const mix = (field: LiveField) => b.local(CMP_RATES + LIVE_FIELDS.indexOf(field), costsAt);
      const live = (field: LiveField) => {
        // To 12 decimals: the offset is a difference of floats, and its last digits are noise that only lengthens the formula.
        const offset = Number((cr[field] - mixRates[field]).toFixed(12));
        return offset === 0 ? mix(field) : F.add(mix(field), k(offset));
      };
      const helpers = LIVE_FIELDS.map((f) => (costsAt === r ? b.cell(mixRate(x.platform, f), f === "paidShare" ? paidShare : mixRates[f]) : null));
      const costs = orderCostLines(
        F,
        {
          price: at(CMP.price),
          returnRate: at(CMP.q),
          // The platform's paid share on the Costs sheet (its own or the company's override; 0 where it sells on its own traffic).
          paidShare: mix("paidShare"),
          affiliateShare: live("affiliateShare"),
        },
        liveCostRates(F, live("perOrderFee"), live),
      );
      const discount = businessModelOf(data.costs, x.platform).deductions === "wholesaleDiscount" ? 1 : 0;
      const exact = orderContributionAfterVat(
        F,
        {
          price: at(CMP.price),
          returnRate: at(CMP.q),
          deductionRate: at(CMP.d),
          unitCost: at(CMP.unitCost),
          shipping: at(CMP.shipping),
          adRatio: at(CMP.a),
          deductionsAreDiscount: F.constant(discount),
        },
        costs,
        vatCells,
      );
      const numbers = {
        price: e.price,
        returnRate: x.returnRate,
        deductionRate: e.deductionRate,
        unitCost: input.product.unitCost,
        shipping: input.product.shipping,
        adRatio: x.adRatio,
        deductionsAreDiscount: discount,
      };
      const exactValue = orderContributionAfterVat(
        N,
        numbers,
        orderCostLines(
          N,
          { ...numbers, paidShare, affiliateShare: cr.affiliateShare },
          liveCostRates(N, cr.perOrderFee, (field) => cr[field]),
        ),
        vatNumbers,
      );
      const wholesale = discount === 1;
      const seen = ratesRow.get(`${x.platform}|${cat}`);
      if (seen === undefined) ratesRow.set(`${x.platform}|${cat}`, r);
      const deductions = seen !== undefined ? b.local(CMP.d, seen) : wholesale ? F.constant(e.deductionRate) : refs.rates.deductions(x.platform, cat).join("+");
      const returnRate =
        seen !== undefined ? b.local(CMP.q, seen) : returnRateOf(F, { categoryRate: refs.rates.typicalReturn(cat), platformAdjustment: refs.rates.returnAdjustment(x.platform) });
      const contribution = at(CMP.exact);
      const fixedPerOrder = entered ? refs.plan.runRate(x.platform, "fixedPerOrder") : "";
      rows.push([
        input.input.sku,
        input.input.name,
        platformName(data, x.platform, lang),
        x.fit.score,
        b.cell(bySku(columns.price, CMP.price), e.price),
        b.cell(bySku(columns.unitCost, CMP.unitCost), input.product.unitCost),
        b.cell(bySku(columns.shipping, CMP.shipping), input.product.shipping),
        b.cell(bySku(columns.orders, CMP.orders), input.product.monthlyOrders),
        b.cell(deductions, e.deductionRate),
        b.cell(returnRate, x.returnRate),
        b.cell(refs.plan.order(x.platform, "a"), x.adRatio),
        b.cell(fen(contribution), e.contribution),
        b.cell(formulaCalculator.divide(at(CMP.contribution), at(CMP.price)), e.price > 0 ? e.contribution / e.price : 0),
        entered ? b.cell(fen(`${contribution}-${fixedPerOrder}`), x.netProfit) : null,
        entered ? b.cell(formulaCalculator.divide(formulaCalculator.subtract(contribution, fixedPerOrder), at(CMP.price)), x.netMargin) : null,
        entered ? b.cell(breakEvenOrders(F, { fixedCosts: refs.plan.runRate(x.platform, "fixedCosts"), contributionPerOrder: at(CMP.contribution) })!, x.breakEvenOrders) : null,
        x.fit.reasons[0] ? reasonWithBasis(data, x.fit.reasons[0], lang) : "",
        b.cell(exact, exactValue),
        ...helpers,
      ]);
    }
  });
  b.table({
    name: "Comparison",
    columns: comparisonColumns(b),
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
