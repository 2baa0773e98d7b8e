import type { ReferenceData } from "../../data/referenceData";
import type { Lang } from "../../engine";
import type { PlanResult } from "../../scenario/planResult";
import type { Draft } from "./wizardDraft";

export interface StepContext {
  data: ReferenceData;
  lang: Lang;
  draft: Draft;
  /** Changes the draft; results are recomputed before the next step is shown. */
  update(change: (draft: Draft) => void): void;
  /** The plan for the current draft, or why there is none. */
  plan: PlanResult | undefined;
  planError: string | undefined;
  inExcel: boolean;
  write(): Promise<void>;
  download(): Promise<void>;
  /** Downloads the plan as JSON. */
  exportJson(): void;
}
