import type { Figure, SourceEntry } from "../schema/figure";
import { USER_OVERRIDE } from "../schema/userOverride";
import { isStale } from "./staleness";

/** sourced: a dated source quotes it; stale: that source is over 18 months old; estimate: reasoning only; override: the user's own. */
export type FigureKind = "sourced" | "stale" | "estimate" | "override";

export interface Provenance {
  kind: FigureKind;
  /** For a cited figure: the source's id and entry (absent for a user override). */
  sourceId?: string;
  source?: SourceEntry;
  /** The source's date, or the day a user override was entered. */
  date?: string;
  /** The estimate's reasoning, or the figure's note. */
  text: string;
  /** The estimate's reasoning in Chinese, where the data gives it. */
  textZh?: string;
}

/** Where a figure comes from, judged against the data's as-of date. */
export function provenanceOf(figure: Figure, sources: Record<string, SourceEntry>, asOf: string): Provenance {
  if ("estimate" in figure) return { kind: "estimate", text: figure.estimate, ...(figure.estimateZh ? { textZh: figure.estimateZh } : {}) };
  const text = figure.note ?? "";
  if (figure.source === USER_OVERRIDE) return { kind: "override", date: figure.asOf, text };
  const source = sources[figure.source];
  return { kind: isStale(figure.asOf, asOf) ? "stale" : "sourced", sourceId: figure.source, ...(source ? { source } : {}), date: figure.asOf, text };
}

/** "TM15: 天猫2023年度各类目技术服务费年费一览表 (bigxun.com)" */
export function sourceTitle(provenance: Provenance): string {
  if (!provenance.sourceId) return "";
  const { source } = provenance;
  return source ? `${provenance.sourceId}: ${source.title} (${source.publisher})` : provenance.sourceId;
}
