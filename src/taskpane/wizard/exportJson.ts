import type { Lang } from "../../engine";
import { planJson } from "../../report/planJson";
import type { PlanResult } from "../../scenario/planResult";
import { offerDownload } from "../offerDownload";

/** Offers the whole plan as a JSON file (planJson: one document for every JSON export); returns the file name. */
export function downloadPlanJson(result: PlanResult, lang: Lang, now: Date): string {
  return offerDownload(result.brand, "json", JSON.stringify(planJson(result, lang, now), null, 2), "application/json");
}
