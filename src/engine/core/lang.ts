/** The two languages every user-facing word exists in. */
export type Lang = "zh" | "en";
export type Bilingual = Record<Lang, string>;
