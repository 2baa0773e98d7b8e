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

/** Cells a platform list may span: a whole column (A:A) is refused before it is read cell by cell. */
const MAX_LIST_CELLS = 1000;

/**
 * Platforms paired cell by cell with a value (orders, scores), each platform once: a list longer than the platforms
 * there are, or one naming a platform twice (by any alias), is refused instead of spilling one column per entry.
 */
export function platformPairs(data: ReferenceData, platforms: unknown, valueField: string, values: unknown): Result<Array<{ platform: string; value: unknown }>> {
  if (cellsOf(platforms).length > MAX_LIST_CELLS) return fail({ code: "too_many", field: "platforms", max: MAX_LIST_CELLS });
  const pairs = pairRanges("platforms", platforms, valueField, values);
  if (!pairs.ok) return pairs;
  const max = Object.keys(data.rateCard.platforms).length;
  if (pairs.value.length > max) return fail({ code: "too_many", field: "platforms", max });
  const seen = new Map<string, number>();
  const entries: Array<{ platform: string; value: unknown }> = [];
  for (const [i, [cell, value]] of pairs.value.entries()) {
    const platform = resolveName(platformIndex(data.rateCard), `platforms[${i + 1}]`, cell);
    if (!platform.ok) return platform;
    const first = seen.get(platform.value);
    if (first !== undefined) return fail({ code: "duplicate", field: `platforms[${i + 1}]`, received: String(cell), otherField: `platforms[${first + 1}]` });
    seen.set(platform.value, i);
    entries.push({ platform: platform.value, value });
  }
  return ok(entries);
}
