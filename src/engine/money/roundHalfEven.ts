/**
 * Rounds to `decimals` places with banker's rounding (ties to even), the rule
 * accountants use so that rounding errors do not drift one way over many rows.
 */
export function roundHalfEven(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  const epsilon = 1e-9 * Math.max(1, Math.abs(scaled));
  let rounded: number;
  if (Math.abs(diff - 0.5) <= epsilon) rounded = floor % 2 === 0 ? floor : floor + 1;
  else rounded = Math.round(scaled);
  const result = rounded / factor;
  return Object.is(result, -0) ? 0 : result;
}

export const roundToFen = (yuan: number): number => roundHalfEven(yuan, 2);
