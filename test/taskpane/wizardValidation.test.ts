import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { computePlan } from "../../src/taskpane/wizard/computePlan";
import { defaultDraft, type Draft } from "../../src/taskpane/wizard/wizardDraft";
import { englishLeak } from "../support/englishLeak";

const data = defaultReferenceData();
const today = new Date("2026-11-22T08:00:00Z");

function outcome(change: (d: Draft) => void, lang: "zh" | "en") {
  const draft = defaultDraft();
  change(draft);
  return computePlan(data, draft, lang, today);
}

describe("wizard validation speaks the user's language and names the field they saw", () => {
  it.each([
    ["a price of 1e400 (Infinity)", (d: Draft) => (d.products[0]!.price = Infinity), "售价(¥)", "Price (¥)", 0],
    ["an emptied price (NaN)", (d: Draft) => (d.products[0]!.price = NaN), "售价(¥)", "Price (¥)", 0],
    ["a price of 0.001, below one fen", (d: Draft) => (d.products[0]!.price = 0.001), "售价(¥)", "Price (¥)", 0],
    ["a negative unit cost", (d: Draft) => (d.products[0]!.unitCost = -1), "货品成本(¥)", "Unit cost (¥)", 0],
    ["a fractional order count", (d: Draft) => (d.products[0]!.monthlyOrders = 2.5), "预计月订单量", "Expected orders a month", 0],
    ["a negative annual target", (d: Draft) => (d.company.annualTarget = -1), "年度销售目标(¥)", "Annual sales target (¥)", 1],
    ["an emptied rent", (d: Draft) => (d.company.rentPerMonth = NaN), "每月房租(¥)", "Rent per month (¥)", 1],
    ["negative sales on a store run today", (d: Draft) => (d.company.existingStores = { TMALL: -1 }), "你现在在哪些平台销售?", "Where do you sell today?", 1],
    [
      "a commission of 5 (500%)",
      (d: Draft) => (d.overrides = [{ platform: "TMALL", field: "commission", category: "APPAREL", value: 5 }]),
      "协商费率(可选) 1 · 数值",
      "Negotiated rates (optional) 1 · Value",
      1,
    ],
  ])("%s", (_what, change, zhLabel, enLabel, step) => {
    const zh = outcome(change, "zh");
    const en = outcome(change, "en");
    if (zh.ok || en.ok) throw new Error("expected a problem");
    expect(zh.message.startsWith(`${zhLabel}: `)).toBe(true);
    expect(englishLeak(zh.message)).toBeUndefined();
    expect(zh.message).not.toMatch(/Invalid input|expected number|company\.|products\./);
    expect(en.message.startsWith(`${enLabel}: `)).toBe(true);
    expect(en.message).not.toMatch(/Invalid input|Too small|Too big|avgOrderValue/);
    expect([zh.step, en.step]).toEqual([step, step]);
  });
});

describe("wizard: where the brand sells today", () => {
  it("plans a store it runs as 'selling there now', never 'enter now'", () => {
    for (const lang of ["zh", "en"] as const) {
      const r = outcome((d) => {
        d.company.brandStage = "established";
        d.company.currentAnnualSales = 6_000_000;
        d.company.existingStores = { TMALL: 500_000 };
      }, lang);
      if (!r.ok) throw new Error(r.message);
      const tmall = r.plan.plan.platforms.find((p) => p.platform === "TMALL")!;
      expect(tmall.verdict.kind).toBe("existing");
      expect(r.plan.plan.months.find((l) => l.platform === "TMALL" && l.month === 1)).toMatchObject({ launchCosts: 0, deposit: 0 });
    }
  });
});
