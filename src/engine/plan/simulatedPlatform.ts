import type { ReferenceData } from "../../data/referenceData";
import { numberCalculator as N } from "../calc/numberCalculator";
import { platformTeamAt } from "../team/platformTeamAt";
import { needsShared } from "../team/teamCost";
import type { EnteredPlatform } from "./chooseEntries";
import type { PlanCompany } from "./planInput";
import type { SimulatedPlatform } from "./simulateMonths";

/** An entered platform as the months simulate it: its order, shares, ROI, team that grows with its volume, fees and today's sales. */
export const simulatedPlatform =
  (data: ReferenceData, company: PlanCompany, currentSales: ReadonlyMap<string, number[]>) =>
  (e: EnteredPlatform): SimulatedPlatform => ({
    platform: e.candidate.platform,
    order: e.candidate.order,
    targetShare: e.share.targetShare,
    budgetWeight: e.share.budgetWeight,
    roi: e.candidate.roi,
    advertises: e.candidate.advertises,
    paidShare: e.candidate.order.rates.paidShare,
    ownTeam: (volume, previous, recent) =>
      platformTeamAt(
        N,
        data,
        e.candidate.platform,
        volume,
        { configuration: company.configuration, cityTier: company.cityTier, averageOrderValue: e.candidate.order.price },
        previous,
        recent,
      ),
    annualFee: data.rateCard.platforms[e.candidate.platform]!.annualFee.value,
    deposit: data.rateCard.platforms[e.candidate.platform]!.deposit.value,
    needsShared: needsShared(e.team),
    currentSales: currentSales.get(e.candidate.platform) ?? null,
  });
