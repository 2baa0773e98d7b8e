import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { parseReferenceData, ReferenceDataError } from "../../src/data/referenceData";
import type { ReferenceData } from "../../src/data/referenceData";
import { fitScore, parseProduct, type Product, type ProductInput } from "../../src/engine";
import { describeIssue, fitReasonText } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { verdictReason } from "../../src/report/planText";
import { scenarioSchema } from "../../src/scenario/scenario";

const data = defaultReferenceData();
const product = (input: ProductInput): Product => {
  const r = parseProduct(data.rateCard, input);
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
};
const withRules = (edit: (rules: ReferenceData["fitRules"]) => void): ReferenceData => {
  const fitRules = structuredClone(data.fitRules);
  edit(fitRules);
  return { ...data, fitRules };
};
const apparel = { category: "服装", price: 199, unitCost: 60, ageBand: "25-30", gender: "女", cityTier: 2, contentCapacity: "medium" };

describe("one Taobao marketplace, two store types (fit rules: storeTypes)", () => {
  it("cuts the C-store for a registered brand and says why first, from the data", () => {
    const fit = fitScore(data, "TAOBAO", product({ ...apparel, brandStatus: "registered" }));
    expect(fit.cuts.storeType).toBe(true);
    expect(fit.reasons[0]).toEqual({ factor: "storeType", platform: "TAOBAO", category: "APPAREL", positive: false });
    expect(fitReasonText(data, fit.reasons[0]!, "zh")).toBe(data.fitRules.storeTypes.TAOBAO!.reason.zh);
    const without = withRules((rules) => delete rules.storeTypes.TAOBAO);
    expect(fitScore(without, "TAOBAO", product({ ...apparel, brandStatus: "registered" })).score).toBeGreaterThan(fit.score);
  });

  it("leaves the C-store whole for a brand without a registered mark, whom it serves", () => {
    for (const brandStatus of ["none", "applied"]) expect(fitScore(data, "TAOBAO", product({ ...apparel, brandStatus })).cuts.storeType).toBe(false);
    const none = product({ ...apparel, brandStatus: "none" });
    expect(fitScore(data, "TAOBAO", none).score).toBeGreaterThan(fitScore(data, "TMALL", none).score);
  });

  const appliedBrand = (platforms?: string[], annualTarget = 8_000_000, monthlyAdBudget = 80_000) =>
    scenarioSchema.parse({
      brand: "™ apparel",
      company: { annualTarget, monthlyAdBudget, maxPlatforms: 3, ...(platforms ? { platforms } : {}) },
      products: [{ sku: "A1", name: "连衣裙", ...apparel, brandStatus: "applied" }],
    });

  it("opens one store type of a marketplace by default and says which, in zh and en", () => {
    const result = buildPlan(data, appliedBrand(), "2026-12-04");
    if (!result.ok) throw new Error(describeIssue(result.issue));
    const plan = result.value.plan;
    const stores = plan.entered.filter((p) => p === "TMALL" || p === "TAOBAO");
    expect(stores).toHaveLength(1);
    const other = plan.platforms.find((p) => (p.platform === "TMALL" || p.platform === "TAOBAO") && p.platform !== stores[0])!;
    expect(other.verdict).toMatchObject({ kind: "dont_enter", reason: "same_marketplace" });
    const names = data.fitRules.storeTypes;
    for (const lang of ["zh", "en"] as const) {
      const text = verdictReason(data, plan, other, lang, 3);
      expect(text).toContain(names[other.platform]!.name[lang]);
      expect(text).toContain(names[stores[0]!]!.name[lang]);
    }
  });

  it("plans both store types when the user chooses both (a clearance outlet beside the flagship)", () => {
    // At ¥8m a year the C-store's share (Tmall's 35% paid share makes the flagship the cheaper one to grow) is too small
    // to carry its own team; at ¥16m both stores carry theirs. Both are planned, one after the other: the flagship
    // opens first, the outlet once it has covered its costs (here after the plan's last opening month).
    const result = buildPlan(data, appliedBrand(["天猫", "淘宝"], 16_000_000, 160_000), "2026-12-04");
    if (!result.ok) throw new Error(describeIssue(result.issue));
    const verdict = (code: string) => result.value.plan.platforms.find((p) => p.platform === code)!.verdict;
    expect(result.value.plan.entered[0]).toBe("TMALL");
    expect(verdict("TMALL").kind).toBe("enter_now");
    expect(verdict("TAOBAO")).toMatchObject({ kind: "enter_later", after: "TMALL" });
  });
});

describe("trust-sensitive categories weigh brand status more (fit rules: trustSensitive)", () => {
  it("widens a registered brand's lead of Tmall over Pinduoduo in mother & baby, and not when the data drops the category", () => {
    const wipes = product({ category: "母婴", price: 49.9, unitCost: 17, brandStatus: "registered" });
    const gap = (d: ReferenceData) => fitScore(d, "TMALL", wipes).score - fitScore(d, "PDD", wipes).score;
    const plain = withRules((rules) => (rules.trustSensitive.categories = rules.trustSensitive.categories.filter((c) => c !== "MOTHER_BABY")));
    expect(gap(data)).toBeGreaterThan(gap(plain));
  });

  it("counts pets as trust-sensitive for their food: a registered pet-food brand's lead of Tmall over Pinduoduo widens the same way", () => {
    const food = product({ category: "宠物", price: 129, unitCost: 60, brandStatus: "registered" });
    const gap = (d: ReferenceData) => fitScore(d, "TMALL", food).score - fitScore(d, "PDD", food).score;
    const plain = withRules((rules) => (rules.trustSensitive.categories = rules.trustSensitive.categories.filter((c) => c !== "PETS")));
    expect(data.fitRules.trustSensitive.categories).toContain("PETS");
    expect(gap(data)).toBeGreaterThan(gap(plain));
  });
});

