import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { coverage } from "../../src/data/provenance/coverage";
import { coverageMarkdown } from "../../src/data/provenance/coverageMarkdown";
import { isStale } from "../../src/data/provenance/staleness";

const data = defaultReferenceData();

describe("coverage", () => {
  it("counts every rate-card figure once, per platform and kind", () => {
    const rows = coverage(data).slice(0, 12);
    const total = rows.reduce((n, r) => n + r.sourced + r.stale + r.recited + r.estimate, 0);
    // 12 platforms × 20 (12 commissions, payment, per-order, deposit, annual, 2 ROI, return multiple and adjustment) + Tmall points and its 3C rate
    expect(total).toBe(242);
    expect(rows.every((r) => r.group === "rateCard")).toBe(true);
  });

  it("counts one source sentence once: Xiaohongshu's 2025 rate sentence is one sourced figure, its other uses re-cited", () => {
    const xhs = coverage(data).find((r) => r.group === "rateCard" && r.label.includes("XIAOHONGSHU"))!;
    const cites = JSON.stringify(data.rateCard.platforms.XIAOHONGSHU).split("specific rates of 5% for women's clothing").length - 1;
    expect(cites).toBeGreaterThan(1);
    expect(xhs.recited).toBe(cites - 1);
  });

  it("cites Kuaishou's 2019 platform-wide 5% sentence once (one stale figure); its other categories are estimates", () => {
    const kuaishou = coverage(data).find((r) => r.group === "rateCard" && r.label.includes("KUAISHOU"))!;
    const cites = JSON.stringify(data.rateCard.platforms.KUAISHOU).split("Kuaishou started charging the fees on July 20, 2019").length - 1;
    expect(cites).toBe(1);
    expect(kuaishou.stale).toBe(1);
    expect(kuaishou.recited).toBe(0);
  });

  it("counts every fit driver: 12 platforms × (4 age bands, female share, 3 city tiers, 12 category shares, online share, price tier)", () => {
    const drivers = coverage(data).filter((r) => r.group === "fitDrivers");
    expect(drivers).toHaveLength(12);
    for (const row of drivers) expect(row.sourced + row.stale + row.recited + row.estimate).toBe(22);
    const xhs = drivers.find((r) => r.label.includes("XIAOHONGSHU"))!;
    expect(xhs.sourced + xhs.stale).toBe(2);
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
