/**
 * The engine's fen-exact split (allocateByWeights) as one worksheet formula: `amount` split by the weights in
 * `weights`, the i-th part. Each part gets its whole fen; the fen left over go to the largest remainders, ties to
 * the earlier weight. With one weight the part is the amount. The rank is a sum of comparisons, forced to a number
 * (0+…): Excel and WPS rank a lone TRUE above every number, so `(a>b)<1` would be FALSE there.
 */
export function fenSplitFormula(amount: string, weights: readonly string[], i: number): string {
  if (weights.length === 1) return `ROUND(${amount},2)`;
  const fen = `ROUND(${amount}*100,0)`;
  const sum = `(${weights.join("+")})`;
  const exact = (j: number) => `${fen}*${weights[j]}/${sum}`;
  const rem = (j: number) => `(${exact(j)}-INT(${exact(j)}))`;
  const left = `(${fen}-(${weights.map((_, j) => `INT(${exact(j)})`).join("+")}))`;
  const rank = weights
    .map((_, j) => (j === i ? null : j < i ? `(${rem(j)}>=${rem(i)})` : `(${rem(j)}>${rem(i)})`))
    .filter((t) => t !== null)
    .join("+");
  return `(INT(${exact(i)})+IF(0+${rank}<${left},1,0))/100`;
}

/** The same rule over helper cells (exact fen, remainder) already on the sheet: the i-th part in yuan. */
export function fenSplitFromHelpers(whole: string, remainders: readonly string[], i: number, left: string): string {
  const rank = remainders
    .map((r, j) => (j === i ? null : j < i ? `(${r}>=${remainders[i]})` : `(${r}>${remainders[i]})`))
    .filter((t) => t !== null)
    .join("+");
  return `(${whole}+IF(0+${rank}<${left},1,0))/100`;
}
