import type { ReferenceData } from "./referenceData";
import type { Figure } from "./schema/figure";

function citedSources(value: unknown, path: string, found: Array<{ path: string; source: string }>): void {
  if (Array.isArray(value)) value.forEach((v, i) => citedSources(v, `${path}.${i}`, found));
  else if (value && typeof value === "object") {
    const figure = value as Partial<Figure> & Record<string, unknown>;
    if (typeof figure.source === "string") found.push({ path, source: figure.source });
    for (const [key, child] of Object.entries(value)) if (key !== "sources") citedSources(child, `${path}.${key}`, found);
  }
}

/** Checks that the files agree with each other: every platform profiled, every category scored, every cited source listed. */
export function referenceDataProblems(data: ReferenceData): string[] {
  const problems: string[] = [];
  const categories = Object.keys(data.rateCard.categories);
  for (const platform of Object.keys(data.rateCard.platforms)) {
    const profile = data.profiles.platforms[platform];
    if (!profile) {
      problems.push(`profiles.platforms.${platform}: missing (the rate card lists this platform)`);
      continue;
    }
    for (const cat of categories) {
      if (profile.categoryStrength.values[cat] === undefined) problems.push(`profiles.platforms.${platform}.categoryStrength.values.${cat}: missing for a listed category`);
    }
  }
  for (const platform of Object.keys(data.profiles.platforms)) {
    if (!data.rateCard.platforms[platform]) problems.push(`profiles.platforms.${platform}: not in the rate card`);
  }
  for (const platform of Object.keys(data.planning.entryGates)) {
    if (!data.rateCard.platforms[platform]) problems.push(`planning.entryGates.${platform}: not in the rate card`);
  }
  const files = [
    ["rateCard", data.rateCard, data.rateCard.sources],
    ["staffing", data.staffing, data.staffing.sources],
  ] as const;
  for (const [file, content, sources] of files) {
    const cited: Array<{ path: string; source: string }> = [];
    citedSources(content, file, cited);
    for (const { path, source } of cited) {
      if (source !== "user override" && !sources[source]) problems.push(`${path}.source: "${source}" is not listed in ${file}.sources`);
    }
  }
  return problems;
}
