import { z } from "zod";
import { DEFAULTS, RANGES, type NumberRange, type RateOverride } from "../engine";
import { MAX_NAME_TEXT } from "../engine/core/ranges";

/** How many products and rate overrides a scenario holds at most. */
export const SCENARIO_LIMITS = { products: 10_000, overrides: 1000, brand: 100, sku: 60, productName: 120, existingStores: 12 } as const;

const text = (max: number) => z.string().trim().min(1).max(max);
/** A number within one of the engine's ranges, so a scenario accepts exactly what a formula or the wizard does. */
const within = (range: NumberRange) => {
  const bounded = (range.minExclusive ? z.number().gt(range.min) : z.number().min(range.min)).max(range.max);
  return range.integer ? bounded.int() : bounded;
};
const money = within(RANGES.money);
const name = z.union([z.string().max(MAX_NAME_TEXT), z.number()]);

export const scenarioProductSchema = z.strictObject({
  sku: text(SCENARIO_LIMITS.sku),
  name: text(SCENARIO_LIMITS.productName),
  category: name,
  price: within(RANGES.price),
  unitCost: money,
  /** ¥ a parcel; absent: DEFAULTS.shipping, and the plan says it assumed it (assumedInputs). */
  shipping: money.optional(),
  /** Orders a month expected once the product is established, across all platforms. */
  monthlyOrders: within(RANGES.wholeOrders).default(DEFAULTS.monthlyOrders),
  ageBand: name.optional(),
  gender: name.optional(),
  cityTier: name.optional(),
  brandStatus: z.union([name, z.boolean()]).optional(),
  contentCapacity: name.optional(),
});

export const scenarioSchema = z.strictObject({
  brand: text(SCENARIO_LIMITS.brand),
  company: z.strictObject({
    annualTarget: money,
    monthlyAdBudget: money,
    cityTier: name.default(DEFAULTS.salaryCityTier),
    configuration: name.default(DEFAULTS.configuration),
    /** Absent: DEFAULTS, and the plan says it assumed them (assumedInputs). */
    rentPerMonth: money.optional(),
    otherFixedPerMonth: money.optional(),
    /** Admin, finance, purchasing, back office and product development as a share of sales; absent: the planning data's estimate. */
    overheadShare: within(RANGES.fraction).optional(),
    conversionRate: within(RANGES.conversionRate).default(DEFAULTS.conversionRate),
    /** Optional: one paid share for every platform, overriding each platform's own (costs data). */
    paidShare: within(RANGES.fraction).nullable().optional(),
    /** Your observed cost per click, if known: the plan shows the ROI it implies beside the platform's typical ROI. */
    costPerClick: within(RANGES.costPerClick).optional(),
    maxPlatforms: within(RANGES.platformCount).default(DEFAULTS.maxPlatforms),
    /** People the company can staff; the plan warns when it needs more. */
    teamAvailable: within(RANGES.people).optional(),
    /** Platforms chosen by the user, in entry order; when absent the best-fitting viable ones are chosen. */
    platforms: z.array(name).min(1).max(11).optional(),
    seasonality: z.array(within(RANGES.seasonalWeight)).length(12).optional(),
    /** new, or established (then give currentAnnualSales): entry gates read both. */
    brandStage: name.default(DEFAULTS.brandStage),
    currentAnnualSales: money.default(DEFAULTS.currentAnnualSales),
    /** The stores the brand runs today: platform (code, name or alias) → its current monthly sales in ¥. */
    existingStores: z.record(z.string().trim().min(1).max(80), money).optional(),
    /** general (一般纳税人) or smallScale (小规模纳税人); absent: defaultVatRegime picks it from the annual target. */
    vatRegime: name.optional(),
  }),
  products: z.array(scenarioProductSchema).min(1).max(SCENARIO_LIMITS.products),
  /** A calibration file (npm run calibrate --json), relative to the scenario: its rates replace the rate card's. */
  calibration: z.string().trim().min(1).max(500).optional(),
  overrides: z
    .array(z.strictObject({ platform: name, field: text(40), category: name.optional(), value: z.number(), note: z.string().max(600).optional() }))
    .max(SCENARIO_LIMITS.overrides)
    .default([]),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioProduct = z.infer<typeof scenarioProductSchema>;

/** Scenario (or wizard) override rows as the engine takes them: names may arrive as numbers from a sheet or YAML. */
export function rateOverridesOf(overrides: ReadonlyArray<{ platform: string | number; field: string; category?: string | number; value: number; note?: string }>): RateOverride[] {
  return overrides.map((o) => ({ ...o, platform: String(o.platform), category: o.category === undefined ? undefined : String(o.category) }));
}
