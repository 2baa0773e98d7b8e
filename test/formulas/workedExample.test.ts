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
 * and on the ¥199 sale seeding 2% = 3.98;
 * Tmall:     affiliates 8% × 15% × 139.30 = 1.6716, promotions 8% = 11.144  → stack 23.559678 → 35.0027 − 23.5597 = 11.4430 → ¥11.44
 * Pinduoduo: affiliates 5% × 15% = 1.04475, promotions 10% = 13.93         → stack 25.718828 → 42.6642 − 25.7188 = 16.9454 → ¥16.95
 * Douyin:    affiliates 35% × 20% = 9.751, promotions 6% = 8.358          → stack 28.853078 → 35.6992 − 28.8531 = 6.8461 → ¥6.85
 * Break-even on Tmall with ¥30,000 fixed a month: contribution = 11.4430 + 6 = 17.4430 → ¥17.44; 30,000 ÷ 17.44 = 1,720.2 → 1,721 orders
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
];

describe("the worked dress example, evaluated as formulas", () => {
  const wb = workbook(sheet);

  it("nets ¥11.44 on Tmall, ¥16.95 on Pinduoduo and ¥6.85 on Douyin per order", () => {
    expect([wb.value("H2"), wb.value("H3"), wb.value("H4")]).toEqual([11.44, 16.95, 6.85]);
  });

  it("computes margins from the unrounded profit", () => {
    expect(wb.value("I2")).toBeCloseTo(11.443022 / 199, 9);
    expect(wb.value("I3")).toBeCloseTo(16.945372 / 199, 9);
  });

  it("needs 1,721 Tmall orders a month to cover ¥30,000", () => {
    expect(wb.value("J2")).toBe(1721);
  });

  it("shows the fee rates used", () => {
    expect(wb.value("K2")).toBeCloseTo(0.061, 12);
    expect(wb.value("K3")).toBeCloseTo(0.006, 12);
    expect(wb.value("K4")).toBeCloseTo(0.056, 12);
  });

  it("feeds native Excel functions like any number", () => {
    expect(wb.value("H5")).toBe(16.95);
  });
});
