import { addFen, closeLine, emptyLine, MONEY_LINES, type MonthLine } from "./monthLine";

/** All platforms together, month by month: every line is the sum of the platforms' lines. */
export function monthTotals(lines: readonly MonthLine[], horizonMonths: number): MonthLine[] {
  const totals: MonthLine[] = [];
  let cumulative = 0;
  for (let month = 1; month <= horizonMonths; month++) {
    const these = lines.filter((l) => l.month === month);
    const total = emptyLine(month, null);
    total.open = these.length > 0;
    total.orders = these.reduce((sum, l) => sum + l.orders, 0);
    total.visitors = these.reduce((sum, l) => sum + l.visitors, 0);
    total.paidVisitors = these.reduce((sum, l) => sum + l.paidVisitors, 0);
    for (const key of MONEY_LINES) if (key !== "contribution" && key !== "profit" && key !== "cumulativeProfit") total[key] = addFen(...these.map((l) => l[key]));
    closeLine(total, cumulative);
    cumulative = total.cumulativeProfit;
    totals.push(total);
  }
  return totals;
}

/** First month the cumulative profit is at or above 0 once it has been below (month 1 if it never is); null when nothing opens or it does not pay back within the lines. */
export function paybackMonth(totals: readonly MonthLine[]): number | null {
  let lastNegative = 0;
  for (const t of totals) if (t.cumulativeProfit < 0) lastNegative = t.month;
  if (lastNegative === 0) return totals.some((t) => t.open) ? 1 : null;
  return lastNegative < totals.length ? lastNegative + 1 : null;
}
