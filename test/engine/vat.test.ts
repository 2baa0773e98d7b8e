import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import type { ReferenceData } from "../../src/data/referenceData";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { formulaCalculator as F, numberCalculator as N } from "../../src/engine/calc";
import { vatExact } from "../../src/engine/costs/vatPayable";
import { channelPlan, defaultVatRegime, resolveName, VAT_REGIME_NAMES, vatPayable, vatRatesOf, type VatBase, type VatRates } from "../../src/engine";
import { describeIssue } from "../../src/messages";
import { FIXED_LINES, VARIABLE_LINES, type MonthLine } from "../../src/engine/plan/monthLine";
import type { VatRegime } from "../../src/data/schema/costs";
import { company, product, roundNumberData } from "../support/planFixture";

const shipped = defaultReferenceData();
const general: VatRates<number> = { outputRate: 0.13, goodsInputRate: 0.13, servicesInputRate: 0.06 };
const smallScale: VatRates<number> = { outputRate: 0.01, goodsInputRate: 0, servicesInputRate: 0 };

describe("VAT data", () => {
  it("holds the general taxpayer's 13% on goods and 6% on platform services, the small-scale 1%, and the ¥5m threshold", () => {
    expect(vatRatesOf(shipped.costs, "general")).toEqual(general);
    expect(vatRatesOf(shipped.costs, "smallScale")).toEqual(smallScale);
    expect(shipped.costs.vat.smallScaleThreshold.value).toBe(5_000_000);
  });

  it("defaults to general above the small-scale threshold and to small-scale at or below it", () => {
    expect(defaultVatRegime(shipped.costs, 5_000_001)).toBe("general");
    expect(defaultVatRegime(shipped.costs, 5_000_000)).toBe("smallScale");
    expect(defaultVatRegime(shipped.costs, 12_000_000)).toBe("general");
  });
});

describe("vatPayable", () => {
  // Sales 200,000, refunds 40,000, promotions 8,000: buyers paid 152,000 including VAT.
  const month: VatBase<number> = { sales: 200000, returns: 40000, promotions: 8000, discounts: 0, goods: 64000, services: 29600 };

  it("works a general taxpayer's month by hand", () => {
    // Output 152,000 × 13 ÷ 113 = 17,486.7257; input on goods 64,000 × 13 ÷ 113 = 7,362.8319;
    // input on services (deductions 9,600 + ads 20,000) 29,600 × 6 ÷ 106 = 1,675.4717.
    // 17,486.7257 − 7,362.8319 − 1,675.4717 = 8,448.4221 → ¥8,448.42.
    expect(vatPayable(N, month, general)).toBe(8448.42);
  });

  it("works a small-scale taxpayer's month by hand: 1% inside what buyers paid, no input credit", () => {
    // 152,000 × 1 ÷ 101 = 1,504.9505 → ¥1,504.95.
    expect(vatPayable(N, month, smallScale)).toBe(1504.95);
  });

  it("takes a wholesale platform's discount off the output base at the goods rate, not as a 6% service", () => {
    // Sold at retail 10,000 less a 40% wholesale discount: output 6,000 × 13 ÷ 113 = 690.2655; goods 3,000 × 13 ÷ 113 =
    // 345.1327; no services. 690.2655 − 345.1327 = 345.1327 → ¥345.13.
    expect(vatPayable(N, { sales: 10000, returns: 0, promotions: 0, discounts: 4000, goods: 3000, services: 0 }, general)).toBe(345.13);
  });

  it("is negative when input exceeds output: a credit carried forward", () => {
    // Output 10,000 × 13 ÷ 113 = 1,150.4425; goods 9,000 × 13 ÷ 113 = 1,035.3982; services 5,300 × 6 ÷ 106 = 300.
    expect(vatPayable(N, { sales: 10000, returns: 0, promotions: 0, discounts: 0, goods: 9000, services: 5300 }, general)).toBe(-184.96);
  });

  it("writes one formula HyperFormula evaluates to the engine's number", () => {
    const amount = fc.double({ min: 0, max: 1e7, noNaN: true }).map((x) => Math.round(x * 100) / 100);
    const rate = fc.double({ min: 0, max: 0.2, noNaN: true });
    fc.assert(
      fc.property(amount, amount, amount, amount, amount, amount, rate, rate, rate, (sales, returns, promotions, discounts, goods, services, o, g, s) => {
        const inputs = [sales, returns, promotions, discounts, goods, services, o, g, s];
        const ref = (i: number) => `${String.fromCharCode(65 + i)}1`;
        const formula = vatPayable(
          F,
          { sales: ref(0), returns: ref(1), promotions: ref(2), discounts: ref(3), goods: ref(4), services: ref(5) },
          { outputRate: ref(6), goodsInputRate: ref(7), servicesInputRate: ref(8) },
        );
        const hf = HyperFormula.buildFromArray([[...inputs, `=${formula}`]], { licenseKey: "gpl-v3" });
        const value = hf.getCellValue({ sheet: 0, row: 0, col: inputs.length });
        hf.destroy();
        const base = { sales, returns, promotions, discounts, goods, services };
        const rates = { outputRate: o, goodsInputRate: g, servicesInputRate: s };
        const engine = vatPayable(N, base, rates);
        // On an exact half fen stored as x.xx4999… the engine's ROUND (Excel's) rounds away from zero, HyperFormula's not: one fen apart.
        const cents = Math.abs(vatExact(N, base, rates)) * 100;
        if (Math.abs(cents - Math.floor(cents) - 0.5) < 1e-6) expect(Math.abs((value as number) - engine)).toBeLessThanOrEqual(0.0100001);
        else expect(value).toBeCloseTo(engine, 6);
      }),
      { numRuns: 200 },
    );
  });
});

