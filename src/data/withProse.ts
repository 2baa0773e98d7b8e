import { loadProse, proseLoaded } from "./dataProse";

/** Runs `show` once the data's prose is in place: at once where it is, else after loading it (Excel takes either). */
export function withProse<T>(show: () => T): T | Promise<T> {
  return proseLoaded() ? show() : loadProse().then(show);
}
