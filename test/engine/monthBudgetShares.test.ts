import { monthBudgetShares } from "../../src/engine/plan/monthBudgetShares";
import { numberCalculator as N } from "../../src/engine/calc/numberCalculator";
import { teamOver } from "../../src/engine/plan/planSummary";

describe("a month's budget shares among the open stores", () => {
  it("splits by the 80/20 weights of the stores open that month", () => {
    expect(monthBudgetShares([0.8, 0.2])).toEqual([0.8, 0.2]);
    expect(monthBudgetShares([0.6, 0.2]).map((x) => Number(x.toFixed(12)))).toEqual([0.75, 0.25]);
  });
  it("shares equally when no open store has a weight (stores on their own traffic), never 1 each", () => {
    expect(monthBudgetShares([0, 0])).toEqual([0.5, 0.5]);
    expect(monthBudgetShares([0])).toEqual([1]);
  });
});

describe("teamOver: the peak team against the people available", () => {
  it("is 1 only when people are given (more than 0) and the peak is larger", () => {
    expect(teamOver(N, { peakPeople: 7, available: 6 })).toBe(1);
    expect(teamOver(N, { peakPeople: 6, available: 6 })).toBe(0);
    expect(teamOver(N, { peakPeople: 7, available: 0 })).toBe(0);
  });
});
