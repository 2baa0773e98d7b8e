import type { Lang } from "../../engine/core/lang";
import { CALIBRATE_LABELS } from "./calibrateMessages";
import { COST_LABELS } from "./costLabels";
import { HINTS } from "./hints";
import { INPUT_NOTES } from "./inputNotes";
import { ISSUE_MESSAGES } from "./issueMessages";
import { OPTION_LABELS, type OptionList } from "./optionLabels";
import { PLAN_LABELS } from "./planLabels";
export { VERDICT_REASON_LABELS } from "./planLabels";
import { PROVENANCE_LABELS } from "./provenanceLabels";
import { REPORT_LABELS } from "./reportLabels";
import { STEP_NAMES, WIZARD_LABELS } from "./wizardLabels";
import { WORKBOOK_NOTES } from "./workbookNotes";

/**
 * The one catalogue of user-facing words, zh and en; language branches live here and nowhere else.
 * - A plain label: add `key: { en: "…", zh: "…" }` to the domain object it belongs to (reportLabels.ts for
 *   workbooks and spilled tables, wizardLabels.ts for the task pane; a new domain file is spread into LABELS
 *   below), then `label("key", lang)`. A key must be unique across LABELS (test/messages/catalogue.test.ts).
 * - A sentence with figures: add `key: { en: (a: …) => `…`, zh: (a: …) => `…` }` to cliMessages.ts,
 *   wizardMessages.ts, planMessages.ts, fitMessages.ts or assumptionMessages.ts (or a new file listed in MESSAGE_DOMAINS and
 *   `messages`), then `messages(lang).<domain>.key(…)`.
 * - An engine problem: a new code in core/issue.ts and its templates in issueMessages.ts (the types require
 *   both); a range hint in hints.ts. The catalogue test checks every zh entry for English phrases.
 */
/** Every label domain, each a file; a key must be unique across them. */
export const LABEL_DOMAINS = [REPORT_LABELS, WIZARD_LABELS, PLAN_LABELS, INPUT_NOTES, CALIBRATE_LABELS, WORKBOOK_NOTES, COST_LABELS, PROVENANCE_LABELS] as const;
export const LABELS = {
  ...REPORT_LABELS,
  ...WIZARD_LABELS,
  ...PLAN_LABELS,
  ...INPUT_NOTES,
  ...CALIBRATE_LABELS,
  ...WORKBOOK_NOTES,
  ...COST_LABELS,
  ...PROVENANCE_LABELS,
};
export type LabelKey = keyof typeof LABELS;
export const label = (key: LabelKey, lang: Lang): string => LABELS[key][lang];
/** "Sourced", "Estimate", …: where a figure comes from, by its provenance kind or a column of the rate-card listing. */
export const provenanceLabel = (
  kind: "sourced" | "stale" | "expired" | "estimate" | "override" | "mixed" | "status" | "address" | "staleNote" | "expiredNote",
  lang: Lang,
): string => LABELS[`provenance_${kind}`][lang];

export { MESSAGE_DOMAINS, messages } from "./sentences";

export const stepNames = (lang: Lang): readonly string[] => STEP_NAMES[lang];

/** The options of a choice list in display order: the accepted code and its label. */
export function optionLabels(list: OptionList, lang: Lang): Array<{ value: string; label: string }> {
  return Object.entries(OPTION_LABELS[list]).map(([value, text]) => ({ value, label: (text as Record<Lang, string>)[lang] }));
}

export { PLAN_LABELS };
export { PLAN_MESSAGES } from "./planMessages";
export { ASSUMPTION_MESSAGES } from "./assumptionMessages";
export { yuanText, fenText, percentText } from "./numberFormat";
export { HINTS, ISSUE_MESSAGES, OPTION_LABELS, REPORT_LABELS, WIZARD_LABELS };
export { CLI_MESSAGES } from "./cliMessages";
export { FIT_MESSAGES } from "./fitMessages";
export { WIZARD_MESSAGES } from "./wizardMessages";
export type { HintKey } from "./hints";
export type { OptionList } from "./optionLabels";
