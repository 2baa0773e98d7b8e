import { describeValue } from "./describeValue";
import type { HintKey } from "./hintKeys";
import type { Issue } from "./issue";
import { fail, ok, type Result } from "./result";

export interface NumberRange {
  min: number;
  max: number;
  /** true when `min` itself is not allowed (e.g. a price must be above 0). */
  minExclusive?: boolean;
  integer?: boolean;
  /** Shown with the range from the catalogue's HINTS, e.g. "fraction": "0.05 means 5%". */
  hint?: HintKey;
}

/** What is wrong with a value for a numeric field, or undefined when it is a finite number within the range. */
export function numberIssue(field: string, value: unknown, range: NumberRange): Issue | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return { code: "not_a_number", field, received: describeValue(value) };
  }
  const belowMin = range.minExclusive ? value <= range.min : value < range.min;
  if (belowMin || value > range.max) {
    return { code: "out_of_range", field, received: value, min: range.min, max: range.max, minExclusive: range.minExclusive, hint: range.hint };
  }
  if (range.integer && !Number.isInteger(value)) {
    return { code: "not_an_integer", field, received: value };
  }
  return undefined;
}

/** Accepts a finite number within the range; anything else becomes an issue naming the field. */
export function checkNumber(field: string, value: unknown, range: NumberRange): Result<number> {
  const issue = numberIssue(field, value, range);
  return issue ? fail(issue) : ok(value as number);
}
