import { type Lang } from "../../engine";
import { formulaCalculator as F, numberCalculator as N } from "../../engine/calc";
import { runningSalesToday } from "../../engine/plan/monthDemand";
import { sharedFixedCosts } from "../../engine/plan/runRate";
import { label } from "../../messages";
import type { PlanResult } from "../../scenario/planResult";
import type { InputRefs } from "./inputsSheet";
import type { SheetBuilder } from "./sheetBuilder";
import type { TeamRefs } from "./teamSheet";

/**
 * The facts every run-rate row reads, each in one cell (inlined, they grew past Excel's 8,192-character limit with
 * six or eleven stores): the shared fixed costs a month, and for a brand with running stores what they sell a month
 * today together (runningSalesToday over the Inputs sheet). Returns the cells.
 */
export function runRateFacts(
  result: PlanResult,
  lang: Lang,
  b: SheetBuilder,
  refs: { inputs: InputRefs; team: TeamRefs },
): { sharedFixed: string; runningToday: { runningToday?: string } } {
  const { plan, company } = result;
  const c = refs.inputs.company;
  b.add({ kind: "heading", text: label("sharedFactsHeading", lang) });
  const row = b.nextRow;
  const shared = sharedFixedCosts(N, { sharedPeople: plan.sharedMonthlyCost, rent: company.rentPerMonth, other: company.otherFixedPerMonth });
  const stores = refs.inputs.existingStores;
  const running = plan.entered.filter((p) => stores[p] !== undefined);
  const today = running.map((p) => company.existingStores![p]!);
  const sharedCell = b.cell(sharedFixedCosts(F, { sharedPeople: refs.team.sharedCost, rent: c.rentPerMonth, other: c.otherFixedPerMonth }), shared);
  const todayCell = () =>
    b.cell(
      runningSalesToday(
        F,
        running.map((p) => stores[p]!),
      ),
      runningSalesToday(N, today),
    );
  b.add({
    kind: "facts",
    rows: [
      { label: label("sharedFixedPerMonth", lang), value: sharedCell, format: "money" },
      ...(running.length ? [{ label: label("runningStoresMonthlySales", lang), value: todayCell(), format: "money" as const }] : []),
    ],
  });
  return { sharedFixed: b.local(1, row), runningToday: running.length ? { runningToday: b.local(1, row + 1) } : {} };
}
