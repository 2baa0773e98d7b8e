import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { parseProduct, rankPlatforms, type ProductInput } from "../../src/engine";
import { describeIssue } from "../../src/messages";

const data = defaultReferenceData();

function ranking(input: ProductInput): string[] {
  const r = parseProduct(data.rateCard, input);
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return rankPlatforms(data, r.value).map((f) => f.platform);
}

describe("pets and jewellery are categories like any other", () => {
  it.each(["PETS", "JEWELLERY"])("%s has a commission, a return rate and a strength on every platform", (category) => {
    expect(data.rateCard.typicalReturnRate[category]).toBeDefined();
    for (const [platform, rates] of Object.entries(data.rateCard.platforms)) {
      expect([platform, typeof rates.commission[category]?.value]).toEqual([platform, "number"]);
      expect([platform, typeof data.profiles.platforms[platform]!.categoryShare[category]?.value]).toEqual([platform, "number"]);
    }
  });

  it("ranks Tmall and Douyin above Dewu, and Tmall above Suning, for a registered cat-litter brand", () => {
    const order = ranking({ category: "猫砂", price: 59, ageBand: "25-30", gender: "female", cityTier: 2, brandStatus: "registered", contentCapacity: "medium" });
    expect(order.indexOf("TMALL")).toBeLessThan(order.indexOf("DEWU"));
    expect(order.indexOf("DOUYIN")).toBeLessThan(order.indexOf("DEWU"));
    expect(order.indexOf("TMALL")).toBeLessThan(order.indexOf("SUNING"));
  });

  it("reads jewellery in Chinese and English and never ranks Suning above Douyin for it", () => {
    const zh = ranking({ category: "饰品", price: 199, ageBand: "18-24", gender: "female", cityTier: 2, brandStatus: "registered", contentCapacity: "high" });
    const en = ranking({ category: "jewelry", price: 199, ageBand: "18-24", gender: "female", cityTier: 2, brandStatus: "registered", contentCapacity: "high" });
    expect(zh).toEqual(en);
    expect(zh.indexOf("DOUYIN")).toBeLessThan(zh.indexOf("SUNING"));
  });
});
