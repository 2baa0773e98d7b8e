import { loadProse, proseLoaded } from "../data/dataProse";
import { defaultReferenceData } from "../data/defaultReferenceData";
import { displayLanguage } from "../shared/displayLanguage";
import { setSessionOverrides } from "../shared/session";
import { askInline } from "./askInline";
import { detectHost } from "./officeHost";
import type { RateOverride } from "../engine";
import { rateOverridesOf } from "../scenario/scenario";
import { rateCardOverrides } from "../scenario/rateCardOverrides";
import { readRateCardTable } from "./office/readRateCardTable";
import { loadWorkbookState, saveWorkbookState } from "./office/workbookState";
import { mountWizard } from "./wizard/wizard";
import { defaultDraft, type Draft } from "./wizard/wizardDraft";
import { label, messages } from "../messages";

let sessionOverrides: RateOverride[] = [];
const setOverrides = (overrides: RateOverride[]) => setSessionOverrides((sessionOverrides = overrides), new Date().toISOString().slice(0, 10));
const applyOverridesToFormulas = (draft: Draft) => setOverrides(rateOverridesOf(draft.overrides ?? []));

/**
 * The data's prose is not loaded at start: the first steps and the formulas need only figures. Once it is in, the
 * session's rate card is made again, so its copied parts (the overrides give the rate card new objects) carry it too.
 */
const prose = {
  loaded: proseLoaded,
  load: () => (proseLoaded() ? Promise.resolve() : loadProse().then(() => void setOverrides(sessionOverrides))),
};

/** An Office error's code (e.g. "GeneralException"), never its English message. */
const errorCodeOf = (e: unknown): string => (e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : e instanceof Error ? e.name : "Error");

type Override = NonNullable<Draft["overrides"]>[number];
const sameRate = (a: Override, b: Override) => String(a.platform) === String(b.platform) && a.field === b.field && String(a.category ?? "") === String(b.category ?? "");

/** Rates edited in the Rate card sheet replace the wizard's entry for the same rate, or are added. */
function mergeOverrides(current: Override[], fromTable: Override[]): Override[] {
  return [...current.filter((o) => !fromTable.some((e) => sameRate(o, e))), ...fromTable];
}

async function start(): Promise<void> {
  const status = document.getElementById("status")!;
  const app = document.getElementById("app")!;
  const host = await detectHost();
  const lang = displayLanguage();
  const inExcel = host.host === "Excel";
  document.documentElement.lang = label("htmlLang", lang);
  const data = defaultReferenceData();
  status.textContent = `${label(inExcel ? "connected" : "previewNote", lang)} ${messages(lang).wizard.rateCardStatus(data.rateCard.version, data.rateCard.asOf)}`;
  status.dataset.host = host.host ?? "none";

  let draft = defaultDraft();
  let notice: string | undefined;
  if (inExcel) {
    try {
      const saved = await loadWorkbookState(Excel.run, lang);
      notice = saved.notice;
      if (saved.draft) draft = saved.draft;
    } catch (e) {
      notice = `${label("stateProblem", lang)} ${messages(lang).wizard.excelReadFailed(errorCodeOf(e))}`;
    }
    try {
      const edits = rateCardOverrides(data, await readRateCardTable(Excel.run), lang, new Date().toISOString().slice(0, 10));
      draft = { ...draft, overrides: mergeOverrides(draft.overrides ?? [], edits.overrides) };
      if (edits.overrides.length || edits.problems.length)
        notice = [notice, `${label("tableEdits", lang)}: ${edits.overrides.length}`, ...edits.problems].filter(Boolean).join(" ");
    } catch {
      /* no readable rate-card table: nothing to apply */
    }
  }
  applyOverridesToFormulas(draft);
  let appliedOverrides = JSON.stringify(draft.overrides ?? []);
  const wizardRoot = document.createElement("div");
  wizardRoot.id = "wizard";
  app.append(wizardRoot);
  mountWizard(wizardRoot, {
    data,
    lang,
    inExcel,
    draft,
    notice,
    save: async (next) => {
      const overrides = JSON.stringify(next.overrides ?? []);
      const changed = overrides !== appliedOverrides;
      if (changed) {
        applyOverridesToFormulas(next);
        appliedOverrides = overrides;
      }
      if (!inExcel) return;
      try {
        await saveWorkbookState(Excel.run, next);
        // Negotiated rates feed the CHANNEL.* formulas: recalculate so cells show them.
        if (changed)
          await Excel.run(async (context) => {
            context.workbook.application.calculate(Excel.CalculationType.full);
            await context.sync();
          });
      } catch {
        /* saving is best effort; the next step saves again */
      }
    },
    prose,
    // The report's sheets and the writers are chunks loaded on the first write or download (the last step), not at
    // start; the sheets show the data's sources, so the prose comes with them.
    write: async (scenario, plan, progress) => {
      const [{ bossWorkbook, writeWorkbookSpec }] = await Promise.all([import(/* webpackChunkName: "workbook" */ "./workbookWriters"), prose.load()]);
      const spec = bossWorkbook(scenario, plan, lang, new Date());
      try {
        const report = await writeWorkbookSpec(Excel.run, spec, {
          confirmReplace: (names) => askInline(wizardRoot, `${label("confirmReplace", lang)} (${names.join(", ")})`, label("writeWorkbook", lang), label("back", lang)),
          onProgress: (done, total) => progress(`${label("writing", lang)} ${done}/${total}…`),
        });
        return report.cancelled ? label("cancelled", lang) : `${label("written", lang)}: ${report.written.join(", ")}`;
      } catch (e) {
        return messages(lang).wizard.excelWriteFailed(errorCodeOf(e));
      }
    },
    download: async (scenario, plan) => {
      const [{ downloadWorkbook }] = await Promise.all([import(/* webpackChunkName: "workbook" */ "./downloadWorkbook"), prose.load()]);
      return `${label("written", lang)}: ${await downloadWorkbook(scenario, plan, lang)}`;
    },
  });
}

void start();
