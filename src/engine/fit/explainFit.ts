import type { ReferenceData } from "../../data/referenceData";
import type { FitScore } from "./fitScore";
import type { Lang } from "./fitReasonText";

/** One sentence for a cell or a boss: the score and its strongest reasons. */
export function explainFit(data: ReferenceData, fit: FitScore, lang: Lang, maxReasons = 3): string {
  const name = data.rateCard.platforms[fit.platform]!.name[lang];
  const reasons = fit.reasons.slice(0, maxReasons).map((r) => r.text[lang]);
  if (lang === "zh") return `${name}匹配度${fit.score}/100${reasons.length ? ":" + reasons.join(";") : ""}。`;
  const body = reasons.join("; ");
  return `${name} fits ${fit.score}/100${body ? ": " + body : ""}.`;
}
