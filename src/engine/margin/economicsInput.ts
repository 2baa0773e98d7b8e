import { checkNumber } from "../core/checkNumber";
import { RANGES } from "../core/ranges";
import { ok, type Result } from "../core/result";

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

/** Checks fields in order and stops at the first bad one; written out because it runs once per formula cell. */
export function checkEconomicsInput(input: EconomicsInput): Result<CheckedEconomicsInput> {
  const price = checkNumber("price", input.price, RANGES.price);
  if (!price.ok) return price;
  const unitCost = checkNumber("unitCost", input.unitCost, RANGES.money);
  if (!unitCost.ok) return unitCost;
  const shipping = checkNumber("shipping", input.shipping ?? 0, RANGES.money);
  if (!shipping.ok) return shipping;
  const adRatio = checkNumber("adRatio", input.adRatio ?? 0, RANGES.adRatio);
  if (!adRatio.ok) return adRatio;
  const returnRate = checkNumber("returnRate", input.returnRate ?? 0, RANGES.fraction);
  if (!returnRate.ok) return returnRate;
  const fixedPerOrder = checkNumber("fixedPerOrder", input.fixedPerOrder ?? 0, RANGES.money);
  if (!fixedPerOrder.ok) return fixedPerOrder;
  return ok({ price: price.value, unitCost: unitCost.value, shipping: shipping.value, adRatio: adRatio.value, returnRate: returnRate.value, fixedPerOrder: fixedPerOrder.value });
}
