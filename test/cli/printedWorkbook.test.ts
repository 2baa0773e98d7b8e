import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { label } from "../../src/messages";
import { buildCli, ROOT, runPlan } from "../support/planCli";
import { readXlsx } from "../support/readXlsx";

/* Issue 22 §2, checked on paper: the boss workbook printed by LibreOffice (the sample in Chinese, and a larger plan in
   English whose year-1 sales pass ¥10m) shows no "###", no helper column, text a boss can read on every page, and the
   P&L's month and platform on every page it prints across. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-print-"));
const SAMPLE = path.join(ROOT, "examples/warmhill-knitwear.yaml");
const HELPER_LABELS = (["exactFen", "wholeFen", "exactContribution", "fenRemainder"] as const).flatMap((k) => [label(k, "zh"), label(k, "en")]);

interface Page {
  text: string;
  /** The median height of the page's words, in points: about 1.1 × the printed font size. */
  wordHeight: number;
}

function printed(xlsx: string): Page[] {
  const profile = `file://${path.join(tmp, "lo-profile")}`;
  const convert = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", tmp, xlsx], {
    encoding: "utf8",
    timeout: 180_000,
  });
  if (convert.status !== 0) throw new Error(convert.stderr);
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)![1]);
  return Array.from({ length: pages }, (_, i) => {
    const at = ["-f", String(i + 1), "-l", String(i + 1)];
    const text = spawnSync("pdftotext", [...at, pdf, "-"], { encoding: "utf8" }).stdout;
    const bbox = spawnSync("pdftotext", ["-bbox", ...at, pdf, "-"], { encoding: "utf8" }).stdout;
    const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1])).sort((a, b) => a - b);
    return { text, wordHeight: heights[Math.floor(heights.length / 2)] ?? 0 };
  });
}

interface PrintedPlan {
  pages: Page[];
  yearOneSales: number;
  lang: "zh" | "en";
  reasons: string[];
  /** Names of the platforms the plan opens, and of those it does not, in the plan's language. */
  entered: string[];
  notEntered: string[];
}
const plans: Record<string, PrintedPlan> = {};

/** The summary's verdict reasons, as the workbook holds them. */
async function summaryReasons(xlsx: string, lang: "zh" | "en"): Promise<string[]> {
  const wb = await readXlsx(fs.readFileSync(xlsx));
  const cells = wb.cells.get(label("sheetSummary", lang))!;
  const header = [...cells.entries()].find(([, v]) => v === label("verdictWhy", lang))![0];
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(header)!;
  const out: string[] = [];
  for (let r = Number(row) + 1; typeof cells.get(`${column}${r}`) === "string"; r++) out.push(String(cells.get(`${column}${r}`)));
  return out;
}

