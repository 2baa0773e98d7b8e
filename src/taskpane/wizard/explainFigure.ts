import { provenanceDateNote } from "../../report/provenanceDateNote";
import { provenanceOf, sourceTitle } from "../../data/provenance/figureProvenance";
import type { ReferenceData } from "../../data/referenceData";
import { reasoningText } from "../../data/reasoningText";
import type { Figure, SourceEntry } from "../../data/schema/figure";
import type { Lang } from "../../engine";
import { label } from "../../messages";

/**
 * Where a number comes from, for a tooltip or an expandable note: the source's title, address and date (marked when
 * stale or replaced by a newer rule), or the estimate's reasoning.
 */
export function explainFigure(data: ReferenceData, figure: Figure, lang: Lang, sources: Record<string, SourceEntry> = data.rateCard.sources): string {
  const found = provenanceOf(figure, sources, data.rateCard.asOf);
  // The data's own Chinese (estimateZh) when it has one, else the rate card's translated reasoning (reasoningZh.json).
  const provenance = { ...found, text: (lang === "zh" && found.textZh) || reasoningText(found.text, lang) };
  if (provenance.kind === "estimate") return `${label("estimate", lang)}: ${provenance.text}`;
  const title = sourceTitle(provenance) || (figure as { source: string }).source;
  const where = [title, provenance.source?.url].filter(Boolean).join(", ");
  const note = provenanceDateNote(provenance, lang);
  const stale = note ? `; ${note}` : "";
  return `${label("source", lang)}: ${where} (${provenance.date}${stale})${provenance.text ? `. ${provenance.text}` : ""}`;
}
