import { z } from "zod";
import { DEFAULTS } from "../../engine";
import { SCENARIO_LIMITS, scenarioProductSchema, scenarioSchema } from "../../scenario/scenario";

/** What the wizard's fields hold: a scenario whose brand and product name may still be blank while typing. */
export const draftSchema = scenarioSchema.extend({
  brand: z.string().max(SCENARIO_LIMITS.brand),
  products: z
    .array(scenarioProductSchema.extend({ name: z.string().max(SCENARIO_LIMITS.productName) }))
    .min(1)
    .max(SCENARIO_LIMITS.products),
});
export type Draft = z.input<typeof draftSchema>;

/** 2: brand stage and current annual sales; the cost per click became the user's own (optional). */
export const STATE_VERSION = 2;

/** The wizard's inputs as saved in the workbook: versioned so a newer add-in's state is recognised, not misread. */
export const savedStateSchema = z.strictObject({
  version: z.literal(STATE_VERSION),
  savedAt: z.iso.datetime(),
  draft: draftSchema,
});
export type SavedState = z.infer<typeof savedStateSchema>;

/**
 * A new women's apparel brand on a modest first-year target: the amounts a user must state (target, budget, price,
 * cost) are a realistic example (with the full cost stack and a team that grows with sales, ¥3m–10m a year leaves too little to carry a Tmall store's
 * team and rent; ¥12m with ¥150k a month of ads carries a store: a Taobao C-store for this one dress); every assumption comes from the engine's DEFAULTS. The cost per click is left
 * blank: it is the user's own observation, if known. Other fixed costs start empty: left so, the plan step says they
 * were counted as ¥0 rather than the draft supplying that ¥0 unseen.
 */
export function defaultDraft(): Draft {
  return {
    brand: "",
    company: {
      annualTarget: 12_000_000,
      monthlyAdBudget: 150_000,
      cityTier: DEFAULTS.salaryCityTier,
      configuration: DEFAULTS.configuration,
      rentPerMonth: 8000,
      conversionRate: DEFAULTS.conversionRate,
      maxPlatforms: DEFAULTS.maxPlatforms,
      brandStage: DEFAULTS.brandStage,
      currentAnnualSales: DEFAULTS.currentAnnualSales,
    },
    products: [
      {
        sku: "SKU-1",
        name: "",
        category: "APPAREL",
        price: 199,
        unitCost: 60,
        shipping: 8,
        monthlyOrders: 1000,
        ageBand: "25-30",
        gender: "female",
        cityTier: 2,
        brandStatus: "registered",
        contentCapacity: "medium",
      },
    ],
    overrides: [],
  };
}
