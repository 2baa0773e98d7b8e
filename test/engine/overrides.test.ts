import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { applyOverrides, deductions, orderEconomics, typicalReturnRate } from "../../src/engine";
import { describeIssue } from "../../src/messages";

import { bareCostData } from "../support/costData";

const card = defaultReferenceData().rateCard;
const bare = bareCostData(defaultReferenceData());

describe("applyOverrides", () => {
  it("puts a negotiated commission ahead of the built-in card, marked as the user's", () => {
    const r = applyOverrides(card, [{ platform: "天猫", field: "佣金", category: "服装", value: 0.03, note: "2026 annual contract" }], "2026-11-22");
    if (!r.ok) throw new Error(describeIssue(r.issue));
    expect(r.value.platforms.TMALL!.commission.APPAREL).toEqual({ value: 0.03, source: "user override", asOf: "2026-11-22", note: "2026 annual contract" });
    expect(deductions(r.value, "TMALL", "APPAREL").total).toBeCloseTo(0.041, 12);
    // 200 × (1 − 0.041) − 60 = 131.8 instead of 127.8 with the built-in 5%
    expect(orderEconomics({ ...bare, rateCard: r.value }, "TMALL", "APPAREL", { price: 200, unitCost: 60 })).toMatchObject({ ok: true, value: { profit: 131.8 } });
  });

  it("leaves the input card untouched", () => {
    const before = JSON.stringify(card);
    applyOverrides(card, [{ platform: "JD", field: "paymentFee", value: 0.004 }], "2026-11-22");
    expect(JSON.stringify(card)).toBe(before);
  });

  it("overrides a platform's return-rate multiple (退货率倍数): Douyin food (2% on the shelf) at 3 keeps 0.98³ of its sales", () => {
    const r = applyOverrides(card, [{ platform: "抖音", field: "退货率倍数", value: 3 }], "2026-11-22");
    if (!r.ok) throw new Error(describeIssue(r.issue));
    expect(r.value.platforms.DOUYIN!.returnRateMultiple).toMatchObject({ value: 3, source: "user override" });
    expect(typicalReturnRate(r.value, "DOUYIN", "FOOD")).toBeCloseTo(1 - 0.98 ** 3, 12);
    expect(typicalReturnRate(card, "DOUYIN", "FOOD")).toBeCloseTo(1 - 0.98 ** 1.9, 12);
    expect(applyOverrides(card, [{ platform: "DOUYIN", field: "returnRateMultiple", value: 6 }], "2026-11-22").ok).toBe(false);
  });

  it("overrides ROI and per-order fees", () => {
    const r = applyOverrides(
      card,
      [
        { platform: "PDD", field: "adRoiHigh", value: 8 },
        { platform: "PDD", field: "perOrderFee", value: 1 },
      ],
      "2026-11-22",
    );
    expect(r).toMatchObject({ ok: true, value: { platforms: { PDD: { adRoi: { high: { value: 8 } }, perOrderFee: { value: 1 } } } } });
  });

  it.each([
    [{ platform: "Tmal", field: "commission", category: "APPAREL", value: 0.03 }, "overrides[0].platform"],
    [{ platform: "TMALL", field: "commision", category: "APPAREL", value: 0.03 }, "overrides[0].field"],
    [{ platform: "TMALL", field: "commission", value: 0.03 }, "overrides[0].category"],
    [{ platform: "TMALL", field: "commission", category: "APPAREL", value: 5 }, "overrides[0].value"],
    [{ platform: "TMALL", field: "adRoiLow", value: 50 }, "overrides[0].value"],
    [{ platform: "TMALL", field: "adRoiHigh", value: 0.5 }, "overrides[0].value"],
  ])("rejects %j naming %s", (override, field) => {
    expect(applyOverrides(card, [override as never], "2026-11-22")).toMatchObject({ ok: false, issue: { field } });
  });
});
