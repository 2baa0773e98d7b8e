import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Lang } from "../../src/engine";
import { label } from "../../src/messages";
import { defaultDraft } from "../../src/taskpane/wizard/wizardDraft";
import { servedPane } from "../support/browser";
import { buildCli, runPlan } from "../support/planCli";
import { readXlsx } from "../support/readXlsx";
import { expectShown, readPnl } from "./planFigures";

/*
 * One scenario — the wizard's default product under a brand name — through three views: the CLI's JSON, the boss
 * workbook the CLI writes (read back from the file), and the wizard in Chromium. Each view renders the engine's plan;
 * this checks they show the same figures: the monthly P&L and the summary's year-1 totals and payback month.
 */
const lang: Lang = "en";
const BRAND = "Same Numbers Co";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-views-"));
const pane = servedPane();
beforeAll(buildCli);

it("gives the same figures in the CLI's JSON, the boss workbook and the wizard", async () => {
  const draft = { ...defaultDraft(), brand: BRAND };
  const scenarioFile = path.join(tmp, "scenario.json");
  fs.writeFileSync(scenarioFile, JSON.stringify({ ...draft, products: draft.products.map((p) => ({ ...p, name: "Dress" })) }));
  const run = runPlan([scenarioFile, "--out", path.join(tmp, "plan.xlsx"), "--json", path.join(tmp, "plan.json"), "--lang", lang]);
  expect(run.status).toBe(0);
  const json = JSON.parse(fs.readFileSync(path.join(tmp, "plan.json"), "utf8"));

  // The workbook: the summary's facts by their labels, cached values as a viewer without recalculation shows them.
  const wb = await readXlsx(fs.readFileSync(path.join(tmp, "plan.xlsx")));
  const summary = wb.cells.get(label("sheetSummary", lang))!;
  const fact = (key: Parameters<typeof label>[0]) => {
    const at = [...summary.entries()].find(([ref, v]) => ref.startsWith("A") && v === label(key, lang));
    if (!at) throw new Error(`no fact ${key}`);
    return summary.get(`B${at[0].slice(1)}`);
  };
  expect(fact("yearOneSales")).toBe(json.summary.yearOneSales);
  expect(fact("adSpendYearOne")).toBe(json.summary.yearOneAdSpend);
  expect(fact("yearOneProfit")).toBe(json.summary.yearOneProfit);
  // No payback within the plan is null in the JSON and says so in words in the workbook.
  expect(fact("paybackMonth")).toBe(json.summary.paybackMonth ?? label("notWithinHorizon", lang));
  expect(fact("peakPeople")).toBe(json.summary.peakPeople);

  // The wizard, with the same inputs: its monthly P&L is the JSON's, month by month, to the yuan it shows.
  const context = await pane.browser().newContext({ locale: "en-US", viewport: { width: 350, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${pane.url()}taskpane.html`);
  await page.waitForSelector("#step-content h2");
  await page.fill("#brand", BRAND);
  await page.fill("#product-name", "Dress");
  await page.click('.step-link[data-step="5"]');
  const rows = await readPnl(page, "pnl-table", lang);
  expect(rows).toHaveLength(json.monthlyPnl.total.length);
  rows.forEach((row, i) => {
    const month = json.monthlyPnl.total[i];
    expect(row.month).toBe(month.month);
    for (const key of Object.keys(row).filter((k) => k !== "month")) expectShown(row[key]!, month[key], 0);
  });
  await context.close();
});
