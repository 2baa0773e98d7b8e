import { defaultReferenceData } from "../data/defaultReferenceData";
import type { ReferenceData } from "../data/referenceData";
import { applyOverrides, type RateOverride, type Result } from "../engine";

interface SessionState {
  data: ReferenceData;
}

/**
 * The task pane and the custom functions are separate bundles in one shared runtime,
 * so the user's rate overrides live on a global both can reach.
 */
const KEY = Symbol.for("channelfit.session");
type Holder = { [KEY]?: SessionState };

function state(): SessionState {
  const holder = globalThis as Holder;
  holder[KEY] ??= { data: defaultReferenceData() };
  return holder[KEY];
}

/** Reference data with the user's negotiated rates applied. */
export function sessionData(): ReferenceData {
  return state().data;
}

/** Replaces the user's overrides; on a bad row nothing changes and the issue says which row. */
export function setSessionOverrides(overrides: readonly RateOverride[], asOf: string): Result<ReferenceData> {
  const base = defaultReferenceData();
  const card = applyOverrides(base.rateCard, overrides, asOf);
  if (!card.ok) return card;
  const data = { ...base, rateCard: card.value };
  (globalThis as Holder)[KEY] = { data };
  return { ok: true, value: data };
}
