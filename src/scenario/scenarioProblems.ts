import type { ReferenceData } from "../data/referenceData";
import {
  applyOverrides,
  BRAND_STAGE_NAMES,
  VAT_REGIME_NAMES,
  CITY_TIER_NAMES,
  CONFIGURATION_NAMES,
  parseProduct,
  platformIndex,
  resolveName,
  overrideTarget,
  xmlIllegalCharacter,
  type Issue,
  type Result,
} from "../engine";
import { existingStoresOf } from "./existingStoresOf";
import { rateOverridesOf, type Scenario, type ScenarioProduct } from "./scenario";

const MAX_FIELDS_A_PRODUCT = 12;
const prefixed = (path: string, issue: Issue): Issue => ({ ...issue, field: `${path}.${issue.field}` });

/** Every name parseProduct cannot read in one product: each bad field is noted, then set aside so the next one shows. */
function productProblems(data: ReferenceData, input: ScenarioProduct, path: string): Issue[] {
  const issues: Issue[] = [];
  let probe: Record<string, unknown> = { ...input };
  for (let round = 0; round < MAX_FIELDS_A_PRODUCT; round++) {
    const parsed = parseProduct(data.rateCard, probe as ScenarioProduct);
    if (parsed.ok) break;
    issues.push(prefixed(path, parsed.issue));
    const key = parsed.issue.field;
    if (!(key in probe) || key === "price") break;
    probe = key === "category" ? { ...probe, category: Object.keys(data.rateCard.categories)[0] } : { ...probe, [key]: undefined };
  }
  return issues;
}

/** Every text anywhere in the scenario holding a character no workbook can store, named by its field. */
function illegalCharacters(value: unknown, field: string): Issue[] {
  if (typeof value === "string") {
    const found = xmlIllegalCharacter(value);
    return found ? [{ code: "illegal_character", field, ...found }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => illegalCharacters(item, `${field}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => illegalCharacters(item, field ? `${field}.${key}` : key));
  return [];
}

/** A SKU as people read it: full-width forms folded (NFKC), zero-width characters dropped, case ignored. */
const skuKey = (sku: string) =>
  sku
    .normalize("NFKC")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .trim()
    .toLowerCase();

const problemOf = (r: Result<unknown>): Issue[] => (r.ok ? [] : [r.issue]);

/**
 * What a schema-valid scenario still gets wrong, all at once so the user fixes everything in one go: duplicate
 * SKUs (naming both), every unknown platform, category or trait, every bad negotiated rate.
 */
export function scenarioProblems(data: ReferenceData, scenario: Scenario): Issue[] {
  const issues: Issue[] = illegalCharacters(scenario, "");
  const firstSku = new Map<string, number>();
  for (const [i, product] of scenario.products.entries()) {
    const key = skuKey(product.sku);
    const first = firstSku.get(key);
    if (first === undefined) firstSku.set(key, i);
    else issues.push({ code: "duplicate", field: `products[${i}].sku`, received: product.sku, otherField: `products[${first}].sku` });
    issues.push(...productProblems(data, product, `products[${i}]`));
    if (Math.abs(product.price * 100 - Math.round(product.price * 100)) > 1e-6) issues.push({ code: "not_whole_fen", field: `products[${i}].price`, received: product.price });
  }
  const c = scenario.company;
  issues.push(...problemOf(resolveName(CITY_TIER_NAMES, "company.cityTier", c.cityTier)), ...problemOf(resolveName(CONFIGURATION_NAMES, "company.configuration", c.configuration)));
  if (c.vatRegime !== undefined) issues.push(...problemOf(resolveName(VAT_REGIME_NAMES, "company.vatRegime", c.vatRegime)));
  const stage = resolveName(BRAND_STAGE_NAMES, "company.brandStage", c.brandStage);
  if (stage.ok && stage.value === "new" && c.currentAnnualSales > 0)
    issues.push({ code: "new_brand_with_sales", field: "company.currentAnnualSales", received: c.currentAnnualSales });
  const chosen = new Map<string, number>();
  for (const [i, platform] of (c.platforms ?? []).entries()) {
    const resolved = resolveName(platformIndex(data.rateCard), `company.platforms[${i}]`, platform);
    issues.push(...problemOf(resolved));
    if (!resolved.ok) continue;
    const first = chosen.get(resolved.value);
    if (first === undefined) chosen.set(resolved.value, i);
    else issues.push({ code: "duplicate", field: `company.platforms[${i}]`, received: String(platform), otherField: `company.platforms[${first}]` });
  }
  issues.push(...existingStoresOf(data, c.existingStores).issues);
  const overrides = rateOverridesOf(scenario.overrides);
  const rowIssues = overrides.flatMap((override, i) =>
    problemOf(applyOverrides(data.rateCard, [override], "")).map((issue) => ({ ...issue, field: issue.field.replace(/^overrides\[0\]/, `overrides[${i}]`) })),
  );
  issues.push(...rowIssues);
  const targets = new Map<string, number>();
  for (const [i, override] of overrides.entries()) {
    const target = overrideTarget(data.rateCard, override);
    if (target === undefined) continue;
    const first = targets.get(target);
    if (first === undefined) targets.set(target, i);
    else issues.push({ code: "duplicate", field: `overrides[${i}].platform`, received: `${override.platform} · ${override.field}`, otherField: `overrides[${first}].platform` });
  }
  if (rowIssues.length === 0) issues.push(...problemOf(applyOverrides(data.rateCard, overrides, "")));
  return issues;
}
