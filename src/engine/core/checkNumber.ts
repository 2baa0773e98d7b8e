import { describeValue } from "./describeValue";
import { fail, ok, type Result } from "./result";

export interface NumberRange {
  min: number;
  max: number;
  /** true when `min` itself is not allowed (e.g. a price must be above 0). */
  minExclusive?: boolean;
  integer?: boolean;
  /** Shown with the range, e.g. "a fraction: 0.05 means 5%". */
  hint?: string;
}

/** Accepts a finite number within the range; anything else becomes an issue naming the field. */
export function checkNumber(field: string, value: unknown, range: NumberRange): Result<number> {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return fail({ code: "not_a_number", field, received: describeValue(value) });
  }
  const belowMin = range.minExclusive ? value <= range.min : value < range.min;
  if (belowMin || value > range.max) {
    return fail({ code: "out_of_range", field, received: value, min: range.min, max: range.max, minExclusive: range.minExclusive, hint: range.hint });
  }
  if (range.integer && !Number.isInteger(value)) {
    return fail({ code: "not_an_integer", field, received: value });
  }
  return ok(value);
}
