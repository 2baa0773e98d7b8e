import fc from "fast-check";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { adBudget, allocateBudget, monthlyTargets, trafficNeeded } from "../../src/engine";

const model = defaultReferenceData().model;
const rule = model.allocation;
const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

describe("trafficNeeded and adBudget", () => {
  it("needs 1,000,000 ÷ (2% × ¥200) = 250,000 visitors", () => {
    expect(trafficNeeded(1_000_000, 0.02, 200)).toEqual({ ok: true, value: 250000 });
  });

  it("buys 40% of them at ¥1.50 a click: 100,000 × 1.5 = ¥150,000", () => {
    expect(adBudget(1_000_000, 0.02, 200, 0.4, 1.5)).toEqual({ ok: true, value: { visitors: 250000, paidVisitors: 100000, spend: 150000 } });
  });

  it("rounds visitors up to a whole person", () => {
    expect(trafficNeeded(1000, 0.03, 99)).toEqual({ ok: true, value: 337 }); // 336.7
  });

  it.each([
    [[1000, 0, 99], "conversionRate"],
    [[1000, 5e-324, 99], "conversionRate"],
    [[1000, 0.02, 0.001], "avgOrderValue"],
    [[1000, 3, 99], "conversionRate"],
    [[-1, 0.02, 99], "salesTarget"],
    [[1000, 0.02, 0], "avgOrderValue"],
    [[1000, 0.02, "x"], "avgOrderValue"],
  ])("rejects %j naming %s", (args, field) => {
    expect(trafficNeeded(...(args as [unknown, unknown, unknown]))).toMatchObject({ ok: false, issue: { field } });
  });
});

describe("monthlyTargets", () => {
  it("follows the default 618 and Double 11 seasonality", () => {
    const r = monthlyTargets(1_000_000, model.seasonality.weights);
    expect(r).toEqual({ ok: true, value: [70000, 50000, 70000, 70000, 80000, 110000, 70000, 70000, 80000, 80000, 160000, 90000] });
  });

  it("splits ¥100 evenly to the fen, remainders to the first months", () => {
    expect(monthlyTargets(100, Array(12).fill(1))).toEqual({ ok: true, value: [8.34, 8.34, 8.34, 8.34, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33, 8.33] });
  });

  it("rejects 11 months and all-zero weights", () => {
    expect(monthlyTargets(100, Array(11).fill(1))).toMatchObject({ ok: false, issue: { code: "wrong_length" } });
    expect(monthlyTargets(100, Array(12).fill(0))).toMatchObject({ ok: false, issue: { code: "no_positive_score" } });
  });

  it("always adds up to the annual target", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }).map((f) => f / 100),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        (target, weights) => {
          const r = monthlyTargets(target, weights);
          if (!r.ok) throw new Error(r.issue.code);
          expect(sum(r.value)).toBe(target);
        },
      ),
    );
  });
});

describe("allocateBudget (80/20)", () => {
  it("gives the top platform 80% and splits the rest by fit", () => {
    // Focus TMALL: 80,000. Rest 20,000 by 60:20 → JD 15,000, PDD 5,000.
    const r = allocateBudget(
      100000,
      [
        { platform: "JD", score: 60 },
        { platform: "TMALL", score: 80 },
        { platform: "PDD", score: 20 },
      ],
      rule,
    );
    expect(r).toEqual({
      ok: true,
      value: [
        { platform: "JD", score: 60, focus: false, running: false, amount: 15000 },
        { platform: "TMALL", score: 80, focus: true, running: false, amount: 80000 },
        { platform: "PDD", score: 20, focus: false, running: false, amount: 5000 },
      ],
    });
  });

  it("makes the store the brand sells most on today the focus, as the plan does (running stores first, biggest first)", () => {
    const r = allocateBudget(
      100000,
      [
        { platform: "JD", score: 60, currentSales: 900_000 },
        { platform: "TMALL", score: 80 },
        { platform: "PDD", score: 20, currentSales: 0 },
      ],
      rule,
    );
    // JD runs (¥900k a month): focus 80,000; Tmall and PDD are new: 20,000 by 80:20 → 16,000 and 4,000.
    expect(r.ok && r.value.map((a) => [a.platform, a.focus, a.running, a.amount])).toEqual([
      ["JD", true, true, 80000],
      ["TMALL", false, false, 16000],
      ["PDD", false, false, 4000],
    ]);
  });

  it("gives everything to a lone platform and nothing to a zero score", () => {
    const r = allocateBudget(
      5000,
      [
        { platform: "PDD", score: 70 },
        { platform: "DEWU", score: 0 },
      ],
      rule,
    );
    expect(r.ok && r.value.map((a) => a.amount)).toEqual([5000, 0]);
  });

  it("rejects an empty list and all-zero scores", () => {
    expect(allocateBudget(100, [], rule)).toMatchObject({ ok: false, issue: { code: "empty" } });
    expect(allocateBudget(100, [{ platform: "JD", score: 0 }], rule)).toMatchObject({ ok: false, issue: { code: "no_positive_score" } });
  });

  it("always adds up to the budget, never gives a negative amount, and does not mutate its input", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }).map((f) => f / 100),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 11 }).filter((s) => s.some((x) => x > 0)),
        (budget, scores) => {
          const entries = scores.map((score, i) => ({ platform: `P${i}`, score }));
          const before = JSON.stringify(entries);
          const r = allocateBudget(budget, entries, rule);
          if (!r.ok) throw new Error(r.issue.code);
          expect(sum(r.value.map((a) => a.amount))).toBe(budget);
          expect(r.value.every((a) => a.amount >= 0)).toBe(true);
          expect(JSON.stringify(entries)).toBe(before);
        },
      ),
    );
  });
});
