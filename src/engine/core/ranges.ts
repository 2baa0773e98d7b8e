import type { NumberRange } from "./checkNumber";

const MAX_MONEY = 1e10;
/** One fen: the smallest price or order value anything in ChannelFit accepts. */
export const FEN = 0.01;

/** The longest text a named choice (category, age band, gender, city tier) may be, in a scenario, a formula or the wizard. */
export const MAX_NAME_TEXT = 80;

/** The ranges every entry point shares, so one field means the same thing in a formula, the wizard and a scenario file. */
export const RANGES = {
  price: { min: FEN, max: 1e7, hint: "price" },
  money: { min: 0, max: MAX_MONEY },
  /** A store the brand runs today sells something a month; one that does not is planned as a new store. */
  storeSales: { min: 0, max: MAX_MONEY, minExclusive: true, hint: "storeSales" },
  fraction: { min: 0, max: 1, hint: "fraction" },
  adRatio: { min: 0, max: 1, hint: "adRatio" },
  conversionRate: { min: 0.000001, max: 1, hint: "conversionRate" },
  /** The same floor as a price, so that visitors = sales ÷ (conversion × order value) stays finite. */
  orderValue: { min: FEN, max: 1e7, hint: "price" },
  orders: { min: 0, max: 1e8 },
  /** Orders a month as a whole number, as a scenario states them. */
  wholeOrders: { min: 0, max: 1e8, integer: true },
  score: { min: 0, max: 100 },
  costPerClick: { min: 0, max: 10000 },
  perOrderFee: { min: 0, max: 10000 },
  returnRateMultiple: { min: 0.1, max: 5, hint: "returnRateMultiple" },
  returnRateAdjustment: { min: -0.5, max: 0.5, hint: "returnRateAdjustment" },
  adRoi: { min: 1, max: 100, hint: "adRoi" },
  /** Seasonality weights are any positive scale: shares, indices or last year's sales. */
  seasonalWeight: { min: 0, max: 1e12 },
  platformCount: { min: 1, max: 11, integer: true },
  people: { min: 0, max: 10000, integer: true },
} as const satisfies Record<string, NumberRange>;
