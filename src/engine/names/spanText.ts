/** Text folded for reading numbers: full-width digits and signs made ASCII (NFKC), lower case, no spaces. */
export const foldSpanText = (text: string): string => text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

const NUMBER = "(\\d+(?:\\.\\d+)?)";
const BETWEEN = "(?:-|~|–|—|〜|至|到|to)";

/** A two-ended range such as "18-30", "18~30", "18至30", "18到30", "18to30" (already folded); undefined otherwise. */
export function readRange(folded: string): { low: number; high: number } | undefined {
  const m = new RegExp(`^${NUMBER}${BETWEEN}${NUMBER}$`).exec(folded);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return { low: a, high: b };
}

/** A number with one of the given suffixes ("30+", "30以上") or prefixes ("over30"), already folded. */
export function readBound(folded: string, suffixes: readonly string[], prefixes: readonly string[]): number | undefined {
  for (const s of suffixes) if (folded.endsWith(s) && /^\d+(\.\d+)?$/.test(folded.slice(0, -s.length))) return Number(folded.slice(0, -s.length));
  for (const p of prefixes) if (folded.startsWith(p) && /^\d+(\.\d+)?$/.test(folded.slice(p.length))) return Number(folded.slice(p.length));
  return undefined;
}

/** Values that mean "no particular audience": the trait is then left out of the score, like a blank. */
export const ANY_AUDIENCE = ["any", "all", "everyone", "不限", "全部", "所有", "都可以", "无所谓", "全国", "allages", "所有年龄", "全年龄"];
export const meansAny = (folded: string): boolean => ANY_AUDIENCE.includes(folded);
