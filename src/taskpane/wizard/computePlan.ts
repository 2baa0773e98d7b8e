import type { ReferenceData } from "../../data/referenceData";
import { describeIssue, label, type Lang } from "../../engine";
import { buildPlan } from "../../report/buildPlan";
import type { PlanResult } from "../../report/planResult";
import { scenarioSchema, type Scenario } from "../../report/scenario";
import type { Draft } from "./wizardDraft";

export type PlanOutcome = { ok: true; scenario: Scenario; plan: PlanResult } | { ok: false; message: string };

/** Validates the wizard's draft as a scenario and plans it; a problem comes back as one readable message. */
export function computePlan(data: ReferenceData, draft: Draft, lang: Lang, today: Date): PlanOutcome {
  const parsed = scenarioSchema.safeParse({ ...draft, brand: draft.brand.trim() || label("defaultBrand", lang), products: draft.products.map((p) => ({ ...p, name: p.name.trim() || p.sku })) });
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  const plan = buildPlan(data, parsed.data, today.toISOString().slice(0, 10));
  if (!plan.ok) return { ok: false, message: describeIssue(plan.issue, lang) };
  return { ok: true, scenario: parsed.data, plan: plan.value };
}
