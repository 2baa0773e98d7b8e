import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { fitDriverBasis, fitScore, parseProduct, type ProductInput } from "../../src/engine";
import { describeIssue } from "../../src/messages";

const data = defaultReferenceData();

function product(input: ProductInput) {
  const r = parseProduct(data.rateCard, input);
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
}

/** Every string in a value, keys excluded: what the engine hands to a view. */
const stringsIn = (x: unknown): string[] =>
  typeof x === "string" ? [x] : Array.isArray(x) ? x.flatMap(stringsIn) : x && typeof x === "object" ? Object.values(x).flatMap(stringsIn) : [];

describe("each fit reason names the figures behind it, as codes the views put in words", () => {
  it("a sourced driver gives the figure's id, its source's id and the excerpt's date (Kuaishou's tier-3-and-below share, QuestMobile)", () => {
    const basis = fitDriverBasis(data, "KUAISHOU", product({ category: "食品", price: 30, cityTier: 3 }), "cityTier")!;
    expect(basis).toEqual({ kind: "sourced", figures: [{ id: { platform: "KUAISHOU", driver: "cityTierShare", key: "3" }, kind: "sourced", sourceId: "PR01", date: "2025-12" }] });
  });

  it("a stale source is marked stale (Xiaohongshu's 65% women, December 2024)", () => {
    const basis = fitDriverBasis(data, "XIAOHONGSHU", product({ category: "美妆", price: 150, gender: "female" }), "gender")!;
    expect(basis.kind).toBe("stale");
    expect(basis.figures).toEqual([{ id: { platform: "XIAOHONGSHU", driver: "femaleShare" }, kind: "stale", sourceId: expect.any(String), date: "2024-12-25" }]);
  });

  it("an estimate names its figures, one per band the product covers; a category names its category share and the online share", () => {
    const age = fitDriverBasis(data, "DOUYIN", product({ category: "服装", price: 99, ageBand: "18-30" }), "age")!;
    expect(age).toEqual({
      kind: "estimate",
      figures: [
        { id: { platform: "DOUYIN", driver: "ageShare", key: "18-24" }, kind: "estimate" },
        { id: { platform: "DOUYIN", driver: "ageShare", key: "25-30" }, kind: "estimate" },
      ],
    });
    const category = fitDriverBasis(data, "DOUYIN", product({ category: "家电", price: 399 }), "category")!;
    expect(category.figures).toEqual([
      { id: { platform: "DOUYIN", driver: "categoryShare", key: "APPLIANCES" }, kind: "estimate" },
      { id: { platform: "DOUYIN", driver: "onlineShare" }, kind: "sourced", sourceId: "CT01", date: "2025-11-17" },
    ]);
  });

  it("a range across sourced and estimated bands is mixed", () => {
    const basis = fitDriverBasis(data, "KUAISHOU", product({ category: "食品", price: 30, cityTier: "1-3" }), "cityTier")!;
    expect(basis.kind).toBe("mixed");
    expect(basis.figures.map((f) => [f.id.key, f.kind])).toEqual([
      ["1", "estimate"],
      ["2", "estimate"],
      ["3", "sourced"],
    ]);
  });

  it("factors read from the rate card or the model carry no profile basis", () => {
    const p = product({ category: "服装", price: 99, brandStatus: "registered", contentCapacity: "high" });
    for (const factor of ["margin", "brand", "content"] as const) expect(fitDriverBasis(data, "TMALL", p, factor)).toBeUndefined();
  });

  it("fitScore's reasons carry the basis with no words in it: only kinds, platform and field codes, bands, source ids and dates", () => {
    const fit = fitScore(data, "XIAOHONGSHU", product({ category: "美妆", price: 150, ageBand: "25-30", gender: "female", cityTier: 1 }));
    const bases = fit.reasons.flatMap((r) => (r.basis ? [r.basis] : []));
    expect(bases.length).toBeGreaterThan(2);
    const codes = new Set([
      ...Object.keys(data.profiles.platforms),
      ...Object.keys(data.profiles.sources),
      ...Object.keys(data.rateCard.categories),
      ...data.profiles.ageBands,
      ...data.profiles.cityTiers,
    ]);
    const kindsAndFields = /^(sourced|stale|estimate|override|mixed|categoryShare|onlineShare|priceTier|ageShare|femaleShare|cityTierShare|\d{4}(-\d{2}){0,2})$/;
    for (const s of stringsIn(bases)) expect([s, codes.has(s) || kindsAndFields.test(s)]).toEqual([s, true]);
  });

  it("every estimated fit driver gives its reasoning in Chinese too", () => {
    for (const p of Object.values(data.profiles.platforms)) {
      const estimates = [
        ...Object.values(p.audience.ageShare),
        p.audience.femaleShare,
        ...Object.values(p.audience.cityTierShare),
        ...Object.values(p.categoryShare),
        p.onlineShare,
      ].filter((f) => "estimate" in f);
      for (const f of estimates) expect(f).toMatchObject({ estimateZh: expect.stringMatching(/[\u4e00-\u9fff]/) });
    }
  });
});
