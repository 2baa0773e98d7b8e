import fs from "node:fs";
import JSZip from "jszip";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { type Lang } from "../../src/engine";
import { label } from "../../src/messages";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import { workbookBytes } from "../../src/report/xlsx/workbookBytes";
import { NUMBER_FORMATS } from "../../src/report/xlsx/formats";
import { valueOf, type CellValue, type SheetSpec, type TableSpec, type WorkbookSpec } from "../../src/report/workbookSpec";

/* Issue 22 §2, the boss page's leftovers: words a boss reads (稳定期, not 满速; glosses beside the margins; a date,
   not a UTC time), the Rate card's formats and its "older source" wording, platforms that open after the horizon, the
   budget sentence when the plan spends nothing, and ROI at the user's cost per click. */
const data = defaultReferenceData();
const sample = (): Scenario => scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));

function specOf(scenario: Scenario, lang: Lang = "zh"): WorkbookSpec {
  const r = buildPlan(data, scenario, "2026-11-22");
  if (!r.ok) throw new Error(r.issue.code);
  return bossWorkbook(scenario, r.value, lang, new Date(2026, 10, 22, 23, 30), {});
}

const sheet = (spec: WorkbookSpec, key: Parameters<typeof label>[0], lang: Lang = "zh") => spec.sheets.find((s) => s.name === label(key, lang))!;
const table = (s: SheetSpec, name: string): TableSpec => s.blocks.flatMap((b) => (b.kind === "table" && b.table.name === name ? [b.table] : []))[0]!;
const facts = (s: SheetSpec) => s.blocks.flatMap((b) => (b.kind === "facts" ? b.rows : []));
const texts = (spec: WorkbookSpec): string[] =>
  spec.sheets.flatMap((s) =>
    s.blocks.flatMap((b) => {
      if (b.kind === "title" || b.kind === "heading") return [b.text];
      if (b.kind === "notes") return b.lines;
      if (b.kind === "facts") return b.rows.flatMap((f) => [f.label, String(valueOf(f.value) ?? "")]);
      return [...b.table.columns.map((c) => c.header), ...[...b.table.rows].flatMap((r) => r.map((v) => String(valueOf(v) ?? "")))];
    }),
  );
const formatOf = (v: CellValue) => (typeof v === "object" && v !== null && "format" in v ? v.format : undefined);

