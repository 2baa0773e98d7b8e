import { distance } from "fastest-levenshtein";
import type { NameIndex } from "./nameIndex";
import { normalizeName } from "./normalizeName";

/** The closest known name to a misspelling ("Tmal" → "Tmall"), or undefined when nothing is close. */
export function suggestName<C extends string>(index: NameIndex<C>, input: string): string | undefined {
  const wanted = normalizeName(input);
  if (wanted.length === 0) return undefined;
  let best: { code: C; distance: number } | undefined;
  for (const [alias, code] of index.byAlias) {
    const d = distance(wanted, alias);
    if (!best || d < best.distance) best = { code, distance: d };
  }
  const tolerance = Math.max(1, Math.floor(wanted.length / 3));
  if (!best || best.distance > tolerance) return undefined;
  return index.entries.find((e) => e.code === best!.code)?.label;
}
