import { DetailedCellError } from "hyperformula";
import { workbook } from "../support/hyperformulaHarness";

/*
 * A worked example an operator would build: one dress, ¥199, cost ¥60, shipping ¥8,
 * ads at 20% of sales (a = 0.2), 30% returns, ¥6 of team and rent per order, on three platforms.
 *
 * Tmall apparel:  d = 5% + 0.6% + 0.5% points = 6.1%
 *   199 × 0.939 = 186.861; − 60 = 126.861; × 0.7 = 88.8027; − 8 − 39.8 − 6 = 35.0027 before the cost stack
 * Pinduoduo apparel: d = 0 + 0.6%
 *   199 × 0.994 = 197.806; − 60 = 137.806; × 0.7 = 96.4642; − 53.8 = 42.6642 before the cost stack
 * Douyin apparel: d = 5% + 0.6% = 5.6%, and no points
 *   199 × 0.944 = 187.856; − 60 = 127.856; × 0.7 = 89.4992; − 53.8 = 35.6992 before the cost stack
 * Then the cost stack (src/data/costs.json) on the kept sales 0.7 × 199 = 139.30, the same on all three: fulfilment
 * 2.50, return shipping 0.3 × ¥10 + 运费险 ¥1.20 (apparel) = 4.20, instalment fees 2% × 2.3% × 139.30 = 0.064078,
 * on the ¥199 sale seeding 2% = 3.98, and on the kept goods 0.7 × 60 = 42 apparel's stock loss 5% = 2.10 (season-end
 * clearance and write-downs);
 * Tmall:     affiliates 8% × 15% × 139.30 = 1.6716, promotions 8% = 11.144  → stack 25.659678 → 35.0027 − 25.6597 = 9.3430 → ¥9.34
 * Pinduoduo: affiliates 5% × 15% = 1.04475, promotions 10% = 13.93         → stack 27.818828 → 42.6642 − 27.8188 = 14.8454 → ¥14.85
 * Douyin:    affiliates 35% × 20% = 9.751, promotions 6% = 8.358          → stack 30.953078 → 35.6992 − 30.9531 = 4.7461 → ¥4.75
 * Then VAT, a general taxpayer's by default (13% output and on goods, 6% on platform services): output VAT on what the
 * buyer paid (199 − refunds 59.70 − promotions) × 13/113, less input VAT on the kept goods 42 × 13/113 =
 * 4.831858 and on services (deductions 139.30 × d + ads 39.80) × 6/106:
 * Tmall:     (199 − 59.70 − 11.144) = 128.156 × 13/113 = 14.743610; services 8.4973 + 39.80 = 48.2973 × 6/106 = 2.733809
 *            VAT 14.743610 − 4.831858 − 2.733809 = 7.177943 → 9.343022 − 7.177943 = 2.165079 → ¥2.17
 * Pinduoduo: 125.370 × 13/113 = 14.423097; services 0.8358 + 39.80 = 40.6358 × 6/106 = 2.300140
 *            VAT 7.291099 → 14.845372 − 7.291099 = 7.554273 → ¥7.55
 * Douyin:    130.942 × 13/113 = 15.064124; services 7.8008 + 39.80 = 47.6008 × 6/106 = 2.694385
 *            VAT 7.537881 → 4.746122 − 7.537881 = −2.791759 → −¥2.79 with no ad-driven sales (paidShare 0)
 * Douyin at its own paid share, 50% (costs.json, the formulas' default, as the plan's): half the sale, 99.50, came from
 * 千川 ads, which pay 0.6% instead of the 5% commission on their kept 70%: platform fees 0.006 × 99.50 − 0.05 × 0.7 ×
 * 99.50 = 0.597 − 3.4825 = −2.8855; input VAT on platform services falls by 2.8855 × 6/106 = 0.163330:
 *            −2.791759 + 2.8855 − 0.163330 = −0.069589 → −¥0.07; all of it ad-driven (paidShare 1): −2.791759 + 2 × 2.722170 = 2.652581 → ¥2.65
 * Break-even on Tmall with ¥30,000 fixed a month: contribution = 2.165079 + 6 = 8.165079 → ¥8.17; 30,000 ÷ 8.17 = 3,671.97 → 3,672 orders
 * A small-scale taxpayer (1% of what the buyer paid, no input credit) on Tmall: 128.156 × 1/101 = 1.268871 →
 * 9.343022 − 1.268871 = 8.074151 → ¥8.07.
 */
