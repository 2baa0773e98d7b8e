import type { RateCard } from "../../data/schema/rateCard";
import { checkNumber } from "../core/checkNumber";
import { RANGES } from "../core/ranges";
import { ok, type Result } from "../core/result";
import { BRAND_STATUS_NAMES, CONTENT_CAPACITY_NAMES, GENDER_NAMES } from "../names/enumIndexes";
import type { NameIndex } from "../names/nameIndex";
import { categoryIndex } from "../names/referenceIndexes";
import { parseAgeMix } from "../names/parseAgeMix";
import { parseTierMix } from "../names/parseTierMix";
import { BRAND_STAGE_NAMES } from "../names/brandStageNames";
import { resolveName } from "../names/resolveName";
import type { Product } from "./product";

/** Raw product traits as a user types them: names in Chinese or English, blanks as null or "". */
export interface ProductInput {
  category: unknown;
  price: unknown;
  unitCost?: unknown;
  ageBand?: unknown;
  gender?: unknown;
  cityTier?: unknown;
  brandStatus?: unknown;
  contentCapacity?: unknown;
  brandStage?: unknown;
  currentAnnualSales?: unknown;
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

function optionalName<C extends string>(index: NameIndex<C>, field: string, value: unknown): Result<C | undefined> {
  return isBlank(value) ? ok(undefined) : resolveName(index, field, value);
}

export function parseProduct(card: RateCard, input: ProductInput): Result<Product> {
  const category = resolveName(categoryIndex(card), "category", input.category);
  if (!category.ok) return category;
  const price = checkNumber("price", input.price, RANGES.price);
  if (!price.ok) return price;
  const unitCost = isBlank(input.unitCost) ? ok(undefined) : checkNumber("unitCost", input.unitCost, RANGES.money);
  if (!unitCost.ok) return unitCost;
  const ageBand = isBlank(input.ageBand) ? ok(undefined) : parseAgeMix("ageBand", input.ageBand);
  if (!ageBand.ok) return ageBand;
  const gender = optionalName(GENDER_NAMES, "gender", input.gender);
  if (!gender.ok) return gender;
  const cityTier = isBlank(input.cityTier) ? ok(undefined) : parseTierMix("cityTier", input.cityTier);
  if (!cityTier.ok) return cityTier;
  const brandStatus = optionalName(BRAND_STATUS_NAMES, "brandStatus", input.brandStatus);
  if (!brandStatus.ok) return brandStatus;
  const contentCapacity = optionalName(CONTENT_CAPACITY_NAMES, "contentCapacity", input.contentCapacity);
  if (!contentCapacity.ok) return contentCapacity;
  const brandStage = optionalName(BRAND_STAGE_NAMES, "brandStage", input.brandStage);
  if (!brandStage.ok) return brandStage;
  const currentAnnualSales = isBlank(input.currentAnnualSales) ? ok(undefined) : checkNumber("currentAnnualSales", input.currentAnnualSales, RANGES.money);
  if (!currentAnnualSales.ok) return currentAnnualSales;
  // Every key present, unknown traits as undefined: one object shape for every product.
  return ok({
    category: category.value,
    price: price.value,
    unitCost: unitCost.value,
    ageBand: ageBand.value,
    gender: gender.value,
    cityTier: cityTier.value,
    brandStatus: brandStatus.value,
    contentCapacity: contentCapacity.value,
    brandStage: brandStage.value,
    currentAnnualSales: currentAnnualSales.value,
  });
}
