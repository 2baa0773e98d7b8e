import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { buildPlan } from "../../src/scenario/buildPlan";
import type { Scenario } from "../../src/scenario/scenario";
import type { ChannelPlan } from "../../src/engine";
import { airFryer, babyWipes, coldBrewTea, phoneCase, projector } from "./operatorBrands";

/**
 * The ranking an experienced operator gives each brand, asserted on the plan the CLI and the wizard build (buildPlan:
 * platforms in fit order with their verdicts). Each test is named by the operator's judgement and its reason, so a
 * change to the data or the model that breaks the judgement fails here.
 */
const data = defaultReferenceData();

function planOf(scenario: Scenario): ChannelPlan {
  const result = buildPlan(data, scenario, "2026-12-04");
  if (!result.ok) throw new Error(JSON.stringify(result.issue));
  return result.value.plan;
}

const ranking = (plan: ChannelPlan): string[] => plan.platforms.map((p) => p.platform);
/** The ranking by marketplace: a store type after a better-fitting one of its marketplace (JD self-operated after JD POP) is left out. */
const marketplaceRanking = (plan: ChannelPlan): string[] => {
  const seen = new Set<string>();
  return ranking(plan).filter((p) => {
    const marketplace = data.fitRules.storeTypes[p]?.marketplace ?? p;
    if (seen.has(marketplace)) return false;
    seen.add(marketplace);
    return true;
  });
};
const place = (plan: ChannelPlan, platform: string): number => ranking(plan).indexOf(platform);
const verdictOf = (plan: ChannelPlan, platform: string) => plan.platforms.find((p) => p.platform === platform)!.verdict;

describe("an operator's ranking", () => {
  it("registered baby wipes: Tmall and JD before Pinduoduo and a Taobao C-store — mothers buy wipes where the brand is official and the goods are genuine", () => {
    const plan = planOf(babyWipes);
    for (const brandLed of ["TMALL", "JD"]) for (const other of ["PDD", "TAOBAO"]) expect(place(plan, brandLed)).toBeLessThan(place(plan, other));
    // The focus is the flagship, and no C-store is opened beside it.
    expect(plan.entered[0]).toBe("TMALL");
    expect(plan.entered).not.toContain("TAOBAO");
  });

  it("content-strong cold-brew tea: Douyin and Xiaohongshu in the top three — a new drink brand grows where its videos and notes are seen", () => {
    const top3 = ranking(planOf(coldBrewTea)).slice(0, 3);
    expect(top3).toEqual(expect.arrayContaining(["DOUYIN", "XIAOHONGSHU"]));
  });

  it("content-strong cold-brew tea: the plan breaks through on Douyin, not WeChat Channels — a new brand has no private-domain following yet", () => {
    const plan = planOf(coldBrewTea);
    expect(plan.entered[0]).toBe("DOUYIN");
    expect(place(plan, "DOUYIN")).toBeLessThan(place(plan, "WECHAT"));
    // A registered tea brand's Taobao store is the Tmall flagship: no C-store as a later platform.
    expect(plan.entered).not.toContain("TAOBAO");
  });

  it("small kitchen appliances: Douyin right after Tmall and JD, never excluded — air fryers sell by demonstration in short video and live", () => {
    const plan = planOf(airFryer);
    // By marketplace: JD self-operated (JD's buyers, fit just below JD POP's) is the JD marketplace's second store type.
    expect(marketplaceRanking(plan).slice(0, 2).sort()).toEqual(["JD", "TMALL"]);
    expect(marketplaceRanking(plan)[2]).toBe("DOUYIN");
    expect(place(plan, "JD")).toBeLessThan(place(plan, "JD_SELF"));
    // Whether Douyin pays at this volume is the money model's verdict; fit, gates and the platform limit never rule it out.
    expect(verdictOf(plan, "DOUYIN").kind).not.toBe("dont_enter");
  });

  it("small kitchen appliances: no Taobao C-store beside the brand's Tmall flagship — they would compete for the same buyers", () => {
    const plan = planOf(airFryer);
    expect(plan.entered).toContain("TMALL");
    expect(plan.entered).not.toContain("TAOBAO");
    expect(verdictOf(plan, "TAOBAO").kind).toBe("dont_enter");
  });

  it("a ¥3,999 projector: JD, Tmall and Douyin above Dewu — a home projector is a considered, after-sales purchase, not a trend item Dewu authenticates", () => {
    const plan = planOf(projector);
    for (const platform of ["JD", "TMALL", "DOUYIN"]) expect(place(plan, platform)).toBeLessThan(place(plan, "DEWU"));
    expect(ranking(plan).slice(0, 2).sort()).toEqual(["JD", "TMALL"]);
  });

  it("a ¥15 unbranded phone case: Pinduoduo first — price decides and Pinduoduo's buyers come for the lowest price", () => {
    const plan = planOf(phoneCase);
    expect(ranking(plan)[0]).toBe("PDD");
    expect(verdictOf(plan, "PDD").kind).not.toBe("dont_enter");
  });
});
