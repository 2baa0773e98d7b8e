import type { Lang } from "../../engine";
import { readSavedState, serializeState, STATE_KEY, type ReadState } from "../wizard/savedState";
import type { Draft } from "../wizard/wizardDraft";

type Run = typeof Excel.run;

/** Reads the wizard's inputs saved in this workbook (one sync). */
export async function loadWorkbookState(run: Run, lang: Lang): Promise<ReadState> {
  return run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(STATE_KEY);
    item.load("value");
    await context.sync();
    return readSavedState(item.isNullObject ? null : item.value, lang);
  });
}

/** Saves the wizard's inputs in this workbook so the shared file reopens where the operator left it (one sync). */
export async function saveWorkbookState(run: Run, draft: Draft, now = new Date()): Promise<void> {
  await run(async (context) => {
    context.workbook.settings.add(STATE_KEY, serializeState(draft, now));
    await context.sync();
  });
}
