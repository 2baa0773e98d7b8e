import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeFault, FileFault } from "../../src/cli/fileFault";
import { type Issue, type IssueCode } from "../../src/engine";
import { describeIssue } from "../../src/messages";
import { englishLeak, internalCode } from "../support/englishLeak";
import { buildCli, ROOT, runPlan } from "../support/planCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-zh-"));
const CLI = path.join(ROOT, "build/src/cli/plan.js");
const SAMPLE = fs.readFileSync(path.join(ROOT, "examples/warmhill-knitwear.yaml"), "utf8");
const write = (name: string, content: string | Buffer) => (fs.writeFileSync(path.join(tmp, name), content), path.join(tmp, name));

beforeAll(() => buildCli());

/** One issue of every code; the type makes a new code fail to compile here until it is added. */
const EVERY_ISSUE: { [C in IssueCode]: Extract<Issue, { code: C }> } = {
  unknown_name: { code: "unknown_name", field: "category", received: "鞋子包包", accepted: ["Apparel (服装)", "female", "male", "all"], suggestion: "Shoes & bags (鞋包)" },
  not_a_number: { code: "not_a_number", field: "price", received: "NaN" },
  out_of_range: { code: "out_of_range", field: "returnRate", received: 30, min: 0, max: 1, hint: "fraction" },
  not_an_integer: { code: "not_an_integer", field: "monthlyOrders", received: 2.5 },
  wrong_length: { code: "wrong_length", field: "seasonality", expected: 12, received: 11 },
  mismatched_lengths: { code: "mismatched_lengths", field: "platforms", otherField: "monthlyOrders", length: 2, otherLength: 3 },
  empty: { code: "empty", field: "platforms" },
  no_positive_score: { code: "no_positive_score", field: "scores" },
  never_breaks_even: { code: "never_breaks_even", field: "contribution", contributionPerOrder: -3.5 },
  must_not_exceed: { code: "must_not_exceed", field: "overrides[0].value", lower: "adRoiLow", upper: "adRoiHigh" },
  missing: { code: "missing", field: "company.monthlyAdBudget" },
  wrong_type: { code: "wrong_type", field: "products", expected: "list", received: "{…}" },
  unknown_field: { code: "unknown_field", field: "products[0]", keys: ["unitcost"] },
  too_long: { code: "too_long", field: "brand", max: 100 },
  too_many: { code: "too_many", field: "overrides", max: 1000 },
  duplicate: { code: "duplicate", field: "products[1].sku", received: "A1", otherField: "products[0].sku (s.yaml:8)" },
  not_whole_fen: { code: "not_whole_fen", field: "products[0].price", received: 399.999 },
  new_brand_with_sales: { code: "new_brand_with_sales", field: "company.currentAnnualSales", received: 2000000 },
  illegal_character: { code: "illegal_character", field: "brand", codePoint: "U+FFFE", position: 6 },
};

