import { headlineText } from "../../src/report/planText";
import { plannedScenario } from "../support/plannedScenario";

/*
 * An established brand's running stores are planned at today's sales with the plan's own rates and costs: the
 * baseline growthPayback keeps them there (no growth, no new store). What that baseline earns in the plan's last 12
 * months is the summary's todayYearProfit. A loss there is the first thing to check before reading the growth.
 */
const brand = (unitCost: number) =>
  plannedScenario({
    brand: "Breezy Kitchen",
    company: {
      annualTarget: 30_000_000,
      monthlyAdBudget: 600_000,
      brandStage: "established",
      currentAnnualSales: 25_200_000,
      rentPerMonth: 20_000,
      otherFixedPerMonth: 10_000,
      existingStores: { 天猫: 1_500_000, 京东: 600_000 },
    },
    products: [{ sku: "AF-55", name: "空气炸锅", category: "小家电", price: 399, unitCost, shipping: 12 }],
  });

describe("what the stores a brand runs earn at today's sales, as the plan costs them", () => {
  it("is null for a new brand, which runs no store", () => {
    const planned = plannedScenario({
      brand: "New",
      company: { annualTarget: 6_000_000, monthlyAdBudget: 100_000, rentPerMonth: 0, otherFixedPerMonth: 0 },
      products: [{ sku: "A", name: "a", category: "HOME", price: 299, unitCost: 90, shipping: 6 }],
    });
    expect(planned.plan.summary.todayYearProfit).toBeNull();
  });

  it("is the baseline's last 12 months: cheaper goods earn more, and a loss is said in the headline, zh and en", () => {
    const dear = brand(230);
    const cheap = brand(120);
    const [lost, earned] = [dear.plan.summary.todayYearProfit!, cheap.plan.summary.todayYearProfit!];
    expect(lost).toBeLessThan(0);
    expect(earned).toBeGreaterThan(0);
    const yuan = `¥${Math.round(-lost).toLocaleString("en-US")}`;
    expect(headlineText(dear.referenceData, dear.plan, "en", dear.company).replace(/\.\d\d/g, "")).toContain(
      `As this plan costs them, the stores you run lose ${yuan} a year at today's sales, before income tax`,
    );
    expect(headlineText(dear.referenceData, dear.plan, "zh", dear.company).replace(/\.\d\d/g, "")).toContain(`你现有的店铺按目前的销售额每年税前亏 ${yuan}`);
    expect(headlineText(cheap.referenceData, cheap.plan, "zh", cheap.company)).not.toContain("每年税前亏");
  });
});