describe("the boss page's words", () => {
  const zh = specOf(sample());

  it("says 稳定期 for the run rate, never 满速, and glosses each margin and the paid share beside them", () => {
    expect(texts(zh).filter((t) => t.includes("满速"))).toEqual([]);
    const summary = sheet(zh, "sheetSummary");
    const at = summary.blocks.findIndex((b) => b.kind === "heading" && b.text === label("terms", "zh"));
    const notes = summary.blocks[at + 1];
    expect(notes?.kind === "notes" && notes.lines).toEqual([
      label("glossPeakCashNeed", "zh"),
      label("glossContributionMargin", "zh"),
      label("glossNetMarginRunRate", "zh"),
      label("glossPaidShare", "zh"),
      label("glossReturns", "zh"),
    ]);
    expect(label("glossContributionMargin", "zh")).toMatch(/^贡献率:/);
    expect(label("glossNetMarginRunRate", "zh")).toMatch(/^稳定期店铺利润率:/);
    expect(label("glossPaidShare", "zh")).toMatch(/^付费流量占比:/);
  });

  it("says once, in the terms, why the peak cash need is more than the lowest cumulative profit: stock, unsettled payouts, deposits", () => {
    expect(label("glossPeakCashNeed", "zh")).toMatch(/^最大资金需求:.*累计现金的最低点.*累计利润的最低点.*开店费用.*备货.*未结算回款.*保证金/);
    expect(label("glossPeakCashNeed", "en")).toMatch(/^Peak cash need:.*low of cumulative cash.*lowest cumulative profit.*launch costs.*stock.*payouts.*deposits/);
    // The figure's own label stays short (it wrapped to three lines in the facts' label column): the gloss is the one place.
    expect(label("peakCashNeed", "zh")).toBe("最大资金需求(¥)");
    expect(label("peakCashNeed", "en")).toBe("Peak cash need (¥)");
    const summary = sheet(zh, "sheetSummary");
    expect(facts(summary).some((r) => r.label === label("peakCashNeed", "zh"))).toBe(true);
    expect(label("terms", "en")).toBe("What the figures mean");
  });

  it("names no file of the source tree a boss does not have (src/…, costs.json) in its notes and headings", () => {
    // Data reasoning texts (the Rate card's notes) are the data's own words and are checked with the data.
    const prose = (spec: WorkbookSpec) =>
      spec.sheets.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "notes" ? b.lines : b.kind === "title" || b.kind === "heading" ? [b.text] : [])));
    for (const lang of ["zh", "en"] as const) {
      const lines = prose(specOf(sample(), lang));
      expect(lines.some((t) => t.includes("ChannelFit"))).toBe(true);
      expect(lines.filter((t) => /src\/|\.json\b/.test(t))).toEqual([]);
    }
  });

  it("leaves the budget share blank for a platform the plan does not enter, not 0.0% beside its margins", () => {
    const all = table(sheet(zh, "sheetSummary"), "AllPlatforms");
    const share = all.columns.findIndex((c) => c.header === label("budgetShare", "zh"));
    const rows = [...all.rows];
    const entered = rows.filter((r) => valueOf(r[share] ?? null) !== null);
    // The sample enters Taobao alone, with the whole budget; the eleven others show nothing in the column.
    expect(entered.map((r) => [r[0], valueOf(r[share]!)])).toEqual([["淘宝", 1]]);
    expect(rows.length).toBe(12);
  });

  it("dates the plan on the local calendar, without a UTC time", () => {
    const generated = facts(sheet(zh, "sheetSummary")).find((f) => f.label === label("generatedAt", "zh"))!;
    expect(valueOf(generated.value)).toBe("2026-11-22");
  });

  it("says returned goods come back to stock, in the returns column's label and in full in the terms (zh and en)", () => {
    expect(label("pnl_returns", "zh")).toBe("退款(¥,退货回库再卖)");
    expect(label("pnl_returns", "en")).toBe("Returns (¥; goods back to stock)");
    expect(label("glossReturns", "zh")).toMatch(/^退款:.*回到库存.*货品成本只按留下的订单计算/);
    expect(label("glossReturns", "en")).toMatch(/^Returns:.*come back to stock.*goods are costed only on the orders kept/);
    // The P&L's platform and total tables head their returns column with it.
    const pnl = sheet(zh, "sheetPnl");
    const headers = pnl.blocks.flatMap((b) => (b.kind === "table" ? b.table.columns.map((c) => c.header) : []));
    expect(headers.filter((h) => h === label("pnl_returns", "zh")).length).toBeGreaterThanOrEqual(2);
  });

  it("puts the shared fixed costs under a heading of their own, and the ad-budget heading right above its table", () => {
    const blocks = sheet(zh, "sheetPlan").blocks;
    const shared = blocks.findIndex((b) => b.kind === "facts" && b.rows.some((r) => r.label === label("sharedFixedPerMonth", "zh")));
    expect(blocks[shared - 1]).toEqual({ kind: "heading", text: label("sharedFactsHeading", "zh") });
    expect(label("sharedFactsHeading", "zh")).toBe("各店共用的数字");
    const ad = blocks.findIndex((b) => b.kind === "heading" && b.text === label("adBudget", "zh"));
    expect(ad).toBeGreaterThan(shared);
    const next = blocks[ad + 1];
    expect(next?.kind === "table" && next.table.name).toBe("AdBudget");
  });

  it("shows ROI at your cost per click to two decimals", () => {
    const adBudget = table(sheet(zh, "sheetPlan"), "AdBudget");
    expect(adBudget.columns.find((c) => c.header === label("impliedRoiAtYourCpc", "zh"))!.format).toBe("multiple");
  });
});

describe("the Rate card sheet", () => {
  const rates = (lang: Lang) => table(sheet(specOf(sample(), lang), "sheetRateCard", lang), "RateCard");
  const row = (lang: Lang, platform: string, item: string, category = "") => [...rates(lang).rows].find((r) => r[0] === platform && r[1] === item && r[2] === category)!;

  it("formats rates as %, fees and deposits as ¥ and ROI as a multiple (never 0.05 or 50000.0)", () => {
    expect(formatOf(row("zh", "天猫", "佣金/技术服务费", "服装")[3]!)).toBe("percent");
    expect(formatOf(row("zh", "天猫", "支付/基础服务费")[3]!)).toBe("percent");
    expect(formatOf(row("zh", "天猫", "保证金(¥)")[3]!)).toBe("money");
    expect(formatOf(row("zh", "京东", "年费(¥)")[3]!)).toBe("money");
    expect(formatOf(row("en", "Tmall", "Typical ad ROI, low")[3]!)).toBe("rate");
  });

  it("calls a source over 18 months old an older source, not expired, and explains in Chinese", () => {
    const stale = row("zh", "快手", "佣金/技术服务费", "服装");
    expect(String(stale[5])).toMatch(/来源较旧/);
    expect(String(stale[5])).not.toMatch(/已过期/);
    // 已过期 only on a platform whose data marks a figure replacedBy (a newer rule), never for an old source alone.
    const replacing = Object.values(data.rateCard.platforms)
      .filter((p) => JSON.stringify(p).includes('"replacedBy"'))
      .map((p) => p.name.zh);
    expect([...rates("zh").rows].filter((r) => String(r[5]).includes("已过期") && !replacing.includes(String(r[0])))).toEqual([]);
    expect(String(stale[6])).toMatch(/[\u4e00-\u9fff]/);
    expect(String(row("en", "Kuaishou", "Commission", "Apparel")[5])).toMatch(/older source/);
  });
});

