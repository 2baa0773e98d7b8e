import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { numberCalculator as N } from "../../src/engine/calc";
import { vatPayable, vatTaxableSales, type VatBase, type VatRates } from "../../src/engine/costs/vatPayable";
import { vatExemptSalesOf } from "../../src/engine/costs/vatRegime";
import { emptyLine, FIXED_LINES, VARIABLE_LINES, type MonthLine } from "../../src/engine/plan/monthLine";
import { settleMonthVat, type CompanyVatMonth } from "../../src/engine/plan/monthVat";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";

const general: VatRates<number> = { outputRate: 0.13, goodsInputRate: 0.13, servicesInputRate: 0.06 };
const smallScale: VatRates<number> = { outputRate: 0.01, goodsInputRate: 0, servicesInputRate: 0 };

/** A platform's month with its own VAT figures, as platformMonth gives them. */
function platform(name: string, month: number, x: { paid: number; goods: number; services: number }, rates: VatRates<number>): MonthLine {
  const base: VatBase<number> = { sales: x.paid, returns: 0, promotions: 0, discounts: 0, goods: x.goods, services: x.services };
  return { ...emptyLine(month, name), vatBeforeCredit: vatPayable(N, base, rates), vatTaxableSales: vatTaxableSales(N, base, rates) };
}

/** Settles months in order, each carrying the credit of the one before. */
function settle(months: MonthLine[][], exemptUpTo: number): CompanyVatMonth[] {
  const out: CompanyVatMonth[] = [];
  months.forEach((lines, i) => out.push(settleMonthVat(lines, i + 1, out.at(-1)?.creditCarried ?? 0, exemptUpTo)));
  return out;
}

describe("the company's VAT, a general taxpayer with two stores, worked by hand (13% on goods, 6% on platform services)", () => {
  // Month 1, Tmall launches alone with ¥212,000 of ads: buyers pay 113,000 → output 13,000; goods 56,500 → input 6,500;
  //   ads 212,000 → input 12,000. Tmall: 13,000 − 6,500 − 12,000 = −5,500: a credit; the company pays 0, carries 5,500.
  // Month 2, JD launches: Tmall 113,000 / 56,500 / ads 106,000 → 13,000 − 6,500 − 6,000 = 500;
  //   JD 56,500 / 28,250 / 53,000 → 6,500 − 3,250 − 3,000 = 250. Company 750 against 5,500: pays 0, carries 4,750.
  // Month 3: Tmall 226,000 / 113,000 / 106,000 → 26,000 − 13,000 − 6,000 = 7,000;
  //   JD spends 159,000 on 113,000 of sales (56,500 goods) → 13,000 − 6,500 − 9,000 = −2,500.
  //   Company 4,500 against 4,750: pays 0, carries 250.
  // Month 4: Tmall 7,000 as in month 3; JD 113,000 / 56,500 / 53,000 → 13,000 − 6,500 − 3,000 = 3,500.
  //   Company 10,500 − 250 = 10,250 paid, carries 0. Shared by positive VAT 7,000 : 3,500: 1,025,000 fen × 2/3 =
  //   683,333.33, × 1/3 = 341,666.67; the fen left over goes to the larger remainder (JD): Tmall 6,833.33, JD 3,416.67.
  // Before, each platform-month's VAT was its own, and month 1 showed −5,500 as income.
  const months = [
    [platform("TMALL", 1, { paid: 113000, goods: 56500, services: 212000 }, general)],
    [platform("TMALL", 2, { paid: 113000, goods: 56500, services: 106000 }, general), platform("JD", 2, { paid: 56500, goods: 28250, services: 53000 }, general)],
    [platform("TMALL", 3, { paid: 226000, goods: 113000, services: 106000 }, general), platform("JD", 3, { paid: 113000, goods: 56500, services: 159000 }, general)],
    [platform("TMALL", 4, { paid: 226000, goods: 113000, services: 106000 }, general), platform("JD", 4, { paid: 113000, goods: 56500, services: 53000 }, general)],
  ];
  const company = settle(months, 0);

  it("gives each platform its own VAT before credits", () => {
    expect(months.map((m) => m.map((l) => l.vatBeforeCredit))).toEqual([[-5500], [500, 250], [7000, -2500], [7000, 3500]]);
  });

  it("carries the launch month's credit forward and pays only once it is used up", () => {
    expect(company.map(({ beforeCredit, paid, creditCarried }) => ({ beforeCredit, paid, creditCarried }))).toEqual([
      { beforeCredit: -5500, paid: 0, creditCarried: 5500 },
      { beforeCredit: 750, paid: 0, creditCarried: 4750 },
      { beforeCredit: 4500, paid: 0, creditCarried: 250 },
      { beforeCredit: 10500, paid: 10250, creditCarried: 0 },
    ]);
  });

  it("puts the paid VAT on the platforms with positive VAT, to the fen, and never a negative VAT line", () => {
    expect(months.map((m) => m.map((l) => l.vat))).toEqual([[0], [0, 0], [0, 0], [6833.33, 3416.67]]);
    // Over the four months the company pays what it owed net: −5,500 + 750 + 4,500 + 10,500 = 10,250.
    expect(company.reduce((s, m) => s + m.paid, 0)).toBe(10250);
  });
});

