import type { ReferenceData } from "../../data/referenceData";
import type { CityTier } from "../../data/schema/profiles";
import { ROLES, type Configuration, type Role } from "../../data/schema/staffing";
import { roundToFen } from "../money/roundHalfEven";
import { monthlyCostPerPerson } from "./monthlySalary";
import { platformTeam, type PlatformTeam } from "./platformTeam";

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

const zeroRoles = () => Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;

/** A team across several platforms: per-platform roles plus a shared pool, with monthly labour cost by city tier. */
export function teamPlan(data: ReferenceData, input: TeamPlanInput): TeamPlan {
  const staffing = data.staffing;
  const cost = (roles: Record<Role, number>) => roundToFen(ROLES.reduce((sum, r) => sum + roles[r] * monthlyCostPerPerson(staffing, r, input.cityTier), 0));
  const perPlatform = input.platforms.map(({ platform, monthlyOrders }) => {
    const team = platformTeam(staffing, data.profiles.platforms[platform]!, { monthlyOrders, configuration: input.configuration, sharedRoles: true });
    return { platform, team, monthlyCost: cost(team.roles) };
  });
  const shared = zeroRoles();
  for (const role of staffing.sharedRoles) {
    const stores = perPlatform.filter((p) => (p.team.sharedNeeds[role] ?? 0) > 0).length;
    shared[role] = Math.ceil(stores / staffing.designCoverage.value);
  }
  const byRole = zeroRoles();
  for (const role of ROLES) byRole[role] = shared[role] + perPlatform.reduce((sum, p) => sum + p.team.roles[role], 0);
  const sharedMonthlyCost = cost(shared);
  return {
    perPlatform,
    shared,
    sharedMonthlyCost,
    byRole,
    totalPeople: ROLES.reduce((sum, r) => sum + byRole[r], 0),
    monthlyLabourCost: roundToFen(perPlatform.reduce((sum, p) => sum + p.monthlyCost, 0) + sharedMonthlyCost),
  };
}
