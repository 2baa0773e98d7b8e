import { checkNumber } from "../core/checkNumber";
import { collect } from "../core/collect";
import { RANGES } from "../core/ranges";
import { ok, type Result } from "../core/result";
import { visitorsFor } from "./visitorsFor";

/**
 * Visitors needed for a sales target, from sales = traffic × conversion × average order value.
 *
 * @example
 * trafficNeeded(1_000_000, 0.02, 200) //=> ok(250000)
 */
export function trafficNeeded(salesTarget: unknown, conversionRate: unknown, avgOrderValue: unknown): Result<number> {
  const input = collect({
    salesTarget: checkNumber("salesTarget", salesTarget, RANGES.money),
    conversionRate: checkNumber("conversionRate", conversionRate, RANGES.conversionRate),
    avgOrderValue: checkNumber("avgOrderValue", avgOrderValue, RANGES.orderValue),
  });
  if (!input.ok) return input;
  const { salesTarget: s, conversionRate: c, avgOrderValue: v } = input.value;
  return ok(visitorsFor(s, c, v));
}
