import type { z } from "zod";
import { costsSchema, type Costs } from "./schema/costs";
import { fitRulesSchema, type FitRules } from "./schema/fitRules";
import { modelSchema, type Model } from "./schema/model";
import { planningSchema, type Planning } from "./schema/planning";
import { profilesSchema, type Profiles } from "./schema/profiles";
import { rateCardSchema, type RateCard } from "./schema/rateCard";
import { staffingSchema, type Staffing } from "./schema/staffing";
import { referenceDataProblems } from "./referenceDataProblems";

/** Everything the engine reads about platforms, validated. Passed into engine calls, never imported by the engine. */
export interface ReferenceData {
  rateCard: RateCard;
  profiles: Profiles;
  staffing: Staffing;
  model: Model;
  planning: Planning;
  costs: Costs;
  fitRules: FitRules;
}

export interface RawReferenceData {
  rateCard: unknown;
  profiles: unknown;
  staffing: unknown;
  model: unknown;
  planning: unknown;
  costs: unknown;
  fitRules: unknown;
}

export class ReferenceDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`ChannelFit reference data is invalid:\n- ${problems.join("\n- ")}`);
    this.name = "ReferenceDataError";
  }
}

function problemsOf(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${[file, ...issue.path.map(String)].join(".")}: ${issue.message}`);
}

/** Validates all the data files and their cross-references; throws one error listing every problem by field path. */
export function parseReferenceData(raw: RawReferenceData): ReferenceData {
  const parsed = {
    rateCard: rateCardSchema.safeParse(raw.rateCard),
    profiles: profilesSchema.safeParse(raw.profiles),
    staffing: staffingSchema.safeParse(raw.staffing),
    model: modelSchema.safeParse(raw.model),
    planning: planningSchema.safeParse(raw.planning),
    costs: costsSchema.safeParse(raw.costs),
    fitRules: fitRulesSchema.safeParse(raw.fitRules),
  };
  const problems = Object.entries(parsed).flatMap(([file, result]) => (result.success ? [] : problemsOf(file, result.error)));
  if (problems.length > 0) throw new ReferenceDataError(problems);
  const data = {
    rateCard: parsed.rateCard.data!,
    profiles: parsed.profiles.data!,
    staffing: parsed.staffing.data!,
    model: parsed.model.data!,
    planning: parsed.planning.data!,
    costs: parsed.costs.data!,
    fitRules: parsed.fitRules.data!,
  };
  const crossProblems = referenceDataProblems(data);
  if (crossProblems.length > 0) throw new ReferenceDataError(crossProblems);
  return data;
}