describe("the small-scale exemption: taxable sales of the whole company at most ¥100,000 in a month owe no VAT", () => {
  const exempt = vatExemptSalesOf(defaultReferenceData().costs, "smallScale");

  it("reads ¥100,000 for a small-scale taxpayer and 0 (no exemption) for a general one", () => {
    expect(exempt).toBe(100000);
    expect(vatExemptSalesOf(defaultReferenceData().costs, "general")).toBe(0);
  });

  it("owes nothing at ¥100,000 and 1% on all of it just above", () => {
    // Buyers pay 60,600 on Tmall and 40,400 on JD: 101,000 ÷ 1.01 = 100,000 of taxable sales, at the threshold: exempt.
    const at = settle([[platform("TMALL", 1, { paid: 60600, goods: 0, services: 0 }, smallScale), platform("JD", 1, { paid: 40400, goods: 0, services: 0 }, smallScale)]], exempt);
    expect(at[0]).toMatchObject({ taxableSales: 100000, beforeCredit: 0, paid: 0, creditCarried: 0 });
    // Buyers pay 60,610 and 40,400: taxable 60,009.90 + 40,000 = 100,009.90 > 100,000, so 1% is due on all of it:
    // 60,610 × 1 ÷ 101 = 600.099 → 600.10, 40,400 ÷ 101 = 400: 1,000.10 paid, each store its own.
    const lines = [platform("TMALL", 1, { paid: 60610, goods: 0, services: 0 }, smallScale), platform("JD", 1, { paid: 40400, goods: 0, services: 0 }, smallScale)];
    const above = settle([lines], exempt);
    expect(above[0]).toMatchObject({ taxableSales: 100009.9, beforeCredit: 1000.1, paid: 1000.1, creditCarried: 0 });
    expect(lines.map((l) => l.vat)).toEqual([600.1, 400]);
  });

  it("judges the threshold on the company, not the store: two stores each under ¥100,000 pay when together above it", () => {
    // 70,700 ÷ 1.01 = 70,000 twice: 140,000 of taxable sales, 700 + 700 = 1,400 VAT.
    const both = settle(
      [[platform("TMALL", 1, { paid: 70700, goods: 0, services: 0 }, smallScale), platform("JD", 1, { paid: 70700, goods: 0, services: 0 }, smallScale)]],
      exempt,
    );
    expect(both[0]).toMatchObject({ taxableSales: 140000, paid: 1400 });
  });
});