beforeAll(async () => {
  buildCli();
  const big = path.join(tmp, "bigger.yaml");
  fs.writeFileSync(big, fs.readFileSync(SAMPLE, "utf8").replace("annualTarget: 12000000", "annualTarget: 30000000").replace("monthlyAdBudget: 150000", "monthlyAdBudget: 450000"));
  for (const [name, scenario, lang] of [
    ["sample-zh", SAMPLE, "zh"],
    ["bigger-en", big, "en"],
  ] as const) {
    const out = path.join(tmp, `${name}.xlsx`);
    const json = path.join(tmp, `${name}.json`);
    const run = runPlan([scenario, "--out", out, "--json", json, "--lang", lang]);
    if (run.status !== 0) throw new Error(run.stderr);
    const plan = JSON.parse(fs.readFileSync(json, "utf8")) as { summary: { yearOneSales: number }; entered: string[]; platforms: { platform: string; name: string }[] };
    const named = (opened: boolean) => plan.platforms.filter((p) => plan.entered.includes(p.platform) === opened).map((p) => p.name);
    plans[name] = {
      pages: printed(out),
      yearOneSales: plan.summary.yearOneSales,
      lang,
      reasons: await summaryReasons(out, lang),
      entered: named(true),
      notEntered: named(false),
    };
  }
}, 600_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.each(["sample-zh", "bigger-en"])("the %s workbook printed by LibreOffice", (name) => {
  it("shows no ### and no helper column on any page", () => {
    const { pages } = plans[name]!;
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) {
      expect(p.text).not.toContain("###");
      for (const helper of HELPER_LABELS) expect(p.text).not.toContain(helper);
    }
  });

  it("prints every page at a size a boss reads (words at least 6.5 pt high, about 6 pt type)", () => {
    const heights = plans[name]!.pages.map((p) => p.wordHeight);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(6.5);
  });

  it("prints each platform's reason on the summary whole, not its first line only", () => {
    const { pages, reasons } = plans[name]!;
    const squeezed = (t: string) => t.replace(/\s+/g, "");
    const firstPages = squeezed(pages[0]!.text + pages[1]!.text);
    expect(reasons.length).toBe(12);
    for (const reason of reasons) expect(firstPages).toContain(squeezed(reason).slice(-8));
  });

  it("prints the summary on at most two pages, its fit chart included (it printed on three)", () => {
    const { pages, lang } = plans[name]!;
    // The Inputs sheet follows the summary: its title starts the first page after it.
    const inputs = pages.findIndex((p) => p.text.includes(`: ${label("sheetInputs", lang)}`));
    expect(inputs).toBeGreaterThan(0);
    expect(inputs).toBeLessThanOrEqual(2);
    const summary = pages.slice(0, inputs).map((p) => p.text.replace(/\s+/g, ""));
    expect(summary.join("")).toContain(label("fitChart", lang).replace(/\s+/g, ""));
  });

  it("prints the Costs sheet on one page across, its title whole (not cut to the brand on a second page)", () => {
    const { pages, lang } = plans[name]!;
    const squeezed = (t: string) => t.replace(/\s+/g, "");
    const note = squeezed(label("costsNote", lang)).slice(0, 12);
    const costs = pages.filter((p) => squeezed(p.text).includes(note));
    expect(costs).toHaveLength(1);
    expect(squeezed(costs[0]!.text)).toContain(squeezed(label("costRatesHeading", lang)));
    // The next page is the Rate card's (the last sheet), not the Costs sheet's right half under a cut title.
    const next = pages[pages.indexOf(costs[0]!) + 1]!;
    expect(squeezed(next.text).startsWith(squeezed(label("sheetRateCard", lang)))).toBe(true);
  });

  it("prints the Comparison's top reasons short: no source address or estimate reasoning on its pages (they stay on screen)", () => {
    const { pages, lang } = plans[name]!;
    const reasonPages = pages.filter((p) => p.text.includes(label("topReason", lang)) && !p.text.includes(label("topReasonBasis", lang)));
    expect(reasonPages.length).toBeGreaterThan(0);
    // 44 rows of one or two lines: two pages (they were 5 with each figure's whole provenance).
    expect(reasonPages.length).toBeLessThanOrEqual(2);
    for (const page of reasonPages) expect(page.text).not.toMatch(/https?:\/\/|\[/);
    expect(pages.some((p) => p.text.includes(label("topReasonBasis", lang)))).toBe(false);
  });

  it("starts the Plan's month tables on a page of their own, so the page across does not repeat the months alone", () => {
    const { pages, lang } = plans[name]!;
    const heading = label("monthlyTargets", lang);
    const withHeading = pages.filter((p) => p.text.split("\n").some((line) => line.trim() === heading));
    expect(withHeading).toHaveLength(1);
    expect(withHeading[0]!.text.trimStart().startsWith(heading)).toBe(true);
  });

  it("repeats the P&L's month column on every page it prints across", () => {
    const { pages, lang } = plans[name]!;
    // The P&L's pages across: the one with labour, and the one with the cash lines at its right.
    const pnlPages = pages.filter((p) => p.text.includes(label("pnl_labour", lang)) || p.text.includes(label("pnl_cashFlow", lang)));
    expect(pnlPages.length).toBeGreaterThan(1);
    for (const p of pnlPages) expect(p.text).toContain(label("month", lang));
  });

  it("prints the rate card on one or two pages: the opened platforms' rates and the products' return rates, not every platform's", () => {
    const { pages, lang, entered, notEntered } = plans[name]!;
    // The Rate card is the last sheet: its pages run from its title to the end.
    const first = pages.findIndex((p) => p.text.includes(label("ratePrintNote", lang).slice(0, 12)));
    expect(first).toBeGreaterThan(0);
    const card = pages.slice(first).map((p) => p.text);
    expect(card.length).toBeLessThanOrEqual(2);
    const text = card.join("\n");
    expect(entered.length).toBeGreaterThan(0);
    // Each platform cell prints as a line of its own.
    const cellLine = (name: string) => new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "m");
    for (const platform of entered) expect(text).toMatch(cellLine(platform));
    for (const platform of notEntered) expect(text).not.toMatch(cellLine(platform));
    expect(text).toContain(label("typicalReturnRate", lang));
  });
});

it("the English plan's year-1 sales pass ¥10m, the size that used to print as ###", () => {
  expect(plans["bigger-en"]!.yearOneSales).toBeGreaterThanOrEqual(10_000_000);
});
