import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";
import { applyOverrides } from "../../src/engine";
import { rateCardOverrides } from "../../src/scenario/rateCardOverrides";
import { readRateCardTable } from "../../src/taskpane/office/readRateCardTable";
import { writeWorkbookSpec } from "../../src/taskpane/office/writeWorkbookSpec";
import { FakeWorkbook, installExcelEnums } from "../support/fakeExcel";

installExcelEnums();
const data = defaultReferenceData();

async function writtenBook(lang: "zh" | "en") {
  const scenario = scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));
  scenario.overrides = [];
  const plan = buildPlan(data, scenario, "2026-11-22");
  if (!plan.ok) throw new Error(plan.issue.code);
  const book = new FakeWorkbook();
  await writeWorkbookSpec(book.run, bossWorkbook(scenario, plan.value, lang, new Date()), { confirmReplace: async () => true });
  return book;
}

function setCell(book: FakeWorkbook, sheet: string, match: (row: unknown[]) => boolean, value: unknown) {
  const ws = book.sheet(sheet)!;
  for (let r = 1; r < 2000; r++) {
    const row = ["A", "B", "C", "D"].map((c) => ws.values.get(`${c}${r}`));
    if (match(row)) {
      ws.values.set(`D${r}`, value);
      return;
    }
  }
  throw new Error("row not found");
}

describe("edits to the Rate card sheet become negotiated rates", () => {
  it("reads nothing when no rate card has been written", async () => {
    expect(await readRateCardTable(new FakeWorkbook().run)).toEqual([]);
  });

  it("finds no overrides in an unedited table", async () => {
    const rows = await readRateCardTable((await writtenBook("en")).run);
    expect(rows.length).toBeGreaterThan(150);
    expect(rateCardOverrides(data, rows, "en", "2026-11-22")).toEqual({ overrides: [], problems: [] });
  });

  it("turns an edited commission in a Chinese sheet into an override", async () => {
    const book = await writtenBook("zh");
    setCell(book, "费率表", (r) => r[0] === "天猫" && r[1] === "佣金/技术服务费" && r[2] === "服装", 0.03);
    const result = rateCardOverrides(data, await readRateCardTable(book.run), "zh", "2026-11-22");
    expect(result).toEqual({ overrides: [{ platform: "TMALL", field: "commission", category: "APPAREL", value: 0.03, note: "在“费率表”中修改(2026-11-22)" }], problems: [] });
  });

  it("reads edited payment fees and ROI, and ignores rows that are not rates", async () => {
    const book = await writtenBook("en");
    setCell(book, "Rate card", (r) => r[0] === "JD.com" && r[1] === "Payment fee", 0.004);
    setCell(book, "Rate card", (r) => r[0] === "Pinduoduo" && r[1] === "Typical ad ROI, high", 6);
    setCell(book, "Rate card", (r) => r[0] === "Tmall" && r[1] === "Deposit (¥)", 1);
    setCell(book, "Rate card", (r) => r[0] === "Douyin" && r[1] === "Return-rate multiple", 2);
    const { overrides, problems } = rateCardOverrides(data, await readRateCardTable(book.run), "en", "2026-11-22");
    expect(overrides.map((o) => [o.platform, o.field, o.value])).toEqual([
      ["JD", "paymentFee", 0.004],
      ["PDD", "adRoiHigh", 6],
      ["DOUYIN", "returnRateMultiple", 2],
    ]);
    expect(problems).toEqual([]);
  });

  it.each(["en", "zh"] as const)("reads annual fee and points-rebate edits (%s), which the workbook's formulas use too (issue 22, 4.8)", async (lang) => {
    const book = await writtenBook(lang);
    const sheet = lang === "en" ? "Rate card" : "费率表";
    const [jd, tmall, annualFee, points, digital] =
      lang === "en"
        ? ["JD.com", "Tmall", "Annual fee (¥)", "Tmall points rebate", "Digital & 3C"]
        : ["京东", "天猫", "年费(¥)", "天猫积分返点", data.rateCard.categories.DIGITAL_3C!.name.zh];
    setCell(book, sheet, (r) => r[0] === jd && r[1] === annualFee, 60000);
    setCell(book, sheet, (r) => r[0] === tmall && r[1] === points && !r[2], 0.004);
    setCell(book, sheet, (r) => r[0] === tmall && r[1] === points && r[2] === (lang === "en" ? data.rateCard.categories.DIGITAL_3C!.name.en : digital), 0.002);
    const { overrides, problems } = rateCardOverrides(data, await readRateCardTable(book.run), lang, "2026-11-22");
    expect(problems).toEqual([]);
    expect(overrides.map((o) => [o.platform, o.field, o.category, o.value])).toEqual([
      ["TMALL", "TMALL_POINTS", undefined, 0.004],
      ["TMALL", "TMALL_POINTS", "DIGITAL_3C", 0.002],
      ["JD", "annualFee", undefined, 60000],
    ]);
    const card = applyOverrides(data.rateCard, overrides, "2026-11-22");
    if (!card.ok) throw new Error(card.issue.code);
    expect([
      card.value.platforms.JD!.annualFee.value,
      card.value.platforms.TMALL!.otherDeductions[0]!.rate.value,
      card.value.platforms.TMALL!.otherDeductions[0]!.byCategory!.DIGITAL_3C!.value,
    ]).toEqual([60000, 0.004, 0.002]);
  });

  it.each([
    ["a percent typed as a whole number", 5, "out of range"],
    ["text", "five percent", "must be a number"],
    ["an HTML payload", "<script>alert(1)</script>", "must be a number"],
    ["a 10 MB string", "x".repeat(10 * 1024 * 1024), "must be a number"],
  ])("rejects %s with a row message and keeps the other rows", async (_what, value, message) => {
    const book = await writtenBook("en");
    setCell(book, "Rate card", (r) => r[0] === "Tmall" && r[1] === "Commission" && r[2] === "Beauty", value);
    setCell(book, "Rate card", (r) => r[0] === "Douyin" && r[1] === "Commission" && r[2] === "Beauty", 0.02);
    const { overrides, problems } = rateCardOverrides(data, await readRateCardTable(book.run), "en", "2026-11-22");
    expect(overrides.map((o) => [o.platform, o.category, o.value])).toEqual([["DOUYIN", "BEAUTY", 0.02]]);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^row \\d+: .*${message}`))]);
  });

  it("names an unknown platform typed into the sheet, with a suggestion", () => {
    const result = rateCardOverrides(data, [["Tmal", "Commission", "Apparel", 0.03]], "en", "2026-11-22");
    expect(result.problems).toEqual([expect.stringContaining('Did you mean "Tmall (天猫)"?')]);
  });
});
