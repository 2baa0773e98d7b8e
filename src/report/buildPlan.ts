import type { ReferenceData } from "../data/referenceData";
import {
  allocateBudget, applyOverrides, CITY_TIER_NAMES, CONFIGURATION_NAMES, entrySequence, fail, fitScore, monthlyPlan, ok, orderEconomics, parseProduct, profitModel,
  platformIndex, resolveName, teamPlan, typicalAdRatio, typicalReturnRate, type Issue, type Result,
} from "../engine";
import type { PlanResult, PlatformSummary, ProductOnPlatform, ProductPlan } from "./planResult";
import { rateOverridesOf, type Scenario } from "./scenario";

const at = (path: string, r: Result<unknown>): Issue | undefined => (r.ok ? undefined : { ...r.issue, field: `${path}.${r.issue.field}` });
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Turns a validated scenario into the full channel plan: fit and economics for every product on every
 * platform, the platforms to enter and in what order, budget split, team and monthly targets.
 */
export function buildPlan(base: ReferenceData, scenario: Scenario, asOf: string, onProgress?: (done: number, total: number) => void): Result<PlanResult> {
  const card = applyOverrides(base.rateCard, rateOverridesOf(scenario.overrides), asOf);
  if (!card.ok) return fail(at("scenario", card)!);
  const data: ReferenceData = { ...base, rateCard: card.value };
  const c = scenario.company;
  const tier = resolveName(CITY_TIER_NAMES, "company.cityTier", c.cityTier);
  if (!tier.ok) return tier;
  const configuration = resolveName(CONFIGURATION_NAMES, "company.configuration", c.configuration);
  if (!configuration.ok) return configuration;
  const platformCodes = Object.keys(data.rateCard.platforms);

  const parsed: Array<{ input: Scenario["products"][number]; product: ProductPlan["product"] }> = [];
  for (const [i, input] of scenario.products.entries()) {
    const product = parseProduct(data.rateCard, input);
    if (!product.ok) return fail(at(`products[${i}]`, product)!);
    parsed.push({ input, product: product.value });
  }

  const summaries: PlatformSummary[] = platformCodes.map((platform) => ({ platform, averageFit: 0, averageNetMargin: 0, profitableProducts: 0 }));
  const perProduct: Array<Array<Omit<ProductOnPlatform, "breakEvenOrders">>> = [];
  for (const [index, { input, product }] of parsed.entries()) {
    onProgress?.(index, parsed.length);
    const rows: Array<Omit<ProductOnPlatform, "breakEvenOrders">> = [];
    for (const platform of platformCodes) {
      const adRatio = typicalAdRatio(data.rateCard, platform);
      const returnRate = typicalReturnRate(data.rateCard, platform, product.category);
      const economics = orderEconomics(data.rateCard, platform, product.category, { price: product.price, unitCost: input.unitCost, shipping: input.shipping, adRatio, returnRate });
      if (!economics.ok) return fail(at(`products[${index}] on ${platform}`, economics)!);
      rows.push({ platform, fit: fitScore(data, platform, product), economics: economics.value, adRatio, returnRate });
    }
    perProduct.push(rows);
  }
  onProgress?.(parsed.length, parsed.length);
  for (const s of summaries) {
    const rows = perProduct.map((p) => p.find((x) => x.platform === s.platform)!);
    s.averageFit = mean(rows.map((r) => r.fit.score));
    s.averageNetMargin = mean(rows.map((r) => r.economics.netMargin));
    s.profitableProducts = rows.filter((r) => r.economics.profit > 0).length;
  }
  const ranked = [...summaries].sort((a, b) => b.averageFit - a.averageFit);
  const viable = ranked.filter((s) => s.averageNetMargin > 0);
  let recommended = (viable.length ? viable : ranked).slice(0, c.maxPlatforms).map((s) => s.platform);
  if (c.platforms) {
    const chosen: string[] = [];
    for (const [i, p] of c.platforms.entries()) {
      const code = resolveName(platformIndex(data.rateCard), `company.platforms[${i}]`, p);
      if (!code.ok) return code;
      if (!chosen.includes(code.value)) chosen.push(code.value);
    }
    recommended = chosen;
  }

  const allocation = allocateBudget(c.monthlyAdBudget, recommended.map((platform) => ({ platform, score: Math.max(1, Math.round(summaries.find((s) => s.platform === platform)!.averageFit)) })), data.model.allocation);
  if (!allocation.ok) return fail(at("company", allocation)!);
  const totalOrders = parsed.reduce((sum, p) => sum + p.input.monthlyOrders, 0);
  const budgetShare = (platform: string) => (c.monthlyAdBudget > 0 ? allocation.value.find((a) => a.platform === platform)!.amount / c.monthlyAdBudget : 1 / recommended.length);
  const ordersByPlatform = Object.fromEntries(recommended.map((p) => [p, Math.round(totalOrders * budgetShare(p))]));
  const team = teamPlan(data, { platforms: recommended.map((platform) => ({ platform, monthlyOrders: ordersByPlatform[platform]! })), configuration: configuration.value, cityTier: tier.value });

  const sharedPerPlatform = (team.sharedMonthlyCost + c.rentPerMonth + c.otherFixedPerMonth) / recommended.length;
  const monthlyFixedByPlatform = Object.fromEntries(
    recommended.map((platform) => [platform, team.perPlatform.find((p) => p.platform === platform)!.monthlyCost + sharedPerPlatform + data.rateCard.platforms[platform]!.annualFee.value / 12]),
  );
  const products: ProductPlan[] = parsed.map(({ input, product }, i) => ({
    input,
    product,
    platforms: perProduct[i]!
      .map((row): ProductOnPlatform => {
        const fixed = monthlyFixedByPlatform[row.platform];
        const contribution = profitModel({ price: product.price, unitCost: input.unitCost, shipping: input.shipping, adRatio: row.adRatio, returnRate: row.returnRate, fixedPerOrder: 0 }, row.economics.deductionRate, row.economics.platformPerOrderFee).contribution;
        const breakEvenOrders = fixed === undefined ? null : contribution > 0 ? Math.ceil(fixed / contribution) : null;
        return { ...row, breakEvenOrders };
      })
      .sort((a, b) => b.fit.score - a.fit.score),
  }));

  const avgOrderValue = mean(parsed.map((p) => p.product.price));
  const months = monthlyPlan({ annualTarget: c.annualTarget, seasonality: c.seasonality ?? data.model.seasonality.weights, conversionRate: c.conversionRate, avgOrderValue, paidShare: c.paidShare, costPerClick: c.costPerClick });
  if (!months.ok) return fail(at("company", months)!);

  return ok({
    brand: scenario.brand,
    referenceData: data,
    products,
    platforms: ranked,
    recommended,
    sequence: entrySequence(recommended, data.model.breakthroughMonths.value),
    allocation: allocation.value,
    team,
    monthly: months.value,
    ordersByPlatform,
    monthlyFixedByPlatform,
    avgOrderValue,
  });
}
