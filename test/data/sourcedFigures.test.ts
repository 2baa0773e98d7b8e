import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { sourcedFigures } from "../../src/data/provenance/sourcedFigures";
import { describeIssue, parseProduct, rankPlatforms } from "../../src/engine";

const data = defaultReferenceData();
const card = data.rateCard;

describe("the misattributions found in issue 12 stay fixed", () => {
  it("cites no source that is not about the platform or cannot be traced (S13, S14, S64)", () => {
    const cited = [...sourcedFigures(card), ...sourcedFigures(data.profiles), ...sourcedFigures(data.staffing)].map((f) => f.figure.source);
    for (const gone of ["S13", "S14", "S64"]) expect(cited).not.toContain(gone);
    expect(Object.keys(card.sources)).not.toEqual(expect.arrayContaining(["S13"]));
    for (const source of Object.values(card.sources)) expect(source.url).toMatch(/^https?:\/\/\S+$/);
  });

  it("does not charge Dewu sellers the buyers' ¥5 appraisal fee", () => {
    expect(card.platforms.DEWU!.perOrderFee).toMatchObject({ value: 0, estimate: expect.stringContaining("paid by buyers") });
  });

  it("does not pass Xiaohongshu's personal-care rate off as the health rate", () => {
    expect(card.platforms.XIAOHONGSHU!.commission.HEALTH).toHaveProperty("estimate");
  });

  it("keeps Douyin's 31–35 share as 31–35 evidence and maps the 31–40 band from it", () => {
    const douyin = data.profiles.platforms.DOUYIN!;
    expect(douyin.evidence).toContainEqual(expect.objectContaining({ about: expect.stringContaining("31–35"), value: 0.16 }));
    expect(douyin.audience.ageShare["31-40"].value).toBeGreaterThan(0.16);
    expect(douyin.audience.ageShare["31-40"]).toMatchObject({ estimate: expect.stringContaining("31–35") });
  });

  it("does not rank Suning above Tmall or JD for a ¥2,999 dishwasher", () => {
    const product = parseProduct(card, { category: "家电", price: 2999, ageBand: "31-40", gender: "all", cityTier: 2, brandStatus: "registered", contentCapacity: "low" });
    if (!product.ok) throw new Error(describeIssue(product.issue));
    const order = rankPlatforms(data, product.value).map((f) => f.platform);
    expect(order.indexOf("SUNING")).toBeGreaterThan(order.indexOf("TMALL"));
    expect(order.indexOf("SUNING")).toBeGreaterThan(order.indexOf("JD"));
  });
});
