import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { type Lang } from "../../src/engine";
import { label } from "../../src/messages";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { workbookBytes } from "../../src/report/xlsx/workbookBytes";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";
import { readXlsx } from "../support/readXlsx";

/* The boss summary says, in the sheet's language, which money inputs the plan counted at ¥0 because they were left out:
   one fact below the budget check, read back from the written .xlsx. */
const data = defaultReferenceData();
const created = new Date(2026, 11, 6, 9, 0);

async function summaryFacts(leaveOut: boolean, lang: Lang): Promise<Map<string, unknown>> {
  const input = parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8"));
  if (leaveOut) {
    delete input.products[3].shipping;
    delete input.company.otherFixedPerMonth;
  }
  const scenario = scenarioSchema.parse(input);
  const planned = buildPlan(data, scenario, "2026-12-06");
  if (!planned.ok) throw new Error(planned.issue.code);
  const wb = await readXlsx(Buffer.from(await workbookBytes(bossWorkbook(scenario, planned.value, lang, created), created)));
  const cells = wb.cells.get(label("sheetSummary", lang))!;
  // Column A's labels with the value beside them in column B.
  const facts = new Map<string, unknown>();
  for (const [ref, value] of cells) {
    const row = /^A(\d+)$/.exec(ref)?.[1];
    if (row && typeof value === "string") facts.set(value, cells.get(`B${row}`));
  }
  return facts;
}

describe("the boss summary names the inputs counted at ¥0 because they were left out", () => {
  it.each<[Lang, string]>([
    ["zh", "4 个产品中有 1 个未填写运费(WH-BT-04):按每个包裹 ¥0 计算。 未填写每月其他固定费用(软件、样品、拍摄等):按每月 ¥0 计算。"],
    ["en", "Shipping not given for 1 of 4 products (WH-BT-04): counted as ¥0 a parcel. Other fixed costs (software, samples, photography…) not given: counted as ¥0 a month."],
  ])("in %s, on the row after the budget check", async (lang, line) => {
    const facts = await summaryFacts(true, lang);
    expect(facts.get(label("leftOut", lang))).toBe(line);
    const labels = [...facts.keys()];
    expect(labels.indexOf(label("leftOut", lang))).toBe(labels.indexOf(label("budgetCheck", lang)) + 1);
  });

  it("shows no such row when the scenario gives them all (the shipped sample)", async () => {
    const facts = await summaryFacts(false, "zh");
    expect(facts.has(label("budgetCheck", "zh"))).toBe(true);
    expect(facts.has(label("leftOut", "zh"))).toBe(false);
  });
});
