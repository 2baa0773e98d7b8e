import { describeAt, loadScenario, ScenarioError } from "../../src/cli/loadScenario";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { buildPlan } from "../../src/scenario/buildPlan";
import { planJson } from "../../src/report/planJson";
import { budgetText, headlineText, verdictReason } from "../../src/report/planText";
import { scenarioSchema } from "../../src/scenario/scenario";
import { scenarioProblems } from "../../src/scenario/scenarioProblems";

const data = defaultReferenceData();
const BUDGET = 600_000;

/**
 * A ¥25m air-fryer brand: Tmall ¥1.5m and JD ¥0.6m a month today, adding Douyin, aiming at ¥50m. Douyin's run rate is
 * its share of the growth (about 10% of ¥24.8m a year). At a ¥150 unit cost it carries its own team but not the
 * company overhead its sales bring, so beside the running stores it would lower the company's profit and the plan does
 * not open it; at ¥110 it opens in month 1, with a slow payback.
 */
const airFryer = (stores: Record<string, number> = { 天猫: 1_500_000, JD: 600_000 }, unitCost = 150) =>
  scenarioSchema.parse({
    brand: "Breezy Kitchen",
    company: {
      annualTarget: 50_000_000,
      monthlyAdBudget: BUDGET,
      brandStage: "established",
      currentAnnualSales: 25_200_000,
      platforms: ["抖音"],
      // One paid share for every platform (an override): at Douyin's own 50% an air fryer there is too small to carry its team.
      paidShare: 0.4,
      existingStores: stores,
    },
    products: [{ sku: "AF-55", name: "5.5L air fryer", category: "小家电", price: 399, unitCost, shipping: 12, monthlyOrders: 5000 }],
  });

function plan(unitCost = 150) {
  const r = buildPlan(data, airFryer(undefined, unitCost), "2026-12-04");
  if (!r.ok) throw new Error(r.issue.code);
  return r.value;
}

