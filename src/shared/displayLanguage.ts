import type { Lang } from "../engine";

/** zh when Office (or, outside Office, the browser) runs in Chinese; en otherwise. */
export function displayLanguage(): Lang {
  const g = globalThis as { Office?: { context?: { displayLanguage?: string } }; navigator?: { language?: string } };
  let tag: string | undefined;
  try {
    tag = g.Office?.context?.displayLanguage ?? g.navigator?.language;
  } catch {
    tag = undefined;
  }
  return typeof tag === "string" && tag.toLowerCase().startsWith("zh") ? "zh" : "en";
}
