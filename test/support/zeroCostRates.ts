import type { CostLineRates } from "../../src/engine/costs/costLines";

/** A cost stack with every rate 0: a test sets only the lines it works by hand. */
export const ZERO_COST_RATES: CostLineRates<number> = {
  affiliateRate: 0,
  seedingShare: 0,
  promotionShare: 0,
  fulfilmentPerOrder: 0,
  returnShippingPerReturn: 0,
  shippingInsurancePerOrder: 0,
  installationPerOrder: 0,
  stockLossShare: 0,
  instalmentRate: 0,
  perOrderFee: 0,
  paidSalesFeeRate: 0,
  commissionWaivedRate: 0,
  launchCost: 0,
};
