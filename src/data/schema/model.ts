import { z } from "zod";
import { fraction, text } from "./figure";

const weight = z.number().min(0).max(10);

export const FIT_FACTORS = ["category", "price", "age", "gender", "cityTier", "brand", "content", "margin"] as const;
export type FitFactor = (typeof FIT_FACTORS)[number];

export const modelSchema = z.strictObject({
  version: text(40),
  asOf: z.iso.date(),
  fitWeights: z.strictObject(Object.fromEntries(FIT_FACTORS.map((f) => [f, weight])) as Record<FitFactor, typeof weight>),
  brandGateMultiplier: fraction(),
  marginFeasibility: z.strictObject({ poorHeadroom: fraction(), goodHeadroom: fraction(), poorMargin: z.number().min(-1).max(1), goodMargin: z.number().min(-1).max(1) }),
  contentCapacityLevels: z.strictObject({ none: fraction(), low: fraction(), medium: fraction(), high: fraction() }),
  seasonality: z.strictObject({ weights: z.array(z.number().min(0)).length(12), estimate: text(600) }),
  allocation: z.strictObject({ focusShare: fraction(), focusCount: z.number().int().min(1).max(20), basis: text(600) }),
});

export type Model = z.infer<typeof modelSchema>;
export type ContentCapacity = keyof Model["contentCapacityLevels"];
