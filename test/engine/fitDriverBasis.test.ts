import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/report/buildPlan";
import { planJson } from "../../src/report/planJson";
import { scenarioSchema } from "../../src/report/scenario";
import { describeIssue, explainFit, fitDriverBasis, fitScore, parseProduct, reasonWithBasis, type ProductInput } from "../../src/engine";

const data = defaultReferenceData();

function product(input: ProductInput) {
  const r = parseProduct(data.rateCard, input);
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
}

describe("each fit reason names where its driver comes from", () => {
  it("a sourced driver gives the source's title, address and date (Kuaishou's tier-3-and-below share, QuestMobile)", () => {
    const basis = fitDriverBasis(data, "KUAISHOU", product({ category: "食品", price: 30, cityTier: 3 }), "cityTier")!;
    const source = data.profiles.sources.PR01!;
    expect(basis.kind).toBe("sourced");
    expect(basis.label.en).toBe(`Sourced: ${source.title}, 2025-12`);
    expect(basis.detail.zh).toBe(`有来源: ${source.title} (${source.publisher}), ${source.url}, 2025-12`);
  });

  it("a stale source is marked stale (Xiaohongshu's 65% women, October 2024)", () => {
    const basis = fitDriverBasis(data, "XIAOHONGSHU", product({ category: "美妆", price: 150, gender: "female" }), "gender")!;
    expect(basis.kind).toBe("stale");
    expect(basis.label.en).toMatch(/^Stale source: QuestMobile 2024年新媒体生态盘点, 2024-12-25$/);
  });

  it("an estimate gives its reasoning, once for the bands that share it", () => {
    const age = fitDriverBasis(data, "DOUYIN", product({ category: "服装", price: 99, ageBand: "18-30" }), "age")!;
    expect(age.kind).toBe("estimate");
    expect(age.label).toEqual({ en: "Estimate", zh: "估算" });
    expect(age.detail.en).toMatch(/^18-24, 25-30: Estimate: Douyin's 2023 figures give 18–24 35%/);
    const category = fitDriverBasis(data, "TMALL", product({ category: "宠物", price: 99 }), "category")!;
    expect(category.detail.en).toContain("Tmall held 42.7% of online pet-food retail in 2024");
    expect(category.detail.zh).toMatch(/^估算: 我们对天猫在宠物类目实力的0–1判断.*2024年天猫占线上宠物食品零售的42\.7%/);
  });

  it("every estimated fit driver gives its reasoning in Chinese too", () => {
    for (const p of Object.values(data.profiles.platforms)) {
      const estimates = [...Object.values(p.audience.ageShare), p.audience.femaleShare, ...Object.values(p.audience.cityTierShare), ...Object.values(p.categoryStrength)].filter(
        (f) => "estimate" in f,
      );
      for (const f of estimates) expect(f).toMatchObject({ estimateZh: expect.stringMatching(/[\u4e00-\u9fff]/) });
    }
  });

  it("a range across sourced and estimated bands is partly sourced", () => {
    const basis = fitDriverBasis(data, "KUAISHOU", product({ category: "食品", price: 30, cityTier: "1-3" }), "cityTier")!;
    expect(basis.kind).toBe("mixed");
    expect(basis.label.zh).toMatch(/^部分有来源: QuestMobile 2025年新媒体生态盘点/);
    expect(basis.detail.en).toMatch(/^1, 2: Estimate: .*; 3: Sourced: /);
  });

  it("factors read from the rate card or the model carry no profile basis", () => {
    const p = product({ category: "服装", price: 99, brandStatus: "registered", contentCapacity: "high" });
    for (const factor of ["margin", "brand", "content"] as const) expect(fitDriverBasis(data, "TMALL", p, factor)).toBeUndefined();
  });

  it("fitScore's reasons carry the basis, and =CHANNEL.EXPLAIN marks each reason with its label", () => {
    const fit = fitScore(data, "XIAOHONGSHU", product({ category: "美妆", price: 150, ageBand: "25-30", gender: "female", cityTier: 1 }));
    const category = fit.reasons.find((r) => r.factor === "category")!;
    expect(category.basis?.kind).toBe("estimate");
    expect(reasonWithBasis(category, "en")).toMatch(/^Xiaohongshu is strong in beauty \[Estimate: Our 0–1 judgement/);
    expect(explainFit(data, fit, "en")).toContain("Xiaohongshu is strong in beauty (Estimate)");
  });

  it("the JSON and the workbook's Comparison sheet give the top reason with its basis, the same in both", () => {
    const scenario = scenarioSchema.parse({
      brand: "Basis",
      company: { annualTarget: 3_000_000, monthlyAdBudget: 40_000 },
      products: [{ sku: "A", name: "A", category: "猫砂", price: 59, unitCost: 20, monthlyOrders: 500, gender: "female", cityTier: "3" }],
    });
    const plan = buildPlan(data, scenario, "2026-12-01");
    if (!plan.ok) throw new Error(plan.issue.code);
    const fits = plan.value.plan.products[0]!.platforms;
    const json = planJson(plan.value, "en", new Date("2026-12-01T00:00:00Z")).products[0]!.platforms;
    const table = bossWorkbook(scenario, plan.value, "en", new Date("2026-12-01T00:00:00Z"))
      .sheets.flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === "table" && b.table.name === "Comparison" ? [b.table] : []))[0]!;
    const reasonColumn = table.columns.findIndex((c) => c.header === "Top reason");
    let withBasis = 0;
    fits.forEach((x, i) => {
      const top = x.fit.reasons[0];
      expect(json[i]!.topReasonBasis).toBe(top?.basis?.detail.en ?? null);
      expect(table.rows[i]![reasonColumn]).toBe(top ? reasonWithBasis(top, "en") : "");
      if (top?.basis) withBasis++;
    });
    expect(withBasis).toBeGreaterThan(0);
  });
});
