import v8 from "node:v8";

/**
 * Garbage-collector settings for the plan command, a batch that builds a plan living to the end and then writes a
 * workbook of many short-lived rows through some of the same functions (both read by V8 at each collection):
 * - no allocation-site pretenuring: V8 learns from the plan's survivors to allocate at those functions' sites straight
 *   into the old generation, where the writer's garbage piles up until a full collection (10,000 SKUs: about 65 MB
 *   more peak memory and 15% more CPU);
 * - the old generation may grow by half of what survived the last full collection, not up to four times: a few more
 *   full collections for a lower peak (10,000 SKUs: 412 MB at the default, 342–360 MB at twice; at half, with the
 *   workbook compressed on a second thread, whose own heap adds about 15 MB: 346–352 MB against 370–390 MB at twice,
 *   CPU time within run-to-run noise).
 */
export function tuneHeapForBatch(): void {
  v8.setFlagsFromString("--no-allocation-site-pretenuring");
  v8.setFlagsFromString("--heap-growing-percent=50");
}
