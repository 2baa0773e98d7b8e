import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/scenario/buildPlan";
import { valueOf, type TableSpec } from "../../src/report/workbookSpec";
import { airFryer } from "../operator/operatorBrands";

const data = defaultReferenceData();

describe("Monthly P&L, printed by platform", () => {
  const r = buildPlan(data, airFryer, "2026-12-04");
  if (!r.ok) throw new Error(r.issue.code);
  const spec = bossWorkbook(airFryer, r.value, "en", new Date("2026-12-04T00:00:00Z"));
  const pnl = spec.sheets.find((s) => s.name === "Monthly P&L")!;
  const table = pnl.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : [])).find((t: TableSpec) => t.name === "PnL")!;
  const platforms = [...table.rows].map((row) => String(valueOf(row[1]!)));
  // Entered platforms that open within the horizon (a later one has no P&L rows).
  const opened = r.value.plan.entered.filter((p) => r.value.plan.months.some((l) => l.platform === p));

  it("keeps each platform's months together, platforms in entry order, months in order", () => {
    expect(opened.length).toBeGreaterThan(1);
    const runs = platforms.filter((p, i) => p !== platforms[i - 1]);
    expect(runs).toEqual(opened.map((p) => data.rateCard.platforms[p]!.name.en));
    const months = [...table.rows].map((row) => Number(valueOf(row[0]!)));
    platforms.forEach((p, i) => i > 0 && p === platforms[i - 1] && expect(months[i]).toBe(months[i - 1]! + 1));
  });

  it("ends a printed page after each platform but the last", () => {
    expect(pnl.pageBreaksAfter).toHaveLength(opened.length - 1);
  });
});
