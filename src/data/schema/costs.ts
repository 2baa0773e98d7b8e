import { z } from "zod";
import { bilingual, code, figureOf, fraction, money, rate, sourceEntry, text } from "./figure";
import { COST_FIELD_NAMES } from "./costFields";

/**
 * How a platform makes its money from a brand. The engine reads these switches, never a platform's name:
 * - `advertising`: the brand buys the platform's ads (a flash-sale wholesaler sells on its own traffic);
 * - `deductions`: "rateCard" (commission, payment fee and points from the rate card, on the retail price) or
 *   "wholesaleDiscount" (the platform buys or consigns at a discount off retail and keeps that discount instead).
 */
const businessModel = z.strictObject({
  name: bilingual,
  advertising: z.boolean(),
  deductions: z.enum(["rateCard", "wholesaleDiscount"]),
  basis: text(600),
});

const perOrder = figureOf(z.number().min(0).max(10000));

/**
 * Every cost an operator pays beyond goods, the rate card's deductions and ads; each field optional so that a level
 * states only what differs. Resolved platform × category → platform → category → defaults.
 */
export const costFigures = z.strictObject({
  /** Commission paid to affiliates (淘宝客, 达人/精选联盟, 多多进宝, 京挑客) on the sales they bring. */
  affiliateRate: figureOf(rate(0.8)).optional(),
  /** The share of sales that comes through affiliates. */
  affiliateShare: figureOf(fraction()).optional(),
  /**
   * Content seeding and brand marketing bought outside the platform's ad tools (小红书种草, KOL and 达人 fees,
   * celebrities, brand advertising) as a share of sales.
   */
  seedingShare: figureOf(rate(0.5)).optional(),
  /** The category's return on ad spend against the platform's typical ROI (1: the platform's own range). */
  roiFactor: figureOf(z.number().min(0.1).max(3)).optional(),
  /**
   * The share of a mature store's sales bought with the platform's ads (search, feed, live-room ads); the rest is
   * organic: search rank, repeat buyers, followers, and affiliates paid by commission. A company may override it.
   */
  paidShare: figureOf(fraction()).optional(),
  /** Coupons, platform promotions and brand-funded subsidies (百亿补贴, 88VIP, 满减) as a share of kept sales. */
  promotionShare: figureOf(rate(0.6)).optional(),
  fulfilmentPerOrder: perOrder.optional(),
  /**
   * The share of the product's own per-order shipping (its parcel to the buyer) the brand pays on the platform: 1 where
   * the brand ships every order; less on a supply platform, where it ships in bulk to the platform's warehouses and the
   * platform delivers. A platform's figure: the mix's average order takes its mean over orders.
   */
  deliveryShare: figureOf(fraction()).optional(),
  returnShippingPerReturn: perOrder.optional(),
  /** 运费险: the return-shipping insurance a seller buys on each order. */
  shippingInsurancePerOrder: perOrder.optional(),
  installationPerUnit: perOrder.optional(),
  /** Installation applies to products priced at or above this (large appliances, not an air fryer). */
  installationMinPrice: figureOf(money()).optional(),
  /**
   * The share of the goods cost of kept orders lost after the sale or in the warehouse: season-end stock cleared below
   * cost or written down (尾货清仓, 存货跌价), units replaced or repaired under warranty (三包, 售后换新), stock expired
   * (临期, 过期报废). Listed brands book it as inventory impairment or in cost of revenue.
   */
  stockLossShare: figureOf(rate(0.5)).optional(),
  /** Share of sales paid in seller-funded interest-free instalments (花呗分期, 白条免息). */
  instalmentShare: figureOf(fraction()).optional(),
  /** The seller's instalment fee as a share of the instalment sales. */
  instalmentFeeRate: figureOf(rate(0.2)).optional(),
  /** A fee on ad-driven sales (Douyin 2026: 0.6% technical fee on orders driven by 千川·乘方). */
  paidSalesFeeRate: figureOf(rate(0.1)).optional(),
  /**
   * The share of the commission on ad-driven sales that the fee on them replaces (Douyin 2026: 1, 千川·乘方 orders pay
   * 0.6% instead of the commission); 0 where the fee comes on top of the commission.
   */
  paidSalesFeeReplacesCommission: figureOf(fraction()).optional(),
  /** Per-item fees of an authentication platform (inspection, authentication, packing). */
  perItemFee: perOrder.optional(),
  /** What a wholesale/flash-sale platform keeps off the retail price (only with deductions "wholesaleDiscount"). */
  wholesaleDiscount: figureOf(fraction()).optional(),
  /** One-off cost of opening a store: store build, photography, samples, first content. */
  launchCost: figureOf(money()).optional(),
  /** Days from an order to the money reaching the seller (delivery, auto-confirmation, settlement cycle). */
  settlementDays: figureOf(z.number().min(0).max(180)).optional(),
  /** Months of sales the seller holds in stock, at unit cost. */
  inventoryCoverMonths: figureOf(z.number().min(0).max(12)).optional(),
});

export const COST_FIELDS = Object.keys(costFigures.shape) as Array<keyof typeof costFigures.shape>;
export type CostField = (typeof COST_FIELDS)[number];
// The zod-free list the engine uses names exactly these fields, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const COST_FIELD_NAMES_MATCH: Same<CostField, (typeof COST_FIELD_NAMES)[number]> = true;
export type CostFigures = z.infer<typeof costFigures>;

/** One VAT regime's rates: output VAT on what buyers paid, input VAT credited on goods and on platform services. */
const vatRegime = z.strictObject({
  name: bilingual,
  outputRate: figureOf(fraction()),
  goodsInputRate: figureOf(fraction()),
  servicesInputRate: figureOf(fraction()),
  /** Monthly taxable sales (excluding VAT, the whole company) at or below which output VAT is not due. */
  monthlyExemptSales: figureOf(money()),
});

export const VAT_REGIMES = ["general", "smallScale"] as const;
export type VatRegime = (typeof VAT_REGIMES)[number];

const platformCosts = z.strictObject({
  model: code,
  costs: costFigures,
  byCategory: z.record(code, costFigures).optional(),
});

export const costsSchema = z
  .strictObject({
    $schema: z.literal("costs v1"),
    version: text(40),
    asOf: z.iso.date(),
    notes: text(2000),
    sources: z.record(z.string().max(20), sourceEntry),
    businessModels: z.record(code, businessModel),
    /** Every field, so that any platform and category (new ones included) resolves. */
    defaults: costFigures.required(),
    byCategory: z.record(code, costFigures),
    platforms: z.record(code, platformCosts),
    /** Value-added tax: each regime's rates and the annual sales up to which a seller may be small-scale. */
    vat: z.strictObject({ regimes: z.strictObject({ general: vatRegime, smallScale: vatRegime }), smallScaleThreshold: figureOf(money().positive()), basis: text(800) }),
    /** Corporate income tax on a plan year's profit: the full rate, and a small low-profit enterprise's rate up to its taxable-income limit. */
    incomeTax: z.strictObject({ rate: figureOf(fraction()), smallProfitRate: figureOf(fraction()), smallProfitLimit: figureOf(money().positive()), basis: text(800) }),
  })
  .superRefine((costs, ctx) => {
    for (const [platform, p] of Object.entries(costs.platforms)) {
      if (!costs.businessModels[p.model]) ctx.addIssue({ code: "custom", path: ["platforms", platform, "model"], message: `"${p.model}" is not a listed business model` });
    }
  });

export type Costs = z.infer<typeof costsSchema>;
export type BusinessModel = z.infer<typeof businessModel>;
