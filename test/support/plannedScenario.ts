import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import type { ReferenceData } from "../../src/data/referenceData";
import { describeIssue } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

/** A scenario as a user writes it (validated here), planned as the CLI plans it; a bad one fails the test with its message. */
export function plannedScenario(input: unknown, asOf = "2026-12-06", data: ReferenceData = defaultReferenceData()) {
  const r = buildPlan(data, scenarioSchema.parse(input), asOf);
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
}

/**
 * A new serum brand's one product (¥199, unit cost ¥60, ¥6 shipping) with a ¥3m target and ¥100,000 a month for ads:
 * its Tmall store nets more at run rate than the company overhead its sales bring, but does not earn back its launch
 * losses within 24 months (slow payback).
 */
export const SLOW_SERUM = {
  brand: "Serum",
  company: { annualTarget: 3_000_000, monthlyAdBudget: 100_000, maxPlatforms: 3, rentPerMonth: 0, otherFixedPerMonth: 0 },
  products: [
    {
      sku: "S1",
      name: "Serum",
      category: "BEAUTY",
      price: 199,
      unitCost: 60,
      shipping: 6,
      ageBand: "25-30",
      gender: "female",
      cityTier: 2,
      contentCapacity: "high",
      brandStatus: "registered",
    },
  ],
};
