import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";

const data = defaultReferenceData();
const BUDGET = 150_000;

/** The knitwear sample as an established brand: Tmall ¥800k and Vipshop ¥300k a month today (and optionally a new platform). */
function established(stores: Record<string, number>, platforms?: string[], target = 18_000_000): Scenario {
  const s = scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));
  s.company.brandStage = "established";
  s.company.currentAnnualSales = 12 * Object.values(stores).reduce((a, b) => a + b, 0);
  s.company.annualTarget = target;
  s.company.monthlyAdBudget = BUDGET;
  s.company.existingStores = stores;
  if (platforms) s.company.platforms = platforms;
  return s;
}

function plan(s: Scenario) {
  const r = buildPlan(data, s, "2026-12-04");
  if (!r.ok) throw new Error(r.issue.code);
  return r.value.plan;
}

const lines = (p: ReturnType<typeof plan>, code: string) => p.months.filter((l) => l.platform === code);
const of = (p: ReturnType<typeof plan>, code: string) => p.platforms.find((x) => x.platform === code)!;

describe("a platform that sells on its own traffic (Vipshop, JD self-operated: advertising false in the costs data)", () => {
  it("is read from the business model, not the platform's name", () => {
    const model = data.costs.businessModels[data.costs.platforms.VIPSHOP!.model]!;
    expect(model.advertising).toBe(false);
    expect(
      Object.entries(data.costs.platforms)
        .filter(([, p]) => !data.costs.businessModels[p.model]!.advertising)
        .map(([code]) => code),
    ).toEqual(["VIPSHOP", "JD_SELF"]);
  });

  describe("an established knitwear brand selling ¥800k a month on Tmall and ¥300k on Vipshop today", () => {
    // Two platforms: the stores it runs (JD self-operated, the other supply account, would also sell on its own traffic).
    const p = plan({ ...established({ 天猫: 800_000, 唯品会: 300_000 }), company: { ...established({ 天猫: 800_000, 唯品会: 300_000 }).company, maxPlatforms: 2 } });

    it("gives Vipshop no budget share and no ad ratio: the whole budget goes to Tmall", () => {
      expect(p.entered).toEqual(["TMALL", "VIPSHOP"]);
      expect(of(p, "VIPSHOP")).toMatchObject({ budgetWeight: 0, adRatio: 0, yearOneAdSpend: 0 });
      expect(of(p, "VIPSHOP").averageOrder.ads).toBe(0);
      expect(of(p, "TMALL").budgetWeight).toBe(1);
      // Its fit weight in the 80/20 split is the share of the target it sells without ads.
      expect(of(p, "VIPSHOP").targetShare).toBeCloseTo(0.2, 9);
    });

    it("spends nothing on Vipshop in any month, and sells what it sells there today (seasonalised), to an order", () => {
      const today = 300_000;
      const sales = lines(p, "VIPSHOP");
      expect(sales).toHaveLength(24);
      const price = of(p, "VIPSHOP").averageOrder.price;
      const weights = s0().company.seasonality ?? data.model.seasonality.weights;
      const sum = weights.reduce((a, b) => a + b, 0);
      for (const l of sales) {
        expect(l).toMatchObject({ ads: 0, paidVisitors: 0 });
        const current = (12 * today * weights[(l.month - 1) % 12]!) / sum;
        expect(Math.abs(l.sales - current)).toBeLessThanOrEqual(price / 2 + 0.01);
      }
      const yearTwo = sales.filter((l) => l.month > 12).reduce((a, l) => a + l.sales, 0);
      expect(Math.abs(yearTwo - 12 * today)).toBeLessThan(12 * price);
    });

    it("never spends more than the budget, all of it on Tmall", () => {
      for (const t of p.totals) expect(t.ads).toBeLessThanOrEqual(BUDGET);
      for (const l of lines(p, "TMALL")) expect(l.ads).toBe(p.totals.find((t) => t.month === l.month)!.ads);
    });
  });

  describe("the same brand (Tmall ¥1m a month) opening Vipshop", () => {
    // Vipshop is opened only if its run rate (its share of the growth, as the months plan it) covers its fixed costs:
    // at a ¥30m target (¥1.5m a month of growth, ¥300k for Vipshop) it does not, at ¥42m it does.
    const p = plan(established({ 天猫: 1_000_000 }, ["唯品会"], 42_000_000));

    it("opens it in month 1 with no ad spend; its own-traffic sales ramp over the organic ramp to its share of the target's growth over Tmall's sales today", () => {
      expect(of(p, "VIPSHOP").verdict).toMatchObject({ kind: "enter_now", openMonth: 1 });
      expect(of(p, "VIPSHOP").budgetWeight).toBe(0);
      const vip = lines(p, "VIPSHOP");
      expect(vip.every((l) => l.ads === 0)).toBe(true);
      const ramp = data.planning.demandRamp.organic.values;
      const targets = p.monthTargets;
      const share = of(p, "VIPSHOP").targetShare;
      const price = of(p, "VIPSHOP").averageOrder.price;
      const weights = p.monthTargets.map((t) => t / 42_000_000);
      for (const l of vip) {
        // The ¥42m target asks ¥30m a year over the ¥12m Tmall sells today (seasonalised like the targets).
        const tmallToday = 12 * 1_000_000 * weights[(l.month - 1) % 12]!;
        const expected = (targets[(l.month - 1) % 12]! - tmallToday) * share * ramp[Math.min(l.month, ramp.length) - 1]!;
        expect(Math.abs(l.sales - expected)).toBeLessThanOrEqual(price / 2 + 0.01);
      }
      expect(vip[0]!.sales).toBeLessThan(vip[11]!.sales);
    });
  });
});

const s0 = () => established({ 天猫: 800_000, 唯品会: 300_000 });
