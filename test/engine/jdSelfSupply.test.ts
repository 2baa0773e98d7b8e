import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { costRates } from "../../src/engine/costs/costRates";
import { describeIssue } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

const data = defaultReferenceData();
const BUDGET = 1_500_000;
const PRICE = 399;

/**
 * An air-fryer brand (¥399, goods ¥200 a unit: half the shelf price, as Bear Electric's cost of sales is about 65% of
 * revenue net of VAT and rebates) selling ¥150m a year, registered, at the given stage and with the given stores.
 */
function plan(stage: "new" | "established", stores?: Record<string, number>, brandStatus = "registered") {
  const today = stores ? Object.values(stores).reduce((a, b) => a + b, 0) : 0;
  const scenario = scenarioSchema.parse({
    brand: "Fryer",
    company: {
      annualTarget: 150_000_000,
      monthlyAdBudget: BUDGET,
      cityTier: 1,
      configuration: "standard",
      rentPerMonth: 100_000,
      otherFixedPerMonth: 300_000,
      conversionRate: 0.02,
      maxPlatforms: 3,
      brandStage: stage,
      currentAnnualSales: 12 * today,
      ...(stores ? { existingStores: stores } : {}),
    },
    products: [
      {
        sku: "AF-1",
        name: "Air fryer",
        category: "APPLIANCES",
        price: PRICE,
        shipping: 12,
        unitCost: 200,
        monthlyOrders: 10_000,
        gender: "all",
        ageBand: "25-40",
        cityTier: 2,
        brandStatus,
        contentCapacity: "medium",
      },
    ],
  });
  const r = buildPlan(data, scenario, "2026-12-04");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value.plan;
}
type Plan = ReturnType<typeof plan>;
const of = (p: Plan, code: string) => p.platforms.find((x) => x.platform === code)!;
const lines = (p: Plan, code: string) => p.months.filter((l) => l.platform === code);

