import { normalizeName } from "./normalizeName";

export interface NamedEntry<C extends string> {
  code: C;
  /** Shown in lists of accepted values and in suggestions. */
  label: string;
  aliases: readonly string[];
}

export interface NameIndex<C extends string> {
  byAlias: ReadonlyMap<string, C>;
  entries: readonly NamedEntry<C>[];
}

export function buildNameIndex<C extends string>(entries: readonly NamedEntry<C>[]): NameIndex<C> {
  const byAlias = new Map<string, C>();
  for (const entry of entries) {
    for (const alias of [entry.code, entry.label, ...entry.aliases]) {
      byAlias.set(normalizeName(alias), entry.code);
      // Exact spellings too, so the common case skips normalisation on every formula cell.
      byAlias.set(alias, entry.code);
    }
  }
  return { byAlias, entries };
}
