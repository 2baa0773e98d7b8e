import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { adBudget, applyOverrides, DEFAULTS, RANGES, type NumberRange } from "../../src/engine";
import { scenarioSchema } from "../../src/scenario/scenario";
import { defaultDraft } from "../../src/taskpane/wizard/wizardDraft";

const base = () => ({
  brand: "Limits",
  company: { annualTarget: 1_000_000, monthlyAdBudget: 10_000 } as Record<string, unknown>,
  products: [{ sku: "A", name: "Tee", category: "APPAREL", price: 99, unitCost: 30 } as Record<string, unknown>],
});
const above = (range: NumberRange) => range.max * 1.5 + 1;
const below = (range: NumberRange) => (range.min === 0 ? -1 : range.min - Math.abs(range.min) / 2);

describe("the scenario's limits are the engine's ranges", () => {
  const company: [string, NumberRange][] = [
    ["annualTarget", RANGES.money],
    ["monthlyAdBudget", RANGES.money],
    ["rentPerMonth", RANGES.money],
    ["otherFixedPerMonth", RANGES.money],
    ["conversionRate", RANGES.conversionRate],
    ["paidShare", RANGES.fraction],
    ["costPerClick", RANGES.costPerClick],
    ["maxPlatforms", RANGES.platformCount],
    ["teamAvailable", RANGES.people],
  ];
  it.each(company)("company.%s accepts its range's ends and nothing beyond", (field, range) => {
    const at = (value: number) => scenarioSchema.safeParse({ ...base(), company: { ...base().company, [field]: value } }).success;
    expect([at(range.max), range.minExclusive || at(range.min), at(above(range)), at(below(range))]).toEqual([true, true, false, false]);
  });

  const product: [string, NumberRange][] = [
    ["price", RANGES.price],
    ["unitCost", RANGES.money],
    ["shipping", RANGES.money],
    ["monthlyOrders", RANGES.wholeOrders],
  ];
  it.each(product)("products[].%s accepts its range's ends and nothing beyond", (field, range) => {
    const at = (value: number) => scenarioSchema.safeParse({ ...base(), products: [{ ...base().products[0], [field]: value }] }).success;
    expect([at(range.max), range.minExclusive ? !at(range.min) : at(range.min), at(above(range)), at(below(range))]).toEqual([true, true, false, false]);
  });

  it("rejects a seasonality weight the engine would reject, at the scenario's line rather than later", () => {
    const weights = (w: number) => scenarioSchema.safeParse({ ...base(), company: { ...base().company, seasonality: [w, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] } }).success;
    expect([weights(RANGES.seasonalWeight.max), weights(RANGES.seasonalWeight.max * 2)]).toEqual([true, false]);
  });

  it("fills the engine's defaults, and the wizard starts from them; money left out stays absent for the plan to name", () => {
    const parsed = scenarioSchema.parse(base());
    // Shipping, rent and other fixed costs: the plan counts DEFAULTS for them and says so (assumedInputs.test.ts).
    expect([parsed.products[0]!.shipping, parsed.company.rentPerMonth, parsed.company.otherFixedPerMonth]).toEqual([undefined, undefined, undefined]);
    expect(parsed.company).toMatchObject({
      cityTier: DEFAULTS.salaryCityTier,
      configuration: DEFAULTS.configuration,
      conversionRate: DEFAULTS.conversionRate,
      maxPlatforms: DEFAULTS.maxPlatforms,
      brandStage: DEFAULTS.brandStage,
      currentAnnualSales: DEFAULTS.currentAnnualSales,
    });
    // The CPC is the user's own observation, never assumed: the plan derives its ad cost from ROI.
    expect(parsed.company.costPerClick).toBeUndefined();
    expect(parsed.products[0]).toMatchObject({ monthlyOrders: DEFAULTS.monthlyOrders });
    // The paid share is each platform's own unless the user overrides it for all.
    expect(parsed.company.paidShare).toBeUndefined();
    expect(defaultDraft().company).toMatchObject({ conversionRate: DEFAULTS.conversionRate, maxPlatforms: DEFAULTS.maxPlatforms });
    expect(defaultDraft().company.paidShare).toBeUndefined();
  });
});

describe("the engine checks the same ranges", () => {
  it("limits cost per click and overrides by RANGES", () => {
    expect(adBudget(1e6, 0.02, 200, 0.4, RANGES.costPerClick.max).ok).toBe(true);
    expect(adBudget(1e6, 0.02, 200, 0.4, above(RANGES.costPerClick))).toMatchObject({ ok: false, issue: { code: "out_of_range", max: RANGES.costPerClick.max } });
    const card = defaultReferenceData().rateCard;
    expect(applyOverrides(card, [{ platform: "DEWU", field: "perOrderFee", value: above(RANGES.perOrderFee) }], "2026-11-23")).toMatchObject({
      ok: false,
      issue: { max: RANGES.perOrderFee.max },
    });
    expect(applyOverrides(card, [{ platform: "TMALL", field: "returnRateAdjustment", value: RANGES.returnRateAdjustment.min }], "2026-11-23").ok).toBe(true);
    expect(applyOverrides(card, [{ platform: "TMALL", field: "adRoiLow", value: RANGES.adRoi.min - 0.5 }], "2026-11-23")).toMatchObject({
      ok: false,
      issue: { min: RANGES.adRoi.min },
    });
  });
});
