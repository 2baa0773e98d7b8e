import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import { scenarioProblems } from "../../src/scenario/scenarioProblems";
import { workbookBytes } from "../../src/report/xlsx/workbookBytes";
import { describeIssue } from "../../src/messages";
import { computePlan } from "../../src/taskpane/wizard/computePlan";
import { defaultDraft } from "../../src/taskpane/wizard/wizardDraft";
import { buildCli, runPlan } from "../support/planCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-xmltext-"));
beforeAll(() => buildCli());
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const scenario = (brand: string, name = "Tee", note?: string) => ({
  brand,
  company: { annualTarget: 1_000_000, monthlyAdBudget: 10_000 },
  products: [{ sku: "A-1", name, category: "服装", price: 99, unitCost: 30 }],
  overrides: note === undefined ? [] : [{ platform: "TMALL", field: "commission", category: "服装", value: 0.05, note }],
});

/** Every XML part of an .xlsx that xmllint rejects, with its first complaint. */
async function malformedParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const bad: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const file = path.join(tmp, "part.xml");
    fs.writeFileSync(file, await zip.file(name)!.async("uint8array"));
    const lint = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
    if (lint.status !== 0) bad.push(`${name}: ${lint.stderr.split("\n")[0]}`);
  }
  return bad;
}

const ILLEGAL: Array<[string, string]> = [
  ["U+FFFE", "\uFFFE"],
  ["U+FFFF", "\uFFFF"],
  ["a C0 control (U+0001)", "\u0001"],
  ["a vertical tab (U+000B)", "\u000B"],
  ["a lone high surrogate", "\uD800"],
  ["a lone low surrogate", "\uDC00"],
];

describe("XML-illegal characters in text fields (issue 22, 4.1)", () => {
  it.each(ILLEGAL)("scenario validation refuses %s, naming the field, in zh and en", (_what, ch) => {
    const data = defaultReferenceData();
    const parsed = scenarioSchema.parse(scenario(`Bran${ch}d`, `Te${ch}e`, `no${ch}te`));
    const problems = scenarioProblems(data, parsed);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(["brand", "products[0].name", "overrides[0].note"]));
    const brand = problems.find((p) => p.field === "brand")!;
    expect(describeIssue(brand, "en")).toMatch(/^brand: .*character U\+[0-9A-F]{4} at position 5/);
    expect(describeIssue(brand, "zh")).toMatch(/^brand: 第 5 个字符.*U\+[0-9A-F]{4}/);
  });

  it("allows tab, line feed and carriage return", () => {
    const parsed = scenarioSchema.parse(scenario("Brand", "Tee\tone\nline\r"));
    expect(scenarioProblems(defaultReferenceData(), parsed)).toEqual([]);
  });

  it.each(ILLEGAL)("the xlsx writer strips %s as a last defence: every part is well-formed XML", async (_what, ch) => {
    const data = defaultReferenceData();
    const s = scenarioSchema.parse(scenario(`Brand${ch}X`, `Tee${ch}`)) as Scenario;
    const plan = buildPlan(data, s, "2026-12-01");
    if (!plan.ok) throw new Error(JSON.stringify(plan.issue));
    const now = new Date("2026-12-01T00:00:00Z");
    const bytes = await workbookBytes(bossWorkbook(s, plan.value, "en", now), now);
    expect(await malformedParts(bytes)).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("docProps/core.xml")!.async("string")).toContain("BrandX");
  });

  it("the CLI refuses a brand with U+FFFF: one line naming brand, exit 1, no workbook", () => {
    const file = path.join(tmp, "ffff.json");
    fs.writeFileSync(file, JSON.stringify(scenario("Warm\uFFFFHill")));
    const out = path.join(tmp, "ffff.xlsx");
    const run = runPlan([file, "--out", out, "--lang", "zh"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ffff\.json:\d+: brand: .*U\+FFFF/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("the wizard (the preview download's path) refuses a brand with U+FFFE under the label the user saw", () => {
    const draft = defaultDraft();
    draft.brand = "Warm\uFFFEHill";
    const zh = computePlan(defaultReferenceData(), draft, "zh", new Date("2026-12-01T00:00:00Z"));
    expect(zh).toEqual({ ok: false, step: 0, message: "品牌: 第 5 个字符是不可见的控制字符 U+FFFE,工作簿无法保存;请删除后重新输入。" });
  });
});
