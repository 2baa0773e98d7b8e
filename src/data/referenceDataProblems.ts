import type { ReferenceData } from "./referenceData";
import { fitRulesProblems } from "./fitRulesProblems";
import { sourceProblems } from "./provenance/sourceProblems";

/**
 * Checks that the files agree with each other: every platform profiled, every category scored, and every sourced
 * figure backed by a listed, dated source about its platform whose excerpt states the value.
 */
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
      if (profile.categoryShare[cat] === undefined) problems.push(`profiles.platforms.${platform}.categoryShare.${cat}: missing for a listed category`);
    }
    if (profile.onlineShare.value <= 0) problems.push(`profiles.platforms.${platform}.onlineShare: must be above 0 (category strength is a category share against it)`);
  }
  for (const platform of Object.keys(data.profiles.platforms)) {
    if (!data.rateCard.platforms[platform]) problems.push(`profiles.platforms.${platform}: not in the rate card`);
  }
  for (const platform of Object.keys(data.planning.entryGates)) {
    if (!data.rateCard.platforms[platform]) problems.push(`planning.entryGates.${platform}: not in the rate card`);
  }
  for (const platform of Object.keys(data.rateCard.platforms)) {
    if (!data.costs.platforms[platform]) problems.push(`costs.platforms.${platform}: missing (the rate card lists this platform)`);
  }
  for (const platform of Object.keys(data.costs.platforms)) {
    if (!data.rateCard.platforms[platform]) problems.push(`costs.platforms.${platform}: not in the rate card`);
  }
  const files = { rateCard: data.rateCard.sources, profiles: data.profiles.sources, staffing: data.staffing.sources, costs: data.costs.sources };
  for (const [file, sources] of Object.entries(files)) {
    for (const [id, source] of Object.entries(sources)) {
      for (const platform of source.platforms)
        if (!data.rateCard.platforms[platform]) problems.push(`${file}.sources.${id}.platforms: "${platform}" is not a platform of the rate card`);
    }
  }
  problems.push(...fitRulesProblems(data));
  problems.push(...sourceProblems("rateCard", data.rateCard, data.rateCard.sources));
  problems.push(...sourceProblems("profiles", data.profiles, data.profiles.sources));
  problems.push(...sourceProblems("staffing", data.staffing, data.staffing.sources));
  problems.push(...sourceProblems("costs", data.costs, data.costs.sources));
  return problems;
}
