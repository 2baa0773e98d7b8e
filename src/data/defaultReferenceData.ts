import costs from "./costs.json";
import fitRules from "./fitRules.json";
import model from "./model.json";
import planning from "./planning.json";
import profiles from "./profiles.json";
import rateCard from "./ratecard.json";
import staffing from "./staffing.json";
import { parseReferenceData, type ReferenceData } from "./referenceData";

let cached: ReferenceData | undefined;

/** The built-in rate card and profiles, validated on first use. */
export function defaultReferenceData(): ReferenceData {
  cached ??= parseReferenceData({ rateCard, profiles, staffing, model, planning, costs, fitRules });
  return cached;
}
