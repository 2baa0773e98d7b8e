import type { NumberRange } from "./checkNumber";

const MAX_MONEY = 1e10;
/** One fen: the smallest price or order value anything in ChannelFit accepts. */
export const FEN = 0.01;

/** The ranges every entry point shares, so one field means the same thing in a formula, the wizard and a scenario file. */
export const RANGES = {
  price: { min: FEN, max: 1e7, hint: "price" },
  money: { min: 0, max: MAX_MONEY },
  fraction: { min: 0, max: 1, hint: "fraction" },
  adRatio: { min: 0, max: 1, hint: "adRatio" },
  conversionRate: { min: 0.000001, max: 1, hint: "conversionRate" },
  /** The same floor as a price, so that visitors = sales ÷ (conversion × order value) stays finite. */
  orderValue: { min: FEN, max: 1e7, hint: "price" },
  orders: { min: 0, max: 1e8 },
  score: { min: 0, max: 100 },
} as const satisfies Record<string, NumberRange>;
