import type { ReferenceData } from "../../data/referenceData";
import type { Figure } from "../../data/schema/figure";
import type { Lang } from "../../engine";
import { label } from "../../engine";

/** Where a number comes from, for a tooltip or an expandable note: the source and its date, or the estimate's reasoning. */
export function explainFigure(data: ReferenceData, figure: Figure, lang: Lang, sources: Record<string, { title: string }> = data.rateCard.sources): string {
  if ("estimate" in figure) return `${label("estimate", lang)}: ${figure.estimate}`;
  const source = sources[figure.source];
  const title = source ? `${figure.source} ${source.title}` : figure.source;
  return `${label("source", lang)}: ${title} (${figure.asOf})${figure.note ? `. ${figure.note}` : ""}`;
}
