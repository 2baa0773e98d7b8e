import type { Page } from "playwright-core";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { type Lang } from "../../src/engine";
import { label } from "../../src/messages";
import { MONEY_LINES } from "../../src/engine/plan/monthLine";
import { buildPlan } from "../../src/scenario/buildPlan";
import type { PlanResult } from "../../src/scenario/planResult";
import { scenarioSchema } from "../../src/scenario/scenario";
import type { Draft } from "../../src/taskpane/wizard/wizardDraft";

/** The plan for a wizard draft, computed here straight from the scenario schema and buildPlan (not through the wizard). */
export function expectedPlan(draft: Draft, lang: Lang): PlanResult {
  const scenario = scenarioSchema.parse({
    ...draft,
    brand: draft.brand.trim() || label("defaultBrand", lang),
    products: draft.products.map((p) => ({ ...p, name: p.name.trim() || p.sku })),
  });
  const result = buildPlan(defaultReferenceData(), scenario, new Date().toISOString().slice(0, 10));
  if (!result.ok) throw new Error(JSON.stringify(result.issue));
  return result.value;
}

/** A figure as the pane shows it ("1,256", "-14,945", "29.2%", "¥58.06") read back as a number (percent as a fraction). */
export function shownNumber(text: string): number {
  const t = text.trim();
  const n = Number(t.replace(/[¥,%\s]/g, ""));
  if (t === "" || Number.isNaN(n)) throw new Error(`not a figure: "${text}"`);
  return t.endsWith("%") ? n / 100 : n;
}

/** Every month row of a P&L table as { column key: number }, columns mapped back from their catalogue headings. */
export async function readPnl(page: Page, tableId: string, lang: Lang): Promise<Array<Record<string, number>>> {
  const byHeading = new Map<string, string>(MONEY_LINES.map((k) => [label(`pnl_${k}`, lang), k]));
  byHeading.set(label("month", lang), "month");
  // allTextContents does not wait: on a busy machine the plan step may not have drawn its table yet.
  await page.locator(`#${tableId} tbody tr`).first().waitFor();
  const heads = await page.locator(`#${tableId} thead th`).allTextContents();
  const keys = heads.map((h) => byHeading.get(h) ?? `?${h}`);
  const rows = await page.locator(`#${tableId} tbody tr`).evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent ?? "")));
  return rows.map((cells) => Object.fromEntries(cells.map((c, i) => [keys[i]!, shownNumber(c)])));
}

/** A figure shown to `decimals` places is the plan's number rounded there: at most half a unit of the last place away. */
export function expectShown(shown: number, exact: number, decimals: number): void {
  expect({ shown, offBy: Math.abs(shown - exact) <= 0.5 * 10 ** -decimals + 1e-9 ? "within rounding" : shown - exact }).toEqual({ shown, offBy: "within rounding" });
}