describe("an established air-fryer brand (Tmall ¥1.5m + JD ¥0.6m a month) adding Douyin", () => {
  const result = plan();
  const p = result.plan;
  const line = (platform: string, month: number) => p.months.find((l) => l.platform === platform && l.month === month)!;
  const platform = (code: string) => p.platforms.find((x) => x.platform === code)!;

  it("keeps Tmall and JD as the stores it runs, never 'enter now', and turns Douyin away: beside them it would lower the company's profit", () => {
    // The stores it runs first, the biggest first (the 80/20 focus is where it sells most); no new one.
    expect(p.entered).toEqual(["TMALL", "JD"]);
    expect(platform("TMALL").verdict.kind).toBe("existing");
    expect(platform("JD").verdict.kind).toBe("existing");
    // Douyin would net about ¥3k a month at run rate (its share of the growth, ¥208k a month), less than the ¥9.8k of
    // company overhead its kept sales bring: it would cost the company money every month, so it is not opened.
    const fix = platform("DOUYIN").verdict.fix!;
    expect(platform("DOUYIN").verdict).toMatchObject({ kind: "not_profitable", reason: "below_overhead", openMonth: null });
    expect(fix.plannedOrders!).toBeLessThan(fix.breakEvenOrders!);
    expect(fix.overheadPerOrder!).toBeGreaterThan(0);
    expect(p.headline).toMatchObject({ kind: "enter", existing: ["TMALL", "JD"], focus: null });
    for (const lang of ["zh", "en"] as const) {
      const text = headlineText(data, p, lang, result.company);
      expect(text).not.toMatch(/Enter (Tmall|JD)|进入(天猫|京东)|Douyin|抖音/);
    }
  });

  it("month 1: Tmall and JD keep today's sales at the mature ROI and paid share, and buy a little growth on the ramps, with no launch cost, deposit or stock build-up", () => {
    const { seasonality } = result.company;
    const weights = seasonality.reduce((a, b) => a + b, 0);
    for (const [code, monthly] of [
      ["TMALL", 1_500_000],
      ["JD", 600_000],
    ] as const) {
      const l = line(code, 1);
      const { price } = platform(code).averageOrder;
      const roi = platform(code).roi;
      // Today's sales in January kept at ROI × 1 and paid share 0.4: keep = today × 0.4 ÷ ROI of ads. Above it the
      // spend may grow 6% in month 1 (planning.runningGrowth), and the growth buys at 0.45 × ROI, all paid (month 1 ramps).
      const today = (12 * monthly * seasonality[0]!) / weights;
      const keep = (today * 0.4) / roi;
      expect(platform(code).paidShare).toBe(0.4);
      expect(l.ads).toBeCloseTo(keep * 1.06, 1);
      const growthPaid = (l.ads - keep) * roi * 0.45;
      expect(Math.abs(l.sales - (today + growthPaid))).toBeLessThanOrEqual(price / 2 + 0.01);
      expect(l.sales / today).toBeLessThan(1.03);
      expect(l.paidShare).toBeCloseTo((today * 0.4 + growthPaid) / (today + growthPaid), 8);
      expect(l).toMatchObject({ launchCosts: 0, deposit: 0, inventoryChange: 0, receivablesChange: 0 });
      expect(l.paidVisitors).toBeLessThan(l.visitors * 0.42);
    }
  });

  // At a ¥110 unit cost Douyin carries its overhead too and opens beside the running stores.
  const opened = plan(110);
  const openedLine = (platform: string, month: number) => opened.plan.months.find((l) => l.platform === platform && l.month === month)!;

  it("month 1: Douyin, where it opens (unit cost ¥110), opens as a new store, with its launch cost and deposit, all paid traffic", () => {
    expect(opened.plan.entered).toEqual(["TMALL", "JD", "DOUYIN"]);
    expect(opened.plan.platforms.find((x) => x.platform === "DOUYIN")!.verdict).toMatchObject({ kind: "enter_now", openMonth: 1 });
    const l = openedLine("DOUYIN", 1);
    const launch = opened.plan.platforms.find((x) => x.platform === "DOUYIN")!.averageOrder.rates.launchCost;
    expect(launch).toBeGreaterThan(0);
    expect(l.launchCosts).toBe(launch);
    expect(l.deposit).toBe(data.rateCard.platforms.DOUYIN!.deposit.value);
    expect(l.paidVisitors).toBe(l.visitors);
    expect(openedLine("DOUYIN", 2).launchCosts).toBe(0);
  });

  it("speaks of year 1 as growth over the ¥25.2m a year its stores sell today, in zh and en (headline and budget sentence)", () => {
    const p = opened.plan;
    const result = opened;
    const today = 12 * (1_500_000 + 600_000);
    const growth = p.summary.yearOneSales - today;
    const en = headlineText(data, p, "en", result.company);
    expect(en).toContain(`the ¥${today.toLocaleString("en-US")} a year your stores sell today`);
    expect(en).toMatch(growth > 0 ? /Year 1: sales ¥[\d,.]+, up ¥[\d,.]+ \(\+\d/ : /Year 1: sales ¥[\d,.]+, down ¥/);
    expect(en).not.toContain("as stores open one at a time");
    // Its payback is the new store's (Douyin's), not the whole plan's, which the running stores carry from month 1.
    expect(p.summary.paybackMonth).toBe(1);
    const payback = p.summary.newStoresPaybackMonth;
    expect(payback === null || payback > 3).toBe(true);
    expect(en).toContain(payback === null ? "the new stores do not pay back within the plan" : `the new stores pay back in month ${payback}`);
    expect(en).not.toMatch(/pays back in month 1\b/);
    // What the plan adds over keeping today's sales (the stores' growth, bought on the ramps, and Douyin) pays back later.
    const added = p.summary.growthPaybackMonth;
    expect(p.summary.growthAdded).toBe(true);
    expect(added === null || added > 3).toBe(true);
    expect(en).toContain(`what the plan adds over keeping today's sales ${added === null ? "does not pay back within the plan" : `pays back in month ${added}`}`);
    const zh = headlineText(data, p, "zh", result.company);
    expect(zh).toContain(`比现有店铺目前每年的 ¥${today.toLocaleString("en-US")} ${growth > 0 ? "增长" : "减少"}`);
    expect(zh).not.toContain("因平台逐个开店");
    expect(zh).toContain(payback === null ? "新开店铺计划期内未回本" : `新开店铺第${payback}个月回本`);
    expect(zh).toContain(`相对维持现有销售,计划新增的投入${added === null ? "计划期内未回本" : `第${added}个月回本`}`);
    expect(budgetText(data, p, "en")).toContain(`Your stores sell ¥${today.toLocaleString("en-US")} a year today: year 1 is`);
    expect(budgetText(data, p, "zh")).toContain(`现有店铺目前每年销售 ¥${today.toLocaleString("en-US")},第一年比此`);
  });

  it("keeps the new-brand wording for a brand without stores", () => {
    const r = buildPlan(data, { ...airFryer({}), company: { ...airFryer({}).company, brandStage: "new", currentAnnualSales: 0, existingStores: undefined } }, "2026-12-04");
    if (!r.ok) throw new Error(r.issue.code);
    expect(headlineText(data, r.value.plan, "en", r.value.company)).not.toContain("sell today");
    expect(budgetText(data, r.value.plan, "zh")).not.toContain("现有店铺");
  });

  it("never spends more than the monthly budget", () => {
    for (const t of p.totals) expect(t.ads).toBeLessThanOrEqual(BUDGET);
  });

  it("echoes the stores in the JSON with the 'existing' verdict in words", () => {
    const json = planJson(result, "en", new Date("2026-12-04T00:00:00Z"));
    expect(json.inputs.company.existingStores).toEqual({ TMALL: 1_500_000, JD: 600_000 });
    const tmall = json.platforms.find((x) => x.platform === "TMALL")!;
    expect(tmall.verdict).toMatchObject({ kind: "existing", label: "Selling there now" });
    expect(tmall.existing).toMatchObject({ monthlySales: 1_500_000 });
    expect(planJson(result, "zh", new Date()).platforms.find((x) => x.platform === "JD")!.verdict.label).toBe("已在售");
    expect(verdictReason(data, p, platform("TMALL"), "en", 3)).toMatch(/^You sell ¥1,500,000 a month there today/);
  });
});

describe("existingStores refusals, in zh and en", () => {
  const yaml = (stores: string) =>
    `brand: B\ncompany:\n  annualTarget: 1000000\n  monthlyAdBudget: 10000\n  existingStores: {${stores}}\nproducts: [{sku: A, name: A, category: 服装, price: 99, unitCost: 30}]\n`;
  // As the CLI refuses a scenario: the schema (loadScenario), then what a valid schema still gets wrong.
  const refusal = (text: string, lang: "zh" | "en") => {
    try {
      const loaded = loadScenario(text, "s.yaml", lang);
      return scenarioProblems(data, loaded.scenario).map((issue) => describeAt(loaded.locate, issue, lang));
    } catch (error) {
      if (error instanceof ScenarioError) return error.problems;
      throw error;
    }
  };

  it("an unknown platform name, with the nearest one", () => {
    expect(refusal(yaml("天苗: 100000"), "en")).toEqual([
      's.yaml:5: company.existingStores.天苗: "天苗" is not recognised. Did you mean "Tmall (天猫)"? Accepted: Tmall (天猫), Taobao (淘宝), JD.com (京东), Pinduoduo (拼多多), Douyin (抖音), Kuaishou (快手), Xiaohongshu (小红书), WeChat Channels (微信视频号), Vipshop (唯品会), Suning (苏宁易购), Dewu (得物), JD self-operated supply (京东自营).',
    ]);
    expect(refusal(yaml("天苗: 100000"), "zh")).toEqual([
      's.yaml:5: company.existingStores.天苗: 无法识别 "天苗"。你是不是想输入 "Tmall (天猫)"?可用值: Tmall (天猫), Taobao (淘宝), JD.com (京东), Pinduoduo (拼多多), Douyin (抖音), Kuaishou (快手), Xiaohongshu (小红书), WeChat Channels (微信视频号), Vipshop (唯品会), Suning (苏宁易购), Dewu (得物), JD self-operated supply (京东自营)',
    ]);
  });

  it("a negative monthly sales figure", () => {
    expect(refusal(yaml("天猫: -5"), "en")).toEqual(["s.yaml:5: company.existingStores.天猫: -5 is out of range; use from 0 to 10000000000."]);
    expect(refusal(yaml("天猫: -5"), "zh")).toEqual(["s.yaml:5: company.existingStores.天猫: -5 超出范围,应为 0 至 10000000000。"]);
  });

  it("a store that sells nothing today: planned as a new store by leaving it out", () => {
    expect(refusal(yaml("天猫: 0"), "en")).toEqual([
      "s.yaml:5: company.existingStores.天猫: 0 is out of range; use above 0 to 10000000000 (¥ a month a store you run today sells; to plan a platform as a new store, leave it out).",
    ]);
    expect(refusal(yaml("天猫: 0"), "zh")).toEqual([
      "s.yaml:5: company.existingStores.天猫: 0 超出范围,应为 大于 0 至 10000000000 (现有店铺目前每月的销售额,单位元;要把一个平台当作新店规划,请不要把它写在这里)。",
    ]);
  });

  it("the same platform twice, by an alias", () => {
    expect(refusal(yaml("天猫: 5, tmall: 6"), "en")).toEqual([
      's.yaml:5: company.existingStores.tmall: "tmall" is used twice, also at company.existingStores.天猫 (s.yaml:5); each must be unique.',
    ]);
  });
});
