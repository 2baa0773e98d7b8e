import type { ReferenceData } from "../referenceData";
import { coverage, type CoverageRow } from "./coverage";
import { STALE_AFTER_MONTHS } from "./staleness";

const share = (part: number, whole: number) => (whole === 0 ? "–" : `${Math.round((part / whole) * 100)}%`);
const line = (r: CoverageRow) => {
  const total = r.sourced + r.stale + r.estimate;
  return `| ${r.label} | ${r.sourced} | ${r.stale} | ${r.estimate} | ${total} | ${share(r.sourced + r.stale, total)} |`;
};

/** src/data/COVERAGE.md: the sourced share per platform, written by `npm run sources` and checked by a test. */
export function coverageMarkdown(data: ReferenceData): string {
  const rows = coverage(data);
  const platforms = rows.slice(0, Object.keys(data.rateCard.platforms).length);
  const sum = (k: keyof Omit<CoverageRow, "label">) => platforms.reduce((n, r) => n + r[k], 0);
  const all: CoverageRow = { label: "**All rate-card platforms**", sourced: sum("sourced"), stale: sum("stale"), estimate: sum("estimate") };
  return [
    "# Rate card coverage",
    "",
    `Rate card ${data.rateCard.version} (as of ${data.rateCard.asOf}). Written by \`npm run sources\`; a test fails when it is out of date.`,
    "",
    `- **Sourced**: the cited source names the platform, is dated, and its verbatim excerpt states the figure.`,
    `- **Stale**: sourced, but the source is more than ${STALE_AFTER_MONTHS} months older than the rate card.`,
    "- **Estimate**: no such source; the figure carries its reasoning (shown by `=CHANNEL.RATECARD()`, the wizard's ⓘ and the Rate card sheet).",
    "",
    "| Figures | Sourced | Stale | Estimate | Total | Sourced share (incl. stale) |",
    "|---|---:|---:|---:|---:|---:|",
    ...platforms.map(line),
    line(all),
    ...rows.slice(platforms.length).map(line),
    "",
  ].join("\n");
}
