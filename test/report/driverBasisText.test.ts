import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { fitDriverBasis, fitScore, parseProduct, type ProductInput } from "../../src/engine";
import { describeIssue } from "../../src/messages";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/scenario/buildPlan";
import { driverBasisDetail, driverBasisLabel } from "../../src/report/driverBasisText";
import { planJson } from "../../src/report/planJson";
import { explainFit, reasonBasis, reasonWithKind, reasonWithLabel } from "../../src/report/reasonText";
import { scenarioSchema } from "../../src/scenario/scenario";

const data = defaultReferenceData();

function product(input: ProductInput) {
  const r = parseProduct(data.rateCard, input);
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
}

describe("the views put each fit reason's basis in words from the catalogue and the data", () => {
  it("a sourced driver gives the source's title, address and date (Kuaishou's tier-3-and-below share, QuestMobile)", () => {
    const basis = fitDriverBasis(data, "KUAISHOU", product({ category: "食品", price: 30, cityTier: 3 }), "cityTier")!;
    const source = data.profiles.sources.PR01!;
    expect(driverBasisLabel(data, basis, "en")).toBe(`Sourced: ${source.title}, 2025-12`);
    expect(driverBasisDetail(data, basis, "zh")).toBe(`有来源: ${source.title} (${source.publisher}), ${source.url}, 2025-12`);
  });

  it("a stale source is marked stale (Xiaohongshu's 65% women, December 2024)", () => {
    const basis = fitDriverBasis(data, "XIAOHONGSHU", product({ category: "美妆", price: 150, gender: "female" }), "gender")!;
    expect(driverBasisLabel(data, basis, "en")).toMatch(/^Older source: QuestMobile 2024年新媒体生态盘点, 2024-12-25$/);
  });

  it("an estimate gives its reasoning, once for the bands that share it, in the reader's language", () => {
    const age = fitDriverBasis(data, "DOUYIN", product({ category: "服装", price: 99, ageBand: "18-30" }), "age")!;
    expect([driverBasisLabel(data, age, "en"), driverBasisLabel(data, age, "zh")]).toEqual(["Estimate", "估算"]);
    expect(driverBasisDetail(data, age, "en")).toMatch(/^18-24, 25-30: Estimate: Douyin's 2023 figures give 18–24 35%/);
    const category = fitDriverBasis(data, "WECHAT", product({ category: "食品", price: 99 }), "category")!;
    expect(driverBasisDetail(data, category, "en")).toMatch(/^Estimate: Assumed: WeChat Channels makes about [\d.]+% of online food sales .*; Estimate: WeChat Channels' 2024 GMV/);
    expect(driverBasisDetail(data, category, "zh")).toMatch(/^估算: 假设:视频号约占线上食品销售额的[\d.]+%.*; 估算: 视频号2024年GMV/);
    const pets = fitDriverBasis(data, "TMALL", product({ category: "宠物", price: 99 }), "category")!;
    expect(driverBasisDetail(data, pets, "en")).toMatch(/^Sourced: 中国\(南和\)宠物食品系列指数.*2025-10-29; Older source: 2024年1-2月电商平台数据跟踪/);
    const appliances = fitDriverBasis(data, "DOUYIN", product({ category: "家电", price: 399 }), "category")!;
    expect(driverBasisDetail(data, appliances, "zh")).toContain("头豹研究院");
  });

  it("a range across sourced and estimated bands is partly sourced", () => {
    const basis = fitDriverBasis(data, "KUAISHOU", product({ category: "食品", price: 30, cityTier: "1-3" }), "cityTier")!;
    expect(driverBasisLabel(data, basis, "zh")).toMatch(/^部分有来源: QuestMobile 2025年新媒体生态盘点/);
    expect(driverBasisDetail(data, basis, "en")).toMatch(/^1, 2: Estimate: .*; 3: Sourced: /);
  });

  it("=CHANNEL.EXPLAIN and the Comparison's reason mark each reason with its label; the basis in full is kept apart", () => {
    const fit = fitScore(data, "XIAOHONGSHU", product({ category: "美妆", price: 150, ageBand: "25-30", gender: "female", cityTier: 1 }));
    const category = fit.reasons.find((r) => r.factor === "category")!;
    expect(reasonWithLabel(data, category, "en")).toBe("Xiaohongshu is strong in beauty (Estimate)");
    expect(reasonWithKind(data, category, "en")).toBe("Xiaohongshu is strong in beauty (Estimate)");
    expect(reasonBasis(data, category, "en")).toMatch(/^Estimate: Assumed: Xiaohongshu makes about [\d.]+% of online beauty sales/);
    expect(explainFit(data, fit, "en")).toContain("Xiaohongshu is strong in beauty (Estimate)");
  });

  it("the JSON and the workbook's Comparison sheet give the top reason's basis in full, the same in both; the printed reason only its label", () => {
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
    const basisColumn = table.columns.findIndex((c) => c.screenOnly);
    // The basis is the last column, for the screen only: the print area ends before it.
    expect(basisColumn).toBe(table.columns.length - 1);
    const rows = [...table.rows];
    let withBasis = 0;
    fits.forEach((x, i) => {
      const top = x.fit.reasons[0];
      const detail = top?.basis ? driverBasisDetail(data, top.basis, "en") : null;
      expect(json[i]!.topReasonBasis).toBe(detail);
      expect(rows[i]![basisColumn]).toBe(detail);
      expect(rows[i]![reasonColumn]).toBe(top ? reasonWithKind(data, top, "en") : "");
      // Printed: the reason and the kind of its basis, no title, address or reasoning.
      expect(String(rows[i]![reasonColumn])).not.toMatch(/https?:|\[|\]|Assumed/);
      if (top?.basis) withBasis++;
    });
    expect(withBasis).toBeGreaterThan(0);
  });
});
