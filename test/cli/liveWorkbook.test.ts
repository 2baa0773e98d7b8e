import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { parse, stringify } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import { recalculate, recalcProfile } from "../support/libreOfficeRecalc";
import { buildCli, ROOT, runPlan } from "../support/planCli";
import { readXlsx, type Cell, type ReadWorkbook } from "../support/readXlsx";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-live-"));
const profile = recalcProfile();
const SAMPLE = path.join(ROOT, "examples/warmhill-knitwear.yaml");

beforeAll(() => buildCli());
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const sameToTheFen = (a: Cell, b: Cell) => (typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 0.005 : (a ?? "") === (b ?? ""));

/** Every formula cell of `formulasOf` whose value in `actual` differs from the value `expected` caches for it. */
function differences(formulasOf: ReadWorkbook, actual: ReadWorkbook, expected: ReadWorkbook): string[] {
  const out: string[] = [];
  for (const [sheet, formulas] of formulasOf.formulas) {
    for (const ref of formulas.keys()) {
      const a = actual.cells.get(sheet)!.get(ref) ?? null;
      const e = expected.cells.get(sheet)!.get(ref) ?? null;
      if (!sameToTheFen(a, e)) out.push(`${sheet}!${ref}: LibreOffice ${a}, ChannelFit ${e} (=${formulas.get(ref)!.slice(0, 120)})`);
    }
  }
  return out;
}

