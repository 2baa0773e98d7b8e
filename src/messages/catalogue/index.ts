import type { Lang } from "../../engine/core/lang";
import { CALIBRATE_LABELS, CALIBRATE_MESSAGES } from "./calibrateMessages";
import { CLI_MESSAGES } from "./cliMessages";
import { COST_LABELS } from "./costLabels";
import { FIT_MESSAGES } from "./fitMessages";
import { HINTS } from "./hints";
import { INPUT_NOTES } from "./inputNotes";
import { ISSUE_MESSAGES } from "./issueMessages";
import { OPTION_LABELS, type OptionList } from "./optionLabels";
import { PLAN_LABELS } from "./planLabels";
export { VERDICT_REASON_LABELS } from "./planLabels";
import { PLAN_MESSAGES } from "./planMessages";
import { PROVENANCE_LABELS } from "./provenanceLabels";
import { REPORT_LABELS } from "./reportLabels";
import { STEP_NAMES, WIZARD_LABELS } from "./wizardLabels";
import { WIZARD_MESSAGES } from "./wizardMessages";
import { WORKBOOK_NOTES } from "./workbookNotes";

/**
 * The one catalogue of user-facing words, zh and en; language branches live here and nowhere else.
 * - A plain label: add `key: { en: "…", zh: "…" }` to the domain object it belongs to (reportLabels.ts for
 *   workbooks and spilled tables, wizardLabels.ts for the task pane; a new domain file is spread into LABELS
 *   below), then `label("key", lang)`. A key must be unique across LABELS (test/messages/catalogue.test.ts).
 * - A sentence with figures: add `key: { en: (a: …) => `…`, zh: (a: …) => `…` }` to cliMessages.ts,
 *   wizardMessages.ts, planMessages.ts or fitMessages.ts (or a new file listed in MESSAGE_DOMAINS and
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

export const MESSAGE_DOMAINS = { cli: CLI_MESSAGES, wizard: WIZARD_MESSAGES, fit: FIT_MESSAGES, plan: PLAN_MESSAGES, calibrate: CALIBRATE_MESSAGES } as const;

type InLang<D> = { [K in keyof D]: D[K] extends Record<Lang, infer F> ? F : never };
type Messages = { [Domain in keyof typeof MESSAGE_DOMAINS]: InLang<(typeof MESSAGE_DOMAINS)[Domain]> };

const pickLang = <D extends Record<string, Record<Lang, unknown>>>(domain: D, lang: Lang): InLang<D> =>
  Object.fromEntries(Object.entries(domain).map(([key, entry]) => [key, entry[lang]])) as InLang<D>;

const cache: Partial<Record<Lang, Messages>> = {};

/** Sentences with figures in the user's language: `messages("zh").cli.noSuchFile(path)`. */
export function messages(lang: Lang): Messages {
  return (cache[lang] ??= {
    cli: pickLang(CLI_MESSAGES, lang),
    wizard: pickLang(WIZARD_MESSAGES, lang),
    fit: pickLang(FIT_MESSAGES, lang),
    plan: pickLang(PLAN_MESSAGES, lang),
    calibrate: pickLang(CALIBRATE_MESSAGES, lang),
  });
}

export const stepNames = (lang: Lang): readonly string[] => STEP_NAMES[lang];

/** The options of a choice list in display order: the accepted code and its label. */
export function optionLabels(list: OptionList, lang: Lang): Array<{ value: string; label: string }> {
  return Object.entries(OPTION_LABELS[list]).map(([value, text]) => ({ value, label: (text as Record<Lang, string>)[lang] }));
}

export { PLAN_LABELS, PLAN_MESSAGES };
export { yuanText, fenText, percentText } from "./numberFormat";
export { CLI_MESSAGES, FIT_MESSAGES, HINTS, ISSUE_MESSAGES, OPTION_LABELS, REPORT_LABELS, WIZARD_LABELS, WIZARD_MESSAGES };
export type { HintKey } from "./hints";
export type { OptionList } from "./optionLabels";
