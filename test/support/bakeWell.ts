import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";

/** An established ¥30m air-fryer brand selling on Tmall and JD today, aiming at `annualTarget` (¥ a year). */
export const bakeWellScenario = (annualTarget: number): Scenario =>
  scenarioSchema.parse({
    brand: "BakeWell",
    company: {
      annualTarget,
      monthlyAdBudget: 300_000,
      brandStage: "established",
      currentAnnualSales: 30_000_000,
      maxPlatforms: 4,
      existingStores: { TMALL: 1_700_000, JD: 800_000 },
    },
    products: [{ sku: "AF5", name: "空气炸锅", category: "家电", price: 399, unitCost: 165, shipping: 15, brandStatus: "registered" }],
  });
