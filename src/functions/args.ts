import type { ReferenceData } from "../data/referenceData";
import { categoryIndex, fail, ok, platformIndex, resolveName, type Result } from "../engine";

/** Excel passes omitted optionals as null and empty cells as "" or null. */
export const isOmitted = (v: unknown): v is null | undefined | "" => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

export const orDefault = <T>(v: T | null | undefined | "", fallback: T): T => (isOmitted(v) ? fallback : (v as T));

export const platformArg = (data: ReferenceData, value: unknown) => resolveName(platformIndex(data.rateCard), "platform", value);
export const categoryArg = (data: ReferenceData, value: unknown) => resolveName(categoryIndex(data.rateCard), "category", value);

/** All cells of a range, row by row, as one list. A single value (not a range) becomes a list of one. */
export function cellsOf(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [range];
  return range.flatMap((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/** Pairs two ranges cell by cell, skipping pairs whose key cell is blank. */
export function pairRanges(keyField: string, keys: unknown, valueField: string, values: unknown): Result<Array<[unknown, unknown]>> {
  const k = cellsOf(keys);
  const v = cellsOf(values);
  if (k.length !== v.length) return fail({ code: "mismatched_lengths", field: keyField, otherField: valueField, length: k.length, otherLength: v.length });
  const pairs = k.map((key, i): [unknown, unknown] => [key, v[i]]).filter(([key]) => !isOmitted(key));
  if (pairs.length === 0) return fail({ code: "empty", field: keyField });
  return ok(pairs);
}