const errorValues = (wb: ReadWorkbook) =>
  [...wb.cells].flatMap(([sheet, cells]) => [...cells].filter(([, v]) => typeof v === "string" && /^(#[A-Z/0!?]+|Err:\d+)/.test(v)).map(([ref, v]) => `${sheet}!${ref} ${v}`));

function planFile(scenario: Scenario, name: string): Promise<ReadWorkbook> {
  const file = path.join(tmp, `${name}.yaml`);
  fs.writeFileSync(file, stringify(scenario));
  const out = path.join(tmp, `${name}.xlsx`);
  const run = runPlan([file, "--out", out]);
  if (run.status !== 0) throw new Error(run.stderr);
  return readXlsx(fs.readFileSync(out));
}

describe("the boss workbook recalculated by LibreOffice", () => {
  const sample = () => scenarioSchema.parse(parse(fs.readFileSync(SAMPLE, "utf8")));
  // The sample enters one store. At a ¥100m target with ¥1.5m a month of ads Tmall opens in month 1 and JD and Suning
  // only after the plan (with apparel's stock loss charged Tmall does not cover its costs in time): Tmall's launch month
  // is in VAT credit (input above output at a low first-month ROI), and the totals carry it into month 2. With goods 55%
  // cheaper Tmall covers its costs early enough for Xiaohongshu to open in month 12: two stores share the costs. Both
  // leave out the user's cost per click, so the ROI-at-your-CPC cells read an empty input.
  const bigger = (goods: number) => (): Scenario => {
    const s = sample();
    delete s.company.costPerClick;
    const products = s.products.map((p) => ({ ...p, unitCost: Math.round(p.unitCost * goods * 100) / 100 }));
    return { ...s, company: { ...s.company, annualTarget: 100_000_000, monthlyAdBudget: 1_500_000 }, products };
  };

  it.each([
    ["the sample, in Chinese", sample, "zh", 1, false],
    ["a ¥100m plan, in English", bigger(1), "en", 1, true],
    ["two stores, in English", bigger(0.45), "en", 2, false],
  ] as const)("gives every formula cell of %s its cached value to the fen, with no error values anywhere", async (name, scenario, lang, entered, credit) => {
    const r = buildPlan(defaultReferenceData(), scenario(), "2026-11-23");
    expect(r.ok && r.value.plan.entered.length).toBe(entered);
    expect(r.ok && r.value.plan.totals[0]!.vatCreditCarried! > 0).toBe(credit);
    const file = path.join(tmp, `${name.replace(/\W+/g, "-")}.yaml`);
    fs.writeFileSync(file, stringify(scenario()));
    const out = path.join(tmp, `${name.replace(/\W+/g, "-")}.xlsx`);
    expect(runPlan([file, "--out", out, "--lang", lang]).status).toBe(0);
    const written = await readXlsx(fs.readFileSync(out));
    const recalculated = await readXlsx(fs.readFileSync(recalculate(out, path.join(tmp, `recalc-${name.replace(/\W+/g, "-")}`), profile)));
    const count = [...written.formulas.values()].reduce((n, f) => n + f.size, 0);
    expect(count).toBeGreaterThan(1500);
    expect(differences(written, recalculated, written)).toEqual([]);
    expect(errorValues(recalculated)).toEqual([]);
  });

  // An established brand (Tmall ¥400,000 and JD ¥150,000 a month today, ¥6.6m a year) with a ¥12m target: each running
  // store wants today's sales plus its share of the growth, read from the hidden growth column over both stores' rows.
  it("gives every formula cell of an established brand's workbook its cached value to the fen", async () => {
    const s = sample();
    Object.assign(s.company, { brandStage: "established", currentAnnualSales: 6_600_000, existingStores: { 天猫: 400_000, 京东: 150_000 } });
    const r = buildPlan(defaultReferenceData(), s, "2026-11-23");
    expect(r.ok && r.value.plan.platforms.filter((p) => p.existing !== null).length).toBe(2);
    const file = path.join(tmp, "established.yaml");
    fs.writeFileSync(file, stringify(s));
    const out = path.join(tmp, "established.xlsx");
    expect(runPlan([file, "--out", out]).status).toBe(0);
    const written = await readXlsx(fs.readFileSync(out));
    const recalculated = await readXlsx(fs.readFileSync(recalculate(out, path.join(tmp, "recalc-established"), profile)));
    expect(differences(written, recalculated, written)).toEqual([]);
    expect(errorValues(recalculated)).toEqual([]);
  });
});

/** The cell of column `col` on the row whose column A reads `key`. */
function findRow(wb: ReadWorkbook, sheet: string, match: (row: (col: string) => Cell) => boolean): number {
  const cells = wb.cells.get(sheet)!;
  for (let r = 1; r < 5000; r++) if (match((col) => cells.get(`${col}${r}`) ?? null)) return r;
  throw new Error(`no such row on ${sheet}`);
}

async function editCells(file: string, out: string, edits: Array<{ sheetIndex: number; ref: string; value: number }>): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  for (const e of edits) {
    const part = `xl/worksheets/sheet${e.sheetIndex + 1}.xml`;
    const xml = await zip.file(part)!.async("string");
    const cell = new RegExp(`<c r="${e.ref}"([^>]*)><v>[^<]*</v></c>`);
    if (!cell.test(xml)) throw new Error(`no numeric cell ${e.ref} in ${part}`);
    zip.file(part, xml.replace(cell, `<c r="${e.ref}"$1><v>${e.value}</v></c>`));
  }
  fs.writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

describe("the what-if proof: a boss edits a price and a commission in LibreOffice", () => {
  // The edits: the cashmere sweater from ¥399 to ¥419 and Tmall's apparel commission from the negotiated 5% to 4%.
  // Both move every margin, break-even, the average order, orders, the P&L and the totals, but not the judgements:
  // the fit of every product on every platform stays in the same order, Tmall alone is still entered and every other
  // platform keeps its verdict, the shares, team sizes and ramp-up are unchanged (checked below). A rerun
  // is therefore laid out cell for cell like the edited copy, and every formula can be compared with the engine's
  // own number for the edited scenario. Edits that changed a verdict or an entry month would need a rerun, which
  // is what the workbook's note says.
  const base = scenarioSchema.parse(parse(fs.readFileSync(SAMPLE, "utf8")));
  const edited = structuredClone(base);
  edited.products[0]!.price = 419;
  edited.overrides[0]!.value = 0.04;

  it("keeps the judgements of the edited scenario, so the edit needs no rerun", () => {
    const judgements = (s: Scenario) => {
      const r = buildPlan(defaultReferenceData(), s, "2026-11-23");
      if (!r.ok) throw new Error(r.issue.code);
      const p = r.value.plan;
      return {
        entered: p.entered,
        verdicts: p.platforms.map((x) => [x.platform, x.verdict.kind, x.verdict.openMonth, x.targetShare, x.budgetWeight, x.team]),
        order: p.products.map((x) => x.platforms.map((y) => y.platform)),
        team: p.team.map((t) => [t.people, t.sharedCost]),
      };
    };
    expect(judgements(edited)).toEqual(judgements(base));
  });

  it("recalculates to the engine's numbers for the edited scenario, in every formula cell", async () => {
    const original = path.join(tmp, "boss.xlsx");
    expect(runPlan([SAMPLE, "--out", original]).status).toBe(0);
    const wb = await readXlsx(fs.readFileSync(original));
    const priceRow = findRow(wb, "输入", (c) => c("A") === "WH-CS-01");
    const rateRow = findRow(wb, "费率表", (c) => c("A") === "天猫" && c("B") === "佣金/技术服务费" && c("C") === "服装");
    expect([wb.cells.get("输入")!.get(`D${priceRow}`), wb.cells.get("费率表")!.get(`D${rateRow}`)]).toEqual([399, 0.05]);
    const copy = path.join(tmp, "boss-edited.xlsx");
    await editCells(original, copy, [
      { sheetIndex: wb.sheetNames.indexOf("输入"), ref: `D${priceRow}`, value: 419 },
      { sheetIndex: wb.sheetNames.indexOf("费率表"), ref: `D${rateRow}`, value: 0.04 },
    ]);
    const recalculated = await readXlsx(fs.readFileSync(recalculate(copy, path.join(tmp, "recalc-edited"), profile)));
    const expected = await planFile(edited, "edited");

    expect(differences(expected, recalculated, expected)).toEqual([]);
    expect(errorValues(recalculated)).toEqual([]);
    // The edit did move the numbers: year-1 sales and Tmall's contribution margin follow the new price and rate.
    const summary = (w: ReadWorkbook, ref: string) => w.cells.get("老板摘要")!.get(ref);
    expect(summary(recalculated, "B5")).not.toBe(summary(wb, "B5"));
    const tmallRow = findRow(wb, "老板摘要", (c) => c("A") === "天猫");
    expect(summary(recalculated, `E${tmallRow}`)).not.toBe(summary(wb, `E${tmallRow}`));
    expect(summary(recalculated, "B5")).toBe(summary(expected, "B5"));
  });
});
