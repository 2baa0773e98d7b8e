import { type Lang, type PlatformPlan } from "../../engine";
import { label } from "../../messages";
import type { CostLineRates } from "../../engine/costs/costLines";
import type { MixCostRates } from "../../engine/costs/mixCostRates";
import { formulaCalculator as F } from "../../engine/calc";
import { platformName } from "../planText";
import type { PlanResult } from "../../scenario/planResult";
import type { CellFormat, CellValue } from "../workbookSpec";
import type { RateRefs } from "./rateCardSheet";
import { SheetBuilder, type Col } from "./sheetBuilder";

/** The cost rates a boss may edit, in the sheet's column order, with their format. */
const FIELDS = [
  ["affiliateShare", "percent"],
  ["affiliateRate", "percent"],
  ["seedingShare", "percent"],
  ["roiFactor", "rate"],
  ["paidShare", "percent"],
  ["promotionShare", "percent"],
  ["fulfilmentPerOrder", "money"],
  ["deliveryShare", "percent"],
  ["returnShippingPerReturn", "money"],
  ["shippingInsurancePerOrder", "money"],
  ["installationPerOrder", "money"],
  ["stockLossShare", "percent"],
  ["instalmentRate", "percent"],
  ["perItemFee", "money"],
  ["paidSalesFeeRate", "percent"],
  ["commissionWaivedRate", "percent"],
  ["launchCost", "money"],
  ["settlementDays", "integer"],
  ["inventoryCoverMonths", "rate"],
] as const satisfies ReadonlyArray<readonly [keyof MixCostRates, CellFormat]>;
export type CostField = (typeof FIELDS)[number][0];

export interface CostRefs {
  rate(platform: string, field: CostField): string;
  /** The cost-line rates as cell references, perOrderFee being the rate card's fee plus the per-item fees. */
  lineRates(platform: string): CostLineRates<string>;
}

/**
 * The Costs sheet: the cost stack's rates of the product mix on every platform (CF_CostRates), inputs a boss
 * replaces with figures from the store's bills; the Monthly P&L's cost lines read them.
 */
export function costSheet(result: PlanResult, lang: Lang, live: boolean, rates: RateRefs): { sheet: SheetBuilder; refs: CostRefs } {
  const { plan, referenceData: data } = result;
  const b = new SheetBuilder(label("sheetCosts", lang), lang, live);
  b.add({ kind: "title", text: `${result.brand}: ${label("costRatesHeading", lang)}` });
  b.add({ kind: "notes", lines: [label("costsNote", lang)] });
  const note = label("noteRateInput", lang);
  const cols: Col[] = [
    ["platform", "text", 16],
    // Ten characters wide: the nineteen rates and the platform print on one A4 page across (printFit).
    ...FIELDS.map(([f, format]): Col => [`cost_${f}`, format, 10, { input: { kind: format === "percent" ? "fraction" : "number", note } }]),
  ];
  const header = b.table({
    name: "CostRates",
    columns: b.columns(cols),
    rows: plan.platforms.map((p: PlatformPlan): CellValue[] => [platformName(data, p.platform, lang), ...FIELDS.map(([f]) => p.averageOrder.rates[f])]),
  });
  // Formulas find a platform's rates by its name, never by position: sorting the table or inserting rows moves
  // nothing; a platform's row renamed, removed or repeated gives #N/A (and the summary's plan-status flag).
  const column = (col: number) => b.range(col, header + 1, header + Math.max(plan.platforms.length, 1));
  const rate = (platform: string, field: CostField) => F.lookup(column(1 + FIELDS.findIndex(([f]) => f === field)), [[column(0), F.text(platformName(data, platform, lang))]]);
  return {
    sheet: b,
    refs: {
      rate,
      lineRates: (p) => ({
        affiliateRate: rate(p, "affiliateRate"),
        seedingShare: rate(p, "seedingShare"),
        promotionShare: rate(p, "promotionShare"),
        fulfilmentPerOrder: rate(p, "fulfilmentPerOrder"),
        returnShippingPerReturn: rate(p, "returnShippingPerReturn"),
        shippingInsurancePerOrder: rate(p, "shippingInsurancePerOrder"),
        installationPerOrder: rate(p, "installationPerOrder"),
        stockLossShare: rate(p, "stockLossShare"),
        instalmentRate: rate(p, "instalmentRate"),
        perOrderFee: F.add(rates.perOrderFee(p), rate(p, "perItemFee")),
        paidSalesFeeRate: rate(p, "paidSalesFeeRate"),
        commissionWaivedRate: rate(p, "commissionWaivedRate"),
        launchCost: rate(p, "launchCost"),
      }),
    },
  };
}
