import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import type { ReferenceData } from "../../src/data/referenceData";
import { DEFAULTS, parseProduct, type PlanCompany, type PlanProduct } from "../../src/engine";
import { withoutCostStack } from "./costData";

const fixed = (value: number) => ({ value, estimate: "test fixture" });

/**
 * Reference data with round numbers for hand-worked plans: Tmall and JD at 5% commission + 1% payment fee and no
 * points, ROI 4, apparel returns 20%; JD charges ¥2 an order and ¥12,000 a year. Salaries (tier 2, no on-cost):
 * operations ¥3,000, customer service ¥2,000, design ¥2,000. Ramp: 50% in a platform's first month, then full;
 * the next platform opens after 2 months of profit; 12-month horizon; minimum fit 0; no company overhead.
 */
export function roundNumberData(): ReferenceData {
  const base = defaultReferenceData();
  const card = structuredClone(base.rateCard);
  for (const [code, annualFee, perOrderFee] of [
    ["TMALL", 0, 0],
    ["JD", 12000, 2],
  ] as const) {
    const p = card.platforms[code]!;
    p.commission.APPAREL = fixed(0.05);
    p.paymentFee = fixed(0.01);
    p.otherDeductions = [];
    p.adRoi = { low: fixed(4), high: fixed(4) };
    p.returnRateAdjustment = fixed(0);
    p.annualFee = fixed(annualFee);
    p.perOrderFee = fixed(perOrderFee);
  }
  card.typicalReturnRate.APPAREL = fixed(0.2);
  const staffing = structuredClone(base.staffing);
  staffing.employerOnCost = fixed(0);
  staffing.salaries.operations["2"] = fixed(3000);
  staffing.salaries.customerService["2"] = fixed(2000);
  staffing.salaries.design["2"] = fixed(2000);
  const planning = structuredClone(base.planning);
  planning.horizonMonths = 12;
  planning.demandRamp = {
    roi: { values: [0.5, 1], estimate: "test fixture" },
    spend: { values: [1], estimate: "test fixture" },
    organic: { values: [0, 1], estimate: "test fixture" },
  };
  planning.breakthrough.consecutiveMonths = fixed(2);
  // Half the short horizon: a store opening up to month 7 is judged on its payback, so JD may open in month 4.
  planning.paybackJudgedAfterMonths = fixed(6);
  // A store not paid back within the fixture's 12 months is slow (no projection past the horizon).
  planning.paybackExpectedWithinMonths = fixed(12);
  planning.minFit = fixed(0);
  // The hand-worked plans leave out company overhead (test/engine/companyOverhead.test.ts charges it).
  planning.companyOverheadShare = fixed(0);
  // The cost stack at 0: the hand-worked year predates it (test/engine/costs.test.ts works the cost lines).
  return { ...base, rateCard: card, staffing, planning, costs: withoutCostStack(base.costs) };
}

export function company(overrides: Partial<PlanCompany> = {}): PlanCompany {
  return {
    annualTarget: 2_400_000,
    monthlyAdBudget: 25_000,
    cityTier: "2",
    configuration: "lean",
    rentPerMonth: 5000,
    otherFixedPerMonth: 0,
    conversionRate: DEFAULTS.conversionRate,
    paidShare: 0.4,
    costPerClick: null,
    maxPlatforms: 2,
    teamAvailable: null,
    platforms: ["TMALL", "JD"],
    seasonality: Array(12).fill(1),
    brandStage: "new",
    vatRegime: "smallScale",
    vatRegimeGiven: false,
    currentAnnualSales: 0,
    ...overrides,
  };
}

export function product(data: ReferenceData, price = 100, unitCost = 40, shipping = 5): PlanProduct {
  const parsed = parseProduct(data.rateCard, { category: "APPAREL", price, unitCost });
  if (!parsed.ok) throw new Error(parsed.issue.code);
  return { sku: "T-1", product: parsed.value, unitCost, shipping, monthlyOrders: 100 };
}
