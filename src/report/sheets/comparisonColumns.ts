import type { Calculator } from "../../engine/calc/calculator";
import type { ColumnSpec } from "../workbookSpec";
import type { CostField } from "./costSheet";
import { CMP } from "./layouts";
import type { Col, SheetBuilder } from "./sheetBuilder";

/** The Costs sheet's rates the per-order economics read, held once per platform in hidden columns after CMP.exact. */
export const LIVE_FIELDS = [
  "paidShare",
  "affiliateShare",
  "affiliateRate",
  "seedingShare",
  "promotionShare",
  "fulfilmentPerOrder",
  "returnShippingPerReturn",
  "shippingInsurancePerOrder",
  "installationPerOrder",
  "stockLossShare",
  "instalmentRate",
  "perOrderFee",
  "paidSalesFeeRate",
  "commissionWaivedRate",
  "deliveryShare",
] as const satisfies readonly (CostField | "perOrderFee")[];
export type LiveField = (typeof LIVE_FIELDS)[number];
export const CMP_RATES = CMP.exact + 1;

/** The cost rates an order's cost lines read, each from `rate` (the Costs sheet's cells, or the engine's numbers). */
export const liveCostRates = <T>(c: Calculator<T>, perOrderFee: T, rate: (field: LiveField) => T) => ({
  affiliateRate: rate("affiliateRate"),
  seedingShare: rate("seedingShare"),
  promotionShare: rate("promotionShare"),
  fulfilmentPerOrder: rate("fulfilmentPerOrder"),
  returnShippingPerReturn: rate("returnShippingPerReturn"),
  shippingInsurancePerOrder: rate("shippingInsurancePerOrder"),
  installationPerOrder: rate("installationPerOrder"),
  stockLossShare: rate("stockLossShare"),
  instalmentRate: rate("instalmentRate"),
  perOrderFee,
  paidSalesFeeRate: rate("paidSalesFeeRate"),
  commissionWaivedRate: rate("commissionWaivedRate"),
  launchCost: c.constant(0),
});

/**
 * The Comparison's columns: the product, its fit and economics (the top reason with the kind of its basis), hidden
 * helpers (exact contribution, the live rates), then the reason's basis in full, for the screen only.
 */
export const comparisonColumns = (b: SheetBuilder): ColumnSpec[] =>
  b.columns([
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
    ...LIVE_FIELDS.map((f): Col => [f === "perOrderFee" ? f : `cost_${f}`, "rate", 12, { hidden: true }]),
    // The reason's sources in full (titles, addresses, an estimate's reasoning): on screen, outside the print area.
    ["topReasonBasis", "text", 60, { screenOnly: true }],
  ]);
