import type { ReferenceData } from "./referenceData";

/** Checks that the fit rules name only platforms and categories of the rate card, and that a marketplace has two store types or more. */
export function fitRulesProblems(data: ReferenceData): string[] {
  const problems: string[] = [];
  const rules = data.fitRules;
  const platform = (path: string, code: string) => {
    if (!data.rateCard.platforms[code]) problems.push(`fitRules.${path}: "${code}" is not a platform of the rate card`);
  };
  const category = (path: string, code: string) => {
    if (!data.rateCard.categories[code]) problems.push(`fitRules.${path}: "${code}" is not a category of the rate card`);
  };
  const marketplaces = new Map<string, number>();
  for (const [code, store] of Object.entries(rules.storeTypes)) {
    platform(`storeTypes.${code}`, code);
    marketplaces.set(store.marketplace, (marketplaces.get(store.marketplace) ?? 0) + 1);
  }
  for (const [marketplace, count] of marketplaces)
    if (count < 2) problems.push(`fitRules.storeTypes: marketplace ${marketplace} has one store type; a store type needs a sibling on its marketplace`);
  rules.trustSensitive.categories.forEach((c, i) => category(`trustSensitive.categories[${i}]`, c));
  rules.contentLift.platforms.forEach((p, i) => platform(`contentLift.platforms[${i}]`, p));
  for (const [code, scope] of Object.entries(rules.scopes)) {
    platform(`scopes.${code}`, code);
    for (const c of Object.keys(scope.categories)) category(`scopes.${code}.categories.${c}`, c);
  }
  rules.ownFollowing.platforms.forEach((p, i) => platform(`ownFollowing.platforms[${i}]`, p));
  return problems;
}
