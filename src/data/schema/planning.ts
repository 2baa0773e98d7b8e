import { z } from "zod";
import { bilingual, code, figureOf, fraction, money, text } from "./figure";

export const BRAND_STAGES = ["new", "established"] as const;
export type BrandStage = (typeof BRAND_STAGES)[number];

const estimated = <T extends z.ZodType>(value: T) => z.strictObject({ value, estimate: text(600) });

const entryGate = z.strictObject({
  minStage: z.enum(BRAND_STAGES),
  minAnnualSales: figureOf(money()),
  byInvitation: z.boolean(),
  reason: z.strictObject({ zh: text(200), en: text(200) }),
});

/** The rules of the channel plan: how demand ramps up, when the next platform opens, who may enter where. */
export const planningSchema = z.strictObject({
  version: text(40),
  asOf: z.iso.date(),
  horizonMonths: z.number().int().min(12).max(60),
  /**
   * How a new store's demand grows, by month open (the last value holds after): its ROI as a share of the mature ROI,
   * the ad spend it can put to work as a share of what it would spend at maturity, and its organic sales as a share of
   * the mature organic share.
   */
  demandRamp: z.strictObject({
    roi: z.strictObject({ values: z.array(fraction().positive()).min(1).max(36), estimate: text(600) }),
    spend: z.strictObject({ values: z.array(fraction().positive()).min(1).max(36), estimate: text(800) }),
    organic: z.strictObject({ values: z.array(fraction()).min(1).max(36), estimate: text(600) }),
  }),
  /**
   * Diminishing returns on one platform's monthly ad spend: paid sales = ROI × spend up to the reference spend R,
   * ROI × R × (spend ÷ R)^elasticity above it.
   */
  spendCurve: z.strictObject({ referenceMonthlySpend: estimated(money().positive()), elasticity: estimated(fraction().positive()) }),
  /** How fast a store the brand already runs can grow its monthly ad spend over the spend that keeps today's sales. */
  runningGrowth: z.strictObject({ monthlySpendGrowth: estimated(fraction().positive()) }),
  breakthrough: z.strictObject({ consecutiveMonths: estimated(z.number().int().min(1).max(12)) }),
  /** Months a new store must run within the plan before "has not paid back by the end" becomes its verdict. */
  paybackJudgedAfterMonths: estimated(z.number().int().min(1).max(60)),
  /** Months from its opening within which a new store is expected to pay back; one projected to take longer is slow. */
  paybackExpectedWithinMonths: estimated(z.number().int().min(1).max(120)),
  /** Admin, finance, purchasing, back office and product development as a share of sales (a company may set its own). */
  companyOverheadShare: estimated(fraction()),
  minFit: estimated(z.number().min(0).max(100)),
  brandStages: z.strictObject({ new: bilingual, established: bilingual }),
  entryGates: z.record(code, entryGate),
});

export type Planning = z.infer<typeof planningSchema>;
export type EntryGate = z.infer<typeof entryGate>;