const sheet = [
  ["Platform", "Price", "Cost", "Shipping", "Ad ratio", "Returns", "Fixed/order", "Profit", "Margin", "Break-even", "Fees"],
  [
    "天猫",
    199,
    60,
    8,
    0.2,
    0.3,
    6,
    '=CHANNEL.NETPROFIT(A2,"服装",B2,C2,D2,E2,F2,G2)',
    '=CHANNEL.NETMARGIN(A2,"服装",B2,C2,D2,E2,F2,G2)',
    '=CHANNEL.BREAKEVEN(A2,"服装",B2,C2,30000,D2,E2,F2)',
    '=CHANNEL.FEES(A2,"服装")',
  ],
  [
    "拼多多",
    199,
    60,
    8,
    0.2,
    0.3,
    6,
    '=CHANNEL.NETPROFIT(A3,"服装",B3,C3,D3,E3,F3,G3)',
    '=CHANNEL.NETMARGIN(A3,"服装",B3,C3,D3,E3,F3,G3)',
    '=CHANNEL.BREAKEVEN(A3,"服装",B3,C3,30000,D3,E3,F3)',
    '=CHANNEL.FEES(A3,"服装")',
  ],
  [
    "抖音",
    199,
    60,
    8,
    0.2,
    0.3,
    6,
    '=CHANNEL.NETPROFIT(A4,"服装",B4,C4,D4,E4,F4,G4)',
    '=CHANNEL.NETMARGIN(A4,"服装",B4,C4,D4,E4,F4,G4)',
    '=CHANNEL.BREAKEVEN(A4,"服装",B4,C4,30000,D4,E4,F4)',
    '=CHANNEL.FEES(A4,"服装")',
  ],
  ["Best profit", null, null, null, null, null, null, "=MAX(H2:H4)", null, null, null],
  [
    "天猫",
    199,
    60,
    8,
    0.2,
    0.3,
    6,
    '=CHANNEL.NETPROFIT(A6,"服装",B6,C6,D6,E6,F6,G6,"小规模纳税人")',
    '=CHANNEL.NETPROFIT(A6,"服装",B6,C6,D6,E6,F6,G6,"small-scale")',
    '=CHANNEL.NETPROFIT(A6,"服装",B6,C6,D6,E6,F6,G6,"general")',
    '=CHANNEL.NETPROFIT(A6,"服装",B6,C6,D6,E6,F6,G6,"增值")',
  ],
  [
    "抖音",
    199,
    60,
    8,
    0.2,
    0.3,
    6,
    '=CHANNEL.NETPROFIT(A7,"服装",B7,C7,D7,E7,F7,G7,"general",0)',
    '=CHANNEL.NETPROFIT(A7,"服装",B7,C7,D7,E7,F7,G7,,1)',
    '=CHANNEL.NETPROFIT(A7,"服装",B7,C7,D7,E7,F7,G7,"general",0.5)',
    '=CHANNEL.NETPROFIT(A7,"服装",B7,C7,D7,E7,F7,G7,"general",1.5)',
  ],
];

describe("the worked dress example, evaluated as formulas", () => {
  const wb = workbook(sheet);

  it("nets ¥2.17 on Tmall, ¥7.55 on Pinduoduo and −¥0.07 on Douyin per order after VAT", () => {
    expect([wb.value("H2"), wb.value("H3"), wb.value("H4")]).toEqual([2.17, 7.55, -0.07]);
  });

  it("takes Douyin's ad-driven share as its last argument: −¥2.79 at none, ¥2.65 at all, Douyin's own 50% by default", () => {
    expect([wb.value("H7"), wb.value("I7"), wb.value("J7")]).toEqual([-2.79, 2.65, -0.07]);
    const bad = wb.value("K7");
    expect(bad).toBeInstanceOf(DetailedCellError);
    expect((bad as DetailedCellError).message).toMatch(/^paidShare: 1\.5 is out of range; use from 0 to 1/);
  });

  it("computes margins from the unrounded profit", () => {
    expect(wb.value("I2")).toBeCloseTo(2.165079 / 199, 6);
    expect(wb.value("I3")).toBeCloseTo(7.554273 / 199, 6);
  });

  it("needs 3,672 Tmall orders a month to cover ¥30,000", () => {
    expect(wb.value("J2")).toBe(3672);
  });

  it("takes the VAT regime in the scenario's words, general by default, and names a bad one", () => {
    expect([wb.value("H6"), wb.value("I6"), wb.value("J6")]).toEqual([8.07, 8.07, 2.17]);
    const bad = wb.value("K6");
    expect(bad).toBeInstanceOf(DetailedCellError);
    expect((bad as DetailedCellError).message).toMatch(/^vatRegime: "增值" is not recognised\..*Accepted: .*general/);
  });

  it("shows the fee rates used", () => {
    expect(wb.value("K2")).toBeCloseTo(0.061, 12);
    expect(wb.value("K3")).toBeCloseTo(0.006, 12);
    expect(wb.value("K4")).toBeCloseTo(0.056, 12);
  });

  it("feeds native Excel functions like any number", () => {
    expect(wb.value("H5")).toBe(7.55);
  });
});
