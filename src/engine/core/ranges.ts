import type { NumberRange } from "./checkNumber";

const MAX_MONEY = 1e10;

/** The ranges every entry point shares, so one field means the same thing in a formula, the wizard and a scenario file. */
export const RANGES = {
  price: { min: 0, max: 1e7, minExclusive: true },
  money: { min: 0, max: MAX_MONEY },
  fraction: { min: 0, max: 1, hint: "a fraction: 0.05 means 5%" },
  adRatio: { min: 0, max: 1, hint: "ad spend ÷ sales as a fraction: 0.2 means ROI 5" },
  conversionRate: { min: 0.000001, max: 1, hint: "a fraction: 0.03 means 3%" },
  /** One fen at least, so that visitors = sales ÷ (conversion × order value) stays finite. */
  orderValue: { min: 0.01, max: 1e7 },
  orders: { min: 0, max: 1e8 },
  /** Orders a month as a whole number, as a scenario states them. */
  wholeOrders: { min: 0, max: 1e8, integer: true },
  score: { min: 0, max: 100 },
  costPerClick: { min: 0, max: 10000 },
  perOrderFee: { min: 0, max: 10000 },
  returnRateAdjustment: { min: -0.5, max: 0.5, hint: "a fraction added to the category's return rate" },
  adRoi: { min: 1, max: 100, hint: "sales ÷ ad spend; below 1 every sale loses its ad cost" },
  /** Seasonality weights are any positive scale: shares, indices or last year's sales. */
  seasonalWeight: { min: 0, max: 1e12 },
  platformCount: { min: 1, max: 11, integer: true },
  people: { min: 0, max: 10000, integer: true },
} as const satisfies Record<string, NumberRange>;