describe("platforms and budgets at the edges", () => {
  it("shows a platform that opens after the horizon as not within the plan, with no people or budget share", () => {
    const s = sample();
    s.company = { ...s.company, annualTarget: 100_000_000, monthlyAdBudget: 2_000_000, maxPlatforms: 8 };
    // 40% cheaper goods: at the sample's costs every store but the focus is short of the overhead its sales bring.
    s.products = s.products.map((p) => ({ ...p, unitCost: Math.round(p.unitCost * 60) / 100 }));
    const r = buildPlan(data, s, "2026-11-22");
    if (!r.ok) throw new Error(r.issue.code);
    const late = r.value.plan.platforms.filter((p) => p.verdict.kind === "enter_later" && p.verdict.openMonth === null);
    for (const p of late) expect([r.value.plan.entered.includes(p.platform), p.runRate, p.team, p.budgetWeight, p.targetShare]).toEqual([false, null, null, 0, 0]);
    expect(late.length).toBeGreaterThan(0);
    const spec = bossWorkbook(s, r.value, "zh", new Date(), {});
    const all = table(sheet(spec, "sheetSummary"), "AllPlatforms");
    for (const p of late) {
      const shown = [...all.rows].find((x) => x[0] === data.rateCard.platforms[p.platform]!.name.zh)!;
      expect([shown[3], shown[6], shown[8]]).toEqual([label("opensAfterPlan", "zh"), null, null]);
      const sequence = [...table(sheet(spec, "sheetPlan"), "Sequence").rows].find((x) => x[1] === data.rateCard.platforms[p.platform]!.name.zh)!;
      expect(sequence[2]).toBe(label("opensAfterPlan", "zh"));
    }
  });

  it("does not say the budget covers ¥0 when the plan spends nothing on ads", () => {
    const s = sample();
    for (const p of s.products) p.unitCost = 400;
    for (const lang of ["zh", "en"] as const) {
      const budget = facts(sheet(specOf(s, lang), "sheetSummary", lang)).find((f) => f.label === label("budgetCheck", lang))!;
      expect(String(valueOf(budget.value))).not.toMatch(/¥0\b/);
      expect(String(valueOf(budget.value))).toMatch(lang === "zh" ? /不投广告/ : /spends nothing on ads/);
    }
  });
});

describe("alignment in the written workbook", () => {
  it("sets the settings table's numbers left, under their left-aligned header, and number headers right over their numbers", async () => {
    const zip = await JSZip.loadAsync(await workbookBytes(specOf(sample()), new Date(2026, 10, 22)));
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const alignOf = async (sheet: number, ref: string) => {
      const xml = await zip.file(`xl/worksheets/sheet${sheet}.xml`)!.async("string");
      const s = Number(new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(xml)?.[1] ?? 0);
      return /horizontal="(\w+)"/.exec(xfs[s]!)?.[1] ?? "general";
    };
    // Inputs (sheet 2): the settings header row 4, the annual target (¥) in B5.
    expect([await alignOf(2, "B4"), await alignOf(2, "B5")]).toEqual(["general", "left"]);
    // Plan (sheet 5): a number column's header (ROI) sits right, over its numbers.
    const plan = await zip.file("xl/worksheets/sheet5.xml")!.async("string");
    const roiHeader = new RegExp(`<c r="([A-Z]+\\d+)"[^>]*><is><t[^>]*>${label("roi", "zh")}</t>`).exec(plan)![1]!;
    expect(await alignOf(5, roiHeader)).toBe("right");
  });
});

describe("the boss page's headline figures", () => {
  it("are in whole yuan (operator read 3: every figure carried cents), money to the fen staying on the P&L", () => {
    const rows = facts(sheet(specOf(sample()), "sheetSummary"));
    const money = rows.filter((f) => [label("yearOneSales", "zh"), label("yearOneProfit", "zh"), label("peakCashNeed", "zh")].includes(f.label));
    expect(money).toHaveLength(3);
    for (const f of money) expect(f.format).toBe("yuan");
    expect(NUMBER_FORMATS.yuan).toBe('"¥"#,##0;[Red]-"¥"#,##0');
    expect(NUMBER_FORMATS.money).toContain("0.00");
  });
});