describe("the company's VAT in a plan", () => {
  const data = defaultReferenceData();
  const sample = (): Scenario => scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));
  const planOf = (edit: (s: Scenario) => void) => {
    const s = sample();
    edit(s);
    const r = buildPlan(data, s, "2026-11-22");
    if (!r.ok) throw new Error(r.issue.code);
    return r.value.plan;
  };
  const fen = (x: number) => Math.round(x * 100);

  it.each([
    // A ¥100m target with ¥1.5m a month of ads: Tmall's launch month buys at a low ROI, its input VAT exceeds its output.
    // (At ¥60m and ¥800,000, since apparel's stock loss is charged, the plan opens on JD, whose first month pays VAT.)
    ["a launch month in credit", (s: Scenario) => Object.assign(s.company, { annualTarget: 100_000_000, monthlyAdBudget: 1_500_000 })],
    ["a small-scale taxpayer below the threshold for months", (s: Scenario) => Object.assign(s.company, { vatRegime: "小规模", monthlyAdBudget: 80_000 })],
    [
      "two stores the brand runs and a new one",
      (s: Scenario) =>
        Object.assign(s.company, { brandStage: "established", currentAnnualSales: 13_200_000, existingStores: { 天猫: 800_000, 唯品会: 300_000 }, annualTarget: 30_000_000 }),
    ],
  ])("%s: the VAT paid is never negative, the credit runs month to month, platforms add up to the company, profit identity holds", (_name, edit) => {
    const plan = planOf(edit);
    let credit = 0;
    for (const t of plan.totals) {
      const lines = plan.months.filter((l) => l.month === t.month);
      expect(t.vat).toBeGreaterThanOrEqual(0);
      expect(lines.every((l) => l.vat >= 0)).toBe(true);
      expect(fen(t.vat)).toBe(Math.max(0, fen(t.vatBeforeCredit) - fen(credit)));
      expect(fen(t.vatCreditCarried!)).toBe(Math.max(0, fen(credit) - fen(t.vatBeforeCredit)));
      expect(lines.reduce((s, l) => s + fen(l.vat), 0)).toBe(fen(t.vat));
      credit = t.vatCreditCarried!;
    }
    for (const l of [...plan.months, ...plan.totals]) {
      expect(fen(l.contribution)).toBe(fen(l.sales) - VARIABLE_LINES.reduce((s, k) => s + fen(l[k]), 0));
      expect(fen(l.profit)).toBe(fen(l.contribution) - FIXED_LINES.reduce((s, k) => s + fen(l[k]), 0));
    }
  });

  it("carries the sample's launch credit into month 2 at a ¥100m target", () => {
    const plan = planOf((s) => Object.assign(s.company, { annualTarget: 100_000_000, monthlyAdBudget: 1_500_000 }));
    const [m1, m2] = plan.totals;
    expect(m1!.vatBeforeCredit).toBeLessThan(0);
    expect(m1).toMatchObject({ vat: 0, vatCreditCarried: -m1!.vatBeforeCredit });
    expect(fen(m2!.vat)).toBe(fen(m2!.vatBeforeCredit) - fen(m1!.vatCreditCarried!));
  });

  it("exempts a small-scale company's months at or below ¥100,000 of taxable sales and charges 1% above", () => {
    const plan = planOf((s) => Object.assign(s.company, { vatRegime: "小规模", monthlyAdBudget: 80_000 }));
    const below = plan.totals.filter((t) => t.sales > 0 && t.vatTaxableSales <= 100000);
    const above = plan.totals.filter((t) => t.vatTaxableSales > 100000);
    expect(below.length).toBeGreaterThan(0);
    expect(above.length).toBeGreaterThan(0);
    expect(below.every((t) => t.vat === 0)).toBe(true);
    for (const t of above) expect(Math.abs(t.vat - t.vatTaxableSales * 0.01)).toBeLessThan(0.01 * plan.months.filter((l) => l.month === t.month).length);
  });
});
