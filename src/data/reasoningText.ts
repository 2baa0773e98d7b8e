import reasoningZh from "./reasoningZh.json";

/**
 * The Chinese of every rate-card note and estimate reasoning, keyed by its English text. The file's shape is checked
 * by test/data/reasoningZh.test.ts, not at run time, so the shipped functions carry no validator for it.
 */
export const reasoningZhTexts = (): Readonly<Record<string, string>> => reasoningZh.texts as Record<string, string>;

/**
 * A figure's note or estimate reasoning in the reader's language: the data's English, or its Chinese from
 * reasoningZh.json. A text with no Chinese yet (a user's own card, a note just changed) stays as written.
 */
export function reasoningText(text: string, lang: "zh" | "en"): string {
  return lang === "zh" && text ? (reasoningZhTexts()[text] ?? text) : text;
}
