import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { coverage } from "../../src/data/provenance/coverage";
import { coverageMarkdown } from "../../src/data/provenance/coverageMarkdown";
import { isStale } from "../../src/data/provenance/staleness";

const data = defaultReferenceData();

describe("coverage", () => {
  it("counts every rate-card figure once, per platform and kind", () => {
    const rows = coverage(data).slice(0, 11);
    const total = rows.reduce((n, r) => n + r.sourced + r.stale + r.estimate, 0);
    // 11 platforms × 19 (12 commissions, payment, per-order, deposit, annual, 2 ROI, return adjustment) + Tmall points and its 3C rate
    expect(total).toBe(211);
    expect(rows.find((r) => r.label.includes("KUAISHOU"))!.stale).toBeGreaterThan(0);
  });

  it("src/data/COVERAGE.md is up to date (run `npm run sources`)", () => {
    expect(readFileSync(join(__dirname, "../../src/data/COVERAGE.md"), "utf8")).toBe(coverageMarkdown(data));
  });
});

describe("isStale: older than 18 months before the card's date", () => {
  it.each([
    ["2025-05-22", "2026-11-23", true],
    ["2025-05-23", "2026-11-23", false],
    ["2025-08-25", "2026-11-23", false],
    ["2024-07-26", "2026-11-23", true],
    ["2025", "2026-11-23", false],
    ["2024", "2026-11-23", true],
    ["2025-04", "2026-11-23", true],
    ["2025-06", "2026-11-23", false],
    ["undated", "2026-11-23", true],
  ])("%s against %s → %s", (published, asOf, stale) => expect(isStale(published, asOf)).toBe(stale));
});
