import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildCli, ROOT, runPlan } from "../support/planCli";
import { readXlsx, type ReadWorkbook } from "../support/readXlsx";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-plan-"));
const SCREENSHOTS = path.join(ROOT, "artifacts/screenshots");

beforeAll(() => buildCli());

function valuesInColumn(wb: ReadWorkbook, sheet: string, column: string): Array<string | number | boolean | null> {
  const cells = wb.cells.get(sheet)!;
  return [...cells.entries()].filter(([ref]) => ref.replace(/\d+$/, "") === column).sort((a, b) => Number(a[0].slice(column.length)) - Number(b[0].slice(column.length))).map(([, v]) => v);
}

describe("npm run plan with the built-in sample", () => {
  const out = path.join(tmp, "sample-zh.xlsx");
  let run: ReturnType<typeof runPlan>;
  let wb: ReadWorkbook;

  beforeAll(async () => {
    run = runPlan(["--out", out]);
    wb = await readXlsx(fs.readFileSync(out));
  });

  it("exits 0 and prints the recommendation", () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("暖山 WarmHill 渠道规划");
    expect(run.stdout).toMatch(/1\s+天猫\s+1\s+\d+/);
  });

  it("writes the six sheets, boss summary first", () => {
    expect(wb.sheetNames).toEqual(["老板摘要", "输入", "平台对比", "团队", "计划", "费率表"]);
  });

  it("puts values, not formulas, in the boss summary, and the numbers add up", async () => {
    const sheet = await wb.text("xl/worksheets/sheet1.xml");
    expect(sheet).not.toMatch(/<f>/);
    const cells = wb.cells.get("老板摘要")!;
    expect(cells.get("A1")).toBe("暖山 WarmHill 渠道规划");
    expect(cells.get("B4")).toBe(6000000);
    expect(cells.get("B5")).toBe(80000);
    // Title on row 1, seven facts on rows 3-9, heading on 11, the recommended-platforms table's header on 12.
    expect([cells.get("A12"), cells.get("B12")]).toEqual(["顺序", "平台"]);
    expect([cells.get("B13"), cells.get("C13")]).toEqual(["天猫", 1]);
    const budgets = [cells.get("F13"), cells.get("F14"), cells.get("F15")] as number[];
    expect(budgets[0]).toBe(64000);
    expect(Math.round(budgets.reduce((a, b) => a + b, 0) * 100) / 100).toBe(80000);
  });

  it("keeps a timestamp and the rate-card version for the boss", () => {
    const cells = wb.cells.get("老板摘要")!;
    expect(cells.get("A8")).toBe("生成时间");
    expect(String(cells.get("B8"))).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    expect(cells.get("B9")).toBe("2026.11.2 (2026-11-23)");
  });

  it("ships a native bar chart that plots the all-platforms table", async () => {
    expect(wb.files).toContain("xl/charts/chart1.xml");
    const chart = await wb.text("xl/charts/chart1.xml");
    expect(chart).toContain("<c:barChart>");
    expect(chart).toMatch(/<c:f>'老板摘要'!\$A\$\d+:\$A\$\d+<\/c:f>/);
    expect(await wb.text("[Content_Types].xml")).toContain("drawingml.chart+xml");
  });

  it("has tables, number formats and conditional formats", async () => {
    expect(wb.files.filter((f) => f.startsWith("xl/tables/")).length).toBeGreaterThanOrEqual(8);
    const styles = await wb.text("xl/styles.xml");
    expect(styles).toContain("&quot;¥&quot;#,##0.00");
    expect(styles).toContain("0.0%");
    expect(await wb.text("xl/worksheets/sheet1.xml")).toContain("<conditionalFormatting");
  });

  it("lists every product on every platform in the comparison sheet", () => {
    expect(valuesInColumn(wb, "平台对比", "C").length).toBe(1 + 4 * 11);
  });

  it("renders in LibreOffice to a PDF that shows the Chinese summary, saved as PNG", () => {
    const profile = `file://${path.join(tmp, "lo-profile")}`;
    const convert = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", tmp, out], { encoding: "utf8", timeout: 180_000 });
    expect(convert.status).toBe(0);
    const pdf = out.replace(/\.xlsx$/, ".pdf");
    const text = spawnSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("暖山 WarmHill 渠道规划");
    expect(text).toContain("天猫");
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const png = path.join(SCREENSHOTS, "boss-summary-zh");
    expect(spawnSync("pdftoppm", ["-r", "80", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, png]).status).toBe(0);
    expect(fs.statSync(`${png}.png`).size).toBeGreaterThan(20_000);
  });
});

