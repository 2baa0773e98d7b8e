/**
 * The cost figures every level of costs.json may state, without zod: the engine resolves them by this list, and the
 * shipped bundles need not carry the validator (costs.ts checks that its schema lists exactly these).
 */
export const COST_FIELD_NAMES = [
  "affiliateRate",
  "affiliateShare",
  "seedingShare",
  "roiFactor",
  "paidShare",
  "promotionShare",
  "fulfilmentPerOrder",
  "deliveryShare",
  "returnShippingPerReturn",
  "shippingInsurancePerOrder",
  "installationPerUnit",
  "installationMinPrice",
  "stockLossShare",
  "instalmentShare",
  "instalmentFeeRate",
  "paidSalesFeeRate",
  "paidSalesFeeReplacesCommission",
  "perItemFee",
  "wholesaleDiscount",
  "launchCost",
  "settlementDays",
  "inventoryCoverMonths",
] as const;
