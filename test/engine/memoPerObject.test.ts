import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { memoPerObject } from "../../src/engine/core/memoPerObject";
import { applyOverrides, deductionTotal, fitFactors, parseProduct, scoreFit, typicalReturnRate } from "../../src/engine";
import { describeIssue } from "../../src/messages";

describe("memoPerObject", () => {
  it("derives once per object and keeps each object's value apart, however calls alternate", () => {
    const derived: string[] = [];
    const nameOf = memoPerObject((o: { name: string }) => {
      derived.push(o.name);
      return o.name.toUpperCase();
    });
    const a = { name: "a" };
    const b = { name: "b" };
    expect([nameOf(a), nameOf(a), nameOf(b), nameOf(a), nameOf(b)]).toEqual(["A", "A", "B", "A", "B"]);
    expect(derived).toEqual(["a", "b"]);
  });

  it("gives a rate card with negotiated rates its own tables, and the built-in card keeps its own", () => {
    const data = defaultReferenceData();
    const before = deductionTotal(data.rateCard, "TMALL", "APPAREL");
    const negotiated = applyOverrides(data.rateCard, [{ platform: "TMALL", field: "commission", category: "APPAREL", value: 0.01 }], "2026-11-22");
    if (!negotiated.ok) throw new Error(describeIssue(negotiated.issue));
    // Built-in 5% commission + 0.6% payment + 0.5% points = 0.061; with 1% commission: 0.021.
    expect(before).toBeCloseTo(0.061, 12);
    expect(deductionTotal(negotiated.value, "TMALL", "APPAREL")).toBeCloseTo(0.021, 12);
    expect(deductionTotal(data.rateCard, "TMALL", "APPAREL")).toBe(before);

    const product = parseProduct(data.rateCard, { category: "APPAREL", price: 100, unitCost: 20 });
    if (!product.ok) throw new Error(describeIssue(product.issue));
    const withNegotiated = { ...data, rateCard: negotiated.value };
    const marginFactor = (d: typeof data) => fitFactors(d, "TMALL", product.value).find((f) => f.factor === "margin")!.value;
    // Four points less commission leave (1 − q) × 0.04 more of the price per order.
    const q = typicalReturnRate(data.rateCard, "TMALL", "APPAREL");
    const span = data.model.marginFeasibility.goodMargin - data.model.marginFeasibility.poorMargin;
    expect(marginFactor(withNegotiated) - marginFactor(data)).toBeCloseTo(((1 - q) * 0.04) / span, 12);
    expect(scoreFit(withNegotiated, "TMALL", product.value)).toBeGreaterThan(scoreFit(data, "TMALL", product.value));
  });
});
