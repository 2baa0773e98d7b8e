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
  const rounded = Math.abs(diff - 0.5) <= epsilon ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(scaled);
  // `+ 0` turns −0 into 0, so a cell never shows "-0.00".
  return rounded / factor + 0;
}

export const roundToFen = (yuan: number): number => roundHalfEven(yuan, 2);
