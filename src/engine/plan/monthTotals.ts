import { addFen, closeLine, DERIVED_LINES, emptyLine, MONEY_LINES, type MonthLine } from "./monthLine";

/** All platforms together, month by month: every line is the sum of the platforms' lines. */
export function monthTotals(lines: readonly MonthLine[], horizonMonths: number): MonthLine[] {
  const totals: MonthLine[] = [];
  let previous = { cumulativeProfit: 0, cumulativeCash: 0 };
  for (let month = 1; month <= horizonMonths; month++) {
    const these = lines.filter((l) => l.month === month);
    const total = emptyLine(month, null);
    total.open = these.length > 0;
    total.orders = these.reduce((sum, l) => sum + l.orders, 0);
    total.visitors = these.reduce((sum, l) => sum + l.visitors, 0);
    total.paidVisitors = these.reduce((sum, l) => sum + l.paidVisitors, 0);
    for (const key of MONEY_LINES) if (!DERIVED_LINES.has(key)) total[key] = addFen(...these.map((l) => l[key]));
    total.adsWanted = addFen(...these.map((l) => l.adsWanted));
    // Paid sales ÷ sales over the open platforms.
    total.paidShare = total.sales > 0 ? these.reduce((sum, l) => sum + l.sales * (l.paidShare ?? 0), 0) / total.sales : null;
    previous = closeLine(total, previous);
    totals.push(total);
  }
  return totals;
}

/**
 * First month the cumulative profit (or cash) is at or above 0 for good once it has been below (month 1 if it never
 * is); null when nothing opens or it is still below 0 at the end of the lines.
 */
export function paybackMonth<L extends "cumulativeProfit" | "cumulativeCash" = "cumulativeProfit">(
  totals: ReadonlyArray<{ month: number; open: boolean } & Record<L, number>>,
  line: L = "cumulativeProfit" as L,
): number | null {
  let lastNegative = 0;
  for (const t of totals) if (t[line] < 0) lastNegative = t.month;
  if (lastNegative === 0) return totals.some((t) => t.open) ? 1 : null;
  return lastNegative < totals.length ? lastNegative + 1 : null;
}
