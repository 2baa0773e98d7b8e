import type { ReferenceData } from "../referenceData";
import { coverage, type CoverageCounts, type CoverageGroup, type CoverageRow } from "./coverage";
import { STALE_AFTER_MONTHS } from "./staleness";

const total = (r: CoverageCounts) => r.sourced + r.stale + r.recited + r.estimate;
const share = (part: number, whole: number) => (whole === 0 ? "–" : `${Math.round((part / whole) * 100)}%`);
const line = (label: string, r: CoverageCounts) =>
  `| ${label} | ${r.sourced} | ${r.stale} | ${r.recited} | ${r.estimate} | ${total(r)} | ${share(r.sourced + r.stale, total(r))} |`;
const sum = (rows: CoverageRow[]): CoverageCounts => ({
  sourced: rows.reduce((n, r) => n + r.sourced, 0),
  stale: rows.reduce((n, r) => n + r.stale, 0),
  recited: rows.reduce((n, r) => n + r.recited, 0),
  estimate: rows.reduce((n, r) => n + r.estimate, 0),
});
const HEADER = ["| Figures | Sourced | Stale | Re-cited | Estimate | Total | Sourced share (incl. stale) |", "|---|---:|---:|---:|---:|---:|---:|"];

/** A heading, the table of its rows, and their sum when a total label is given. */
const section = (heading: string, rows: CoverageRow[], totalLabel?: string) => [
  heading,
  "",
  ...HEADER,
  ...rows.map((r) => line(r.label, r)),
  ...(totalLabel ? [line(totalLabel, sum(rows))] : []),
  "",
];

/** src/data/COVERAGE.md: the sourced share per platform and of the fit drivers, written by `npm run sources` and checked by a test. */
export function coverageMarkdown(data: ReferenceData): string {
  const rows = coverage(data);
  const group = (g: CoverageGroup) => rows.filter((r) => r.group === g);
  const all = sum(rows);
  return [
    "# Reference data coverage",
    "",
    `Rate card ${data.rateCard.version} (as of ${data.rateCard.asOf}), profiles ${data.profiles.version}. Written by \`npm run sources\`; a test fails when it is out of date.`,
    "",
    `- **Sourced**: the cited source names the platform, is dated, and its verbatim excerpt states the figure.`,
    `- **Stale**: sourced, but the source is more than ${STALE_AFTER_MONTHS} months older than the rate card.`,
    "- **Re-cited**: sourced by a sentence already counted for another figure; one sentence counts once, so these do not add to the sourced share.",
    "- **Estimate**: no such source; the figure carries its reasoning (shown by `=CHANNEL.RATECARD()`, the wizard's ⓘ and why, and the workbook).",
    "",
    `All figures: ${all.sourced} sourced, ${all.stale} stale, ${all.recited} re-cited and ${all.estimate} estimates of ${total(all)}; ${share(all.sourced + all.stale, total(all))} sourced (incl. stale), ${share(all.sourced, total(all))} from sources within ${STALE_AFTER_MONTHS} months.`,
    "",
    ...section("## Rate card", group("rateCard"), "**All rate-card platforms**"),
    ...section(
      "## Fit drivers (profiles: audience shares by age, gender and city tier; category shares and online share, from which category strength is derived; price tier)",
      group("fitDrivers"),
      "**All fit drivers**",
    ),
    ...section("## Other figures", group("other")),
  ].join("\n");
}
