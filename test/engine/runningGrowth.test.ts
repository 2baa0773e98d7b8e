import fc from "fast-check";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { numberCalculator as N } from "../../src/engine/calc";
import { keepTodaySpend } from "../../src/engine/plan/monthDemand";
import { runningSalesFor, runningSpendCap, runningWantedSpend } from "../../src/engine/plan/runningGrowth";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

const data = defaultReferenceData();
const BUDGET = 600_000;
const TODAY = 12 * (1_000_000 + 500_000);

/** An air-fryer brand selling ¥18m a year on Tmall (¥1m a month) and JD (¥0.5m), aiming at ¥40m with ¥600k a month of ads. */
function plan(existingStores?: Record<string, number>) {
  const scenario = scenarioSchema.parse({
    brand: "Established",
    company: {
      annualTarget: existingStores ? 40_000_000 : 12_000_000,
      monthlyAdBudget: existingStores ? BUDGET : 300_000,
      cityTier: 2,
      configuration: "standard",
      rentPerMonth: 30_000,
      otherFixedPerMonth: 10_000,
      conversionRate: 0.025,
      maxPlatforms: 2,
      ...(existingStores ? { brandStage: "established", currentAnnualSales: TODAY, existingStores } : { brandStage: "new" }),
    },
    products: [{ sku: "AF-55", name: "5.5L air fryer", category: "小家电", price: 399, unitCost: 150, shipping: 12, monthlyOrders: 5000 }],
  });
  const r = buildPlan(data, scenario, "2026-12-04");
  if (!r.ok) throw new Error(r.issue.code);
  return r.value;
}

/*
 * Before growth was bought gradually, this brand's stores jumped in month 1 to what the budget buys: year 1 ¥40.0m
 * (+122% over today), year 2 the same ¥40.0m (flat), and the plan 'paid back in month 1'. Now month 1 is today's
 * ¥1.26m (January) plus a little, year 1 ¥24.4m (+36%), year 2 ¥39.7m, and what the plan adds over today pays back in month 5.
 */
describe("an established brand's running stores grow gradually from where they are", () => {
  const result = plan({ 天猫: 1_000_000, 京东: 500_000 });
  const p = result.plan;
  const { seasonality } = result.company;
  const weights = seasonality.reduce((a, b) => a + b, 0);
  const todayIn = (month: number) => (12 * 1_500_000 * seasonality[(month - 1) % 12]!) / weights;
  const year = (y: number) => p.totals.filter((t) => t.month > 12 * (y - 1) && t.month <= 12 * y).reduce((s, t) => s + t.sales, 0);

  it("month 1 sells today's sales plus a small increment (under 3%)", () => {
    expect(p.totals[0]!.sales).toBeGreaterThan(todayIn(1) - 2 * 399);
    expect(p.totals[0]!.sales / todayIn(1)).toBeLessThan(1.03);
  });

  it("year 1 grows by an amount an operator would sign (+20% to +60%), year 2 keeps growing toward what the budget buys", () => {
    expect(year(1) / TODAY - 1).toBeGreaterThan(0.2);
    expect(year(1) / TODAY - 1).toBeLessThan(0.6);
    expect(year(2)).toBeGreaterThan(year(1) * 1.2);
    expect(year(2)).toBeLessThanOrEqual(40_000_000);
    // Month by month the stores' sales over today's grow (each month's sales ÷ today's in that calendar month).
    const lift = p.totals.map((t) => t.sales / todayIn(t.month));
    for (let m = 1; m < 14; m++) expect(lift[m]!).toBeGreaterThanOrEqual(lift[m - 1]! - 1e-3);
  });

  it("no month spends above the budget, and no store's spend above what keeps today × 1.06^month", () => {
    for (const t of p.totals) expect(t.ads).toBeLessThanOrEqual(BUDGET);
    for (const code of ["TMALL", "JD"]) {
      const x = p.platforms.find((q) => q.platform === code)!;
      for (const l of p.months.filter((q) => q.platform === code)) {
        const keep = keepTodaySpend(N, {
          current: (12 * x.existing!.monthlySales * seasonality[(l.month - 1) % 12]!) / weights,
          roiNow: x.roi,
          paidShareNow: x.paidShare,
          curve: { reference: 2e6, elasticity: 0.85 },
        });
        expect(l.ads).toBeLessThanOrEqual(keep * 1.06 ** l.month + 0.01);
      }
    }
  });

  it("says when what the plan adds over today pays back (not 'month 1'): after the growth bought at the ramps has earned back its early cost", () => {
    expect(p.summary.growthAdded).toBe(true);
    expect(p.summary.growthPaybackMonth).toBeGreaterThan(2);
    expect(p.summary.growthPaybackMonth).toBeLessThanOrEqual(12);
  });

  it("leaves a new brand's plan without a growth payback", () => {
    const fresh = plan().plan;
    expect(fresh.summary).toMatchObject({ growthAdded: false, growthPaybackMonth: null });
  });
});

describe("runningGrowth on the calculator", () => {
  const curve = { reference: 2_000_000, elasticity: 0.85 };
  it("the wanted spend buys today's sales plus the growth asked (its inverse), at any ramp, on both sides of the knee", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e4, max: 3e7, noNaN: true }),
        fc.double({ min: 0, max: 3e7, noNaN: true }),
        fc.double({ min: 1, max: 8, noNaN: true }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        fc.integer({ min: 1, max: 24 }),
        (current, growth, roi, paidShare, month) => {
          const ramps = data.planning.demandRamp;
          const x = { current, roi, paidShare, roiRamp: ramps.roi.values[Math.min(month, 12) - 1]!, organicRamp: ramps.organic.values[Math.min(month, 12) - 1]!, curve };
          const spend = runningWantedSpend(N, { ...x, growth });
          expect(runningSalesFor(N, { ...x, spend }).sales).toBeCloseTo(current + growth, 0);
          // Less than what keeps today shrinks the store at its mature paid share.
          const keep = keepTodaySpend(N, { current, roiNow: roi, paidShareNow: paidShare, curve });
          expect(runningSalesFor(N, { ...x, spend: keep / 2 }).paid / runningSalesFor(N, { ...x, spend: keep / 2 }).sales).toBeCloseTo(paidShare, 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("by hand: ¥50,000 today at ROI 4 and paid share 0.4, month 1 (ROI ramp 0.45, organic 0): 5,300 of ads sell 50,540", () => {
    const x = { current: 50_000, roi: 4, paidShare: 0.4, roiRamp: 0.45, organicRamp: 0, curve };
    // keep = 50,000 × 0.4 ÷ 4 = 5,000; cap = 5,000 × 1.06 = 5,300; the 300 above buy 300 × 4 × 0.45 = 540, all paid.
    expect(runningSpendCap(N, { keep: 5000, spendGrowth: 0.06, month: 1 })).toBeCloseTo(5300, 9);
    const bought = runningSalesFor(N, { ...x, spend: 5300 });
    expect(bought.sales).toBeCloseTo(50_540, 9);
    expect(bought.paid).toBeCloseTo(20_540, 9);
    // The growth of 120,000 asked wants (20,000 + 120,000 × 1 ÷ 0.45) ÷ 4 = 71,666.67 of ads.
    expect(runningWantedSpend(N, { ...x, growth: 120_000 })).toBeCloseTo(71_666.67, 2);
  });
});
