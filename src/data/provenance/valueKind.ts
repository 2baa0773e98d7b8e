import type { ValueKind } from "./excerptShowsValue";

/** How each field's value is written in a source; a figure takes the kind of the nearest named field on its path. */
const KIND_BY_FIELD: Record<string, ValueKind> = {
  commission: "rate",
  paymentFee: "rate",
  otherDeductions: "rate",
  typicalReturnRate: "rate",
  returnRateAdjustment: "rate",
  priceTier: "rate",
  categoryShare: "rate",
  onlineShare: "rate",
  ageShare: "rate",
  femaleShare: "rate",
  cityTierShare: "rate",
  evidence: "rate",
  employerOnCost: "rate",
  deposit: "money",
  annualFee: "money",
  perOrderFee: "money",
  salaries: "money",
  adRoi: "number",
  affiliateRate: "rate",
  affiliateShare: "rate",
  promotionShare: "rate",
  stockLossShare: "rate",
  instalmentShare: "rate",
  instalmentFeeRate: "rate",
  paidSalesFeeRate: "rate",
  paidSalesFeeReplacesCommission: "rate",
  wholesaleDiscount: "rate",
  fulfilmentPerOrder: "money",
  returnShippingPerReturn: "money",
  shippingInsurancePerOrder: "money",
  installationPerUnit: "money",
  installationMinPrice: "money",
  perItemFee: "money",
  launchCost: "money",
};

export function valueKindAt(path: readonly string[]): ValueKind {
  for (let i = path.length - 1; i >= 0; i--) {
    const kind = KIND_BY_FIELD[path[i]!];
    if (kind) return kind;
  }
  return "number";
}
