import type { ReferenceData } from "../../data/referenceData";
import type { CityTier } from "../../data/schema/profiles";
import { ROLES, type Configuration, type Role } from "../../data/schema/roles";
import { roundToFen } from "../money/roundHalfEven";
import type { PlatformTeam } from "./platformTeam";
import { needsShared, ownTeam, sharedPool, zeroRoles } from "./teamCost";

export interface TeamPlanInput {
  platforms: ReadonlyArray<{ platform: string; monthlyOrders: number }>;
  configuration: Configuration;
  cityTier: CityTier;
}

export interface TeamPlan {
  perPlatform: Array<{ platform: string; team: PlatformTeam; monthlyCost: number }>;
  /** Roles staffed once across platforms (design: one person per `designCoverage` stores). */
  shared: Record<Role, number>;
  sharedMonthlyCost: number;
  byRole: Record<Role, number>;
  totalPeople: number;
  monthlyLabourCost: number;
}

/** A team across several platforms: per-platform roles plus a shared pool, with monthly labour cost by city tier. */
export function teamPlan(data: ReferenceData, input: TeamPlanInput): TeamPlan {
  const perPlatform = input.platforms.map(({ platform, monthlyOrders }) => {
    const { team, cost } = ownTeam(data, platform, monthlyOrders, input.configuration, input.cityTier);
    return { platform, team, monthlyCost: cost };
  });
  const { roles: shared, cost: sharedMonthlyCost } = sharedPool(data, perPlatform.filter((p) => needsShared(p.team)).length, input.cityTier);
  const byRole = zeroRoles();
  for (const role of ROLES) byRole[role] = shared[role] + perPlatform.reduce((sum, p) => sum + p.team.roles[role], 0);
  return {
    perPlatform,
    shared,
    sharedMonthlyCost,
    byRole,
    totalPeople: ROLES.reduce((sum, r) => sum + byRole[r], 0),
    monthlyLabourCost: roundToFen(perPlatform.reduce((sum, p) => sum + p.monthlyCost, 0) + sharedMonthlyCost),
  };
}
