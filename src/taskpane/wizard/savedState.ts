import type { Lang } from "../../engine";
import { savedStateSchema, STATE_VERSION, type Draft } from "./wizardDraft";
import { describeIssue, label, messages } from "../../messages";
import { issueFromZod } from "../../scenario/zodIssues";
import { migrateState } from "./stateMigration";

export const STATE_KEY = "ChannelFit.state";
const MAX_STATE_CHARS = 1_000_000;

export type ReadState = { draft: Draft; notice: string } | { draft: undefined; notice: string | undefined };

/**
 * Reads the wizard's saved inputs from a workbook setting. Anything unexpected (not ours, corrupt, too large,
 * from a newer add-in) gives a message and no draft; the workbook itself is never changed by reading.
 */
export function readSavedState(raw: unknown, lang: Lang): ReadState {
  if (raw === null || raw === undefined) return { draft: undefined, notice: undefined };
  const problem = (detail: string) => ({ draft: undefined, notice: `${label("stateProblem", lang)} ${detail}` });
  if (typeof raw !== "string") return problem(messages(lang).wizard.stateNotText());
  if (raw.length > MAX_STATE_CHARS) return problem(messages(lang).wizard.stateTooLong(raw.length, MAX_STATE_CHARS));
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return problem(messages(lang).wizard.stateNotJson());
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === "number" && version > STATE_VERSION) return { draft: undefined, notice: label("newerState", lang) };
  const { state, migratedFrom } = migrateState(json);
  const parsed = savedStateSchema.safeParse(state);
  if (!parsed.success) {
    return problem(describeIssue(issueFromZod(parsed.error.issues[0]!, state, savedStateSchema), lang).slice(0, 300));
  }
  return { draft: parsed.data.draft, notice: migratedFrom === null ? label("restored", lang) : label("restoredOlder", lang) };
}

export function serializeState(draft: Draft, now: Date): string {
  return JSON.stringify({ version: STATE_VERSION, savedAt: now.toISOString(), draft });
}
