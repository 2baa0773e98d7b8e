/** Folds case, width and spacing so "JD.com", "ｊｄ．ｃｏｍ" and " jd.com " compare equal. */
export function normalizeName(input: string): string {
  return input
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-–—·•]+/g, " ")
    .trim();
}
