import type { ReferenceData } from "../referenceData";
import type { Figure, SourceEntry } from "../schema/figure";
import { provenanceOf } from "./figureProvenance";

/** Which table a row belongs to: the rate card's platforms, the fit drivers' platforms, or the other figures. */
export type CoverageGroup = "rateCard" | "fitDrivers" | "other";

export interface CoverageRow {
  group: CoverageGroup;
  label: string;
  sourced: number;
  stale: number;
  /** Sourced figures whose source sentence was already counted for another figure: one sentence counts once. */
  recited: number;
  estimate: number;
}

export type CoverageCounts = Omit<CoverageRow, "group" | "label">;

function isFigure(value: unknown): value is Figure {
  return !!value && typeof value === "object" && typeof (value as Figure).value === "number" && ("source" in value || "estimate" in value);
}

function figuresIn(content: unknown, found: Figure[] = []): Figure[] {
  if (isFigure(content)) found.push(content);
  else if (content && typeof content === "object") for (const child of Object.values(content)) figuresIn(child, found);
  return found;
}

/** Counts figures by kind; a sentence (source and excerpt) already counted elsewhere in `seen` counts as re-cited. */
function counter(asOf: string) {
  const seen = new Set<string>();
  return (group: CoverageGroup, label: string, figures: Figure[], sources: Record<string, SourceEntry>): CoverageRow => {
    const row: CoverageRow = { group, label, sourced: 0, stale: 0, recited: 0, estimate: 0 };
    for (const figure of figures) {
      const { kind } = provenanceOf(figure, sources, asOf);
      if (kind === "override") continue;
      if (kind === "estimate") {
        row.estimate++;
        continue;
      }
      const sentence = `${(figure as { source: string }).source}\u0000${(figure as { excerpt?: string }).excerpt ?? ""}`;
      if (seen.has(sentence)) row.recited++;
      else {
        seen.add(sentence);
        // A replaced figure is outdated like a stale one: both are sourced, neither current.
        row[kind === "expired" ? "stale" : kind]++;
      }
    }
    return row;
  };
}

/**
 * How many figures are sourced (fresh), sourced but stale, re-cited (a sentence already counted) or estimates: per
 * rate-card platform, per platform's fit drivers (audience shares, category and online shares, price tier), then the rest.
 */
export function coverage(data: ReferenceData): CoverageRow[] {
  const { rateCard, profiles, staffing } = data;
  const count = counter(rateCard.asOf);
  const rows = Object.entries(rateCard.platforms).map(([code, p]) => count("rateCard", `${p.name.en} (${code})`, figuresIn(p), rateCard.sources));
  rows.push(count("other", "Typical return rates (all platforms)", figuresIn(rateCard.typicalReturnRate), rateCard.sources));
  for (const [code, p] of Object.entries(profiles.platforms)) {
    const name = rateCard.platforms[code]?.name.en ?? code;
    rows.push(count("fitDrivers", `${name} (${code})`, figuresIn([p.audience, p.categoryShare, p.onlineShare, p.priceTier]), profiles.sources));
  }
  const evidence = Object.values(profiles.platforms).flatMap((p) =>
    (p.evidence ?? []).map((e) => ({ value: e.value, source: e.source, asOf: e.asOf, excerpt: e.excerpt }) as Figure),
  );
  rows.push(count("other", "Profiles: quoted evidence behind the estimates", evidence, profiles.sources));
  rows.push(count("other", "Staffing and salaries", figuresIn(staffing), staffing.sources));
  return rows;
}
