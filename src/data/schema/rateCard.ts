import { z } from "zod";
import { bilingual, code, figureOf, fraction, money, rate, sourceEntry, text } from "./figure";
import { MAX_COMMISSION, MAX_PAYMENT_FEE } from "./rateLimits";

/** Re-exported for the modules that read them beside the schema; the zod-free bundles import them from ./rateLimits. */
export { MAX_COMMISSION, MAX_PAYMENT_FEE } from "./rateLimits";

const rateFigure = figureOf(rate(MAX_COMMISSION));

const category = z.strictObject({
  name: bilingual,
  aliases: z.array(text(40)).max(50),
  priceBand: z.strictObject({ low: z.number().positive(), high: z.number().positive() }).refine((b) => b.high > b.low, { message: "high must be above low" }),
});

const otherDeduction = z.strictObject({
  id: code,
  name: bilingual,
  rate: rateFigure,
  byCategory: z.record(code, rateFigure).optional(),
});

const platform = z.strictObject({
  name: bilingual,
  aliases: z.array(text(40)).max(50),
  paymentFee: figureOf(rate(MAX_PAYMENT_FEE)),
  otherDeductions: z.array(otherDeduction).max(10),
  commission: z.record(code, rateFigure),
  deposit: figureOf(money()),
  annualFee: figureOf(money()),
  perOrderFee: figureOf(z.number().min(0).max(10000)),
  adRoi: z.strictObject({ low: figureOf(z.number().min(1).max(100)), high: figureOf(z.number().min(1).max(100)) }),
  /** Raises the category's shelf return rate: kept share = (1 − shelf rate) ^ multiple (live-stream platforms return more of what a category returns at all). */
  returnRateMultiple: figureOf(z.number().min(0.1).max(5)),
  /** Points added after the multiple (a platform's own difference, such as Vipshop's 2–3 points above its peers). */
  returnRateAdjustment: figureOf(z.number().min(-0.5).max(0.5)),
});

export const rateCardSchema = z
  .strictObject({
    $schema: z.literal("ratecard v1"),
    version: text(40),
    asOf: z.iso.date(),
    currency: z.literal("CNY"),
    notes: text(2000),
    sources: z.record(z.string().max(20), sourceEntry),
    categories: z.record(code, category),
    typicalReturnRate: z.record(code, figureOf(fraction())),
    platforms: z.record(code, platform),
  })
  .superRefine((card, ctx) => {
    const categories = Object.keys(card.categories);
    for (const cat of categories) {
      if (!card.typicalReturnRate[cat]) ctx.addIssue({ code: "custom", path: ["typicalReturnRate", cat], message: "missing for a listed category" });
    }
    for (const [code, p] of Object.entries(card.platforms)) {
      for (const cat of categories) {
        if (!p.commission[cat]) ctx.addIssue({ code: "custom", path: ["platforms", code, "commission", cat], message: "missing for a listed category" });
      }
      for (const cat of Object.keys(p.commission)) {
        if (!card.categories[cat]) ctx.addIssue({ code: "custom", path: ["platforms", code, "commission", cat], message: "is not a listed category" });
      }
      if (p.adRoi.low.value > p.adRoi.high.value) ctx.addIssue({ code: "custom", path: ["platforms", code, "adRoi"], message: "low must not exceed high" });
    }
  });

export type RateCard = z.infer<typeof rateCardSchema>;
export type PlatformRates = RateCard["platforms"][string];
