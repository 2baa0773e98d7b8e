/**
 * Brings state saved by an older wizard up to the current version, or says it cannot. Version 1 had no brand
 * stage (it planned every brand as new, which is still the default) and saved the old model's assumed cost per
 * click (¥1.5, never typed by the user): that figure is dropped, so it is not shown as the user's own CPC.
 */
export function migrateState(json: unknown): { state: unknown; migratedFrom: number | null } {
  const saved = json as { version?: unknown; draft?: unknown } | null;
  if (saved?.version !== 1) return { state: json, migratedFrom: null };
  const isObject = (x: unknown): x is object => typeof x === "object" && x !== null && !Array.isArray(x);
  const draft = saved.draft;
  if (!isObject(draft) || !("company" in draft) || !isObject(draft.company)) return { state: { ...saved, version: 2 }, migratedFrom: 1 };
  const company = Object.fromEntries(Object.entries(draft.company).filter(([key]) => key !== "costPerClick"));
  return { state: { ...saved, version: 2, draft: { ...draft, company } }, migratedFrom: 1 };
}
