import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { fitFactors, fitScore, parseAgeMix, parseProduct, parseTierMix, scoreFit, singleBand, type Product, type ProductInput } from "../../src/engine";
import { describeIssue, fitReasonText } from "../../src/messages";

const data = defaultReferenceData();
const product = (input: ProductInput): Product => {
  const r = parseProduct(data.rateCard, input);
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
};
const weights = (r: ReturnType<typeof parseAgeMix> | ReturnType<typeof parseTierMix>) => {
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return Object.fromEntries((r.value?.parts ?? []).map((p) => [p.key, Math.round(p.weight * 1000) / 1000]));
};

describe("age as a band, an age or any range", () => {
  it.each([
    ["18-24", { "18-24": 1 }],
    ["25-30", { "25-30": 1 }],
    [28, { "25-30": 1 }],
    ["28", { "25-30": 1 }],
    ["２８岁", { "25-30": 1 }],
    ["95后", { "25-30": 1 }],
    // 18–24 is 7 years of 13, 25–30 the other 6.
    ["18-30", { "18-24": 0.538, "25-30": 0.462 }],
    ["18~30岁", { "18-24": 0.538, "25-30": 0.462 }],
    ["１８－３０", { "18-24": 0.538, "25-30": 0.462 }],
    ["18至30", { "18-24": 0.538, "25-30": 0.462 }],
    ["25-40", { "25-30": 0.375, "31-40": 0.625 }],
    // 30+ counts up to 60: one year of 25–30, ten of 31–40, twenty of 41+.
    ["30+", { "25-30": 0.032, "31-40": 0.323, "41+": 0.645 }],
    ["30岁以上", { "25-30": 0.032, "31-40": 0.323, "41+": 0.645 }],
    ["over 30", { "25-30": 0.032, "31-40": 0.323, "41+": 0.645 }],
    ["25岁以下", { "18-24": 0.875, "25-30": 0.125 }],
    ["under 25", { "18-24": 0.875, "25-30": 0.125 }],
    ["26-28", { "25-30": 1 }],
    ["70+", { "41+": 1 }],
  ])("reads %j as %j", (input, expected) => {
    expect(weights(parseAgeMix("ageBand", input))).toEqual(expected);
  });

  it.each(["any", "ALL", "不限", "全部"])("reads %j as no particular age (left out of the score)", (input) => {
    expect(parseAgeMix("ageBand", input)).toEqual({ ok: true, value: undefined });
  });

  it("keeps the user's range as the label, and a band's code for a band", () => {
    expect(parseAgeMix("ageBand", "18-30")).toMatchObject({ ok: true, value: { label: "18-30" } });
    expect(parseAgeMix("ageBand", 28)).toEqual({ ok: true, value: singleBand("25-30") });
  });

  it("rejects nonsense with the accepted forms and a suggestion", () => {
    const r = parseAgeMix("ageBand", "18-2x");
    expect(r).toMatchObject({ ok: false, issue: { code: "unknown_name", field: "ageBand", accepted: expect.arrayContaining(["18-30", "30+", "30岁以上"]) } });
    expect(parseAgeMix("ageBand", "18-244")).toMatchObject({ ok: false, issue: { code: "out_of_range" } });
    expect(parseAgeMix("ageBand", "5-10")).toMatchObject({ ok: false, issue: { code: "out_of_range", min: 18 } });
    expect(parseAgeMix("ageBand", "old")).toMatchObject({ ok: false, issue: { code: "unknown_name" } });
    expect(parseAgeMix("ageBand", "31-4O")).toMatchObject({ ok: false, issue: { suggestion: "31-40" } });
    const zh = parseAgeMix("ageBand", "老年人");
    if (zh.ok) throw new Error("accepted nonsense");
    expect(describeIssue(zh.issue, "zh")).toBe('ageBand: 无法识别 "老年人"。可用值: 18-24, 25-30, 31-40, 41+, 28, 18-30, 30+, 30岁以上, 不限');
  });
});