describe("no English in a Chinese run", () => {
  it.each(Object.values(EVERY_ISSUE).map((i) => [i.code, i] as const))("issue %s", (_code, issue) => {
    expect(englishLeak(describeIssue(issue, "zh"))).toBeUndefined();
  });

  // The task pane names a field by its label: what is left must hold no NaN, camelCase code, platform code or path.
  it.each(Object.values(EVERY_ISSUE).map((i) => [i.code, i] as const))("issue %s under a wizard label has no internal code", (_code, issue) => {
    const text = describeIssue({ ...issue, field: "售价(¥)", ...("otherField" in issue ? { otherField: "产品 1 · SKU" } : {}) } as Issue, "zh");
    expect(internalCode(text)).toBeUndefined();
  });

  it.each(
    ["ENOENT", "EISDIR", "EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "EFBIG", "E2BIG", "ENOTDIR", "EEXIST", "EIO"].flatMap((code) =>
      (["read", "write"] as const).map((action) => [code, action] as const),
    ),
  )("file fault %s on %s names the path", (code, action) => {
    const text = describeFault(new FileFault(code, "我的/方案.yaml", action), "zh");
    expect(text.startsWith("我的/方案.yaml: ")).toBe(true);
    expect(englishLeak(text)).toBeUndefined();
  });

  const deep = `${"[".repeat(200)}${"]".repeat(200)}`;
  const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ..."bcdefghi".split("").map((n, i) => `${n}: &${n} [${Array(10).fill(`*${"abcdefghi"[i]}`).join(", ")}]`)].join("\n");
  const schemaErrors = SAMPLE.replace("annualTarget: 12000000", "annualTarget: lots")
    .replace("  monthlyAdBudget: 80000       # ¥ per month across platforms\n", "")
    .replace("maxPlatforms: 3", "maxPlatforms: 2.5\n  seasonality: [1, 2]\n  colour: red")
    .replace("sku: WH-CS-01", `sku: "${"x".repeat(70)}"`)
    .replace("price: 399", "price: -1")
    .replace("name: 针织开衫 Knit cardigan", "name: ''")
    .replace("gender: 女\n    cityTier: 1", "gender: [女]\n    cityTier: 1");
  const namesAndDuplicates = SAMPLE.replace("sku: WH-CD-02", "sku: WH-CS-01")
    .replace("category: 鞋包", "category: 鞋子包包")
    .replace("platform: 天猫", "platform: 天貓貓")
    .replace("value: 0.05", "value: 5");
  const cases: Array<[string, () => string[]]> = [
    ["a missing file", () => ["不存在.yaml"]],
    ["a folder as the scenario", () => [tmp]],
    ["--out naming a folder", () => (fs.mkdirSync(path.join(tmp, "d.xlsx"), { recursive: true }), ["--out", path.join(tmp, "d.xlsx")])],
    ["--out inside a file", () => ["--out", path.join(write("f.txt", "x"), "p.xlsx")]],
    ["YAML syntax", () => [write("syntax.yaml", "brand: [x\n")]],
    ["a duplicate key", () => [write("dupkey.yaml", "brand: a\nbrand: b\n")]],
    ["an unknown alias", () => [write("alias.yaml", "brand: *nope\n")]],
    ["an alias bomb", () => [write("bomb.yaml", bomb)]],
    ["deep nesting", () => [write("deep.json", deep)]],
    ["a legacy encoding", () => [write("latin1.yaml", Buffer.from("brand: caf\xe9\n", "latin1"))]],
    ["schema errors of every kind", () => [write("schema.yaml", schemaErrors)]],
    ["unknown names, a duplicate SKU and a bad rate", () => [write("names.yaml", namesAndDuplicates)]],
    ["a bad --lang", () => ["--lang", "fr"]],
    ["an unknown option", () => ["--colour"]],
    ["two scenarios", () => ["a.yaml", "b.yaml"]],
    ["--out not .xlsx", () => ["--out", "plan.csv"]],
  ];

  it.each(cases)("CLI failure: %s", (_what, args) => {
    const run = runPlan(args());
    expect(run.status).toBe(1);
    const lines = run.stderr.split("\n").filter((l) => l.trim());
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.map(englishLeak).filter(Boolean)).toEqual([]);
  });

  it("CLI failure: the file-size limit", () => {
    const run = spawnSync("bash", ["-c", `ulimit -f 8 && exec "${process.execPath}" "${CLI}" --out "${path.join(tmp, "big", "p.xlsx")}"`], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n").map(englishLeak).filter(Boolean)).toEqual([]);
  });

  it("a successful run and --help", () => {
    for (const args of [["--out", path.join(tmp, "ok.xlsx")], ["--help"]]) {
      const run = runPlan(args);
      expect(run.status).toBe(0);
      expect(`${run.stdout}\n${run.stderr}`.split("\n").map(englishLeak).filter(Boolean)).toEqual([]);
    }
  });
});
