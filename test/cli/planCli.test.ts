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
  return [...cells.entries()]
    .filter(([ref]) => ref.replace(/\d+$/, "") === column)
    .sort((a, b) => Number(a[0].slice(column.length)) - Number(b[0].slice(column.length)))
    .map(([, v]) => v);
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
    // With VAT counted (a ¥12m target makes it a general taxpayer) Tmall's flagship no longer carries its team: Taobao enters.
    // Its Taobao store nets little at run rate and is still down in month 24: entered, with a slow payback.
    expect(run.stdout).toMatch(/淘宝\s+\d+\s+利润薄,不够摊公司费用\s+1\s/);
    expect(run.stdout).toContain(
      "按此计划,可进入的平台中先开淘宝,但即使店铺成熟,利润也不够分摊其销售额对应的公司管理费用:按现在的售价和成本,这个计划是亏钱的。先提高售价或降低退货和成本;如仍要进入,只开这一家店,全部广告预算归它按需使用。",
    );
    expect(run.stdout).toMatch(/天猫\s+\d+\s+单量还养不起团队\s/);
    // Each year and the cash, as the workbook's summary gives them.
    const cells = wb.cells.get("老板摘要")!;
    const fact = (name: string) => {
      for (let r = 1; r < 60; r++) if (cells.get(`A${r}`) === name) return Number(cells.get(`B${r}`));
      throw new Error(`no fact ${name}`);
    };
    const yuan = (x: number) => `${x < 0 ? "-" : ""}¥${Math.round(Math.abs(x)).toLocaleString("en-US")}`;
    expect(run.stdout).toContain(
      `第二年:销售额 ${yuan(fact("第二年销售额(¥,含退款)"))}(含退款),税前利润 ${yuan(fact("第二年税前利润(¥)"))},税后净利润 ${yuan(fact("第二年税后净利润(¥)"))}。`,
    );
    // The peak's month beside it: the sample's cash is lowest late in the plan, with losses, stock and payouts piled up.
    const cash = run.stdout.match(/最大资金需求 (\S+?)\(第(\d+)个月:累计亏损、保证金、提前备货和未结算回款\);现金计划期内未回正。/);
    expect(cash?.[1]).toBe(yuan(fact("最大资金需求(¥)")));
    expect(Number(cash?.[2])).toBeGreaterThan(12);
  });

  it("writes the eight sheets, boss summary first and the monthly P&L before the rate card", () => {
    expect(wb.sheetNames).toEqual(["老板摘要", "输入", "平台对比", "团队", "计划", "月度损益", "成本费率", "费率表"]);
  });

  it("gives the boss the plan in words, year-1 totals that match the P&L, and every platform's verdict", () => {
    const cells = wb.cells.get("老板摘要")!;
    expect(cells.get("A1")).toBe("暖山 WarmHill 渠道规划");
    // Title on row 1, sixteen facts on rows 3-18 (profit before and after income tax for each year), the all-platforms table's header on 21.
    expect(cells.get("A3")).toBe("建议");
    expect(String(cells.get("B3"))).toMatch(
      /^按此计划,可进入的平台中先开淘宝,但即使店铺成熟,利润也不够分摊其销售额对应的公司管理费用:按现在的售价和成本,这个计划是亏钱的。先提高售价或降低退货和成本;如仍要进入,只开这一家店,全部广告预算归它按需使用。 第一年:销售额 ¥4,975,213.*计划期内未回本。$/,
    );
    // The budget covers the run rate but caps Taobao in its peak months: "only enough once mature", never plain
    // "enough"; while the store ramps up its age, not the budget, sets its sales.
    expect(String(cells.get("B4"))).toMatch(
      /^每月广告预算 ¥150,000 够店铺成熟后\(稳定期\)每月所需的 ¥114,299.*不够部分旺季月份.*新店爬坡期的销售额由店龄决定.*预算在 24 个月中有 4 个月限制了淘宝的投放/,
    );
    expect(String(cells.get("B4"))).not.toMatch(/足够/);
    const pnl = wb.cells.get("月度损益")!;
    const totalSales = valuesInColumn(wb, "月度损益", "E").filter((v): v is number => typeof v === "number");
    // The total table's first 12 months (the 24 monthly sales cells before the two year rows) add up to the
    // summary's year-1 sales, and to the year table's first row.
    const yearOne = totalSales.slice(-26, -14).reduce((a, b) => a + Math.round(b * 100), 0) / 100;
    expect(cells.get("B5")).toBe(yearOne);
    expect(totalSales.at(-2)).toBe(yearOne);
    // Year 1 loses money: no income tax, the profit after tax is the profit before it.
    expect(cells.get("B8")).toBe(cells.get("B7"));
    expect(cells.get("B9")).toBe(totalSales.at(-1)); // year-2 sales
    // No payback within 24 months: a new store ramps (see channelPlan.test.ts) and carries the full cost stack.
    expect(cells.get("B12")).toBe("计划期内未回本");
    expect([cells.get("A13"), cells.get("A14")]).toEqual(["最大资金需求(¥)", "现金回正月份"]);
    expect(cells.get("B14")).toBe("计划期内现金未回正");
    expect(cells.get("B13")).toBeGreaterThan(0);
    // Peak people: at about ¥1m a month kept two months Taobao runs 2 operators (⌊(1m ÷ 300k)^0.7 = 2.3⌋), a promotion
    // specialist (⌊(1m ÷ 600k)^0.7 = 1.4⌋) and 2 agents, with the shared designer: 6.
    expect(cells.get("B15")).toBe(6);
    expect(pnl.get("A4")).toBe("月份");
    // One row lower for the plan-status row (issue 22, §3).
    expect([cells.get("A21"), cells.get("B21"), cells.get("C21")]).toEqual(["平台", "匹配度(0-100)", "结论"]);
    expect([cells.get("A22"), cells.get("C22")]).toEqual(["天猫", "单量还养不起团队"]);
    const taobao = Array.from({ length: 12 }, (_, i) => 22 + i).find((r) => cells.get(`A${r}`) === "淘宝")!;
    expect([cells.get(`C${taobao}`), cells.get(`D${taobao}`), cells.get(`G${taobao}`)]).toEqual(["利润薄,不够摊公司费用", 1, 1]);
    // The second row is a platform the plan's volume cannot carry yet: its sentence names the orders it would need.
    expect(["单量还养不起团队", "每单都亏"]).toContain(String(cells.get("C23")));
    expect(String(cells.get("J23"))).toMatch(/每月需 [\d,]+ 单|每单/);
    const verdicts = Array.from({ length: 12 }, (_, i) => cells.get(`C${22 + i}`));
    expect(
      verdicts.every((v) =>
        ["立即进入", "稍后进入", "可进入,回本慢", "利润薄,不够摊公司费用", "利润薄,开了会拉低公司利润", "单量还养不起团队", "每单都亏", "不建议进入"].includes(String(v)),
      ),
    ).toBe(true);
    // Not entered: no net margin at run rate, no budget share (blank, not 0.0%).
    expect([cells.get("F24") ?? "", cells.get("G24") ?? ""]).toEqual(["", ""]);
  });

  it("keeps a timestamp, the rate-card version and the note that judgements change only on a rerun", () => {
    const cells = wb.cells.get("老板摘要")!;
    expect(cells.get("A16")).toBe("生成时间");
    expect(String(cells.get("B16"))).toMatch(/^\d{4}-\d\d-\d\d$/); // the local date, no UTC time
    expect(cells.get("B17")).toBe("2026.11.2 (2026-11-23)");
    const notes = [...cells.values()].filter((v) => typeof v === "string" && v.startsWith("• "));
    expect(notes).toContain("• 匹配度、排名、结论和开店月份是生成计划时的判断,只有重新生成计划才会更新。");
    expect(notes.some((n) => String(n).startsWith("• 稳定期,广告费 = 销售额 × 付费占比(40.0%)") && String(n).includes("新店首月投产比只有成熟期的45.0%"))).toBe(true);
  });

  it("ships a native bar chart of fit and a line chart of cumulative profit", async () => {
    const bar = await wb.text("xl/charts/chart1.xml");
    expect(bar).toContain("<c:barChart>");
    expect(bar).toContain("<c:f>'老板摘要'!$A$22:$A$33</c:f>");
    const line = await wb.text("xl/charts/chart2.xml");
    expect(line).toContain("<c:lineChart>");
    // Cumulative net profit of the totals, months 1–24 (rows 32–55), whatever column the cost lines leave it in.
    const column = /<c:val><c:numRef><c:f>'月度损益'!\$([A-Z]+)\$32:\$\1\$55<\/c:f>/.exec(line)?.[1];
    expect(column).toBeDefined();
    expect(wb.cells.get("月度损益")!.get(`${column}31`)).toBe("累计税前利润(¥)");
    expect(await wb.text("[Content_Types].xml")).toContain("drawingml.chart+xml");
  });

  it("keeps the inputs in CF_ tables and computes from them with formulas", async () => {
    const tables = [...wb.tables.values()].flat().map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(["CF_Company", "CF_Seasonality", "CF_Products", "CF_RateCard", "CF_Comparison", "CF_PnL", "CF_PnLTotal", "CF_PnLYears", "CF_Team"]),
    );
    expect(tables.every((n) => n.startsWith("CF_"))).toBe(true);
    const inputs = wb.cells.get("输入")!;
    expect([inputs.get("A5"), inputs.get("B5")]).toEqual(["年度销售目标(¥)", 12000000]);
    expect(wb.formulas.get("输入")!.size).toBe(0);
    expect(wb.formulas.get("老板摘要")!.get("B5")).toBe("ROUND(SUM('月度损益'!$E$32:$E$43),2)");
    expect(wb.formulas.get("平台对比")!.size).toBeGreaterThan(44 * 10);
    const styles = await wb.text("xl/styles.xml");
    expect(styles).toContain("&quot;¥&quot;#,##0.00");
    expect(styles).toContain("0.0%");
    expect(await wb.text("xl/worksheets/sheet1.xml")).toContain("<conditionalFormatting");
  });

  it("lists every product on every platform in the comparison sheet, with both margins", () => {
    expect(valuesInColumn(wb, "平台对比", "C").length).toBe(1 + 4 * 12);
    const cmp = wb.cells.get("平台对比")!;
    expect([cmp.get("L3"), cmp.get("M3"), cmp.get("N3"), cmp.get("O3")]).toEqual(["每单贡献(¥)", "贡献率", "每单净利(¥)", "净利率"]);
  });

  it("renders in LibreOffice to a PDF that shows the Chinese summary and the P&L, saved as PNG", () => {
    const profile = `file://${path.join(tmp, "lo-profile")}`;
    const convert = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", tmp, out], {
      encoding: "utf8",
      timeout: 180_000,
    });
    expect(convert.status).toBe(0);
    const pdf = out.replace(/\.xlsx$/, ".pdf");
    const text = spawnSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("暖山 WarmHill 渠道规划");
    expect(text).toContain("天猫");
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const png = path.join(SCREENSHOTS, "boss-summary-zh");
    expect(spawnSync("pdftoppm", ["-r", "80", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, png]).status).toBe(0);
    expect(fs.statSync(`${png}.png`).size).toBeGreaterThan(20_000);
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)![1]);
    const pnlPage = Array.from({ length: pages }, (_, i) => i + 1).find((p) =>
      spawnSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"], { encoding: "utf8" }).stdout.includes("暖山 WarmHill: 月度损益"),
    )!;
    expect(pnlPage).toBeGreaterThan(1);
    const pnlPng = path.join(SCREENSHOTS, "boss-pnl-zh");
    expect(spawnSync("pdftoppm", ["-r", "80", "-png", "-singlefile", "-f", String(pnlPage), "-l", String(pnlPage), pdf, pnlPng]).status).toBe(0);
    expect(fs.statSync(`${pnlPng}.png`).size).toBeGreaterThan(20_000);
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
  it("plans 1,000 SKUs × 12 platforms in one run, showing progress", async () => {
    const categories = ["服装", "美妆", "食品", "家电", "3C数码", "母婴", "家居", "运动户外", "保健", "鞋包"];
    const products = Array.from({ length: 1000 }, (_, i) => ({
      sku: `SKU-${i}`,
      name: `Product ${i}`,
      category: categories[i % 10],
      price: 30 + (i % 97) * 7,
      unitCost: 10 + (i % 97) * 2,
      shipping: 6,
      monthlyOrders: 50,
      ageBand: ["18-24", "25-30", "31-40", "41+"][i % 4],
      cityTier: (i % 3) + 1,
    }));
    const scenario = path.join(tmp, "thousand.json");
    fs.writeFileSync(scenario, JSON.stringify({ brand: "Big Catalogue", company: { annualTarget: 50_000_000, monthlyAdBudget: 500_000, maxPlatforms: 4 }, products }));
    const out = path.join(tmp, "thousand.xlsx");
    const run = runPlan([scenario, "--out", out, "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("Planning 1000 product(s) × 12 platforms");
    expect(run.stderr).toContain("scored 500/1000 products (50%)");
    const wb = await readXlsx(fs.readFileSync(out));
    expect(valuesInColumn(wb, "Platform comparison", "C").length).toBe(1 + 1000 * 12);
  });
});
