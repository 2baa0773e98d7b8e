import costs from "../../src/data/costs.json";
import model from "../../src/data/model.json";
import planning from "../../src/data/planning.json";
import fitRules from "../../src/data/fitRules.json";
import profiles from "../../src/data/profiles.json";
import rateCard from "../../src/data/ratecard.json";
import staffing from "../../src/data/staffing.json";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { parseReferenceData, ReferenceDataError, type RawReferenceData } from "../../src/data/referenceData";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const raw = (): RawReferenceData & { rateCard: typeof rateCard; profiles: typeof profiles; staffing: typeof staffing } =>
  clone({ rateCard, profiles, staffing, model, planning, costs, fitRules });

function problemsOf(data: RawReferenceData): string[] {
  try {
    parseReferenceData(data);
  } catch (e) {
    expect(e).toBeInstanceOf(ReferenceDataError);
    return (e as ReferenceDataError).problems;
  }
  throw new Error("expected the data to be rejected");
}

describe("the built-in reference data", () => {
  const data = defaultReferenceData();

  it("covers the twelve platforms (JD self-operated beside JD POP) and twelve categories the product promises", () => {
    expect(Object.keys(data.rateCard.platforms).sort()).toEqual([
      "DEWU",
      "DOUYIN",
      "JD",
      "JD_SELF",
      "KUAISHOU",
      "PDD",
      "SUNING",
      "TAOBAO",
      "TMALL",
      "VIPSHOP",
      "WECHAT",
      "XIAOHONGSHU",
    ]);
    expect(Object.keys(data.rateCard.categories)).toHaveLength(12);
    expect(data.rateCard.categories).toHaveProperty("PETS");
    expect(data.rateCard.categories).toHaveProperty("JEWELLERY");
  });

  it("gives every figure a source with an as-of date, or an estimate with its reasoning", () => {
    const figures: Array<{ path: string; figure: Record<string, unknown> }> = [];
    const walk = (value: unknown, path: string) => {
      if (value && typeof value === "object" && !Array.isArray(value)) {
        const obj = value as Record<string, unknown>;
        if ("value" in obj && typeof obj.value === "number") figures.push({ path, figure: obj });
        for (const [k, v] of Object.entries(obj)) walk(v, `${path}.${k}`);
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    };
    walk(data.rateCard, "rateCard");
    walk(data.staffing, "staffing");
    expect(figures.length).toBeGreaterThan(150);
    const unlabelled = figures.filter(({ figure }) => !((typeof figure.source === "string" && typeof figure.asOf === "string") || typeof figure.estimate === "string"));
    expect(unlabelled.map((f) => f.path)).toEqual([]);
  });

  it("matches the research for the well-sourced rates", () => {
    expect(data.rateCard.platforms.TMALL!.commission.APPAREL).toMatchObject({ value: 0.05, source: "TM15", asOf: "2023" });
    expect(data.rateCard.platforms.PDD!.commission.FOOD!.value).toBe(0);
    expect(data.rateCard.platforms.PDD!.paymentFee.value).toBe(0.006);
    expect(data.rateCard.platforms.XIAOHONGSHU!.commission.BEAUTY).toMatchObject({ value: 0.04, source: "XH01", asOf: "2025-08-25" });
    expect(data.rateCard.platforms.TMALL!.otherDeductions[0]!.byCategory!.DIGITAL_3C!.value).toBe(0.001);
  });
});

describe("parseReferenceData rejects bad data, naming the field", () => {
  it("rejects a commission typed as a percent (5 meaning 500%)", () => {
    const data = raw();
    data.rateCard.platforms.TMALL.commission.APPAREL.value = 5;
    expect(problemsOf(data)).toEqual([expect.stringMatching(/^rateCard\.platforms\.TMALL\.commission\.APPAREL\.value: must be at most 0\.5/)]);
  });

  it("rejects a negative payment fee", () => {
    const data = raw();
    data.rateCard.platforms.JD.paymentFee.value = -0.01;
    expect(problemsOf(data).join("\n")).toContain("rateCard.platforms.JD.paymentFee");
  });

  it("rejects a figure with neither source nor estimate", () => {
    const data = raw();
    (data.rateCard.platforms.PDD as Record<string, unknown>).deposit = { value: 1000 };
    expect(problemsOf(data).join("\n")).toContain("rateCard.platforms.PDD.deposit");
  });

  it("rejects a platform missing a category's commission", () => {
    const data = raw();
    delete (data.rateCard.platforms.DEWU.commission as Record<string, unknown>).FOOD;
    expect(problemsOf(data)).toContain("rateCard.platforms.DEWU.commission.FOOD: missing for a listed category");
  });

  it("rejects a cited source that is not listed", () => {
    const data = raw();
    (data.rateCard.platforms.TMALL.commission.APPAREL as Record<string, unknown>).source = "S999";
    expect(problemsOf(data)).toContain('rateCard.platforms.TMALL.commission.APPAREL.source: "S999" is not listed in rateCard.sources');
  });

  it("rejects an excerpt that does not contain the figure (a typo in the value)", () => {
    const data = raw();
    (data.rateCard.platforms.TMALL.commission.APPAREL as Record<string, unknown>).value = 0.5;
    expect(problemsOf(data)).toEqual(["rateCard.platforms.TMALL.commission.APPAREL.excerpt: does not state the value 0.5 in any written form"]);
  });

  it("rejects a source that does not speak about the figure's platform", () => {
    const data = raw();
    // JD's apparel rate is an estimate since the 2023 cut; cite Tmall's 2023 fee table for it instead.
    (data.rateCard.platforms.JD.commission as Record<string, unknown>).APPAREL = { value: 0.08, source: "TM15", asOf: "2023", excerpt: "女装/女士精品8%" };
    expect(problemsOf(data)).toEqual(['rateCard.platforms.JD.commission.APPAREL.source: "TM15" does not speak about JD (it names TMALL)']);
  });

  it("rejects a figure dated otherwise than its source", () => {
    const data = raw();
    (data.rateCard.platforms.TMALL.commission.APPAREL as Record<string, unknown>).asOf = "2026";
    expect(problemsOf(data)).toEqual(['rateCard.platforms.TMALL.commission.APPAREL.asOf: "2026" must be the source\'s date, "2023" (TM15)']);
  });

  it("rejects a sourced figure from an undated source: it must be an estimate", () => {
    const data = raw();
    (data.rateCard.platforms.TMALL.commission.APPAREL as Record<string, unknown>).asOf = "undated";
    expect(problemsOf(data)).toEqual(["rateCard.platforms.TMALL.commission.APPAREL.asOf: an undated source cannot date a figure: make it an estimate and give the reasoning"]);
    const cited = raw();
    (cited.rateCard.sources as Record<string, { published: string }>).TM15!.published = "undated";
    expect(problemsOf(cited)).toContain(
      'rateCard.platforms.TMALL.commission.APPAREL.source: "TM15" is undated; a figure from an undated source must be an estimate with its reasoning',
    );
  });

  it("rejects a sourced figure without an excerpt, and a source without its address", () => {
    const data = raw();
    delete (data.rateCard.platforms.TMALL.commission.APPAREL as Record<string, unknown>).excerpt;
    (data.rateCard.sources as Record<string, { url: string }>).TM15!.url = "";
    const problems = problemsOf(data).join("\n");
    expect(problems).toContain("rateCard.platforms.TMALL.commission.APPAREL");
    expect(problems).toContain("rateCard.sources.TM15.url");
  });

  it("rejects a source that names an unknown platform", () => {
    const data = raw();
    (data.rateCard.sources as Record<string, { platforms: string[] }>).WX01!.platforms.push("TEMU");
    expect(problemsOf(data)).toEqual(['rateCard.sources.WX01.platforms: "TEMU" is not a platform of the rate card']);
  });

  it("checks a profile's evidence against its source the same way", () => {
    const data = raw();
    (data.profiles.platforms.DOUYIN.evidence![2] as Record<string, unknown>).value = 0.61;
    expect(problemsOf(data)).toEqual(["profiles.platforms.DOUYIN.evidence.2.excerpt: does not state the value 0.61 in any written form"]);
  });

  it("checks a sourced fit driver's excerpt, date and platform against its source", () => {
    const value = raw();
    (value.profiles.platforms.XIAOHONGSHU.audience.femaleShare as Record<string, unknown>).value = 0.6;
    expect(problemsOf(value)).toEqual(["profiles.platforms.XIAOHONGSHU.audience.femaleShare.excerpt: does not state the value 0.6 in any written form"]);
    const date = raw();
    (date.profiles.platforms.KUAISHOU.audience.cityTierShare["3"] as Record<string, unknown>).asOf = "2026-01";
    expect(problemsOf(date)).toEqual(['profiles.platforms.KUAISHOU.audience.cityTierShare.3.asOf: "2026-01" must be the source\'s date, "2025-12" (PR01)']);
    const platform = raw();
    const female = platform.profiles.platforms.XIAOHONGSHU.audience.femaleShare as Record<string, unknown>;
    (platform.profiles.platforms.TMALL.audience as Record<string, unknown>).femaleShare = { ...female };
    expect(problemsOf(platform)).toEqual(['profiles.platforms.TMALL.audience.femaleShare.source: "PR03" does not speak about TMALL (it names DOUYIN, KUAISHOU, XIAOHONGSHU)']);
  });

  it("gives every audience share, category share and online share a source or an estimate with its reasoning", () => {
    const data = defaultReferenceData();
    for (const [platform, p] of Object.entries(data.profiles.platforms)) {
      const drivers = [...Object.values(p.audience.ageShare), p.audience.femaleShare, ...Object.values(p.audience.cityTierShare), ...Object.values(p.categoryShare), p.onlineShare];
      expect([platform, drivers.length]).toEqual([platform, 4 + 1 + 3 + Object.keys(data.rateCard.categories).length + 1]);
      for (const d of drivers) expect("excerpt" in d || ("estimate" in d && d.estimate.length > 40)).toBe(true);
    }
  });

  it("rejects a rate-card platform without a profile", () => {
    const data = raw();
    delete (data.profiles.platforms as Record<string, unknown>).KUAISHOU;
    expect(problemsOf(data)).toContain("profiles.platforms.KUAISHOU: missing (the rate card lists this platform)");
  });

  it("rejects audience shares that do not add up to 1", () => {
    const data = raw();
    data.profiles.platforms.DOUYIN.audience.ageShare["18-24"].value = 0.9;
    expect(problemsOf(data).join("\n")).toContain("profiles.platforms.DOUYIN.audience.ageShare: shares must add up to 1");
  });

  it("reports problems in several files at once", () => {
    const data = raw();
    data.rateCard.platforms.TMALL.commission.APPAREL.value = 5;
    (data.staffing as Record<string, unknown>).version = "";
    expect(problemsOf(data).length).toBe(2);
  });

  it("rejects an entry gate for a platform the rate card does not list, and a ramp-up above 100%", () => {
    const data = raw() as RawReferenceData & { planning: { entryGates: Record<string, unknown>; demandRamp: { roi: { values: number[] } } } };
    data.planning.entryGates.NOWHERE = data.planning.entryGates.VIPSHOP;
    expect(problemsOf(data)).toContain("planning.entryGates.NOWHERE: not in the rate card");
    const ramp = raw() as typeof data;
    ramp.planning.demandRamp.roi.values = [0.5, 1.5];
    expect(problemsOf(ramp).join("\n")).toContain("planning.demandRamp.roi.values.1");
  });
});
