import { messages } from "../../src/messages";
import { yuanText } from "../../src/messages/catalogue";

const atBreakEven = (loss: number) => ({ loss, price: 399, priceChange: 0, unitCost: 150, roi: 3.2 });

describe("zero contribution per order is one case, not a loss of ¥-0 (issue 22, 4.9)", () => {
  it.each([0, -0, -0.3, 0.2])("contribution %p: no '¥-0', and no fix that repeats today's figures", (loss) => {
    const en = messages("en").plan.lossPerOrder(atBreakEven(loss));
    const zh = messages("zh").plan.lossPerOrder(atBreakEven(loss));
    for (const text of [en, zh]) {
      expect(text).not.toMatch(/-0\b|¥399|\+0\.0%|¥150/);
      expect(text).toContain("¥0");
    }
    expect(en).toMatch(/^Earns ¥0 on each order before fixed costs/);
    expect(zh).toMatch(/^扣除固定成本前每单贡献为 ¥0/);
  });

  it("a real loss keeps its amount and its fix", () => {
    expect(messages("en").plan.lossPerOrder(atBreakEven(-12.4))).toBe(
      "Loses ¥12 on every order before fixed costs. It pays with an average price of ¥399 (+0.0%), or a unit cost of ¥150, or an ad ROI of 3.2.",
    );
  });

  it("yuan text never shows a negative zero", () => {
    expect([yuanText(-0), yuanText(-0.4), yuanText(0.4), yuanText(-0.6)]).toEqual(["¥0", "¥0", "¥0", "-¥1"]);
  });
});
