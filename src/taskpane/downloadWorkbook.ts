import type { Lang } from "../engine";
import { bossWorkbook } from "../report/bossWorkbook";
import type { PlanResult } from "../scenario/planResult";
import type { Scenario } from "../scenario/scenario";
import { offerDownload } from "./offerDownload";

/** Preview mode: the same boss workbook the CLI writes, built in the browser and offered as a download. */
export async function downloadWorkbook(scenario: Scenario, plan: PlanResult, lang: Lang): Promise<string> {
  const { workbookBytes } = await import(/* webpackChunkName: "xlsx-writer" */ "../report/xlsx/workbookBytes");
  const now = new Date();
  const bytes = await workbookBytes(bossWorkbook(scenario, plan, lang, now), now);
  return offerDownload(scenario.brand, "xlsx", bytes as BlobPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}
