import { z } from "zod";
import type { RateOverride } from "../engine";

const text = (max: number) => z.string().trim().min(1).max(max);
const money = z.number().min(0).max(1e10);
const name = z.union([z.string().max(80), z.number()]);

export const scenarioProductSchema = z.strictObject({
  sku: text(60),
  name: text(120),
  category: name,
  price: z.number().positive().max(1e7),
  unitCost: money,
  shipping: money.default(0),
  /** Orders a month expected once the product is established, across all platforms. */
  monthlyOrders: z.number().int().min(0).max(1e8).default(0),
  ageBand: name.optional(),
  gender: name.optional(),
  cityTier: name.optional(),
  brandStatus: z.union([name, z.boolean()]).optional(),
  contentCapacity: name.optional(),
});

export const scenarioSchema = z.strictObject({
  brand: text(100),
  company: z.strictObject({
    annualTarget: money,
    monthlyAdBudget: money,
    cityTier: name.default(2),
    configuration: name.default("lean"),
    rentPerMonth: money.default(0),
    otherFixedPerMonth: money.default(0),
    conversionRate: z.number().min(0.000001).max(1).default(0.02),
    paidShare: z.number().min(0).max(1).default(0.4),
    /** Your observed cost per click, if known: the plan shows the ROI it implies beside the platform's typical ROI. */
    costPerClick: z.number().min(0).max(10000).optional(),
    maxPlatforms: z.number().int().min(1).max(11).default(3),
    /** People the company can staff; the plan warns when it needs more. */
    teamAvailable: z.number().int().min(0).max(10000).optional(),
    /** Platforms chosen by the user, in entry order; when absent the best-fitting viable ones are chosen. */
    platforms: z.array(name).min(1).max(11).optional(),
    seasonality: z.array(z.number().min(0)).length(12).optional(),
    /** new, or established (then give currentAnnualSales): entry gates read both. */
    brandStage: name.default("new"),
    currentAnnualSales: money.default(0),
  }),
  products: z.array(scenarioProductSchema).min(1).max(5000),
  overrides: z
    .array(z.strictObject({ platform: name, field: text(40), category: name.optional(), value: z.number(), note: z.string().max(600).optional() }))
    .max(1000)
    .default([]),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioProduct = z.infer<typeof scenarioProductSchema>;

/** Scenario (or wizard) override rows as the engine takes them: names may arrive as numbers from a sheet or YAML. */
export function rateOverridesOf(overrides: ReadonlyArray<{ platform: string | number; field: string; category?: string | number; value: number; note?: string }>): RateOverride[] {
  return overrides.map((o) => ({ ...o, platform: String(o.platform), category: o.category === undefined ? undefined : String(o.category) }));
}
