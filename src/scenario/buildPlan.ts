import type { ReferenceData } from "../data/referenceData";
import {
  applyOverrides,
  BRAND_STAGE_NAMES,
  channelPlan,
  defaultVatRegime,
  VAT_REGIME_NAMES,
  CITY_TIER_NAMES,
  CONFIGURATION_NAMES,
  DEFAULTS,
  fail,
  monthlyTargets,
  ok,
  parseProduct,
  platformIndex,
  resolveName,
  type Issue,
  type PlanCompany,
  type PlanProduct,
  type Result,
} from "../engine";
import { assumedInputs } from "./assumedInputs";
import type { PlanResult } from "./planResult";
import { existingStoresOf } from "./existingStoresOf";
import { rateOverridesOf, type Scenario } from "./scenario";

const at = (path: string, r: Result<unknown>): Issue | undefined => (r.ok ? undefined : { ...r.issue, field: `${path}.${r.issue.field}` });

function companyOf(data: ReferenceData, c: Scenario["company"]): Result<PlanCompany> {
  const tier = resolveName(CITY_TIER_NAMES, "company.cityTier", c.cityTier);
  if (!tier.ok) return tier;
  const configuration = resolveName(CONFIGURATION_NAMES, "company.configuration", c.configuration);
  if (!configuration.ok) return configuration;
  const stage = resolveName(BRAND_STAGE_NAMES, "company.brandStage", c.brandStage);
  if (!stage.ok) return stage;
  const vat = c.vatRegime === undefined ? ok(defaultVatRegime(data.costs, c.annualTarget)) : resolveName(VAT_REGIME_NAMES, "company.vatRegime", c.vatRegime);
  if (!vat.ok) return vat;
  const seasonality = c.seasonality ?? data.model.seasonality.weights;
  const months = monthlyTargets(c.annualTarget, seasonality);
  if (!months.ok) return fail(at("company", months)!);
  let platforms: string[] | null = null;
  if (c.platforms) {
    platforms = [];
    for (const [i, p] of c.platforms.entries()) {
      const code = resolveName(platformIndex(data.rateCard), `company.platforms[${i}]`, p);
      if (!code.ok) return code;
      if (!platforms.includes(code.value)) platforms.push(code.value);
    }
  }
  const stores = existingStoresOf(data, c.existingStores);
  if (stores.issues.length > 0) return fail(stores.issues[0]!);
  return ok({
    annualTarget: c.annualTarget,
    monthlyAdBudget: c.monthlyAdBudget,
    cityTier: tier.value,
    configuration: configuration.value,
    rentPerMonth: c.rentPerMonth ?? DEFAULTS.rentPerMonth,
    otherFixedPerMonth: c.otherFixedPerMonth ?? DEFAULTS.otherFixedPerMonth,
    ...(c.overheadShare === undefined ? {} : { overheadShare: c.overheadShare }),
    conversionRate: c.conversionRate,
    paidShare: c.paidShare ?? null,
    costPerClick: c.costPerClick ?? null,
    maxPlatforms: c.maxPlatforms,
    teamAvailable: c.teamAvailable ?? null,
    platforms,
    seasonality,
    brandStage: stage.value,
    currentAnnualSales: c.currentAnnualSales,
    existingStores: stores.stores,
    vatRegime: vat.value,
    vatRegimeGiven: c.vatRegime !== undefined,
  });
}

/**
 * Turns a validated scenario into the engine's input (names resolved, products parsed, negotiated rates applied)
 * and returns the engine's channel plan with the inputs beside it, and the money inputs it assumed because the
 * scenario left them out (the same list for the CLI, the wizard and every report). No plan number is computed here.
 */
export function buildPlan(base: ReferenceData, scenario: Scenario, asOf: string, onProgress?: (done: number, total: number) => void): Result<PlanResult> {
  const card = applyOverrides(base.rateCard, rateOverridesOf(scenario.overrides), asOf);
  if (!card.ok) return fail(at("scenario", card)!);
  const data: ReferenceData = { ...base, rateCard: card.value };
  const company = companyOf(data, scenario.company);
  if (!company.ok) return company;
  const inputs: PlanResult["inputs"] = [];
  for (const [i, input] of scenario.products.entries()) {
    onProgress?.(i, scenario.products.length);
    const product = parseProduct(data.rateCard, input);
    if (!product.ok) return fail(at(`products[${i}]`, product)!);
    const planProduct: PlanProduct = {
      sku: input.sku,
      product: product.value,
      unitCost: input.unitCost,
      shipping: input.shipping ?? DEFAULTS.shipping,
      monthlyOrders: input.monthlyOrders,
    };
    inputs.push({ input, product: planProduct });
  }
  onProgress?.(inputs.length, inputs.length);
  const plan = channelPlan(data, { company: company.value, products: inputs.map((x) => x.product) });
  return ok({ brand: scenario.brand, referenceData: data, company: company.value, inputs, assumptions: assumedInputs(scenario), plan });
}
