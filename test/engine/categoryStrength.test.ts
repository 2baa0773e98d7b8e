import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { referenceDataProblems } from "../../src/data/referenceDataProblems";
import type { PlatformProfile } from "../../src/data/schema/profiles";
import { categoryStrength } from "../../src/engine/fit/categoryStrength";

const data = defaultReferenceData();
const withShares = (categoryShare: number, onlineShare: number): PlatformProfile => ({
  ...data.profiles.platforms.DEWU!,
  categoryShare: { SHOES_BAGS: { value: categoryShare, estimate: "test share" } },
  onlineShare: { value: onlineShare, estimate: "test share" },
});

describe("category strength is a category share against the platform's online share", () => {
  it("is the over-index, capped at 1: a small platform that specialises is strong, a large one selling below its size is not", () => {
    expect(categoryStrength(withShares(0.03, 0.005), "SHOES_BAGS")).toBe(1);
    expect(categoryStrength(withShares(0.1, 0.2), "SHOES_BAGS")).toBeCloseTo(0.5, 10);
    expect(categoryStrength(withShares(0.1, 0.2), "BEAUTY")).toBe(0);
  });

  it("reads the stored shares: Douyin's sourced 37.8% of online beauty against its 14.8% of all online sales is 1; Tmall's 41.1% against 44.7% is 0.92", () => {
    expect(categoryStrength(data.profiles.platforms.DOUYIN!, "BEAUTY")).toBe(1);
    expect(categoryStrength(data.profiles.platforms.TMALL!, "BEAUTY")).toBeCloseTo(0.411 / 0.447, 10);
  });

  it("rejects an online share of 0, which would leave every strength undefined", () => {
    const broken = {
      ...data,
      profiles: { ...data.profiles, platforms: { ...data.profiles.platforms, JD: { ...data.profiles.platforms.JD!, onlineShare: { value: 0, estimate: "zero" } } } },
    };
    expect(referenceDataProblems(broken)).toContain("profiles.platforms.JD.onlineShare: must be above 0 (category strength is a category share against it)");
  });
});
