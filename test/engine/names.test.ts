import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { categoryIndex, platformIndex, resolveName, CITY_TIER_NAMES, BRAND_STATUS_NAMES } from "../../src/engine";
import { describeIssue } from "../../src/messages";

const card = defaultReferenceData().rateCard;

describe("resolveName for platforms", () => {
  it.each([
    ["天猫", "TMALL"],
    ["tmall", "TMALL"],
    ["TMALL", "TMALL"],
    [" Tmall ", "TMALL"],
    ["淘宝", "TAOBAO"],
    ["京东", "JD"],
    ["JD.com", "JD"],
    ["ｊｄ．ｃｏｍ", "JD"],
    ["拼多多", "PDD"],
    ["Pinduoduo", "PDD"],
    ["抖音", "DOUYIN"],
    ["抖店", "DOUYIN"],
    ["快手", "KUAISHOU"],
    ["小红书", "XIAOHONGSHU"],
    ["RedNote", "XIAOHONGSHU"],
    ["视频号", "WECHAT"],
    ["唯品会", "VIPSHOP"],
    ["苏宁", "SUNING"],
    ["得物", "DEWU"],
    ["Poizon", "DEWU"],
    ["Tmall (天猫)", "TMALL"],
  ])("resolves %s to %s", (input, code) => {
    expect(resolveName(platformIndex(card), "platform", input)).toEqual({ ok: true, value: code });
  });

  it("suggests Tmall for Tmal and lists the accepted values", () => {
    const result = resolveName(platformIndex(card), "platform", "Tmal");
    expect(result).toMatchObject({ ok: false, issue: { code: "unknown_name", field: "platform", received: "Tmal", suggestion: "Tmall (天猫)" } });
    if (result.ok) throw new Error("unreachable");
    expect(result.issue.code === "unknown_name" && result.issue.accepted).toContain("JD.com (京东)");
    expect(describeIssue(result.issue)).toBe(
      'platform: "Tmal" is not recognised. Did you mean "Tmall (天猫)"? Accepted: Tmall (天猫), Taobao (淘宝), JD.com (京东), Pinduoduo (拼多多), Douyin (抖音), Kuaishou (快手), Xiaohongshu (小红书), WeChat Channels (微信视频号), Vipshop (唯品会), Suning (苏宁易购), Dewu (得物), JD self-operated supply (京东自营).',
    );
  });

  it("suggests 拼多多 for 拼多", () => {
    expect(resolveName(platformIndex(card), "platform", "拼多")).toMatchObject({ ok: false, issue: { suggestion: "Pinduoduo (拼多多)" } });
  });

  it("gives no suggestion for something far from every name", () => {
    expect(resolveName(platformIndex(card), "platform", "Amazon")).toMatchObject({ ok: false, issue: { suggestion: undefined } });
  });

  it("rejects non-text input without throwing", () => {
    expect(resolveName(platformIndex(card), "platform", null)).toMatchObject({ ok: false, issue: { code: "unknown_name", received: "null" } });
    expect(resolveName(platformIndex(card), "platform", { toString: "x" })).toMatchObject({ ok: false });
  });
});

describe("resolveName for categories and traits", () => {
  it.each([
    ["服装", "APPAREL"],
    ["鞋包", "SHOES_BAGS"],
    ["3C数码", "DIGITAL_3C"],
    ["3c", "DIGITAL_3C"],
    ["家电", "APPLIANCES"],
    ["食品", "FOOD"],
    ["美妆", "BEAUTY"],
    ["母婴", "MOTHER_BABY"],
    ["家居", "HOME"],
    ["运动户外", "SPORTS_OUTDOOR"],
    ["保健", "HEALTH"],
    ["宠物", "PETS"],
    ["猫砂", "PETS"],
    ["pet food", "PETS"],
    ["珠宝饰品", "JEWELLERY"],
    ["饰品", "JEWELLERY"],
    ["jewelry", "JEWELLERY"],
    ["Jewellery & accessories", "JEWELLERY"],
    ["Beauty", "BEAUTY"],
  ])("resolves category %s to %s", (input, code) => {
    expect(resolveName(categoryIndex(card), "category", input)).toEqual({ ok: true, value: code });
  });

  it("reads city tiers as numbers or words", () => {
    expect(resolveName(CITY_TIER_NAMES, "cityTier", 1)).toEqual({ ok: true, value: "1" });
    expect(resolveName(CITY_TIER_NAMES, "cityTier", "下沉")).toEqual({ ok: true, value: "3" });
    expect(resolveName(CITY_TIER_NAMES, "cityTier", 4)).toEqual({ ok: true, value: "3" });
  });

  it("reads brand status from Excel booleans", () => {
    expect(resolveName(BRAND_STATUS_NAMES, "brandStatus", true)).toEqual({ ok: true, value: "registered" });
    expect(resolveName(BRAND_STATUS_NAMES, "brandStatus", false)).toEqual({ ok: true, value: "none" });
  });

  it("describes an unknown name in Chinese", () => {
    const r = resolveName(categoryIndex(card), "category", "美状");
    if (r.ok) throw new Error("expected a failure");
    expect(describeIssue(r.issue, "zh")).toMatch(/^category: 无法识别 "美状"。你是不是想输入 "Beauty \(美妆\)"\?可用值: Apparel \(服装\)/);
  });
});
