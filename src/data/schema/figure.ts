import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);

/** A number with its provenance: either a cited source and as-of date, or an estimate with its reasoning. */
export function figureOf<T extends z.ZodNumber>(value: T) {
  return z.union([
    z.strictObject({ value, source: text(80), asOf: text(40), note: text(600).optional() }),
    z.strictObject({ value, estimate: text(600), note: text(600).optional() }),
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

export const bilingual = z.strictObject({ zh: text(80), en: text(80) });
export const sourceEntry = z.strictObject({ title: text(300), url: z.string().max(500), published: text(40), confidence: z.enum(["A", "B", "C", "X"]) });
export const code = z.string().regex(/^[A-Z][A-Z0-9_]*$/, { message: "must be an upper-case code like TMALL or DIGITAL_3C" });
export { text };
