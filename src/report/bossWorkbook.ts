import { type Lang } from "../engine";
import { label } from "../messages";
import { budgetText } from "./planText";
import type { PlanResult } from "../scenario/planResult";
import type { Scenario } from "../scenario/scenario";
import { comparisonSheet } from "./sheets/comparisonSheet";
import { costSheet } from "./sheets/costSheet";
import { inputsSheet } from "./sheets/inputsSheet";
import { comparisonLayout, pnlLayout } from "./sheets/layouts";
import { planSheet } from "./sheets/planSheet";
import { planStatusFormula } from "./sheets/planStatus";
import { pnlSheet } from "./sheets/pnlSheet";
import { rateCardSheet } from "./sheets/rateCardSheet";
import { SheetBuilder } from "./sheets/sheetBuilder";
import { summarySheet } from "./sheets/summarySheet";
import { teamLayout, teamSheet } from "./sheets/teamSheet";
import type { WorkbookSpec } from "./workbookSpec";

export interface BossWorkbookOptions {
  /** false writes values only, without formulas (the benchmark's baseline). Default true. */
  live?: boolean;
}

/**
 * The boss workbook: inputs in tables (CF_Company, CF_Seasonality, CF_Products, CF_RateCard) and native formulas
 * for the arithmetic (margins, break-even, targets, traffic, ad spend, the monthly P&L, labour, totals), each
 * carrying the engine's value; judgements (fit, verdicts, entry months, shares, ramp-up) are values. It reads the
 * same without the add-in, in Chinese or English, in Excel, WPS or LibreOffice.
 */
export function bossWorkbook(_scenario: Scenario, result: PlanResult, lang: Lang, generatedAt: Date, options: BossWorkbookOptions = {}): WorkbookSpec {
  const live = options.live ?? true;
  const { plan } = result;
  const inputs = inputsSheet(result, lang, live);
  const rates = rateCardSheet(result, lang, live);
  const teamB = new SheetBuilder(label("sheetTeam", lang), lang, live);
  const team = teamLayout(teamB, result, lang);
  const costs = costSheet(result, lang, live, rates.refs);

  const cmp = new SheetBuilder(label("sheetComparison", lang), lang, live);
  cmp.add({ kind: "title", text: `${result.brand}: ${label("sheetComparison", lang)}` });
  const cmpLayout = comparisonLayout(cmp, plan);
  const pnl = new SheetBuilder(label("sheetPnl", lang), lang, live);
  pnl.add({ kind: "title", text: `${result.brand}: ${label("sheetPnl", lang)}` });
  pnl.add({ kind: "heading", text: label("pnlByPlatform", lang) });
  const pnlAt = pnlLayout(pnl, plan);

  const planB = new SheetBuilder(label("sheetPlan", lang), lang, live);
  const planRefs = planSheet(result, lang, planB, { inputs: inputs.refs, rates: rates.refs, costs: costs.refs, team: team.refs, cmp: cmpLayout, pnl: pnlAt, pnlSheet: pnl });
  comparisonSheet(result, lang, cmp, cmpLayout, { inputs: inputs.refs, rates: rates.refs, costs: costs.refs, plan: planRefs });
  pnlSheet(result, lang, pnl, pnlAt, { inputs: inputs.refs, rates: rates.refs, costs: costs.refs, team: team.refs, plan: planRefs });
  teamSheet(result, lang, teamB, team, { plan: planRefs, pnl: pnlAt, pnlSheet: pnl });
  const summary = new SheetBuilder(label("sheetSummary", lang), lang, live);
  summarySheet(result, lang, summary, generatedAt, {
    plan: planRefs,
    team: team.refs,
    pnl: pnlAt,
    pnlSheet: pnl,
    budgetText: budgetText(result.referenceData, plan, lang),
    status: (profit) =>
      planStatusFormula(plan, lang, {
        inputs: inputs.refs,
        cmp: cmpLayout,
        plan: planRefs,
        profit,
        pnl: pnlAt,
        pnlSheet: pnl,
        peoplePerMonth: team.refs.peoplePerMonth,
        paybackJudgedAfter: result.referenceData.planning.paybackJudgedAfterMonths.value,
        openAfterMonths: result.referenceData.planning.breakthrough.consecutiveMonths.value,
      }),
  });
  return {
    title: `${result.brand} ${label("planTitle", lang)}`,
    // Sheets of formulas are protected (no password); the inputs and the rate card stay open for edits.
    sheets: [summary, inputs.sheet, cmp, teamB, planB, pnl, costs.sheet, rates.sheet].map((s) => ({
      ...s.spec(),
      protect: s !== inputs.sheet && s !== rates.sheet && s !== costs.sheet,
      // Row labels repeated on every page across: month and platform, SKU, product and platform, the platform or item.
      printTitleColumns: s === pnl || s === rates.sheet ? 2 : s === cmp ? 3 : 1,
      ...(s === pnl && pnlAt.platformEnds.length ? { pageBreaksAfter: pnlAt.platformEnds } : {}),
    })),
  };
}
