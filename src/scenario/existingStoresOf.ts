import type { ReferenceData } from "../data/referenceData";
import { numberIssue, platformIndex, RANGES, resolveName, type Issue } from "../engine";
import { SCENARIO_LIMITS } from "./scenario";

const FIELD = "company.existingStores";

/**
 * The stores a brand runs today, names resolved to platform codes (any name or alias the scenario accepts for a
 * platform), with every problem: an unknown name (with its "did you mean"), the same platform twice, too many, a
 * store that sells nothing today (a new store is planned by leaving it out).
 * The scenario, the wizard and the workbook's inputs read them through this one function.
 */
export function existingStoresOf(data: ReferenceData, stores: Readonly<Record<string, number>> | undefined): { stores: Record<string, number>; issues: Issue[] } {
  const resolved: Record<string, number> = {};
  const firstName = new Map<string, string>();
  const issues: Issue[] = [];
  const entries = Object.entries(stores ?? {});
  if (entries.length > SCENARIO_LIMITS.existingStores) issues.push({ code: "too_many", field: FIELD, max: SCENARIO_LIMITS.existingStores });
  for (const [name, monthlySales] of entries) {
    const code = resolveName(platformIndex(data.rateCard), `${FIELD}.${name}`, name);
    if (!code.ok) {
      issues.push(code.issue);
      continue;
    }
    const first = firstName.get(code.value);
    if (first !== undefined) {
      issues.push({ code: "duplicate", field: `${FIELD}.${name}`, received: name, otherField: `${FIELD}.${first}` });
      continue;
    }
    firstName.set(code.value, name);
    const sales = numberIssue(`${FIELD}.${name}`, monthlySales, RANGES.storeSales);
    if (sales) {
      issues.push(sales);
      continue;
    }
    resolved[code.value] = monthlySales;
  }
  return { stores: resolved, issues };
}
