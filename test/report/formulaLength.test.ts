import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { describeIssue } from "../../src/messages";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";

/* Excel refuses a formula longer than 8,192 characters (it repairs the file by dropping it), so no formula of the boss
   workbook may be longer: a formula repeating another's expression instead of reading its cell grows past it. */
const EXCEL_MAX_FORMULA = 8192;
const sample = (): Scenario => scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));

function formulas(value: unknown, where: string, out: Array<[string, number]>): void {
  if (Array.isArray(value)) value.forEach((v, i) => formulas(v, `${where}[${i}]`, out));
  else if (value && typeof value === "object") {
    const formula = (value as { formula?: unknown }).formula;
    if (typeof formula === "string") out.push([where, formula.length]);
    else for (const [k, v] of Object.entries(value)) formulas(v, `${where}.${k}`, out);
  }
}

describe("every formula of the boss workbook fits Excel's 8,192-character limit", () => {
  const doubled = (): Scenario => {
    const s = sample();
    return { ...s, company: { ...s.company, annualTarget: 12_000_000, monthlyAdBudget: 160_000 } };
  };
  // An established brand running six stores: the running stores' sales and the shared fixed costs were inlined into
  // each ad and fixed-cost formula (34,852 characters with two stores).
  const sixStores = (): Scenario => {
    const s = sample();
    const stores = { 天猫: 1_500_000, 京东: 600_000, 拼多多: 500_000, 抖音: 1_200_000, 小红书: 300_000, 视频号: 200_000 };
    return {
      ...s,
      company: {
        ...s.company,
        brandStage: "established",
        currentAnnualSales: 60_000_000,
        annualTarget: 80_000_000,
        monthlyAdBudget: 1_500_000,
        maxPlatforms: 11,
        existingStores: stores,
      },
    };
  };
  // Running a store on every platform: the fen-exact splits wrote their weights' total out inside every term.
  const elevenStores = (): Scenario => {
    const s = sixStores();
    const more = { 快手: 300_000, 淘宝: 400_000, 唯品会: 300_000, 苏宁易购: 100_000, 得物: 100_000 };
    return {
      ...s,
      company: { ...s.company, currentAnnualSales: 90_000_000, annualTarget: 120_000_000, monthlyAdBudget: 3_000_000, existingStores: { ...s.company.existingStores, ...more } },
    };
  };
  it.each([
    ["the sample", sample],
    ["twice the sample's volume (more platforms entered)", doubled],
    ["an established brand running six stores", sixStores],
    ["an established brand running a store on all eleven platforms", elevenStores],
  ])("%s, zh and en", (_name, scenario) => {
    const r = buildPlan(defaultReferenceData(), scenario(), "2026-11-22");
    if (!r.ok) throw new Error(describeIssue(r.issue));
    for (const lang of ["zh", "en"] as const) {
      const found: Array<[string, number]> = [];
      for (const sheet of bossWorkbook(scenario(), r.value, lang, new Date("2026-11-22T10:00:00Z")).sheets) formulas(sheet.blocks, sheet.name, found);
      expect(found.length).toBeGreaterThan(1000);
      expect(found.filter(([, n]) => n > EXCEL_MAX_FORMULA)).toEqual([]);
    }
  });
});
