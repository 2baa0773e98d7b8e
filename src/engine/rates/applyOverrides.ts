import type { Figure } from "../../data/schema/figure";
import { MAX_COMMISSION, MAX_PAYMENT_FEE } from "../../data/schema/rateLimits";
import type { PlatformRates, RateCard } from "../../data/schema/rateCard";
import type { NumberRange } from "../core/checkNumber";
import { checkNumber } from "../core/checkNumber";
import { RANGES } from "../core/ranges";
import { fail, ok, type Result } from "../core/result";
import { buildNameIndex } from "../names/nameIndex";
import { resolveName } from "../names/resolveName";
import { categoryIndex, platformIndex } from "../names/referenceIndexes";
import { otherDeductionIndex, setOtherDeduction } from "./otherDeductionField";
import { OVERRIDE_FIELDS, type OverrideField, type RateOverride } from "./rateOverride";

const FIELD_NAMES = buildNameIndex<OverrideField>(
  OVERRIDE_FIELDS.map((f) => ({
    code: f,
    label: f,
    aliases: {
      commission: ["佣金", "扣点", "技术服务费"],
      paymentFee: ["支付费", "支付手续费", "基础服务费", "payment"],
      perOrderFee: ["单笔费用", "每单费用"],
      annualFee: ["年费", "技术服务年费"],
      returnRateMultiple: ["退货率倍数"],
      returnRateAdjustment: ["退货率调整"],
      adRoiLow: ["roi下限"],
      adRoiHigh: ["roi上限"],
    }[f],
  })),
);

const FIELD_RANGES: Record<OverrideField, NumberRange> = {
  commission: { min: 0, max: MAX_COMMISSION, hint: "fraction" },
  paymentFee: { min: 0, max: MAX_PAYMENT_FEE, hint: "paymentFee" },
  perOrderFee: RANGES.perOrderFee,
  annualFee: RANGES.money,
  returnRateMultiple: RANGES.returnRateMultiple,
  returnRateAdjustment: RANGES.returnRateAdjustment,
  adRoiLow: RANGES.adRoi,
  adRoiHigh: RANGES.adRoi,
};

function setField(rates: PlatformRates, field: OverrideField, category: string | undefined, figure: Figure): PlatformRates {
  switch (field) {
    case "commission":
      return { ...rates, commission: { ...rates.commission, [category!]: figure } };
    case "adRoiLow":
      return { ...rates, adRoi: { ...rates.adRoi, low: figure } };
    case "adRoiHigh":
      return { ...rates, adRoi: { ...rates.adRoi, high: figure } };
    default:
      return { ...rates, [field]: figure };
  }
}

/** A user's rate as a figure of the card, sourced "user override" with the user's note. */
function figureOf(override: RateOverride, value: number, asOf: string): Figure {
  const note = typeof override.note === "string" && override.note.trim() ? override.note.trim().slice(0, 600) : undefined;
  return { value, source: "user override", asOf, ...(note ? { note } : {}) };
}

/** Which rate an override sets ("TMALL|commission|APPAREL"), whatever aliases it used; undefined if a name is unknown. */
export function overrideTarget(card: RateCard, override: RateOverride): string | undefined {
  const platform = resolveName(platformIndex(card), "platform", override.platform);
  if (!platform.ok) return undefined;
  const field = resolveName(FIELD_NAMES, "field", override.field);
  if (!field.ok) {
    const other = otherDeductionIndex(card.platforms[platform.value]!, override.field);
    if (other < 0) return undefined;
    const category = override.category === undefined ? undefined : resolveName(categoryIndex(card), "category", override.category);
    return category && !category.ok ? undefined : `${platform.value}|other:${other}|${category?.value ?? ""}`;
  }
  if (field.value !== "commission") return `${platform.value}|${field.value}|`;
  const category = resolveName(categoryIndex(card), "category", override.category ?? "");
  return category.ok ? `${platform.value}|${field.value}|${category.value}` : undefined;
}

/**
 * Returns a new rate card with the user's negotiated rates in place of the built-in ones.
 * Each override is marked with source "user override"; the input card is not changed.
 * `index` in an issue's field ("overrides[2].value") points at the offending row.
 */
export function applyOverrides(card: RateCard, overrides: readonly RateOverride[], asOf: string): Result<RateCard> {
  let platforms = card.platforms;
  const roiRow: Record<string, number> = {};
  for (const [i, override] of overrides.entries()) {
    const at = `overrides[${i}]`;
    const platform = resolveName(platformIndex(card), `${at}.platform`, override.platform);
    if (!platform.ok) return platform;
    const field = resolveName(FIELD_NAMES, `${at}.field`, override.field);
    const other = field.ok ? -1 : otherDeductionIndex(platforms[platform.value]!, override.field);
    if (other >= 0) {
      const category = override.category === undefined ? undefined : resolveName(categoryIndex(card), `${at}.category`, override.category);
      if (category && !category.ok) return category;
      const value = checkNumber(`${at}.value`, override.value, { min: 0, max: MAX_COMMISSION, hint: "fraction" });
      if (!value.ok) return value;
      platforms = { ...platforms, [platform.value]: setOtherDeduction(platforms[platform.value]!, other, category?.value, figureOf(override, value.value, asOf)) };
      continue;
    }
    if (!field.ok) return field;
    let category: string | undefined;
    if (field.value === "commission") {
      const resolved = resolveName(categoryIndex(card), `${at}.category`, override.category ?? "");
      if (!resolved.ok) return resolved;
      category = resolved.value;
    }
    const value = checkNumber(`${at}.value`, override.value, FIELD_RANGES[field.value]);
    if (!value.ok) return value;
    const figure = figureOf(override, value.value, asOf);
    if (field.value === "adRoiLow" || field.value === "adRoiHigh") roiRow[platform.value] = i;
    platforms = { ...platforms, [platform.value]: setField(platforms[platform.value]!, field.value, category, figure) };
  }
  const result: RateCard = { ...card, platforms };
  const roi = Object.entries(platforms).find(([, p]) => p.adRoi.low.value > p.adRoi.high.value);
  if (roi) return fail({ code: "must_not_exceed", field: `overrides[${roiRow[roi[0]]}].value`, lower: "adRoiLow", upper: "adRoiHigh" });
  return ok(result);
}
