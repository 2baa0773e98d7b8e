import type { AgeBand } from "../../data/schema/profiles";
import { checkNumber } from "../core/checkNumber";
import { MAX_NAME_TEXT } from "../core/ranges";
import { fail, ok, type Result } from "../core/result";
import { mixOfSpan, singleBand, type AudienceMix, type BandSpan } from "./audienceMix";
import { AGE_BAND_NAMES } from "./enumIndexes";
import { resolveName } from "./resolveName";
import { foldSpanText, meansAny, readBound, readRange } from "./spanText";

/** The age bands in whole years; the open top band counts as 41–60 so that "30+" is not swamped by it. */
export const AGE_SPANS: readonly BandSpan<AgeBand>[] = [
  { key: "18-24", low: 18, high: 24 },
  { key: "25-30", low: 25, high: 30 },
  { key: "31-40", low: 31, high: 40 },
  { key: "41+", low: 41, high: 60 },
];
const OLDEST_COUNTED = 60;
const AGE = { min: 0, max: 120, hint: "ageOrRange" as const };
const ADULT = { min: 18, max: 120, hint: "ageInYears" as const };
export const AGE_FORMS = ["18-24", "25-30", "31-40", "41+", "28", "18-30", "30+", "30岁以上", "不限"];

const bandOfAge = (age: number): AgeBand => AGE_SPANS.find((b) => age <= b.high)?.key ?? "41+";

function spanMix(field: string, label: string, low: number, high: number): Result<AudienceMix<AgeBand>> {
  for (const end of [low, high]) {
    const checked = checkNumber(field, end, AGE);
    if (!checked.ok) return checked;
  }
  const mix = mixOfSpan(label, AGE_SPANS, Math.min(Math.round(low), OLDEST_COUNTED), Math.min(Math.round(high), OLDEST_COUNTED));
  return mix ? ok(mix) : fail({ code: "out_of_range", field, received: high, min: ADULT.min, max: ADULT.max, hint: ADULT.hint });
}

/**
 * The product's buyers by age: a band ("25-30", "95后"), an age (28), or any range weighted by its overlap with the
 * bands ("18-30", "25-40", "30+", "30岁以上", "under 25"). "any"/"不限" and blanks mean unknown, left out of the score.
 */
export function parseAgeMix(field: string, value: unknown): Result<AudienceMix<AgeBand> | undefined> {
  if (typeof value === "number") {
    const age = checkNumber(field, value, ADULT);
    return age.ok ? ok(singleBand(bandOfAge(age.value))) : age;
  }
  // A 1,000,000-digit "age" is refused by its length before it is read as a number (it would read as Infinity).
  if (typeof value === "string" && value.length > MAX_NAME_TEXT) return fail({ code: "too_long", field, max: MAX_NAME_TEXT });
  const named = resolveName(AGE_BAND_NAMES, field, value);
  if (named.ok) return ok(singleBand(named.value));
  if (typeof value !== "string") return named;
  const folded = foldSpanText(value).replace(/(周岁|岁|yearsold|years|yrs|y\/o)/g, "");
  const label = value.trim();
  if (meansAny(folded)) return ok(undefined);
  if (/^\d+(\.\d+)?$/.test(folded)) return parseAgeMix(field, Number(folded));
  const range = readRange(folded);
  // "40-20" is a typo for 20-40 or something else: ask rather than guess.
  if (range && range.low > range.high) return fail({ code: "must_not_exceed", field, lower: String(range.low), upper: String(range.high) });
  if (range) return spanMix(field, label, range.low, range.high);
  const from = readBound(folded, ["+", "以上", "及以上", "plus", "andover", "andup", "orolder", "andolder"], ["over", "above", ">=", ">"]);
  if (from !== undefined) return spanMix(field, label, from, OLDEST_COUNTED);
  const to = readBound(folded, ["以下", "及以下", "andunder", "oryounger", "andyounger"], ["under", "below", "<=", "<"]);
  if (to !== undefined) return spanMix(field, label, ADULT.min, to);
  return named.issue.code === "unknown_name" ? fail({ ...named.issue, accepted: AGE_FORMS }) : named;
}
