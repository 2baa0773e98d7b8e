/*
 * The data's prose (estimate reasoning, excerpts, notes, publishers, addresses, the Chinese reasoning) for what shows
 * it. Here, for the CLI and the tests, the data modules carry it already. In the bundles scripts/validated-data-loader.js
 * replaces this module: functions.js holds the figures, and the prose is a chunk loaded on first use.
 */

/** Whether the data's prose is in place. */
export const proseLoaded = (): boolean => true;

/** Loads the data's prose where it is not in place yet. */
export const loadProse = (): Promise<void> => Promise.resolve();
