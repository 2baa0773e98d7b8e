import { provenanceOf, sourceTitle } from "../../data/provenance/figureProvenance";
import type { ReferenceData } from "../../data/referenceData";
import type { Figure, SourceEntry } from "../../data/schema/figure";
import type { Lang } from "../../engine";
import { label, provenanceLabel } from "../../engine";

/**
 * Where a number comes from, for a tooltip or an expandable note: the source's title, address and date (marked when
 * stale), or the estimate's reasoning.
 */
export function explainFigure(data: ReferenceData, figure: Figure, lang: Lang, sources: Record<string, SourceEntry> = data.rateCard.sources): string {
  const provenance = provenanceOf(figure, sources, data.rateCard.asOf);
  if (provenance.kind === "estimate") return `${label("estimate", lang)}: ${(lang === "zh" && provenance.textZh) || provenance.text}`;
  const title = sourceTitle(provenance) || (figure as { source: string }).source;
  const where = [title, provenance.source?.url].filter(Boolean).join(", ");
  const stale = provenance.kind === "stale" ? `; ${provenanceLabel("staleNote", lang)}` : "";
  return `${label("source", lang)}: ${where} (${provenance.date}${stale})${provenance.text ? `. ${provenance.text}` : ""}`;
}
