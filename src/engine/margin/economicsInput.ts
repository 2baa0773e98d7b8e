import { numberIssue } from "../core/checkNumber";
import { RANGES } from "../core/ranges";
import { fail, ok, type Result } from "../core/result";

/** Per-order inputs in yuan; rates as fractions. Omitted optional costs are 0; an omitted paid share is the platform's own. */
export interface EconomicsInput {
  price: number;
  unitCost: number;
  shipping?: number | null;
  adRatio?: number | null;
  returnRate?: number | null;
  fixedPerOrder?: number | null;
  /**
   * Share of sales the platform's ads drove (a fee on ad-driven orders applies to it, and the commission it replaces
   * comes off it); when not given, the platform's own paid share (paidShareOn), as the plan costs its orders.
   */
  paidShare?: number | null;
}

/** The inputs checked, optional costs at their defaults; `paidShare` stays null for the platform's own (orderCosts reads it from the data). */
export type CheckedEconomicsInput = Required<{ [K in Exclude<keyof EconomicsInput, "paidShare">]: number }> & { paidShare: number | null };

/** Checks fields in order and stops at the first bad one; written out because it runs once per formula cell. */
export function checkEconomicsInput(input: EconomicsInput): Result<CheckedEconomicsInput> {
  const checked = {
    price: input.price,
    unitCost: input.unitCost,
    shipping: input.shipping ?? 0,
    adRatio: input.adRatio ?? 0,
    returnRate: input.returnRate ?? 0,
    fixedPerOrder: input.fixedPerOrder ?? 0,
    paidShare: input.paidShare ?? null,
  };
  const issue =
    numberIssue("price", checked.price, RANGES.price) ??
    numberIssue("unitCost", checked.unitCost, RANGES.money) ??
    numberIssue("shipping", checked.shipping, RANGES.money) ??
    numberIssue("adRatio", checked.adRatio, RANGES.adRatio) ??
    numberIssue("returnRate", checked.returnRate, RANGES.fraction) ??
    numberIssue("fixedPerOrder", checked.fixedPerOrder, RANGES.money) ??
    (checked.paidShare === null ? undefined : numberIssue("paidShare", checked.paidShare, RANGES.fraction));
  return issue ? fail(issue) : ok(checked);
}
