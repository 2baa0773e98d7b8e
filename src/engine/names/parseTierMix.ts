import type { CityTier } from "../../data/schema/profiles";
import { checkNumber } from "../core/checkNumber";
import { fail, ok, type Result } from "../core/result";
import { mixOfSpan, singleBand, type AudienceMix, type BandSpan } from "./audienceMix";
import { CITY_TIER_NAMES } from "./enumIndexes";
import { resolveName } from "./resolveName";
import { foldSpanText, meansAny, readBound, readRange } from "./spanText";

/** The profiles' city tiers over China's usual five: tier 3 in the profiles stands for tiers 3, 4 and 5. */
export const TIER_SPANS: readonly BandSpan<CityTier>[] = [
  { key: "1", low: 1, high: 1 },
  { key: "2", low: 2, high: 2 },
  { key: "3", low: 3, high: 5 },
];
const TIER = { min: 1, max: 5, integer: true, hint: "cityTier" as const };
export const TIER_FORMS = ["1 (一线, 新一线)", "2 (二线)", "3 (三线及以下, 下沉)", "1-2", "一二线", "3-5", "不限"];
const CHINESE_DIGITS: Record<string, string> = { 一: "1", 二: "2", 两: "2", 三: "3", 四: "4", 五: "5" };

function spanMix(field: string, label: string, low: number, high: number): Result<AudienceMix<CityTier>> {
  for (const end of [low, high]) {
    const checked = checkNumber(field, end, TIER);
    if (!checked.ok) return checked;
  }
  return ok(mixOfSpan(label, TIER_SPANS, low, high)!);
}

/** Tiers listed one by one ("一二线", "1、2线", "三四五线"), each counted once; undefined unless two or more. */
function listedTiers(label: string, folded: string): Result<AudienceMix<CityTier>> | undefined {
  const digits = folded.split(/[、,，和及与/&+]/).join("");
  if (!/^[1-5]{2,5}$/.test(digits) || new Set(digits).size !== digits.length) return undefined;
  const mixes = [...digits].map((d) => mixOfSpan(label, TIER_SPANS, Number(d), Number(d))!);
  const weights = new Map<CityTier, number>();
  for (const m of mixes) for (const p of m.parts) weights.set(p.key, (weights.get(p.key) ?? 0) + p.weight / mixes.length);
  const span = (k: CityTier) => TIER_SPANS.find((b) => b.key === k)!;
  return ok({ label, parts: [...weights].map(([key, weight]) => ({ key, weight, coverage: (weight * mixes.length) / (span(key).high - span(key).low + 1) })) });
}

/**
 * The product's buyers by city tier: a tier (2, "二线", "下沉"), a range weighted by overlap with the profiles' tiers
 * ("1-2", "3-5", "一到三线"), tiers listed ("一二线"), or a bound ("二线以上" = tiers 1–2, "三线及以下" and "3+" = 3–5).
 * "any"/"不限" and blanks mean unknown, left out of the score.
 */
export function parseTierMix(field: string, value: unknown): Result<AudienceMix<CityTier> | undefined> {
  if (typeof value === "number") {
    const tier = checkNumber(field, value, TIER);
    if (!tier.ok) return tier;
    const band = resolveName(CITY_TIER_NAMES, field, value);
    return band.ok ? ok(singleBand(band.value)) : band;
  }
  const named = resolveName(CITY_TIER_NAMES, field, value);
  if (named.ok) return ok(singleBand(named.value));
  if (typeof value !== "string") return named;
  const label = value.trim();
  const plain = foldSpanText(value);
  if (meansAny(plain)) return ok(undefined);
  const folded = plain
    .replace(/[一二两三四五]/g, (c) => CHINESE_DIGITS[c]!)
    .replace(/(线城市|城市|线|cities|city|tiers|tier|级)/g, "")
    .replace(/^t(?=\d)/, "");
  if (/^\d+$/.test(folded) && folded.length === 1) return parseTierMix(field, Number(folded));
  const range = readRange(folded);
  if (range && range.low > range.high) return fail({ code: "must_not_exceed", field, lower: String(range.low), upper: String(range.high) });
  if (range) return spanMix(field, label, range.low, range.high);
  const upTo = readBound(folded, ["以上", "及以上", "andabove", "orhigher", "andup"], []);
  if (upTo !== undefined) return spanMix(field, label, TIER.min, upTo);
  const downFrom = readBound(folded, ["+", "以下", "及以下", "andbelow", "andlower", "orlower"], []);
  if (downFrom !== undefined) return spanMix(field, label, downFrom, TIER.max);
  const listed = listedTiers(label, folded);
  if (listed) return listed;
  return named.issue.code === "unknown_name" ? fail({ ...named.issue, accepted: TIER_FORMS }) : named;
}
