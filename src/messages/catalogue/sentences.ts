import type { Lang } from "../../engine/core/lang";
import { ASSUMPTION_MESSAGES } from "./assumptionMessages";
import { CALIBRATE_MESSAGES } from "./calibrateMessages";
import { CLI_MESSAGES } from "./cliMessages";
import { FIT_MESSAGES } from "./fitMessages";
import { PLAN_MESSAGES } from "./planMessages";
import { WIZARD_MESSAGES } from "./wizardMessages";

/** The sentences with figures, by domain (a module of its own: the custom functions read labels and issues only). */
export const MESSAGE_DOMAINS = {
  cli: CLI_MESSAGES,
  wizard: WIZARD_MESSAGES,
  fit: FIT_MESSAGES,
  plan: PLAN_MESSAGES,
  calibrate: CALIBRATE_MESSAGES,
  assumed: ASSUMPTION_MESSAGES,
} as const;

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
    assumed: pickLang(ASSUMPTION_MESSAGES, lang),
  });
}