describe("content capacity lifts the content platforms where the category is strong (fit rules: contentLift)", () => {
  const tea = (contentCapacity: string) => product({ category: "食品", price: 69, contentCapacity });
  const category = (platform: string, p: Product) => fitScore(data, platform, p).factors.find((f) => f.factor === "category")!;

  it("lifts food on Douyin and Xiaohongshu with the team's capacity, and says so", () => {
    for (const platform of ["DOUYIN", "XIAOHONGSHU"]) {
      expect(category(platform, tea("high")).value).toBeGreaterThan(category(platform, tea("low")).value);
      expect(category(platform, tea("low")).value).toBeGreaterThan(category(platform, tea("none")).value);
      expect(
        fitScore(data, platform, tea("high"))
          .reasons.map((r) => fitReasonText(data, r, "en"))
          .join("; "),
      ).toContain("your content capacity lifts it");
    }
  });

  it("gives shelf platforms and weak categories no lift", () => {
    expect(category("TMALL", tea("high")).value).toBe(category("TMALL", tea("none")).value);
    const appliance = (contentCapacity: string) => product({ category: "家电", price: 399, contentCapacity });
    expect(category("XIAOHONGSHU", appliance("high")).value).toBe(category("XIAOHONGSHU", appliance("none")).value);
  });
});

describe("Dewu scores for the trend goods it serves (fit rules: scopes)", () => {
  const established = { brandStatus: "registered", brandStage: "established", currentAnnualSales: 20_000_000 };
  it("keeps sneakers whole, cuts 3C to its trend part and other categories by half, naming what Dewu serves", () => {
    const fit = (category: string, price: number) => fitScore(data, "DEWU", product({ category, price, ...established }));
    expect(fit("鞋包", 899).cuts.scope).toBe(1);
    expect(fit("3C数码", 3999).cuts.scope).toBe(data.fitRules.scopes.DEWU!.categories.DIGITAL_3C);
    expect(fit("食品", 69).cuts.scope).toBe(data.fitRules.scopes.DEWU!.otherwise);
    expect(fit("3C数码", 3999).reasons.map((r) => fitReasonText(data, r, "zh"))).toContainEqual(data.fitRules.scopes.DEWU!.serves.zh);
  });

  it("serves jewellery for its gold, designer and luxury pieces: cut less than a category it does not serve", () => {
    const fit = (category: string, price: number) => fitScore(data, "DEWU", product({ category, price, ...established }));
    const jewellery = fit("珠宝饰品", 1299);
    expect(jewellery.cuts.scope).toBe(data.fitRules.scopes.DEWU!.categories.JEWELLERY);
    expect(jewellery.cuts.scope).toBeGreaterThan(fit("食品", 69).cuts.scope);
    expect(data.fitRules.scopes.DEWU!.serves.en).toContain("jewellery");
  });
});

describe("a new brand has no following yet where sales need one (fit rules: ownFollowing)", () => {
  it("cuts WeChat Channels for a new brand, says why, and leaves an established brand and an unknown stage whole", () => {
    const tea = { category: "食品", price: 69, brandStatus: "registered" };
    const fresh = fitScore(data, "WECHAT", product({ ...tea, brandStage: "new" }));
    const known = fitScore(data, "WECHAT", product({ ...tea, brandStage: "established", currentAnnualSales: 30_000_000 }));
    expect(fresh.cuts.noFollowing).toBe(true);
    expect(fitReasonText(data, fresh.reasons[0]!, "en")).toEqual(data.fitRules.ownFollowing.reason.en);
    expect(known.cuts.noFollowing).toBe(false);
    expect(fitScore(data, "WECHAT", product(tea)).cuts.noFollowing).toBe(false);
    expect(fresh.score).toBeLessThan(known.score);
  });
});

describe("the fit rules are validated when loaded", () => {
  const raw = (edit: (rules: Record<string, unknown>) => void) => {
    const fitRules = JSON.parse(JSON.stringify(data.fitRules)) as Record<string, unknown>;
    edit(fitRules);
    return { rateCard: data.rateCard, profiles: data.profiles, staffing: data.staffing, model: data.model, planning: data.planning, costs: data.costs, fitRules };
  };
  const problems = (edit: (rules: Record<string, unknown>) => void): string[] => {
    try {
      parseReferenceData(raw(edit));
      return [];
    } catch (e) {
      if (e instanceof ReferenceDataError) return e.problems;
      throw e;
    }
  };

  it("accepts the built-in rules", () => expect(problems(() => undefined)).toEqual([]));
  it("names a platform that is not in the rate card", () => {
    expect(problems((r) => ((r.scopes as Record<string, unknown>).NOPE = (r.scopes as Record<string, unknown>).DEWU))).toEqual([expect.stringContaining("fitRules.scopes.NOPE")]);
  });
  it("names a store type without a sibling on its marketplace", () => {
    expect(problems((r) => delete (r.storeTypes as Record<string, unknown>).TMALL)).toEqual([expect.stringContaining("marketplace TAOBAO has one store type")]);
  });
  it("names a multiplier above 1", () => {
    expect(problems((r) => ((r.storeTypeMismatch as { value: number }).value = 1.5))).toEqual([expect.stringMatching(/^fitRules\.storeTypeMismatch\.value/)]);
  });
});
