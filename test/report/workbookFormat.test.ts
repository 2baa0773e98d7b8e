import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { writeWorkbookFile } from "../../src/cli/writeWorkbookFile";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/scenario/buildPlan";
import { columnLetter } from "../../src/report/columnLetter";
import { scenarioSchema } from "../../src/scenario/scenario";
import { rateCardOverrides } from "../../src/scenario/rateCardOverrides";
import { readRateCardTable } from "../../src/taskpane/office/readRateCardTable";
import { FakeWorkbook } from "../support/fakeExcel";
import { readXlsx } from "../support/readXlsx";

const data = defaultReferenceData();

describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  it("refuses what is not a column", () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
  });
});

/** A workbook the CLI wrote, loaded into the strict Excel fake cell by cell and table by table. */
async function openedInExcel(file: string): Promise<FakeWorkbook> {
  const xlsx = await readXlsx(fs.readFileSync(file));
  const book = new FakeWorkbook(xlsx.sheetNames);
  for (const ws of book.sheets) {
    for (const [ref, value] of xlsx.cells.get(ws.name)!) ws.values.set(ref, value);
    for (const t of xlsx.tables.get(ws.name)!) ws.tables.items.push({ name: t.name, address: t.ref, hasHeaders: true });
  }
  return book;
}

describe("one workbook format", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-format-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a CLI-made workbook, opened as the add-in opens it, reads an edited commission as a negotiated rate", async () => {
    const scenario = scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));
    scenario.overrides = [];
    const plan = buildPlan(data, scenario, "2026-11-22");
    if (!plan.ok) throw new Error(plan.issue.code);
    const file = path.join(dir, "boss.xlsx");
    await writeWorkbookFile(bossWorkbook(scenario, plan.value, "zh", new Date("2026-11-22T08:00:00Z")), file, new Date("2026-11-22T08:00:00Z"));

    const book = await openedInExcel(file);
    const tableNames = book.sheets.flatMap((s) => s.tables.items.map((t) => t.name));
    expect(tableNames).toContain("CF_RateCard");
    expect(tableNames.every((n) => n.startsWith("CF_"))).toBe(true);

    const unedited = await readRateCardTable(book.run);
    expect(unedited.length).toBeGreaterThan(150);
    expect(rateCardOverrides(data, unedited, "zh", "2026-11-22")).toEqual({ overrides: [], problems: [] });

    const sheet = book.sheet("费率表")!;
    const row = [...sheet.values]
      .find(([ref, v]) => ref.startsWith("A") && v === "天猫" && sheet.values.get(`B${ref.slice(1)}`) === "佣金/技术服务费" && sheet.values.get(`C${ref.slice(1)}`) === "服装")![0]
      .slice(1);
    sheet.values.set(`D${row}`, 0.03);
    expect(rateCardOverrides(data, await readRateCardTable(book.run), "zh", "2026-11-22")).toEqual({
      overrides: [{ platform: "TMALL", field: "commission", category: "APPAREL", value: 0.03, note: "在“费率表”中修改(2026-11-22)" }],
      problems: [],
    });
  });
});
