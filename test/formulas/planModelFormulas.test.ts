import { workbook } from "../support/hyperformulaHarness";

describe("the plan model's words in formulas (shipped bundle, HyperFormula)", () => {
  it("gives contribution per order before fixed costs and net profit per order after them", () => {
    const wb = workbook([
      ['=CHANNEL.CONTRIBUTION("天猫","服装",199,60,8,0.2,0.3)', '=CHANNEL.NETPROFIT("天猫","服装",199,60,8,0.2,0.3)', '=CHANNEL.NETPROFIT("天猫","服装",199,60,8,0.2,0.3,6)'],
    ]);
    // Tmall apparel d = 5% + 0.6% + 0.5% points = 6.1%: 0.7 × (199 × 0.939 − 60) − 8 − 39.80 = 41.0027, less the cost
    // stack (affiliates 1.6716, promotions 11.144, instalment 0.0641, fulfilment 2.50, return shipping 4.20 on the
    // kept ¥139.30, seeding 3.98 on the sale, stock loss 5% of the ¥42 kept goods 2.10: 25.6597, see
    // workedExample.test.ts) = 15.343022, less a general taxpayer's VAT 7.177943 (worked in workedExample.test.ts) =
    // 8.165079 → ¥8.17; net of ¥6 fixed: ¥2.17
    expect([wb.value("A1"), wb.value("B1"), wb.value("C1")]).toEqual([8.17, 8.17, 2.17]);
  });

  it("gives the ad ratio the plan uses: paid share ÷ the platform's mid ROI", () => {
    const wb = workbook([['=CHANNEL.ADRATIO("TMALL")', '=CHANNEL.ADRATIO("天猫",0.2)']]);
    // Tmall ROI 2–5, mid 3.5: Tmall's own paid share 35% (costs.json) ÷ 3.5, and the given 0.2 ÷ 3.5
    expect(wb.value("A1")).toBeCloseTo(0.35 / 3.5, 9);
    expect(wb.value("B1")).toBeCloseTo(0.2 / 3.5, 9);
  });

  it("halves a gated platform's fit for a new brand and not for an established one with the sales", () => {
    const wb = workbook([
      [
        '=CHANNEL.FIT("唯品会","服装",199,,,,,,"new")',
        '=CHANNEL.FIT("唯品会","服装",199,,,,,,"成熟品牌",50000000)',
        '=CHANNEL.FIT("唯品会","服装",199)',
        '=CHANNEL.EXPLAIN("唯品会","服装",199,,,,,,"新品牌")',
      ],
    ]);
    const [newBrand, established, unknown] = [wb.value("A1"), wb.value("B1"), wb.value("C1")] as [number, number, number];
    expect(established).toBe(unknown);
    expect(Math.abs(newBrand - unknown * 0.5)).toBeLessThanOrEqual(1);
    expect(String(wb.value("D1"))).toContain("established brands");
  });
});
