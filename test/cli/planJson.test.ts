import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { loadScenario } from "../../src/cli/loadScenario";
import { buildPlan } from "../../src/scenario/buildPlan";
import { planJson } from "../../src/report/planJson";
import { buildCli, ROOT, runPlan } from "../support/planCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-json-"));
const sample = path.join(ROOT, "examples/warmhill-knitwear.yaml");
const fen = (x: number) => Math.round(x * 100);
const sumFen = (xs: number[]) => xs.reduce((s, x) => s + fen(x), 0) / 100;

beforeAll(() => buildCli());

describe("npm run plan -- <scenario> --json <file>", () => {
  const out = path.join(tmp, "plan.xlsx");
  const jsonFile = path.join(tmp, "plan.json");
  let run: ReturnType<typeof runPlan>;
  let json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the file as a script reads it

  beforeAll(() => {
    run = runPlan([sample, "--out", out, "--json", jsonFile, "--lang", "en"]);
    json = JSON.parse(fs.readFileSync(jsonFile, "utf8"));
  });

  it("exits 0 and writes the JSON beside the workbook", () => {
    expect(run.status).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(json.format).toBe("channelfit-plan/1");
  });

  it("echoes the inputs and gives every platform a verdict with its words", () => {
    expect(json.inputs.company.annualTarget).toBe(12_000_000);
    expect(json.inputs.products.map((p: { sku: string }) => p.sku)).toEqual(["WH-CS-01", "WH-CD-02", "WH-SC-03", "WH-BT-04"]);
    expect(json.platforms).toHaveLength(12);
    for (const p of json.platforms) {
      expect(["enter_now", "enter_later", "not_profitable", "dont_enter"]).toContain(p.verdict.kind);
      expect(p.verdict.text.length).toBeGreaterThan(10);
    }
    // The sample's one store earns less than the company overhead its sales bring, even mature: the headline opens with that, not "Enter".
    expect(json.headline.text).toMatch(
      /^Of the platforms this plan can enter, Taobao opens first, but even when mature its store earns less than the company overhead its sales bring: as priced and costed, this plan loses money\. Raise the price or cut returns and costs first; if you still enter, open it alone, the whole ad budget its own to draw on as it needs\./,
    );
    const focus = json.platforms.find((p: { platform: string }) => p.platform === json.headline.focus);
    expect(focus.verdict.reason).toBe("short_of_overhead");
    expect(focus.overheadAtRunRate.amount).toBeGreaterThan(focus.runRate.profit);
    expect(focus.paybackMonth).toBeNull();
  });

  it("holds one ad spend: the summary's year 1 is the P&L's months 1–12, and the budget check says the same", () => {
    const yearOne = json.monthlyPnl.total.filter((m: { month: number }) => m.month <= 12).map((m: { ads: number }) => m.ads);
    expect(json.summary.yearOneAdSpend).toBe(sumFen(yearOne));
    expect(json.budget.yearOneNeed).toBe(json.summary.yearOneAdSpend);
  });

  it("is the engine's plan: the same numbers buildPlan gives for the file", () => {
    const scenario = loadScenario(fs.readFileSync(sample, "utf8"), "sample.yaml").scenario;
    const plan = buildPlan(defaultReferenceData(), scenario, "2026-11-23");
    if (!plan.ok) throw new Error(plan.issue.code);
    expect(json.monthlyPnl.total).toEqual(JSON.parse(JSON.stringify(plan.value.plan.totals)));
    expect(json.summary).toEqual(JSON.parse(JSON.stringify(plan.value.plan.summary)));
  });

  it("refuses a --json name that is not .json, in the user's language", () => {
    const bad = runPlan([sample, "--out", out, "--json", path.join(tmp, "plan.txt")]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("--json 需要以 .json 结尾的文件名");
  });
});

describe("npm run plan -- --json writes the document in pieces, byte for byte JSON.stringify of it", () => {
  it.each([
    ["the sample", undefined],
    ["a 300-SKU catalogue", 300],
  ])("for %s", (_, count) => {
    const scenario = loadScenario(fs.readFileSync(sample, "utf8"), "sample.yaml").scenario;
    if (count !== undefined) scenario.products = Array.from({ length: count }, (__, i) => ({ ...scenario.products[i % scenario.products.length]!, sku: `SKU-${i}` }));
    const input = path.join(tmp, `streamed-${count ?? "sample"}.json`);
    fs.writeFileSync(input, JSON.stringify(scenario));
    const jsonOut = path.join(tmp, `streamed-${count ?? "sample"}.plan.json`);
    const r = runPlan([input, "--out", path.join(tmp, "streamed.xlsx"), "--json", jsonOut, "--lang", "en"]);
    expect(r.status).toBe(0);
    const text = fs.readFileSync(jsonOut, "utf8");
    const generatedAt = new Date((JSON.parse(text) as { generatedAt: string }).generatedAt);
    const plan = buildPlan(defaultReferenceData(), scenario, generatedAt.toISOString().slice(0, 10));
    if (!plan.ok) throw new Error(plan.issue.code);
    expect(text).toBe(`${JSON.stringify(planJson(plan.value, "en", generatedAt), null, 1)}\n`);
  });
});