describe("city tier as a tier, a range or a Chinese phrase", () => {
  it.each([
    [1, { "1": 1 }],
    [4, { "3": 1 }],
    ["新一线", { "1": 1 }],
    ["下沉", { "3": 1 }],
    ["1-2", { "1": 0.5, "2": 0.5 }],
    ["1～2", { "1": 0.5, "2": 0.5 }],
    ["一二线", { "1": 0.5, "2": 0.5 }],
    ["一、二线城市", { "1": 0.5, "2": 0.5 }],
    ["3-5", { "3": 1 }],
    ["三四五线", { "3": 1 }],
    ["2-4", { "2": 0.333, "3": 0.667 }],
    ["一到三线", { "1": 0.333, "2": 0.333, "3": 0.333 }],
    ["二线以上", { "1": 0.5, "2": 0.5 }],
    ["三线及以下", { "3": 1 }],
    ["2+", { "2": 0.25, "3": 0.75 }],
    ["Tier 1-2", { "1": 0.5, "2": 0.5 }],
    ["T2", { "2": 1 }],
  ])("reads %j as %j", (input, expected) => {
    expect(weights(parseTierMix("cityTier", input))).toEqual(expected);
  });

  it.each(["any", "不限", "全国"])("reads %j as no particular tier", (input) => {
    expect(parseTierMix("cityTier", input)).toEqual({ ok: true, value: undefined });
  });

  it("rejects tiers that do not exist and unknown phrases with the accepted forms", () => {
    expect(parseTierMix("cityTier", 7)).toMatchObject({ ok: false, issue: { code: "out_of_range", field: "cityTier" } });
    expect(parseTierMix("cityTier", "1-7")).toMatchObject({ ok: false, issue: { code: "out_of_range" } });
    expect(parseTierMix("cityTier", "县城乡镇")).toMatchObject({ ok: false, issue: { code: "unknown_name", accepted: expect.arrayContaining(["一二线", "1-2"]) } });
  });
});

describe("synonyms and case", () => {
  it.each([
    ["contentCapacity", "strong", "high"],
    ["contentCapacity", "STRONG", "high"],
    ["contentCapacity", "High", "high"],
    ["contentCapacity", "强", "high"],
    ["contentCapacity", "weak", "low"],
    ["contentCapacity", "Low", "low"],
    ["contentCapacity", "弱", "low"],
    ["contentCapacity", "medium", "medium"],
    ["contentCapacity", "中", "medium"],
    ["gender", "any", "all"],
    ["gender", "ALL", "all"],
    ["gender", "不限", "all"],
    ["gender", "Female", "female"],
    ["brandStatus", "Registered", "registered"],
    ["brandStatus", "®", "registered"],
  ])("reads %s %j as %s", (field, input, code) => {
    expect(product({ category: "APPAREL", price: 299, [field]: input })).toMatchObject({ [field]: code });
  });
});

describe("ranges in the fit score", () => {
  const base = { category: "APPAREL", price: 299, gender: "female", brandStatus: "registered", contentCapacity: "strong" };

  it("scores the issue's natural FIT inputs", () => {
    const score = scoreFit(data, "TMALL", product({ ...base, ageBand: "18-30", cityTier: "1-2" }));
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(100);
  });

  it("scores a single band exactly as before, as a range of one band, an age, or the band's own name", () => {
    for (const platform of Object.keys(data.rateCard.platforms)) {
      const band = fitFactors(data, platform, product({ ...base, ageBand: "25-30", cityTier: "2" }));
      expect(fitFactors(data, platform, product({ ...base, ageBand: 27, cityTier: 2 }))).toEqual(band);
      expect(fitFactors(data, platform, product({ ...base, ageBand: "25-30岁", cityTier: "二线" }))).toEqual(band);
    }
  });

  it("weights each band's fit by its overlap with the range", () => {
    for (const platform of Object.keys(data.rateCard.platforms)) {
      const factor = (ageBand: string, cityTier: string) => {
        const f = fitFactors(data, platform, product({ ...base, ageBand, cityTier }));
        return { age: f.find((x) => x.factor === "age")!, tier: f.find((x) => x.factor === "cityTier")! };
      };
      const young = factor("18-24", "1").age.value;
      const older = factor("25-30", "2").age.value;
      const mixed = factor("18-30", "1-2");
      expect(mixed.age.value).toBeCloseTo((7 / 13) * young + (6 / 13) * older, 12);
      expect(mixed.tier.value).toBeCloseTo((factor("18-24", "1").tier.value + factor("18-24", "2").tier.value) / 2, 12);
      // The range's share of buyers is both bands' shares together.
      expect(mixed.age.detail.share).toBeCloseTo(Number(factor("18-24", "1").age.detail.share) + Number(factor("25-30", "1").age.detail.share), 12);
    }
  });

  it("explains a tier range in both languages", () => {
    const fit = fitScore(data, "PDD", product({ category: "FOOD", price: 19.9, cityTier: "3-5" }));
    const fitTop = fitScore(data, "XIAOHONGSHU", product({ category: "BEAUTY", price: 150, cityTier: "一二线" }));
    const reasons = [...fit.reasons, ...fitTop.reasons].filter((r) => r.factor === "cityTier").map((r) => ({ zh: fitReasonText(data, r, "zh"), en: fitReasonText(data, r, "en") }));
    expect(reasons).toContainEqual(expect.objectContaining({ zh: expect.stringContaining("三线及以下城市") }));
    expect(reasons).toContainEqual(expect.objectContaining({ en: expect.stringContaining("tier-1 and tier-2 cities"), zh: expect.stringContaining("一线、二线城市") }));
  });
});
