import type { Lang } from "../../engine";
import { planJson } from "../../report/planJson";
import type { PlanResult } from "../../report/planResult";

/** Offers the whole plan as a JSON file (planJson: one document for every JSON export); returns the file name. */
export function downloadPlanJson(result: PlanResult, lang: Lang, now: Date): string {
  const file = `${result.brand.replace(/[\\/:*?"<>|]/g, "_")}-channel-plan.json`;
  const url = URL.createObjectURL(new Blob([JSON.stringify(planJson(result, lang, now), null, 2)], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file;
}
