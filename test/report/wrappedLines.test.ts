import { printedWidth } from "../../src/report/xlsx/parts/printFit";
import { wrappedLines } from "../../src/report/xlsx/parts/sheetLayout";

/* Rows are made as tall as their wrapped text (neither Excel nor LibreOffice sizes them on opening). The summary's
   English reasons printed on one line in a row made for two (boss read N9): letters are narrower than a digit. */
describe("lines a text wraps to in a cell", () => {
  const reasonColumn = 69; // the summary's reason column, 70 characters, less a character of padding

  it("gives an English reason that LibreOffice prints on one line one line, not two", () => {
    const reason = "Needs 4,989 orders a month to cover its team and fixed costs; the plan gives it 3,428.";
    expect(reason.length).toBe(86);
    expect(wrappedLines(reason, reasonColumn)).toBe(1);
  });

  it("keeps two lines for a reason LibreOffice wraps, and never fewer than a character a unit for longer texts", () => {
    // LibreOffice broke this one after "¥340": its first 92 characters did not fit.
    const twoLines = "Loses ¥10 on every order before fixed costs. It pays with an average price of ¥340 (+16.7%), or a unit cost of ¥85, or an ad ROI of 2.8.";
    expect(printedWidth(twoLines.slice(0, 92))).toBeGreaterThan(reasonColumn);
    expect(wrappedLines(twoLines, reasonColumn)).toBe(2);
    const long = "x".repeat(300);
    expect(wrappedLines(long, reasonColumn)).toBe(Math.ceil(300 / reasonColumn));
  });

  it("counts Chinese characters two units, as wide as before", () => {
    const zh = "每月需 4,989 单才能覆盖团队和固定成本;按计划只有 3,428 单。";
    expect(printedWidth("天猫")).toBe(4);
    expect(wrappedLines(zh, reasonColumn)).toBe(1);
    expect(wrappedLines("天".repeat(40), reasonColumn)).toBe(2);
  });
});
