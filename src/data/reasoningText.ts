import { z } from "zod";
import reasoningZh from "./reasoningZh.json";

const reasoningZhSchema = z.strictObject({
  $schema: z.literal("reasoning-zh v1"),
  about: z.string(),
  texts: z.record(z.string().min(1).max(1200), z.string().min(1).max(1200)),
});

let zh: Readonly<Record<string, string>> | undefined;

/** The Chinese of every rate-card note and estimate reasoning, keyed by its English text (validated on first use). */
export const reasoningZhTexts = (): Readonly<Record<string, string>> => (zh ??= reasoningZhSchema.parse(reasoningZh).texts);

/**
 * A figure's note or estimate reasoning in the reader's language: the data's English, or its Chinese from
 * reasoningZh.json. A text with no Chinese yet (a user's own card, a note just changed) stays as written.
 */
export function reasoningText(text: string, lang: "zh" | "en"): string {
  return lang === "zh" && text ? (reasoningZhTexts()[text] ?? text) : text;
}