/** The hand-worked new store's fixture (test/engine/newStoreByHand.test.ts) with the shipped VAT rates back in. */
function newStoreWithVat(): ReferenceData {
  const base = roundNumberData();
  const costs = structuredClone(base.costs);
  Object.assign(costs.platforms.TMALL!.costs, {
    affiliateShare: { value: 0.1, estimate: "test fixture" },
    affiliateRate: { value: 0.2, estimate: "test fixture" },
    seedingShare: { value: 0.02, estimate: "test fixture" },
    promotionShare: { value: 0.05, estimate: "test fixture" },
    fulfilmentPerOrder: { value: 2, estimate: "test fixture" },
    returnShippingPerReturn: { value: 10, estimate: "test fixture" },
    shippingInsurancePerOrder: { value: 0.5, estimate: "test fixture" },
    launchCost: { value: 10000, estimate: "test fixture" },
    settlementDays: { value: 30, estimate: "test fixture" },
    inventoryCoverMonths: { value: 1, estimate: "test fixture" },
  });
  costs.vat = shipped.costs.vat;
  const card = structuredClone(base.rateCard);
  card.platforms.TMALL!.deposit = { value: 20000, estimate: "test fixture" };
  const planning = structuredClone(base.planning);
  planning.horizonMonths = 24;
  planning.demandRamp = {
    roi: { values: [0.5, 0.75, 1], estimate: "test fixture" },
    spend: { values: [0.6, 0.8, 1], estimate: "test fixture" },
    organic: { values: [0, 0.5, 1], estimate: "test fixture" },
  };
  return { ...base, rateCard: card, costs, planning };
}

describe("the hand-worked new store with VAT", () => {
  const data = newStoreWithVat();
  const planFor = (vatRegime: VatRegime) => channelPlan(data, { company: company({ platforms: ["TMALL"], maxPlatforms: 1, vatRegime }), products: [product(data)] });
  const at = (lines: readonly MonthLine[], m: number) => lines.find((l) => l.platform === "TMALL" && l.month === m)!;

  it("general taxpayer, month 1: VAT ¥470.41 comes off the contribution, the profit and the cash", () => {
    // Sales 24,000, refunds 4,800, promotions 960: buyers paid 18,240 → output 18,240 × 13 ÷ 113 = 2,098.4071.
    // Goods 7,680 × 13 ÷ 113 = 883.5398; services: deductions 1,152 + ads 12,000 = 13,152 × 6 ÷ 106 = 744.4528.
    // VAT 2,098.4071 − 883.5398 − 744.4528 = 470.4145 → 470.41. Without VAT: contribution −5,736,
    // profit −27,736, cash flow −72,504 (newStoreByHand): each falls by 470.41.
    const m1 = at(planFor("general").months, 1);
    expect(m1).toMatchObject({ vat: 470.41, contribution: -6206.41, profit: -28206.41, cashFlow: -72974.41 });
  });

  it("general taxpayer, a mature month: VAT ¥8,448.42 on ¥200,000 of sales (4.2%), profit 18,200 → 9,751.58", () => {
    // Buyers paid 200,000 − 40,000 − 8,000 = 152,000; goods 64,000; services 9,600 + 20,000 = 29,600 (see vatPayable above).
    const p = planFor("general");
    for (const m of [4, 12, 24]) expect(at(p.months, m)).toMatchObject({ sales: 200000, vat: 8448.42, contribution: 23751.58, profit: 9751.58 });
    // Per order: 8,448.42 ÷ 2,000 orders; the average order's contribution carries it too.
    expect(p.platforms.find((x) => x.platform === "TMALL")!.averageOrder.vat).toBeCloseTo(4.22421, 5);
  });

  it("small-scale taxpayer, a mature month: 152,000 × 1 ÷ 101 = ¥1,504.95, profit 16,695.05", () => {
    const p = planFor("smallScale");
    expect(at(p.months, 12)).toMatchObject({ vat: 1504.95, profit: 16695.05 });
  });

  it("keeps the profit identity with the VAT line, per platform and in total", () => {
    const p = planFor("general");
    const fen = (x: number) => Math.round(x * 100);
    for (const l of [...p.months, ...p.totals]) {
      expect(fen(l.contribution)).toBe(fen(l.sales) - VARIABLE_LINES.reduce((s, k) => s + fen(l[k]), 0));
      expect(fen(l.profit)).toBe(fen(l.contribution) - FIXED_LINES.reduce((s, k) => s + fen(l[k]), 0));
    }
    expect(VARIABLE_LINES).toContain("vat");
    expect(fen(p.totals.reduce((s, t) => s + t.vat, 0))).toBe(p.months.reduce((s, l) => s + fen(l.vat), 0));
  });
});

describe("the VAT regime in a scenario", () => {
  const resolve = (value: unknown) => resolveName(VAT_REGIME_NAMES, "company.vatRegime", value);
  it.each([
    ["一般纳税人", "general"],
    ["一般", "general"],
    ["general", "general"],
    ["小规模纳税人", "smallScale"],
    ["小规模", "smallScale"],
    ["small-scale", "smallScale"],
  ])("reads %j as %s", (input, code) => {
    expect(resolve(input)).toEqual({ ok: true, value: code });
  });

  it("refuses another word in both languages, naming the field and the accepted values", () => {
    const r = resolve("个体户");
    if (r.ok) throw new Error("accepted 个体户");
    expect(describeIssue(r.issue, "zh")).toContain("company.vatRegime");
    expect(describeIssue(r.issue, "zh")).toContain("个体户");
    expect(describeIssue(r.issue, "en")).toMatch(/company\.vatRegime.*not recognised.*general, smallScale/);
  });
});
