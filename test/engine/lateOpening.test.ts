import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import type { ReferenceData } from "../../src/data/referenceData";
import { verdictReason } from "../../src/report/planText";
import { plannedScenario, SLOW_SERUM } from "../support/plannedScenario";

/*
 * A new home-goods brand (¥299 throw, ¥60 unit cost, ¥6 shipping), ¥6m target, ¥100,000 a month for ads, up to three
 * platforms: Tmall opens first, JD in month 11 once Tmall has covered its costs 3 months running, and Suning's turn
 * comes when JD has, in month 24. Opened in the plan's last month, Suning's P&L would show one month of launch loss
 * beside a run-rate margin nobody could check: the plan opens a new store only while 12 months remain
 * (planning.paybackJudgedAfterMonths), so Suning is listed as opening after the plan, and the shares of the target
 * and budget it would have held go back to the stores that open (deferStores).
 */
const scenario = {
  brand: "Home throws",
  company: { annualTarget: 6_000_000, monthlyAdBudget: 100_000, maxPlatforms: 3 },
  // The serum's buyers and brand, a home-goods product.
  products: [{ ...SLOW_SERUM.products[0]!, sku: "T1", name: "Throw", category: "HOME", price: 299, unitCost: 60 }],
};

const planWith = (data: ReferenceData) => plannedScenario(scenario, "2026-12-06", data).plan;

const data = defaultReferenceData();
const plan = planWith(data);
const opens = (p: typeof plan) => p.platforms.filter((x) => x.verdict.kind === "enter_now" || x.verdict.kind === "enter_later").map((x) => [x.platform, x.verdict.openMonth]);

describe("a new store opens only while the plan can still judge its payback", () => {
  it("opens Tmall in month 1 and JD in month 11, and lists Suning as opening after the 24-month plan, with no month of it in the P&L", () => {
    expect(opens(plan)).toEqual([
      ["TMALL", 1],
      ["JD", 11],
      ["SUNING", null],
    ]);
    expect(plan.months.filter((l) => l.platform === "SUNING")).toEqual([]);
    expect(plan.headline).toMatchObject({
      kind: "enter",
      focus: "TMALL",
      next: [
        { platform: "JD", openMonth: 11 },
        { platform: "SUNING", openMonth: null },
      ],
    });
  });

  it("hands Suning's shares back: Tmall and JD split the whole target and budget 80/20, and Suning holds no share, people or month", () => {
    const of = (code: string) => plan.platforms.find((p) => p.platform === code)!;
    expect(plan.entered).toEqual(["TMALL", "JD"]);
    expect(of("TMALL").budgetWeight + of("JD").budgetWeight).toBeCloseTo(1, 12);
    expect(of("TMALL").targetShare + of("JD").targetShare).toBeCloseTo(1, 12);
    expect(of("TMALL").budgetWeight).toBeCloseTo(0.8, 12);
    expect([of("SUNING").targetShare, of("SUNING").budgetWeight, of("SUNING").runRate, of("SUNING").team]).toEqual([0, 0, null, null]);
    expect(of("SUNING").verdict).toMatchObject({ kind: "enter_later", reason: "after_previous", after: "JD", openMonth: null });
  });

  it("would open Suning in month 24 if a store's payback were judged after a single month", () => {
    const planning = structuredClone(data.planning);
    planning.paybackJudgedAfterMonths = { ...planning.paybackJudgedAfterMonths, value: 1 };
    const loose = planWith({ ...data, planning });
    expect(opens(loose)).toEqual([
      ["TMALL", 1],
      ["JD", 11],
      ["SUNING", 24],
    ]);
  });

  it("says why, in both languages: month 13 is the last that leaves 12 months to judge a new store", () => {
    const suning = plan.platforms.find((p) => p.platform === "SUNING")!;
    expect(verdictReason(data, plan, suning, "en", 3)).toBe(
      "Opens once JD.com has covered its costs for 3 months running: not by month 13, the last that leaves 12 months to judge a new store's payback, so after this 24-month plan.",
    );
    expect(verdictReason(data, plan, suning, "zh", 3)).toBe("等京东连续3个月覆盖自身成本后再开:第13个月前未达到(新店需在计划内经营满12个月才能判断回本),故在24个月计划期之后开。");
  });
});
