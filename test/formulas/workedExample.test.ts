import { workbook } from "../support/hyperformulaHarness";

/*
 * A worked example an operator would build: one dress, ¥199, cost ¥60, shipping ¥8,
 * ads at ROI 5 (a = 0.2), 30% returns, ¥6 of team and rent per order, on three platforms.
 *
 * Tmall apparel:  d = 5% + 0.6% + 0.5% points = 6.1%
 *   199 × 0.939 = 186.861; − 60 = 126.861; × 0.7 = 88.8027; − 8 − 39.8 − 6 = 35.0027 before the cost stack
 * Pinduoduo apparel: d = 0 + 0.6%
 *   199 × 0.994 = 197.806; − 60 = 137.806; × 0.7 = 96.4642; − 53.8 = 42.6642 before the cost stack
 * Douyin apparel: d = 5% + 0.6% = 5.6%, and no points
 *   199 × 0.944 = 187.856; − 60 = 127.856; × 0.7 = 89.4992; − 53.8 = 35.6992 before the cost stack
 * Then the cost stack (src/data/costs.json) on the kept sales 0.7 × 199 = 139.30, the same on all three: fulfilment
 * 2.50, return shipping 0.3 × ¥10 + 运费险 ¥1.20 (apparel) = 4.20, instalment fees 2% × 2.3% × 139.30 = 0.064078;
 * Tmall:     affiliates 8% × 15% × 139.30 = 1.6716, promotions 8% = 11.144  → stack 19.579678 → 35.0027 − 19.5797 = 15.4230 → ¥15.42
 * Pinduoduo: affiliates 5% × 15% = 1.04475, promotions 10% = 13.93         → stack 21.738828 → 42.6642 − 21.7388 = 20.9254 → ¥20.93
 * Douyin:    affiliates 35% × 20% = 9.751, promotions 6% = 8.358          → stack 24.873078 → 35.6992 − 24.8731 = 10.8261 → ¥10.83
 * Break-even on Tmall with ¥30,000 fixed a month: contribution = 15.4230 + 6 = 21.4230 → ¥21.42; 30,000 ÷ 21.42 = 1,400.6 → 1,401 orders
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

  it("nets ¥15.42 on Tmall, ¥20.93 on Pinduoduo and ¥10.83 on Douyin per order", () => {
    expect([wb.value("H2"), wb.value("H3"), wb.value("H4")]).toEqual([15.42, 20.93, 10.83]);
  });

  it("computes margins from the unrounded profit", () => {
    expect(wb.value("I2")).toBeCloseTo(15.423022 / 199, 9);
    expect(wb.value("I3")).toBeCloseTo(20.925372 / 199, 9);
  });

  it("needs 1,401 Tmall orders a month to cover ¥30,000", () => {
    expect(wb.value("J2")).toBe(1401);
  });

  it("shows the fee rates used", () => {
    expect(wb.value("K2")).toBeCloseTo(0.061, 12);
    expect(wb.value("K3")).toBeCloseTo(0.006, 12);
    expect(wb.value("K4")).toBeCloseTo(0.056, 12);
  });

  it("feeds native Excel functions like any number", () => {
    expect(wb.value("H5")).toBe(20.93);
  });
});
