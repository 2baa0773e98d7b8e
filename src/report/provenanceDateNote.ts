import type { Provenance } from "../data/provenance/figureProvenance";
import { type Lang } from "../engine";
import { provenanceLabel } from "../messages";
import { reasoningText } from "../data/reasoningText";

/** What a source's date needs beside it: the older-source mark, or the expired mark with the rule that replaced the figure. */
export function provenanceDateNote(provenance: Provenance, lang: Lang): string {
  if (provenance.kind === "stale") return provenanceLabel("staleNote", lang);
  if (provenance.kind === "expired") return `${provenanceLabel("expiredNote", lang)}: ${reasoningText(provenance.replacedBy ?? "", lang)}`;
  return "";
}
