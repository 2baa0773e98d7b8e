import { performance } from "node:perf_hooks";

/** Median wall time in ms of `runs` executions (after one warm-up). */
export function medianMs(runs: number, body: () => void): number {
  body();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
