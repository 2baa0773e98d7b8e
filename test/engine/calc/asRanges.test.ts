import { asRanges } from "../../../src/engine/calc/formulaCalculator";

describe("asRanges: the formula backend's SUM reads as a boss writes it", () => {
  it("joins cells one under another in one column into a range, sheet-qualified or not", () => {
    expect(asRanges(["'Monthly P&L'!$E$32", "'Monthly P&L'!$E$33", "'Monthly P&L'!$E$34"])).toEqual(["'Monthly P&L'!$E$32:$E$34"]);
    expect(asRanges(["$B$5", "$B$6"])).toEqual(["$B$5:$B$6"]);
  });

  it("keeps apart what is not one run: a gap, another column, another sheet, a formula", () => {
    expect(asRanges(["$B$5", "$B$7", "$C$8", "'It''s'!$C$9", "'It''s'!$C$10", "ROUND($D$1,2)", "$D$2"])).toEqual([
      "$B$5",
      "$B$7",
      "$C$8",
      "'It''s'!$C$9:$C$10",
      "ROUND($D$1,2)",
      "$D$2",
    ]);
  });
});
