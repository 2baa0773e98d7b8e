/** A sourced figure older than this, counted back from the data's as-of date, is marked stale. */
export const STALE_AFTER_MONTHS = 18;

/** The last day a partial date can mean: "2023" → 2023-12-31, "2024-07" → 2024-07-31; a figure gets the benefit of the doubt. */
function latestDay(date: string): Date | undefined {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) return undefined;
  if (d !== undefined) return new Date(Date.UTC(y, m! - 1, d));
  if (m !== undefined) return new Date(Date.UTC(y, m, 0));
  return new Date(Date.UTC(y, 11, 31));
}

/** Whether a source dated `published` is older than 18 months before `asOf` (an ISO date); undated counts as stale. */
export function isStale(published: string, asOf: string): boolean {
  const date = latestDay(published);
  const reference = latestDay(asOf);
  if (!date || !reference) return true;
  const cutoff = new Date(reference);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - STALE_AFTER_MONTHS);
  return date < cutoff;
}
