import type { Figure } from "../../data/schema/figure";
import type { PlatformRates } from "../../data/schema/rateCard";
import { normalizeName } from "../names/normalizeName";

/** The platform's other deduction an override names, by its id or its zh/en name (Tmall's points rebate); -1 if none. */
export function otherDeductionIndex(rates: PlatformRates, field: string): number {
  const wanted = normalizeName(field);
  return rates.otherDeductions.findIndex((o) => [o.id, o.name.zh, o.name.en].some((n) => normalizeName(n) === wanted));
}

/** The platform's rates with one other deduction's rate replaced: its base rate, or its rate for one category. */
export function setOtherDeduction(rates: PlatformRates, index: number, category: string | undefined, figure: Figure): PlatformRates {
  const otherDeductions = rates.otherDeductions.map((o, i) =>
    i !== index ? o : category === undefined ? { ...o, rate: figure } : { ...o, byCategory: { ...o.byCategory, [category]: figure } },
  );
  return { ...rates, otherDeductions };
}
