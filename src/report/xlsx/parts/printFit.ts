/** A column's printed width at 100%, in points: Excel's 7 px a character plus 5 px of padding, at 96 px an inch. */
const columnPoints = (widthChars: number) => ((7 * widthChars + 5) * 72) / 96;

/** A4 landscape between the sheets' 0.4-inch side margins, in points. */
const PAGE_POINTS = (297 / 25.4 - 0.8) * 72;

/** The smallest print scale whose text a boss still reads on paper: 60% of 11 pt is about 7 pt. */
const MIN_SCALE = 0.6;

/**
 * Pages a sheet prints across so that, fitted to width, it prints at no less than MIN_SCALE: its visible columns'
 * width over what a page holds at that scale, less the title columns repeated on every page.
 */
export function pagesWide(widths: readonly (number | undefined)[], hidden: readonly boolean[], titleColumns: number): number {
  const points = widths.map((w, i) => (hidden[i] ? 0 : columnPoints(w ?? 9)));
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const titles = sum(points.slice(0, titleColumns));
  const perPage = PAGE_POINTS / MIN_SCALE - titles;
  return Math.max(1, Math.ceil((sum(points) - titles) / perPage));
}
