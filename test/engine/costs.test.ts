import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { formulaCalculator as F, numberCalculator as N } from "../../src/engine/calc";
import { businessModelOf, cashLine, costFigure, costLines, costRates, orderEconomics, peakCashMonth, peakCashNeed, type CostLineRates, type CostVolumes } from "../../src/engine";

const data = defaultReferenceData();

/** Evaluates formulas over a row of inputs in HyperFormula, inputs in A1, B1, … */
function evaluate(inputs: readonly number[], formulas: readonly string[]): unknown[] {
  const hf = HyperFormula.buildFromArray([[...inputs, ...formulas.map((f) => `=${f}`)]], { licenseKey: "gpl-v3" });
  const values = formulas.map((_, i) => hf.getCellValue({ sheet: 0, row: 0, col: inputs.length + i }));
  hf.destroy();
  return values;
}
const cell = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`) + "1";

const rates: CostLineRates<number> = {
  affiliateRate: 0.2,
  seedingShare: 0.03,
  promotionShare: 0.08,
  fulfilmentPerOrder: 2.5,
  returnShippingPerReturn: 10,
  shippingInsurancePerOrder: 1.2,
  installationPerOrder: 0,
  stockLossShare: 0.05,
  instalmentRate: 0.02 * 0.023,
  perOrderFee: 0,
  paidSalesFeeRate: 0.006,
  commissionWaivedRate: 0,
  launchCost: 80000,
};

describe("costLines", () => {
  it("works a month of 1,000 orders at ¥200 by hand", () => {
    // 30% returned: returns ¥60,000, kept ¥140,000 (700 kept orders at unit cost ¥60: goods ¥42,000); affiliates brought
    // ¥70,000, ads ¥100,000; the store opens this month.
    const v: CostVolumes<number> = { sales: 200000, returns: 60000, orders: 1000, returnedOrders: 300, paidSales: 100000, affiliateSales: 70000, opening: 1, goods: 42000 };
    expect(costLines(N, v, rates)).toEqual({
      affiliateCommission: 9800, // 70,000 × 0.7 kept × 20%
      seeding: 6000, // 200,000 × 3%
      promotions: 11200, // 140,000 × 8%
      fulfilment: 2500, // 1,000 × ¥2.5
      returnShipping: 4200, // 300 × ¥10 + 1,000 × ¥1.2 运费险
      installation: 0,
      stockLoss: 2100, // ¥42,000 goods of kept orders × 5%
      paymentFees: 64.4, // 140,000 × 2% × 2.3%
      platformFees: 600, // 100,000 ad-driven × 0.6%
      launchCosts: 80000,
    });
  });

  it("writes every line as a formula HyperFormula evaluates to the engine's number", () => {
    const amount = fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => Math.round(x * 100) / 100);
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(amount, share, share, share, fc.integer({ min: 0, max: 20000 }), fc.constantFrom(0, 1), amount, (sales, returnShare, paid, aff, orders, opening, goods) => {
        const v = {
          sales,
          returns: N.fen(sales * returnShare),
          orders,
          returnedOrders: orders * returnShare,
          paidSales: sales * paid,
          affiliateSales: sales * aff,
          opening,
          goods,
        };
        const inputs = [...Object.values(v), ...Object.values(rates)];
        const keys = [...Object.keys(v), ...Object.keys(rates)];
        const at = (k: string) => cell(keys.indexOf(k));
        const fv = Object.fromEntries(Object.keys(v).map((k) => [k, at(k)])) as unknown as CostVolumes<string>;
        const fr = Object.fromEntries(Object.keys(rates).map((k) => [k, at(k)])) as unknown as CostLineRates<string>;
        const numbers = costLines(N, v, rates);
        const formulas = costLines(F, fv, fr);
        expect(evaluate(inputs, Object.values(formulas))).toEqual(Object.values(numbers));
      }),
      { numRuns: 40 },
    );
  });
});

describe("cashLine", () => {
  it("takes the deposit, stock and settlement out of the month's profit", () => {
    // Profit ¥10,000; deposit ¥50,000 paid; goods rise from 0 to ¥40,000 at 2 months' cover (¥80,000 of stock);
    // payout rises from 0 to ¥120,000, settled after 15 days (half a month: ¥60,000 not yet in).
    const x = {
      profit: 10000,
      depositPaid: 50000,
      depositReturned: 0,
      goods: 40000,
      previousGoods: 0,
      payout: 120000,
      previousPayout: 0,
      inventoryCoverMonths: 2,
      settlementDays: 15,
      previousCumulativeCash: 0,
    };
    expect(cashLine(N, x)).toEqual({ inventoryChange: 80000, receivablesChange: 60000, cashFlow: -180000, cumulativeCash: -180000 });
    const f = cashLine(F, Object.fromEntries(Object.keys(x).map((k, i) => [k, cell(i)])) as never);
    expect(evaluate(Object.values(x), Object.values(f) as string[])).toEqual([80000, 60000, -180000, -180000]);
  });

  it("gives the peak cash need", () => {
    expect(peakCashNeed([-100, -250.5, -30, 20, -5, 10])).toBe(250.5);
    expect(peakCashNeed([5, 10])).toBe(0);
    const months = (cash: number[]) => cash.map((cumulativeCash, i) => ({ month: i + 1, cumulativeCash }));
    expect(peakCashMonth(months([-100, -250.5, -30, 20, -250.5, 10]))).toBe(2);
    expect(peakCashMonth(months([5, 10]))).toBeNull();
  });
});

describe("the cost data", () => {
  it("resolves platform × category, then platform, then category, then the defaults", () => {
    expect(costRates(data.costs, "DOUYIN", "BEAUTY").affiliateShare).toBe(data.costs.platforms.DOUYIN!.costs.affiliateShare!.value);
    expect(costRates(data.costs, "TMALL", "APPLIANCES").installationPerUnit).toBe(data.costs.byCategory.APPLIANCES!.installationPerUnit!.value);
    expect(costFigure(data.costs, "JD", "PETS", "fulfilmentPerOrder")).toBe(data.costs.defaults.fulfilmentPerOrder);
  });

  it("reads a platform's business model from data: a wholesale platform keeps a discount, not the rate card's commission", () => {
    const wholesale = Object.keys(data.costs.platforms).filter((p) => businessModelOf(data.costs, p).deductions === "wholesaleDiscount");
    expect(wholesale.length).toBeGreaterThan(0);
    for (const p of wholesale) {
      expect(businessModelOf(data.costs, p).advertising).toBe(false);
      const r = orderEconomics(data, p, "APPAREL", { price: 100, unitCost: 30 });
      if (!r.ok) throw new Error(r.issue.code);
      expect(r.value.deductionRate).toBe(costRates(data.costs, p, "APPAREL").wholesaleDiscount);
      expect(r.value.deductions).toEqual([]);
    }
  });

  it("charges installation only on products above the threshold", () => {
    const cheap = orderEconomics(data, "JD", "APPLIANCES", { price: 299, unitCost: 150 });
    const large = orderEconomics(data, "JD", "APPLIANCES", { price: 3999, unitCost: 2400 });
    expect(cheap.ok && cheap.value.installation).toBe(0);
    expect(large.ok && large.value.installation).toBe(costRates(data.costs, "JD", "APPLIANCES").installationPerUnit);
  });
});
