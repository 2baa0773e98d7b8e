import type { ReferenceData } from "../../data/referenceData";
import type { Lang } from "../../engine";
import type { Scenario } from "../../scenario/scenario";
import type { PlanResult } from "../../scenario/planResult";
import { el } from "../dom";
import { computePlan } from "./computePlan";
import { downloadPlanJson } from "./exportJson";
import type { StepContext } from "./stepContext";
import { companyStep } from "./steps/companyStep";
import { economicsStep } from "./steps/economicsStep";
import { planStep } from "./steps/planStep";
import { platformsStep } from "./steps/platformsStep";
import { productStep } from "./steps/productStep";
import { teamStep } from "./steps/teamStep";
import type { Draft } from "./wizardDraft";
import { label, stepNames } from "../../messages";

export interface WizardHost {
  data: ReferenceData;
  lang: Lang;
  inExcel: boolean;
  draft: Draft;
  notice?: string;
  /** Persists the draft (in the workbook inside Excel); failures are reported, never thrown. */
  save(draft: Draft): Promise<void>;
  write(scenario: Scenario, plan: PlanResult, progress: (text: string) => void): Promise<string>;
  download(scenario: Scenario, plan: PlanResult): Promise<string>;
  /** The data's prose (sources, reasoning, notes): not loaded with the pane, so the steps that show it wait for it. */
  prose: { loaded(): boolean; load(): Promise<void> };
}

const STEPS = [productStep, companyStep, platformsStep, economicsStep, teamStep, planStep];
/** The steps whose ⓘ notes and hints show the data's sources and reasoning: never shown before the prose is in. */
const SHOWS_PROSE = new Set([platformsStep, economicsStep, teamStep, planStep]);

/** Mounts the six-step wizard: inputs on steps 1–2, results from the engine on steps 3–6. */
export function mountWizard(root: HTMLElement, host: WizardHost): void {
  const { lang } = host;
  let step = 0;
  const draft: Draft = structuredClone(host.draft);
  let outcome = computePlan(host.data, draft, lang, new Date());
  const status = el("p", { id: "wizard-status", role: "status", "aria-live": "polite" }, host.notice ?? "");
  const error = el("p", { id: "wizard-error", role: "alert" });
  const content = el("div", { id: "step-content" });
  const nav = el("ol", { class: "steps", id: "step-list" });
  const back = el("button", { type: "button", id: "back", class: "secondary" }, label("back", lang));
  const next = el("button", { type: "button", id: "next", class: "primary" }, label("next", lang));

  const recompute = () => {
    outcome = computePlan(host.data, draft, lang, new Date());
    error.textContent = outcome.ok ? "" : outcome.message;
  };

  /** Runs an output action on the current plan; a failure is shown in the pane, never lost in the console. */
  const reported = async (action: (ok: Extract<typeof outcome, { ok: true }>) => Promise<void>): Promise<void> => {
    if (!outcome.ok) return;
    try {
      await action(outcome);
    } catch (e) {
      status.textContent = "";
      error.textContent = `${label("outputFailed", lang)} ${e instanceof Error ? e.message : String(e)}`;
    }
  };

  const render = () => {
    nav.replaceChildren(
      ...stepNames(lang).map((name, i) => {
        const item = el("li", i === step ? { "aria-current": "step" } : {}, el("button", { type: "button", class: "step-link", "data-step": String(i) }, `${i + 1}. ${name}`));
        item.querySelector("button")!.addEventListener("click", () => go(i));
        return item;
      }),
    );
    const ctx: StepContext = {
      data: host.data,
      lang,
      draft,
      plan: outcome.ok ? outcome.plan : undefined,
      planError: outcome.ok ? undefined : outcome.message,
      inExcel: host.inExcel,
      update: (change) => {
        change(draft);
        recompute();
        refreshIfStructural();
      },
      write: () =>
        reported(async (ok) => {
          status.textContent = `${label("writing", lang)}…`;
          status.textContent = await host.write(ok.scenario, ok.plan, (text) => (status.textContent = text));
        }),
      download: () => reported(async (ok) => void (status.textContent = await host.download(ok.scenario, ok.plan))),
      exportJson: () => void reported(async (ok) => void (status.textContent = `${label("written", lang)}: ${downloadPlanJson(ok.plan, lang, new Date())}`)),
    };
    content.replaceChildren(el("h2", { id: "step-title", tabindex: "-1" }, stepNames(lang)[step]!), STEPS[step]!(ctx));
    back.disabled = step === 0;
    next.disabled = step === STEPS.length - 1;
  };

  // Input steps keep their controls (and focus) while typing; result steps and structural edits redraw.
  const structureOf = (d: Draft) =>
    JSON.stringify([d.overrides?.length ?? 0, d.company.platforms ?? null, d.company.brandStage ?? null, Object.keys(d.company.existingStores ?? {})]);
  let lastStructure = structureOf(draft);
  const refreshIfStructural = () => {
    const structure = structureOf(draft);
    if (step >= 2 || structure !== lastStructure) {
      lastStructure = structure;
      const focused = document.activeElement?.id;
      render();
      if (focused) document.getElementById(focused)?.focus();
    }
  };

  // The prose is fetched on the first input, so it is usually in before the first step that shows it.
  const FIRST_INPUT = ["input", "change", "pointerdown", "keydown"];
  const prefetch = () => {
    for (const type of FIRST_INPUT) root.removeEventListener(type, prefetch, true);
    host.prose.load().catch(() => undefined);
  };
  for (const type of FIRST_INPUT) root.addEventListener(type, prefetch, true);

  // Moving forward past the step that shows a problem is refused there, with the problem named.
  const show = (target: number) => {
    recompute();
    if (!outcome.ok && target > step && target > outcome.step) {
      error.textContent = outcome.message;
      if (step === outcome.step) return;
      target = outcome.step;
    }
    step = target;
    render();
    document.getElementById("step-title")?.focus();
    // Only a draft that plans is saved, so the workbook always holds the last good inputs.
    if (outcome.ok) void host.save(draft);
  };
  // A step that shows prose waits for it (at once when it is in); only the last move counts.
  let moves = 0;
  const go = (target: number): void => {
    const move = ++moves;
    if (!SHOWS_PROSE.has(STEPS[target]!) || host.prose.loaded()) return show(target);
    host.prose.load().then(
      () => void (move === moves && show(target)),
      () => void (error.textContent = label("proseFailed", lang)),
    );
  };
  back.addEventListener("click", () => go(step - 1));
  next.addEventListener("click", () => go(step + 1));
  root.replaceChildren(el("nav", { "aria-label": label("stepsNav", lang) }, nav), status, error, content, el("div", { class: "nav-buttons" }, back, next));
  render();
}