describe("npm run plan in English", () => {
  it("writes English sheet names and headers", async () => {
    const out = path.join(tmp, "sample-en.xlsx");
    expect(runPlan(["examples/warmhill-knitwear.yaml", "--out", out, "--lang", "en"]).status).toBe(0);
    const wb = await readXlsx(fs.readFileSync(out));
    expect(wb.sheetNames[0]).toBe("Boss summary");
    expect(wb.cells.get("Boss summary")!.get("A1")).toBe("暖山 WarmHill channel plan");
  });
});

describe("npm run plan with bad input", () => {
  it("names the field and line, exits 1 and leaves an existing output untouched", () => {
    const scenario = path.join(tmp, "bad.yaml");
    fs.writeFileSync(scenario, fs.readFileSync(path.join(ROOT, "examples/warmhill-knitwear.yaml"), "utf8").replace("category: 鞋包", "category: 鞋子包包"));
    const out = path.join(tmp, "existing.xlsx");
    fs.writeFileSync(out, "previous contents");
    const run = runPlan([scenario, "--out", out, "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.yaml:\d+: products\[3\]\.category: "鞋子包包" is not recognised/);
    expect(fs.readFileSync(out, "utf8")).toBe("previous contents");
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("rejects a malformed file, an unknown option and a non-xlsx output", () => {
    const broken = path.join(tmp, "broken.json");
    fs.writeFileSync(broken, '{"brand": "x", ');
    expect(runPlan([broken])).toMatchObject({ status: 1, stderr: expect.stringContaining("broken.json:1:") });
    expect(runPlan(["--colour", "--lang", "en"])).toMatchObject({ status: 1, stderr: expect.stringContaining("unknown option --colour") });
    expect(runPlan(["--colour"])).toMatchObject({ status: 1, stderr: expect.stringContaining("未知选项 --colour") });
    expect(runPlan(["--out", "plan.csv", "--lang", "en"])).toMatchObject({ status: 1, stderr: expect.stringContaining("--out must name an .xlsx file") });
    expect(runPlan([path.join(tmp, "missing.yaml"), "--lang", "en"])).toMatchObject({ status: 1, stderr: expect.stringContaining("no such file") });
  });
});

describe("npm run plan at scale", () => {
  it("plans 1,000 SKUs × 11 platforms in one run, showing progress", async () => {
    const categories = ["服装", "美妆", "食品", "家电", "3C数码", "母婴", "家居", "运动户外", "保健", "鞋包"];
    const products = Array.from({ length: 1000 }, (_, i) => ({ sku: `SKU-${i}`, name: `Product ${i}`, category: categories[i % 10], price: 30 + (i % 97) * 7, unitCost: 10 + (i % 97) * 2, shipping: 6, monthlyOrders: 50, ageBand: ["18-24", "25-30", "31-40", "41+"][i % 4], cityTier: (i % 3) + 1 }));
    const scenario = path.join(tmp, "thousand.json");
    fs.writeFileSync(scenario, JSON.stringify({ brand: "Big Catalogue", company: { annualTarget: 50_000_000, monthlyAdBudget: 500_000, maxPlatforms: 4 }, products }));
    const out = path.join(tmp, "thousand.xlsx");
    const run = runPlan([scenario, "--out", out, "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("Planning 1000 product(s) × 11 platforms");
    expect(run.stderr).toContain("scored 500/1000 products (50%)");
    const wb = await readXlsx(fs.readFileSync(out));
    expect(valuesInColumn(wb, "Platform comparison", "A").length).toBe(1 + 1000 * 11);
  });
});
