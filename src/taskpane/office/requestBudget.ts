/** Excel on the web rejects requests over 5 MB; sync before the queued writes reach this. */
export const CHUNK_BUDGET_BYTES = 4 * 1024 * 1024;

/** Tracks queued bytes; makeRoom syncs first when the next write would push the request past the budget. */
export interface Budget {
  queued(values: unknown): void;
  makeRoom(bytes: number): Promise<void>;
}
