import { z } from "zod";
import type { RateCard } from "../data/schema/rateCard";
import { overrideTarget } from "../engine";
import { CALIBRATION_FORMAT } from "./calibration";

const rate = z.number().min(0).max(1);
/** The part of a calibration file the plan reads, checked before use (the file may have been edited by hand). */
export const calibrationSchema = z.object({
  format: z.literal(CALIBRATION_FORMAT),
  platforms: z.record(
    z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    z.object({
      period: z.object({ from: z.string().max(20), to: z.string().max(20) }),
      rates: z.object({ commission: rate, softwareFee: rate, paymentFees: rate }).partial().loose(),
    }),
  ),
});

/** How a rate from bills is labelled where the rate card shows a figure's note (one label for zh and en readers). */
export const BILLS_NOTE = "账单 bills";

/** A negotiated-rate row as scenarios write them. */
export interface OverrideRow {
  platform: string;
  field: string;
  category?: string;
  value: number;
  note: string;
}

/**
 * The rate card rows a calibration replaces, as override rows labelled with the bills' period (BILLS_NOTE): the commission for
 * every category (bills do not say a product's category), and the software, payment and instalment fees together as
 * the rate card's payment fee. Points, affiliate commission and refunds are reported but not yet planned with.
 */
export function calibrationOverrides(calibration: z.infer<typeof calibrationSchema>, categories: readonly string[]): OverrideRow[] {
  return Object.entries(calibration.platforms).flatMap(([platform, p]) => {
    const note = `${BILLS_NOTE} ${p.period.from}…${p.period.to}`;
    const rows: OverrideRow[] = [];
    if (p.rates.commission !== undefined) rows.push(...categories.map((category) => ({ platform, field: "commission", category, value: p.rates.commission!, note })));
    if (p.rates.softwareFee !== undefined || p.rates.paymentFees !== undefined)
      rows.push({ platform, field: "paymentFee", value: Math.round(((p.rates.softwareFee ?? 0) + (p.rates.paymentFees ?? 0)) * 10000) / 10000, note });
    return rows;
  });
}

/**
 * The user's own negotiated rates with the bills' rows added, the user's winning where both set one rate (a rate
 * typed on purpose beats one read from bills; two rows for one rate would be refused as a duplicate).
 */
export function withBillRates<R extends { platform: string | number; field: string; category?: string | number; value: number }>(
  card: RateCard,
  own: readonly R[],
  bills: readonly OverrideRow[],
): Array<R | OverrideRow> {
  const target = (o: { platform: string | number; field: string; category?: string | number; value: number }) =>
    overrideTarget(card, { ...o, platform: String(o.platform), category: o.category === undefined ? undefined : String(o.category) });
  const taken = new Set(own.map(target));
  return [...bills.filter((b) => !taken.has(target(b))), ...own];
}
