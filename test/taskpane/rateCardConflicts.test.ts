import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { rateCardOverrides } from "../../src/scenario/rateCardOverrides";
import { englishLeak, internalCode } from "../support/englishLeak";

const data = defaultReferenceData();

describe("Rate-card read-back reports conflicts and duplicates (issue 22, 4.8)", () => {
  it("ROI low above high across a zh and an en label is reported, in the user's language, and neither is applied", () => {
    // Each alone is valid against the built-in range (2–5); together low 4.5 > high 3.
    const rows = [
      ["天猫", "常见广告ROI下限", "", 4.5],
      ["Tmall", "Typical ad ROI, high", "", 3],
    ];
    const zh = rateCardOverrides(data, rows, "zh", "2026-11-22");
    expect(zh.overrides).toEqual([]);
    expect(zh.problems).toEqual([expect.stringMatching(/^第 3 行: .*ROI下限.*不能大于.*ROI上限/)]);
    expect(zh.problems.map(englishLeak).filter(Boolean)).toEqual([]);
    expect(zh.problems.map(internalCode).filter(Boolean)).toEqual([]);
    const en = rateCardOverrides(data, rows, "en", "2026-11-22");
    expect(en.problems).toEqual([expect.stringMatching(/^row 3: .*ROI, low must not exceed .*ROI, high/)]);
  });

  it("a duplicate row is reported and the first one applies (as the workbook's lookups read it)", () => {
    const rows = [
      ["天猫", "支付/基础服务费", "", 0.007],
      ["Tmall", "Payment fee", "", 0.009],
    ];
    const zh = rateCardOverrides(data, rows, "zh", "2026-11-22");
    expect(zh.overrides.map((o) => o.value)).toEqual([0.007]);
    expect(zh.problems).toEqual(["第 3 行: 与第 2 行重复(同一平台、同一项目、同一类目),只采用第 2 行;删除其中一行前,工作簿公式显示 #N/A。"]);
    expect(rateCardOverrides(data, rows, "en", "2026-11-22").problems).toEqual([
      "row 3: repeats row 2 (same platform, item and category); only row 2 is used, and the workbook's formulas show #N/A until one is removed.",
    ]);
  });
});
