import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/scenario/buildPlan";
import { isFormula } from "../../src/report/workbookSpec";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import { writeWorkbookSpec } from "../../src/taskpane/office/writeWorkbookSpec";
import { FakeWorkbook, installExcelEnums } from "../support/fakeExcel";

installExcelEnums();

/** Text a hostile or careless user might type, each a formula (or CSV-injection prefix) if Excel parsed it. */
const HOSTILE = ['=HYPERLINK("http://evil","x")', "+1+2", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=cmd|' /C calc'!A0"];

function hostileSpec(lang: "zh" | "en") {
  const scenario: Scenario = scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));
  scenario.brand = HOSTILE[0]!;
  scenario.products = HOSTILE.map((name, i) => ({ ...scenario.products[0]!, sku: `=SKU${i}`, name }));
  scenario.overrides = [{ platform: "TMALL", field: "commission", category: "APPAREL", value: 0.03, note: "=1+1 negotiated" }];
  const plan = buildPlan(defaultReferenceData(), scenario, "2026-11-22");
  if (!plan.ok) throw new Error(plan.issue.code);
  return bossWorkbook(scenario, plan.value, lang, new Date("2026-11-22T08:00:00Z"));
}

describe("user text reaches the workbook as text (the add-in's writer, on the strict Excel fake)", () => {
  it.each(["en", "zh"] as const)("stores brand, SKUs, product names and notes starting with =, +, -, @, tab or CR as text (%s)", async (lang) => {
    const book = new FakeWorkbook();
    await writeWorkbookSpec(book.run, hostileSpec(lang), { confirmReplace: async () => true });
    const spec = hostileSpec(lang);
    const intended = new Set(
      spec.sheets.flatMap((sheet) =>
        sheet.blocks
          .flatMap((b) => (b.kind === "table" ? [...b.table.rows].flat() : b.kind === "facts" ? b.rows.map((r) => r.value) : []))
          .filter(isFormula)
          .map((c) => `=${c.formula}`),
      ),
    );
    // The workbook's own arithmetic is live; nothing else is, and no live formula carries the user's text.
    const formulas = book.live().flatMap((ws) => [...ws.formulas.entries()].map(([cell, v]) => ({ at: `${ws.name}!${cell}`, v: String(v) })));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => !intended.has(f.v))).toEqual([]);
    for (const f of formulas) for (const name of HOSTILE) expect(f.v.includes(name)).toBe(false);
    const written = book.live().flatMap((ws) => [...ws.values.values()]);
    for (const name of HOSTILE) expect(written.some((v) => typeof v === "string" && v.includes(name))).toBe(true);
  });

  it("the fake itself turns unformatted formula-like text into a formula, as Excel does", () => {
    const book = new FakeWorkbook();
    const ws = book.sheets[0]!;
    ws.getRange("A1").values = [["=1+1"]];
    const safe = ws.getRange("A2");
    safe.numberFormat = [["@"]];
    safe.values = [["=1+1"]];
    expect([...ws.formulas.keys()]).toEqual(["A1"]);
  });
});
