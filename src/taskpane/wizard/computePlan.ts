import type { ReferenceData } from "../../data/referenceData";
import { type Issue, type Lang } from "../../engine";
import { describeIssue, label } from "../../messages";
import { buildPlan } from "../../scenario/buildPlan";
import type { PlanResult } from "../../scenario/planResult";
import { scenarioSchema, type Scenario } from "../../scenario/scenario";
import { scenarioProblems } from "../../scenario/scenarioProblems";
import { issueFromZod } from "../../scenario/zodIssues";
import { wizardField } from "./wizardField";
import type { Draft } from "./wizardDraft";

/** A plan, or the first problem in the user's language naming the field they saw, and the step that shows it. */
export type PlanOutcome = { ok: true; scenario: Scenario; plan: PlanResult } | { ok: false; message: string; step: number };

function problem(issue: Issue, lang: Lang): PlanOutcome {
  const where = wizardField(issue.field, lang);
  return { ok: false, message: describeIssue({ ...issue, field: where.label }, lang), step: where.step };
}

/** Validates the wizard's draft as a scenario and plans it. */
export function computePlan(data: ReferenceData, draft: Draft, lang: Lang, today: Date): PlanOutcome {
  const input = { ...draft, brand: draft.brand.trim() || label("defaultBrand", lang), products: draft.products.map((p) => ({ ...p, name: p.name.trim() || p.sku })) };
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) return problem(issueFromZod(parsed.error.issues[0]!, input, scenarioSchema), lang);
  const problems = scenarioProblems(data, parsed.data);
  if (problems.length > 0) return problem(problems[0]!, lang);
  const plan = buildPlan(data, parsed.data, today.toISOString().slice(0, 10));
  if (!plan.ok) return problem(plan.issue, lang);
  return { ok: true, scenario: parsed.data, plan: plan.value };
}
