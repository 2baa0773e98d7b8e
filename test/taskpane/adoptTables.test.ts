import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";
import { OWNED_KEY, writeWorkbookSpec } from "../../src/taskpane/office/writeWorkbookSpec";
import { FakeWorkbook, installExcelEnums } from "../support/fakeExcel";

installExcelEnums();

function spec() {
  const scenario = scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));
  const plan = buildPlan(defaultReferenceData(), scenario, "2026-11-22");
  if (!plan.ok) throw new Error(plan.issue.code);
  return bossWorkbook(scenario, plan.value, "en", new Date("2026-11-22T08:00:00Z"));
}

/** The CLI's workbook opened in Excel: ChannelFit's sheets and CF_ tables, but no task-pane setting saying they are ours. */
async function cliWorkbook() {
  const book = new FakeWorkbook(["My data"]);
  await writeWorkbookSpec(book.run, spec(), { confirmReplace: async () => true });
  book.settingsStore.delete(OWNED_KEY);
  return book;
}

describe("Write to workbook when CF_ tables exist outside the add-in's sheets (issue 22, 4.3)", () => {
  it("adopts the sheets holding them, after asking, and writes without duplicate table names", async () => {
    const book = await cliWorkbook();
    const before = book.live().map((s) => s.name);
    const asked: string[][] = [];
    const report = await writeWorkbookSpec(book.run, spec(), { confirmReplace: async (names) => (asked.push(names), true) });
    expect(report.cancelled).toBe(false);
    expect(asked).toEqual([before.filter((n) => n !== "My data")]);
    expect(book.live().map((s) => s.name)).toEqual(["My data", ...report.written]);
    const tables = book.live().flatMap((s) => s.tables.items.map((t) => t.name));
    expect(new Set(tables).size).toBe(tables.length);
    expect(tables.every((t) => t.startsWith("CF_"))).toBe(true);
  });

  it("leaves everything as it was when the user declines", async () => {
    const book = await cliWorkbook();
    const before = book.live().map((s) => s.name);
    const report = await writeWorkbookSpec(book.run, spec(), { confirmReplace: async () => false });
    expect(report.cancelled).toBe(true);
    expect(book.live().map((s) => s.name)).toEqual(before);
  });
});
