import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { messages } from "../../src/messages";
import { buildCli, ROOT, runPlan } from "../support/planCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-paths-"));
const SAMPLE = fs.readFileSync(path.join(ROOT, "examples/warmhill-knitwear.yaml"), "utf8");
beforeAll(() => buildCli());
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const failure = (stderr: string) => ({ lines: stderr.split("\n").filter((l) => l.startsWith("ChannelFit:")), stack: /^\s+at .+:\d+:\d+\)?$/m.test(stderr) });
const write = (name: string, content: string) => {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
};

describe("an output naming the scenario file is refused (issue 22, 4.4)", () => {
  it.each([
    ["--json naming the scenario", "s.json", (s: string) => ["--json", s, "--out", path.join(tmp, "a.xlsx")], "--json"],
    ["--json naming the scenario by another spelling", "t.json", (s: string) => ["--json", path.join(path.dirname(s), ".", "t.json"), "--out", path.join(tmp, "b.xlsx")], "--json"],
    ["--out naming the scenario", "s.xlsx", (s: string) => ["--out", s], "--out"],
  ])("%s", (_what, name, args, option) => {
    const scenario = write(
      name,
      JSON.stringify({ brand: "Keep", company: { annualTarget: 1e6, monthlyAdBudget: 1e4 }, products: [{ sku: "A", name: "T", category: "服装", price: 99, unitCost: 30 }] }),
    );
    const before = fs.readFileSync(scenario, "utf8");
    const run = runPlan([scenario, ...args(scenario), "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(failure(run.stderr).lines).toEqual([`ChannelFit: ${messages("en").cli.sameAsScenario(option, args(scenario)[1]!)}`]);
    expect(fs.readFileSync(scenario, "utf8")).toBe(before);
  });
});

describe("long output names (issue 22, 4.5)", () => {
  it("writes a legal 250-character name (its temp name would pass 255 bytes)", () => {
    const out = path.join(tmp, "long", `${"a".repeat(245)}.xlsx`);
    const run = runPlan(["--out", out, "--lang", "en"]);
    expect({ status: run.status, stack: failure(run.stderr).stack }).toEqual({ status: 0, stack: false });
    expect(fs.readdirSync(path.dirname(out))).toEqual([path.basename(out)]);
  });

  it("refuses a name past the file system's limit in one line, exit 1", () => {
    const out = path.join(tmp, "toolong", `${"b".repeat(300)}.xlsx`);
    const run = runPlan(["--out", out, "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(failure(run.stderr)).toEqual({ lines: [`ChannelFit: ${messages("en").cli.nameTooLong(out)}`], stack: false });
  });
});

describe("lesser file faults (issue 22, 4.13)", () => {
  it("a --json failure names --json, not --out", () => {
    const folder = path.join(tmp, "folder.json");
    fs.mkdirSync(folder, { recursive: true });
    const run = runPlan(["--out", path.join(tmp, "ok.xlsx"), "--json", folder, "--lang", "en"]);
    expect(run.status).toBe(1);
    const [line] = failure(run.stderr).lines;
    expect(line).toContain("--json");
    expect(line).not.toContain("--out");
  });

  it("a read-only output is not replaced silently", () => {
    const out = write("readonly/plan.xlsx", "mine");
    fs.chmodSync(out, 0o444);
    const run = runPlan(["--out", out, "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(failure(run.stderr).lines).toEqual([`ChannelFit: ${messages("en").cli.readOnlyOutput(out, "--out")}`]);
    expect(fs.readFileSync(out, "utf8")).toBe("mine");
  });

  it("stale-temp cleanup leaves a user's file in the old temp pattern alone", () => {
    const dir = path.join(tmp, "oldpattern");
    fs.mkdirSync(dir);
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" }).stdout.trim();
    fs.writeFileSync(path.join(dir, `.plan.xlsx.${dead}.tmp`), "user notes");
    expect(runPlan(["--out", path.join(dir, "plan.xlsx")]).status).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual([`.plan.xlsx.${dead}.tmp`, "plan.xlsx"]);
  });

  it("reads a scenario saved with CR-only line endings (classic Mac)", () => {
    const file = write("cr.yaml", SAMPLE.replace(/\r?\n/g, "\r"));
    const run = runPlan([file, "--out", path.join(tmp, "cr.xlsx"), "--lang", "en"]);
    expect(failure(run.stderr).lines).toEqual([]);
    expect(run.status).toBe(0);
  });

  it("a numeric SKU (sku: 12345) gets a hint to quote it, in zh and en", () => {
    const file = write("numsku.yaml", SAMPLE.replace("sku: WH-CS-01", "sku: 12345"));
    const en = runPlan([file, "--out", path.join(tmp, "n.xlsx"), "--lang", "en"]);
    expect(failure(en.stderr).lines).toEqual([expect.stringMatching(/products\[0\]\.sku: .*quotes.*"12345"/)]);
    const zh = runPlan([file, "--out", path.join(tmp, "n.xlsx"), "--lang", "zh"]);
    expect(failure(zh.stderr).lines).toEqual([expect.stringMatching(/products\[0\]\.sku: .*引号.*"12345"/)]);
  });

  it('says "1 order", not "1 orders"', () => {
    const fix = (needed: number, planned: number) => ({
      breakEvenOrders: needed,
      plannedOrders: planned,
      plannedAlone: false,
      budgetBuysOrders: null,
      targetForBreakEven: null,
      leanBreakEvenOrders: null,
      overheadPerOrder: null,
      targetRaise: null,
      leftPerOrder: null,
      carriesOwnCosts: null,
    });
    expect(messages("en").plan.belowBreakEven(fix(1, 0))).toBe(
      "Needs 1 order a month to cover its team and fixed costs; its share of your target, beside the stores planned with it, gives it 0.",
    );
    expect(messages("en").plan.belowBreakEven(fix(2, 1))).toBe(
      "Needs 2 orders a month to cover its team and fixed costs; its share of your target, beside the stores planned with it, gives it 1.",
    );
  });
});
