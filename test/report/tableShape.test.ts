import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/scenario/buildPlan";
import { airFryer, babyWipes } from "../operator/operatorBrands";

const data = defaultReferenceData();

describe("every table of the boss workbook", () => {
  it.each([
    ["airFryer", airFryer],
    ["babyWipes", babyWipes],
  ])("%s: each row has one cell per column (Excel refuses a write of another shape)", (_, scenario) => {
    const r = buildPlan(data, scenario, "2026-12-04");
    if (!r.ok) throw new Error(r.issue.code);
    const spec = bossWorkbook(scenario, r.value, "zh", new Date("2026-12-04T00:00:00Z"));
    const tables = spec.sheets.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : [])));
    expect(tables.length).toBeGreaterThan(5);
    const wrong = tables.flatMap((t) =>
      [...t.rows].flatMap((row, i) => (row.length === t.columns.length ? [] : [`${t.name} row ${i + 1}: ${row.length} cells, ${t.columns.length} columns`])),
    );
    expect(wrong).toEqual([]);
  });
});
