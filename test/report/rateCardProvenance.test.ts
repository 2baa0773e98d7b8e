import { z } from "zod";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { figureOf } from "../../src/data/schema/figure";
import { rateCardListing, rateCardListingHeaders } from "../../src/report/tables/rateCardListing";
import { rateCardRows } from "../../src/report/tables/rateCardRows";
import { explainFigure } from "../../src/taskpane/wizard/explainFigure";
import { englishLeak } from "../support/englishLeak";

const data = defaultReferenceData();
const card = data.rateCard;
const commissionRow = (rows: (string | number)[][], category: string) => rows.find((r) => (r[1] === "Commission" || r[1] === "佣金/技术服务费") && r[2] === category)!;

describe("where each rate comes from, in the three places a user sees it", () => {
  it("the Rate card sheet marks a stale source by its date and gives its title and address", () => {
    const [, , , value, source, date, note] = commissionRow(rateCardRows(data, ["KUAISHOU"], "en"), "Apparel");
    expect(value).toBe(0.05);
    expect(source).toBe(`WX01: ${card.sources.WX01!.title} (${card.sources.WX01!.publisher}) · https://en.pingwest.com/w/11268`);
    expect(date).toBe("2022-12-30 (older source: more than 18 months before the rate card's date)");
    expect(note).toContain("Platform-wide");
  });

  it("the Rate card sheet shows a fresh source's date unmarked, and an estimate's reasoning", () => {
    const fresh = commissionRow(rateCardRows(data, ["XIAOHONGSHU"], "zh"), "服装");
    expect(fresh[5]).toBe("2025-08-25");
    const estimate = commissionRow(rateCardRows(data, ["XIAOHONGSHU"], "en"), "Health");
    expect(estimate.slice(4)).toEqual(["Estimate", "", expect.stringContaining("personal-care (个护) row, which is not health supplements")]);
  });

  it("=CHANNEL.RATECARD() lists status, source, address and date in their own columns, in Chinese too", () => {
    expect(rateCardListingHeaders("zh")).toEqual(["平台", "项目", "类目", "数值", "状态", "来源", "网址", "日期", "说明"]);
    const rows = rateCardListing(data, ["KUAISHOU", "XIAOHONGSHU"], "zh");
    expect(rows.find((r) => r[0] === "快手" && r[2] === "服装")!.slice(4, 8)).toEqual([
      "来源较旧",
      expect.stringMatching(/^WX01: /),
      "https://en.pingwest.com/w/11268",
      "2022-12-30",
    ]);
    expect(rows.find((r) => r[0] === "小红书" && r[2] === "服装")!.slice(4, 8)).toEqual(["有来源", expect.stringMatching(/^XH01: /), card.sources.XH01!.url, "2025-08-25"]);
    expect(rows.find((r) => r[0] === "快手" && r[2] === "食品")!.slice(4, 8)).toEqual(["估算", "", "", ""]);
  });

  it("the wizard's ⓘ gives the source's title, address and date, marking a stale one", () => {
    const stale = explainFigure(data, card.platforms.KUAISHOU!.commission.APPAREL!, "en");
    expect(stale).toContain("https://en.pingwest.com/w/11268");
    expect(stale).toContain("(2022-12-30; older source: more than 18 months before the rate card's date)");
    const fresh = explainFigure(data, card.platforms.XIAOHONGSHU!.commission.APPAREL!, "zh");
    expect(fresh).toContain("(2025-08-25)");
    expect(fresh).not.toContain("过期");
    expect(explainFigure(data, card.platforms.DEWU!.perOrderFee, "en")).toMatch(/paid by buyers/);
  });
});

describe("已过期 / expired is kept for a figure a newer rule replaced (issue 22, §2)", () => {
  const replaced = structuredClone(defaultReferenceData());
  const rule = "KS09 (2026-01): a newer commission schedule";
  Object.assign(replaced.rateCard.platforms.KUAISHOU!.commission.APPAREL!, { replacedBy: rule });

  it("the figure schema accepts the replacedBy marker on a cited figure only", () => {
    const cited = { value: 0.05, source: "WX01", asOf: "2022-12-30", excerpt: "5%", replacedBy: rule };
    expect(figureOf(z.number()).safeParse(cited).success).toBe(true);
    expect(figureOf(z.number()).safeParse({ value: 0.05, estimate: "a guess", replacedBy: rule }).success).toBe(false);
  });

  it("the Rate card sheet, =CHANNEL.RATECARD() and the wizard's ⓘ say 已过期 with the newer rule, in zh and en", () => {
    const zhDate = commissionRow(rateCardRows(replaced, ["KUAISHOU"], "zh"), "服装")[5];
    expect(zhDate).toBe(`2022-12-30 (已过期:已被新规则取代: ${rule})`);
    expect(commissionRow(rateCardRows(replaced, ["KUAISHOU"], "en"), "Apparel")[5]).toBe(`2022-12-30 (expired: a newer rule replaced this figure: ${rule})`);
    expect(rateCardListing(replaced, ["KUAISHOU"], "zh").find((r) => r[2] === "服装")![4]).toBe("已过期");
    expect(explainFigure(replaced, replaced.rateCard.platforms.KUAISHOU!.commission.APPAREL!, "zh")).toContain("已过期");
  });

  it("an old source that nothing replaced stays 来源较旧 (older source), never 已过期", () => {
    const rows = rateCardRows(data, Object.keys(card.platforms), "zh");
    expect(rows.some((r) => String(r[5]).includes("来源较旧"))).toBe(true);
    // Only the figures the data marks replacedBy say 已过期, each with its rule in Chinese.
    const replacedCount = (node: unknown): number =>
      Array.isArray(node)
        ? node.reduce((n: number, c) => n + replacedCount(c), 0)
        : node && typeof node === "object"
          ? ("replacedBy" in node ? 1 : 0) + Object.values(node).reduce((n: number, c) => n + replacedCount(c), 0)
          : 0;
    const expired = rows.filter((r) => String(r[5]).includes("已过期"));
    expect(expired).toHaveLength(replacedCount(card.platforms));
    expect(expired.filter((r) => englishLeak(String(r[5])))).toEqual([]);
    expect(rateCardListing(data, ["KUAISHOU"], "zh").find((r) => r[2] === "服装")![4]).toBe("来源较旧");
  });
});
