import type { Calculator } from "../calc/calculator";

/** Months in the plan's first year. */
const YEAR_ONE_MONTHS = 12;

/** A platform's ad spend over the plan's first year, to the fen: its month lines' ads (rows keyed by platform and month). */
export const yearOneAdSpend = <T>(c: Calculator<T>, x: { ads: readonly T[]; platforms: readonly (T | string)[]; months: readonly T[]; platform: T | string }): T =>
  c.round(
    c.sumIfs(x.ads, [
      { keys: x.platforms, is: "=", key: x.platform },
      { keys: x.months, is: "<=", key: c.constant(YEAR_ONE_MONTHS) },
    ]),
    2,
  );
