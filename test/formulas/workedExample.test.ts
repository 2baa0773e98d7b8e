import { workbook } from "../support/hyperformulaHarness";

/*
 * A worked example an operator would build: one dress, ¥199, cost ¥60, shipping ¥8,
 * ads at ROI 5 (a = 0.2), 30% returns, ¥6 of team and rent per order, on three platforms.
 *
 * Tmall apparel:  d = 5% + 0.6% + 0.5% points = 6.1%
 *   199 × 0.939 = 186.861; − 60 = 126.861; × 0.7 = 88.8027; − 8 − 39.8 − 6 = 35.0027 → ¥35.00
 * Pinduoduo apparel: d = 0 + 0.6%
 *   199 × 0.994 = 197.806; − 60 = 137.806; × 0.7 = 96.4642; − 53.8 = 42.6642 → ¥42.66
 * Douyin apparel: d = 5% + 0.6% = 5.6%, and no points
 *   199 × 0.944 = 187.856; − 60 = 127.856; × 0.7 = 89.4992; − 53.8 = 35.6992 → ¥35.70
 * Break-even on Tmall with ¥30,000 fixed a month: contribution = 35.0027 + 6 = 41.0027 → ¥41.00; 30,000 ÷ 41.00 = 731.7 → 732 orders
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

  it("nets ¥35.00 on Tmall, ¥42.66 on Pinduoduo and ¥35.70 on Douyin per order", () => {
    expect([wb.value("H2"), wb.value("H3"), wb.value("H4")]).toEqual([35, 42.66, 35.7]);
  });

  it("computes margins from the unrounded profit", () => {
    expect(wb.value("I2")).toBeCloseTo(35.0027 / 199, 9);
    expect(wb.value("I3")).toBeCloseTo(42.6642 / 199, 9);
  });

  it("needs 732 Tmall orders a month to cover ¥30,000", () => {
    expect(wb.value("J2")).toBe(732);
  });

  it("shows the fee rates used", () => {
    expect(wb.value("K2")).toBeCloseTo(0.061, 12);
    expect(wb.value("K3")).toBeCloseTo(0.006, 12);
    expect(wb.value("K4")).toBeCloseTo(0.056, 12);
  });

  it("feeds native Excel functions like any number", () => {
    expect(wb.value("H5")).toBe(42.66);
  });
});
