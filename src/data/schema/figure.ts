import { z } from "zod";
import { USER_OVERRIDE } from "./userOverride";

/** Re-exported for the modules that read them beside the schema; the zod-free bundles import them from ./userOverride. */
export { USER_OVERRIDE } from "./userOverride";

const text = (max: number) => z.string().trim().min(1).max(max);

/** A source's date as the source gives it (day, month or year), or "undated". */
export const sourceDate = z.string().regex(/^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|undated)$/, { message: 'must be YYYY, YYYY-MM, YYYY-MM-DD or "undated"' });

/**
 * A number with its provenance: either a cited source (its date, and a verbatim excerpt that contains the number),
 * or an estimate with its reasoning (in English, and in Chinese as `estimateZh` where written). A figure from an undated source is
 * an estimate. A user's negotiated rate is its own kind.
 */
export function figureOf<T extends z.ZodNumber>(value: T) {
  return z.union([
    z.strictObject({
      value,
      source: text(80),
      asOf: sourceDate.refine((d) => d !== "undated", { message: "an undated source cannot date a figure: make it an estimate and give the reasoning" }),
      excerpt: text(600),
      note: text(600).optional(),
    }),
    z.strictObject({ value, estimate: text(600), estimateZh: text(600).optional(), note: text(600).optional() }),
    z.strictObject({ value, source: z.literal(USER_OVERRIDE), asOf: z.iso.date(), note: text(600).optional() }),
  ]);
}

export const rate = (max: number) =>
  z
    .number()
    .min(0)
    .max(max, { message: `must be at most ${max} (rates are fractions: 0.05 means 5%)` });
export const fraction = () => rate(1);
export const money = () => z.number().min(0).max(1e10);

export type Figure = z.infer<ReturnType<typeof figureOf>>;
export type SourcedFigure = Extract<Figure, { excerpt: string }>;
export type OverrideFigure = Extract<Figure, { source: typeof USER_OVERRIDE }>;

export const code = z.string().regex(/^[A-Z][A-Z0-9_]*$/, { message: "must be an upper-case code like TMALL or DIGITAL_3C" });
export const bilingual = z.strictObject({ zh: text(80), en: text(80) });

/** A checkable source: who published what, where, when, when we read it, and which platforms it speaks about. */
export const sourceEntry = z.strictObject({
  title: text(300),
  publisher: text(120),
  url: z
    .string()
    .max(500)
    .regex(/^https?:\/\/[^\s/?#]+\.[^\s]*$/i, { message: "must be the http(s) address the source was read at" }),
  published: sourceDate,
  read: z.iso.date(),
  platforms: z.array(code).max(20),
  language: z.enum(["zh", "en"]),
});
export type SourceEntry = z.infer<typeof sourceEntry>;
export { text };