describe("JD self-operated: the brand supplies JD at a discount off retail (the wholesale business model, as data)", () => {
  it("is JD_SELF, a wholesale platform of the JD marketplace with JD's buyers, gated to established registered brands", () => {
    expect(data.costs.platforms.JD_SELF!.model).toBe("WHOLESALE");
    expect(data.costs.businessModels.WHOLESALE!.advertising).toBe(false);
    expect(data.fitRules.storeTypes.JD_SELF!.marketplace).toBe(data.fitRules.storeTypes.JD!.marketplace);
    const self = data.profiles.platforms.JD_SELF!;
    const jd = data.profiles.platforms.JD!;
    expect(self.onlineShare.value).toBe(jd.onlineShare.value);
    expect(self.audience.femaleShare.value).toBe(jd.audience.femaleShare.value);
    for (const [category, share] of Object.entries(jd.categoryShare)) expect(self.categoryShare[category]!.value).toBe(share.value);
    expect(self.brandRequirement.minimum).toBe("registered");
    expect(self.supplyAccount).toBe(true);
    expect(data.planning.entryGates.JD_SELF).toMatchObject({ minStage: "established", byInvitation: true });
    expect(costRates(data.costs, "JD_SELF", "APPLIANCES")).toMatchObject({
      wholesaleDiscount: 0.25,
      promotionShare: 0.04,
      affiliateShare: 0,
      instalmentShare: 0,
      settlementDays: 60,
    });
  });

  describe("an established air-fryer brand selling ¥5m a month on Tmall, ¥2m in its JD POP store and ¥3m to JD self-operated today", () => {
    const p = plan("established", { 天猫: 5_000_000, 京东: 2_000_000, 京东自营: 3_000_000 });
    const self = of(p, "JD_SELF");

    it("reads 京东自营 as JD self-operated beside the 京东 POP store, and runs all three", () => {
      expect([...p.entered].sort()).toEqual(["JD", "JD_SELF", "TMALL"]);
      expect(self.verdict).toMatchObject({ kind: "existing", reason: "already_selling" });
      expect(self.existing).toMatchObject({ monthlySales: 3_000_000 });
    });

    it("buys no ads there: no budget share, no ad ratio, no ad spend or paid visitors in any month", () => {
      expect(self).toMatchObject({ budgetWeight: 0, adRatio: 0, yearOneAdSpend: 0, paidShare: 0 });
      expect(self.averageOrder.ads).toBe(0);
      const months = lines(p, "JD_SELF");
      expect(months).toHaveLength(24);
      for (const l of months) expect(l).toMatchObject({ ads: 0, paidVisitors: 0, affiliateCommission: 0, launchCosts: 0 });
      for (const t of p.totals) expect(t.ads).toBeLessThanOrEqual(BUDGET);
    });

    it("deducts the 25% supply discount from every kept sale, as a discount (not a platform service), and the 4% back-margin as promotions", () => {
      const o = self.averageOrder;
      expect(o.rates.deductionRate).toBe(0.25);
      expect(o.deductionsAreDiscount).toBe(1);
      // ¥399 less 3% returns (appliances' shelf rate) = ¥387.03 kept; 25% of it = ¥96.76.
      expect(o.returnRate).toBeCloseTo(0.03, 9);
      expect(o.deductions).toBeCloseTo(0.25 * (PRICE - o.returns), 6);
      expect(o.promotions).toBeCloseTo(0.04 * (PRICE - o.returns), 6);
      expect(o).toMatchObject({ platformFee: 0, paymentFees: 0, affiliateCommission: 0, installation: 0, fulfilment: 1 });
      for (const l of lines(p, "JD_SELF").filter((x) => x.sales > 0)) expect(l.deductions / (l.sales - l.returns)).toBeCloseTo(0.25, 3);
    });

    it("keeps a positive contribution at a typical appliance cost, below its JD POP store's before ads and above nothing", () => {
      expect(self.averageOrder.contribution).toBeGreaterThan(0);
      // The brand ships in bulk to JD's warehouses: it pays 0.3 (deliveryShare) of its ¥12 parcel shipping, ¥3.60.
      expect(self.averageOrder.shipping).toBeCloseTo(12 * 0.3, 9);
      // ¥387.03 kept − ¥96.76 discount − ¥15.48 back-margin − ¥194 goods − ¥3.60 shipping − ¥7.98 seeding − ¥1 − ¥0.09
      // − ¥5.82 stock loss (appliances' 3% of the ¥194 goods: warranty replacements, models cleared) − VAT ¥9.29 ≈ ¥53.01.
      expect(self.averageOrder.contribution).toBeCloseTo(53.01, 1);
      expect(self.contributionMargin).toBeGreaterThan(0.08);
      expect(self.contributionMargin).toBeLessThan(0.2);
      const year2 = lines(p, "JD_SELF").filter((l) => l.month > 12);
      expect(year2.reduce((s, l) => s + l.contribution, 0)).toBeGreaterThan(0);
    });

    it("is run by a key-account manager, not a store team: no customer service, promotion or design", () => {
      // ¥3m a month: ⌊(3,000,000 ÷ 1,500,000)^0.7⌋ = ⌊1.62⌋ = 1.
      expect(self.team!.roles).toMatchObject({ operations: 1, promotion: 0, customerService: 0, design: 0, liveHost: 0 });
      expect(self.team!.total).toBe(1);
    });
  });

  it("is not offered to a new brand: it stays behind JD POP, refused at the entry gate", () => {
    const p = plan("new");
    expect(of(p, "JD_SELF").verdict).toMatchObject({ kind: "dont_enter", reason: "gate" });
    expect(of(p, "JD_SELF").gateMet).toBe(false);
    expect(of(p, "JD").fit).toBeGreaterThan(of(p, "JD_SELF").fit);
    expect(p.entered).not.toContain("JD_SELF");
  });

  it("is not offered to a brand without a registered mark, even an established one: the brand gate cuts its fit", () => {
    const p = plan("established", { 天猫: 5_000_000 }, "applied");
    expect(of(p, "JD_SELF").verdict.kind).toBe("dont_enter");
    expect(of(p, "JD_SELF").fit).toBeLessThan(data.planning.minFit.value);
    expect(p.entered).not.toContain("JD_SELF");
  });

  it("for an established registered brand without a JD store, ranks JD POP first and plans JD self-operated beside it: the supply account is not dropped for a sibling store type", () => {
    const p = plan("established", { 天猫: 5_000_000 });
    expect(of(p, "JD").fit).toBeGreaterThan(of(p, "JD_SELF").fit);
    expect(data.fitRules.storeTypes.JD_SELF!.opensAlongside).toBe(true);
    expect(of(p, "JD_SELF").verdict.reason).not.toBe("same_marketplace");
    // Planned beside JD POP: JD opens first; the supply account's turn comes after it (here after the plan's last
    // opening month, so it holds no share of this plan's target or budget).
    expect(p.entered).toContain("JD");
    expect(of(p, "JD_SELF").verdict).toMatchObject({ kind: "enter_later", after: "JD" });
  });

  it("with a JD POP store running, still plans JD self-operated when its supply pays: enter now or later, not 'one store type'", () => {
    const p = plan("established", { 天猫: 5_000_000, 京东: 2_000_000 });
    expect(of(p, "JD").verdict.kind).toBe("existing");
    expect(["enter_now", "enter_later"]).toContain(of(p, "JD_SELF").verdict.kind);
    expect(of(p, "JD_SELF").averageOrder.contribution).toBeGreaterThan(0);
  });
});
