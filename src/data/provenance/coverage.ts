import type { ReferenceData } from "../referenceData";
import type { Figure, SourceEntry } from "../schema/figure";
import { provenanceOf, type FigureKind } from "./figureProvenance";

export interface CoverageRow {
  label: string;
  sourced: number;
  stale: number;
  estimate: number;
}

function isFigure(value: unknown): value is Figure {
  return !!value && typeof value === "object" && typeof (value as Figure).value === "number" && ("source" in value || "estimate" in value);
}

function figuresIn(content: unknown, found: Figure[] = []): Figure[] {
  if (isFigure(content)) found.push(content);
  else if (content && typeof content === "object") for (const child of Object.values(content)) figuresIn(child, found);
  return found;
}

function countKinds(label: string, figures: Figure[], sources: Record<string, SourceEntry>, asOf: string): CoverageRow {
  const row: CoverageRow = { label, sourced: 0, stale: 0, estimate: 0 };
  for (const figure of figures) {
    const kind: FigureKind = provenanceOf(figure, sources, asOf).kind;
    if (kind !== "override") row[kind]++;
  }
  return row;
}

/** How many figures are sourced (fresh), sourced but stale, or estimates: per rate-card platform, then the category-wide and other files' figures. */
export function coverage(data: ReferenceData): CoverageRow[] {
  const { rateCard, profiles, staffing } = data;
  const rows = Object.entries(rateCard.platforms).map(([code, p]) => countKinds(`${p.name.en} (${code})`, figuresIn(p), rateCard.sources, rateCard.asOf));
  rows.push(countKinds("Typical return rates (all platforms)", figuresIn(rateCard.typicalReturnRate), rateCard.sources, rateCard.asOf));
  const evidence = Object.values(profiles.platforms).flatMap((p) =>
    (p.evidence ?? []).map((e) => ({ value: e.value, source: e.source, asOf: e.asOf, excerpt: e.excerpt }) as Figure),
  );
  rows.push(
    countKinds(
      "Profiles: price tiers and quoted evidence",
      [...figuresIn(Object.values(profiles.platforms).map((p) => p.priceTier)), ...evidence],
      profiles.sources,
      rateCard.asOf,
    ),
  );
  rows.push(countKinds("Staffing and salaries", figuresIn(staffing), staffing.sources, rateCard.asOf));
  return rows;
}
