import type { Costs, VatRegime } from "../../data/schema/costs";
import type { VatRates } from "./vatPayable";
import { memoPerObject } from "../core/memoPerObject";

/**
 * The regime a company pays VAT under when it does not say: general when its annual target is above the small-scale
 * threshold (it would have to register as a general taxpayer), else small-scale. Declared once for every entry point.
 */
export function defaultVatRegime(costs: Pick<Costs, "vat">, annualTarget: number): VatRegime {
  return annualTarget > costs.vat.smallScaleThreshold.value ? "general" : "smallScale";
}

const ratesOf = memoPerObject((vat: Costs["vat"]) => {
  const of = (regime: VatRegime): VatRates<number> => {
    const r = vat.regimes[regime];
    return Object.freeze({ outputRate: r.outputRate.value, goodsInputRate: r.goodsInputRate.value, servicesInputRate: r.servicesInputRate.value });
  };
  return { general: of("general"), smallScale: of("smallScale") };
});

/** A regime's rates from the costs data (made once per data set: the per-order formulas ask for them once a cell). */
export function vatRatesOf(costs: Pick<Costs, "vat">, regime: VatRegime): VatRates<number> {
  return ratesOf(costs.vat)[regime];
}

/** A regime's monthly exemption: taxable sales (excluding VAT, the whole company) at or below which no output VAT is due. */
export const vatExemptSalesOf = (costs: Pick<Costs, "vat">, regime: VatRegime): number => costs.vat.regimes[regime].monthlyExemptSales.value;
