/**
 * Rounds to `decimals` places with banker's rounding (ties to even), the rule
 * accountants use so that rounding errors do not drift one way over many rows.
 */
export function roundHalfEven(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  // Float noise on a product is a few units in the last place: 1e-9 absolute, 1e-13 relative past ¥100k in fen.
  // (Relative 1e-9 read every amount over ¥5m in whole fen, like ¥6,234,477.75, as a tie.)
  const epsilon = 1e-9 * Math.max(1, 1e-4 * Math.abs(scaled));
  const rounded = Math.abs(diff - 0.5) <= epsilon ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(scaled);
  // `+ 0` turns −0 into 0, so a cell never shows "-0.00".
  return rounded / factor + 0;
}

export const roundToFen = (yuan: number): number => roundHalfEven(yuan, 2);
