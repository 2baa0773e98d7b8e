import type { Lang } from "../engine";
import { bossWorkbook } from "../report/bossWorkbook";
import type { PlanResult } from "../report/planResult";
import type { Scenario } from "../report/scenario";

/** Preview mode: the same boss workbook the CLI writes, built in the browser and offered as a download. */
export async function downloadWorkbook(scenario: Scenario, plan: PlanResult, lang: Lang): Promise<string> {
  const { workbookBytes } = await import(/* webpackChunkName: "xlsx-writer" */ "../report/xlsx/workbookBytes");
  const now = new Date();
  const bytes = await workbookBytes(bossWorkbook(scenario, plan, lang, now), now);
  const file = `${scenario.brand.replace(/[\\/:*?"<>|]/g, "_")}-channel-plan.xlsx`;
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file;
}
