import fs from "node:fs";
import path from "node:path";
import { loadScenario } from "../../src/cli/loadScenario";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import type { MonthLine } from "../../src/engine";
import { paysBackTooSlowly, storePaybackMonth } from "../../src/engine/plan/storePayback";
import { headlineText, verdictLabel, verdictReason } from "../../src/report/planText";
import { buildPlan } from "../../src/scenario/buildPlan";

const lines = (cumulative: number[]) => cumulative.map((c, i) => ({ month: i + 1, cumulativeProfit: c }) as MonthLine);

describe("a store's payback month", () => {
  it("is the first month from its opening whose cumulative profit is not negative", () => {
    expect(storePaybackMonth(lines([-100, -50, 10, 5]), 1)).toBe(3);
    expect(storePaybackMonth(lines([-100, -50, -1, -20]), 1)).toBeNull();
    // Months before the store opens carry nothing (cumulative 0): they are not a payback.
    expect(storePaybackMonth(lines([0, 0, -80, -10, 0]), 3)).toBe(5);
    expect(storePaybackMonth(lines([0, 0, 0]), null)).toBeNull();
  });

  it("is judged slow only for a store that ran 12 months or more within the plan without paying back", () => {
    expect(paysBackTooSlowly(1, null, 24, 12)).toBe(true);
    expect(paysBackTooSlowly(13, null, 24, 12)).toBe(true); // months 13–24: 12 months
    expect(paysBackTooSlowly(14, null, 24, 12)).toBe(false); // 11 months: too early to say
    expect(paysBackTooSlowly(1, 20, 24, 12)).toBe(false);
    expect(paysBackTooSlowly(null, null, 24, 12)).toBe(false);
  });
});

describe("the sample (WarmHill knitwear): its first store nets little at run rate and is still down in month 24", () => {
  const data = defaultReferenceData();
  const file = path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml");
  const scenario = loadScenario(fs.readFileSync(file, "utf8"), file).scenario;
  const result = buildPlan(data, scenario, "2026-12-04");
  if (!result.ok) throw new Error(result.issue.code);
  const plan = result.value.plan;
  const focus = plan.platforms.find((p) => p.platform === plan.entered[0])!;
  const last = plan.months.filter((l) => l.platform === focus.platform).at(-1)!;
  const name = { zh: data.rateCard.platforms[focus.platform]!.name.zh, en: data.rateCard.platforms[focus.platform]!.name.en };

  it("is entered, but its verdict says it pays back slowly, not 'enter now'", () => {
    expect(last.month).toBe(24);
    expect(last.cumulativeProfit).toBeLessThan(0);
    expect(focus.paybackMonth).toBeNull();
    expect(focus.verdict).toMatchObject({ kind: "enter_now", reason: "slow_payback", openMonth: 1 });
    expect(verdictLabel(focus, "zh")).toBe("可进入,回本慢");
    expect(verdictLabel(focus, "en")).toBe("Enter, slow payback");
  });

  it("says so in the headline and the reason, with the store's own figures, in both languages", () => {
    const company = result.value.company;
    const [zh, en] = [headlineText(data, plan, "zh", company), headlineText(data, plan, "en", company)];
    expect(zh.startsWith(`按此计划,可进入的平台中先开${name.zh},但它 24 个月内回不了本;如仍要进入,`)).toBe(true);
    expect(en.startsWith(`Of the platforms this plan can enter, ${name.en} opens first, but it does not pay back within 24 months; if you still enter, `)).toBe(true);
    // A store that takes the whole budget is told so in words, never "100.0% of the ad spend".
    expect(plan.entered).toHaveLength(1);
    expect(zh).toContain("只开这一家店,投入全部广告预算");
    expect(en).toContain("open it alone with the whole ad budget");
    expect(`${zh} ${en}`).not.toContain("100.0%");
    const why = verdictReason(data, plan, focus, "en", company.maxPlatforms);
    const yuan = `-¥${Math.round(-last.cumulativeProfit).toLocaleString("en-US")}`;
    expect(why).toContain(`in month 24`);
    expect(why.replace(/\.\d\d/, "")).toContain(yuan);
  });
});
