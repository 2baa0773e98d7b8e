import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { describeIssue } from "../../src/messages";
import { issueFromZod } from "../../src/scenario/zodIssues";
import { SCENARIO_LIMITS, scenarioSchema } from "../../src/scenario/scenario";
import { rateCardOverrides } from "../../src/scenario/rateCardOverrides";
import { computePlan } from "../../src/taskpane/wizard/computePlan";
import { defaultDraft, type Draft } from "../../src/taskpane/wizard/wizardDraft";
import { englishLeak, internalCode } from "../support/englishLeak";

const data = defaultReferenceData();
const today = new Date("2026-11-22T08:00:00Z");
const outcome = (change: (d: Draft) => void, lang: "zh" | "en") => {
  const draft = defaultDraft();
  change(draft);
  return computePlan(data, draft, lang, today);
};

describe("wizard and CLI wording: no NaN, no raw field paths, no internal codes in zh (issue 22, 4.10)", () => {
  it("the gate catches what it used to let through", () => {
    for (const leak of ['收到 "NaN"', "company.costPerClick: 超出范围", "TMALL adRoiLow 不能大于 adRoiHigh", "第 2 行: commission: 超出范围"])
      expect(internalCode(leak)).toBeDefined();
    for (const fine of ["品牌: 太长,最多 100 个字符。", "协商费率(可选) 1 · 数值: ROI下限 不能大于 ROI上限。", "广告ROI达到 3.2", "U+FFFE"])
      expect(internalCode(fine)).toBeUndefined();
  });

  it.each([
    ["an emptied cost per click", (d: Draft) => (d.company.costPerClick = Number.NaN)],
    ["a cost per click of -1", (d: Draft) => (d.company.costPerClick = -1)],
    ["current sales of -5", (d: Draft) => (d.company.currentAnnualSales = -5)],
    ["an emptied price", (d: Draft) => (d.products[0]!.price = Number.NaN)],
    [
      "ROI low above high",
      (d: Draft) =>
        (d.overrides = [
          { platform: "TMALL", field: "adRoiLow", value: 9 },
          { platform: "TMALL", field: "adRoiHigh", value: 2 },
        ]),
    ],
  ])("%s", (_what, change) => {
    for (const lang of ["zh", "en"] as const) {
      const o = outcome(change, lang);
      if (o.ok) throw new Error("expected a problem");
      expect(internalCode(o.message)).toBeUndefined();
      if (lang === "zh") expect(englishLeak(o.message)).toBeUndefined();
    }
  });

  it("a rate-card row the workbook edits names its row and item in words", () => {
    const tmall = data.rateCard.platforms.TMALL!;
    const rows = [
      ["天猫", "常见广告ROI下限", "", 90],
      ["天猫", "佣金/技术服务费", "服装", 7],
    ];
    const { problems } = rateCardOverrides(data, rows, "zh", "2026-11-22");
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect([p, internalCode(p)]).toEqual([p, undefined]);
    expect(tmall).toBeDefined();
  });

  it("a NaN from a form is 'required', never 'NaN'", () => {
    const input = { brand: "B", company: { annualTarget: Number.NaN, monthlyAdBudget: 1 }, products: [{ sku: "A", name: "A", category: "服装", price: 1, unitCost: 0 }] };
    const parsed = scenarioSchema.safeParse(input);
    if (parsed.success) throw new Error("expected a problem");
    const issue = issueFromZod(parsed.error.issues[0]!, input, scenarioSchema);
    expect(describeIssue(issue, "en")).not.toContain("NaN");
  });

  it("the brand has one length limit: the wizard's input and the scenario's", () => {
    expect(scenarioSchema.safeParse({ ...base(), brand: "x".repeat(SCENARIO_LIMITS.brand) }).success).toBe(true);
    expect(scenarioSchema.safeParse({ ...base(), brand: "x".repeat(SCENARIO_LIMITS.brand + 1) }).success).toBe(false);
  });
});

const base = () => ({ brand: "B", company: { annualTarget: 1, monthlyAdBudget: 1 }, products: [{ sku: "A", name: "A", category: "服装", price: 1, unitCost: 0 }] });
