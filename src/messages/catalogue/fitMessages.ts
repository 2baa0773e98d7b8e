import type { Lang } from "../../engine/core/lang";

type Templates = Record<string, Record<Lang, (...args: never[]) => string>>;

/** Sentences about a platform's fit, for cells and the boss. */
export const FIT_MESSAGES = {
  explain: {
    en: (platform: string, score: number, reasons: readonly string[]) => `${platform} fits ${score}/100${reasons.length ? ": " + reasons.join("; ") : ""}.`,
    zh: (platform: string, score: number, reasons: readonly string[]) => `${platform}匹配度${score}/100${reasons.length ? ":" + reasons.join(";") : ""}。`,
  },
} satisfies Templates;
