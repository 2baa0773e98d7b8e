import { checkNumber } from "../core/checkNumber";
import { collect } from "../core/collect";
import { RANGES } from "../core/ranges";
import type { Result } from "../core/result";

/** Per-order inputs in yuan; rates as fractions. Omitted optional costs are 0. */
export interface EconomicsInput {
  price: number;
  unitCost: number;
  shipping?: number | null;
  adRatio?: number | null;
  returnRate?: number | null;
  fixedPerOrder?: number | null;
}

export type CheckedEconomicsInput = Required<{ [K in keyof EconomicsInput]: number }>;

export function checkEconomicsInput(input: EconomicsInput): Result<CheckedEconomicsInput> {
  return collect({
    price: checkNumber("price", input.price, RANGES.price),
    unitCost: checkNumber("unitCost", input.unitCost, RANGES.money),
    shipping: checkNumber("shipping", input.shipping ?? 0, RANGES.money),
    adRatio: checkNumber("adRatio", input.adRatio ?? 0, RANGES.adRatio),
    returnRate: checkNumber("returnRate", input.returnRate ?? 0, RANGES.fraction),
    fixedPerOrder: checkNumber("fixedPerOrder", input.fixedPerOrder ?? 0, RANGES.money),
  });
}
