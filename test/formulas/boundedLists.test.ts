import { fit } from "../../src/functions/impl/fitFunctions";
import { allocate } from "../../src/functions/impl/planFunctions";
import { teamPlanTable } from "../../src/functions/impl/teamFunctions";

/* Issue 22, 4.11: TEAMPLAN and ALLOCATE spill one column or row per platform, so a whole column or a list naming a
   platform twice used to spill past Excel's limits or plan one platform twice; a 1,000,000-digit age band read as
   Infinity ("expected a number, got Infinity"). Each is refused with a message that says what to change. */
const refusal = (body: () => unknown): string => {
  try {
    body();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("not refused");
};
const column = (cells: unknown[]) => cells.map((c) => [c]);

describe("platform lists in TEAMPLAN and ALLOCATE are bounded and unique", () => {
  it("refuses a whole column of platforms before reading it", () => {
    const platforms = column(Array.from({ length: 65_536 }, (_, i) => (i % 2 ? "TMALL" : "JD")));
    const orders = column(platforms.map(() => 100));
    expect(refusal(() => teamPlanTable(platforms, orders, null, null))).toBe("platforms: too many entries; at most 1000.");
    expect(refusal(() => allocate(100000, platforms, orders))).toBe("platforms: too many entries; at most 1000.");
  });

  it("refuses more platforms than there are", () => {
    const platforms = column(Array.from({ length: 13 }, () => "TMALL"));
    expect(refusal(() => teamPlanTable(platforms, column(platforms.map(() => 100)), null, null))).toBe("platforms: too many entries; at most 12.");
  });

  it.each([
    ["the same code twice", ["TMALL", "JD", "TMALL"], 'platforms[3]: "TMALL" is used twice, also at platforms[1]; each must be unique.'],
    ["a code and its Chinese name", ["JD", "天猫", "tmall"], 'platforms[3]: "tmall" is used twice, also at platforms[2]; each must be unique.'],
  ])("refuses %s", (_what, list, message) => {
    expect(refusal(() => teamPlanTable(column(list), column([100, 200, 300]), null, null))).toBe(message);
    expect(refusal(() => allocate(100000, column(list), column([80, 70, 60])))).toBe(message);
  });

  it("still plans a list of distinct platforms, blanks skipped", () => {
    const table = teamPlanTable(column(["TMALL", "", "JD"]), column([500, null, 300]), null, null);
    expect(table[0]!.slice(1, 3)).toEqual(["Tmall", "JD.com"]);
    expect(allocate(100000, column(["TMALL", "JD"]), column([80, 70])).length).toBe(3);
  });
});

describe("a 1,000,000-digit age band", () => {
  it("is refused by its length, not read as Infinity", () => {
    const message = refusal(() => fit("TMALL", { category: "APPAREL", price: 299, ageBand: "1".repeat(1_000_000) } as Parameters<typeof fit>[1]));
    expect(message).toBe("ageBand: too long; use at most 80 characters.");
    expect(message).not.toMatch(/Infinity|NaN/);
  });
});
