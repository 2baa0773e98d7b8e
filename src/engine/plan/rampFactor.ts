/** Share of its run rate a platform sells in its n-th open month (1-based); full after the ramp. */
export function rampFactor(ramp: readonly number[], monthsOpen: number): number {
  return monthsOpen <= ramp.length ? ramp[monthsOpen - 1]! : 1;
}
