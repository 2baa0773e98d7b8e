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

/**
 * A text's printed width in column units (the width of a digit in the default font, Calibri 11 / Carlito): CJK two,
 * a space or light punctuation about half, narrow letters 0.6, m and w 1.5, other letters about one. Measured against
 * LibreOffice's wrapping of the summary's English reasons: a line of 69 units held 67.3 and broke before 72.9.
 */
export function printedWidth(text: string): number {
  let units = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) > 0x2e80) units += 2;
    else if (ch === " ") units += 0.45;
    else if (".,;:'!|()-".includes(ch)) units += 0.5;
    else if ("ijlftrI".includes(ch)) units += 0.6;
    else if ("mwMW".includes(ch)) units += 1.5;
    else if (ch >= "a" && ch <= "z") units += 0.95;
    else if (ch >= "A" && ch <= "Z") units += 1.1;
    else units += 1;
  }
  return units;
}
