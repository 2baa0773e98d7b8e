import type { ReferenceData } from "../../data/referenceData";
import type { CityTier } from "../../data/schema/profiles";
import { ROLES, type Configuration, type Role } from "../../data/schema/roles";
import { roundToFen } from "../money/roundHalfEven";
import { monthlyCostPerPerson } from "./monthlySalary";
import { platformTeam, type PlatformTeam } from "./platformTeam";

export const zeroRoles = (): Record<Role, number> => Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;

export function rolesCost(data: ReferenceData, roles: Record<Role, number>, cityTier: CityTier): number {
  return roundToFen(ROLES.reduce((sum, r) => sum + roles[r] * monthlyCostPerPerson(data.staffing, r, cityTier), 0));
}

/** A platform's own people at its run-rate orders (shared roles set aside), and their monthly cost. */
export function ownTeam(data: ReferenceData, platform: string, monthlyOrders: number, configuration: Configuration, cityTier: CityTier): { team: PlatformTeam; cost: number } {
  const team = platformTeam(data.staffing, data.profiles.platforms[platform]!, { monthlyOrders, configuration, sharedRoles: true });
  return { team, cost: rolesCost(data, team.roles, cityTier) };
}

/** The shared pool (design) for `stores` open stores that need it: one person per `designCoverage` stores. */
export function sharedPool(data: ReferenceData, stores: number, cityTier: CityTier): { roles: Record<Role, number>; cost: number } {
  const roles = zeroRoles();
  for (const role of data.staffing.sharedRoles) roles[role] = Math.ceil(stores / data.staffing.designCoverage.value);
  return { roles, cost: rolesCost(data, roles, cityTier) };
}

/** Whether a platform's template has shared roles it does not staff itself. */
export const needsShared = (team: PlatformTeam): boolean => Object.values(team.sharedNeeds).some((n) => (n ?? 0) > 0);
