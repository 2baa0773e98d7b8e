import type { ReferenceData } from "../../data/referenceData";
import type { CityTier } from "../../data/schema/profiles";
import type { Configuration, Role } from "../../data/schema/staffing";
import type { Calculator } from "../calc/calculator";
import { teamAtVolume, teamCostAtVolume, teamHeadcount, type TeamVolume } from "./teamAtVolume";
import { costPerPersonByRole, ratesAsConstants, teamRates } from "./teamRates";

export interface TeamAtOptions {
  configuration: Configuration;
  cityTier: CityTier;
  /** The platform's average order value (its customer-service price band), or null when not known. */
  averageOrderValue: number | null;
  /** Leave shared roles (design) to the shared pool; true for a store of a multi-platform plan. */
  sharedRoles?: boolean;
}

export interface TeamAt<T> {
  roles: Record<Role, T>;
  people: T;
  /** Monthly cost in fen, salary plus on-cost by city tier. */
  cost: T;
}

/**
 * One platform's own team and its monthly cost at a month's volume, for either backend: the simulation calls it with
 * numbers, the workbook with the cells that hold the month's orders and sales (the data goes in as constants).
 */
export function platformTeamAt<T>(c: Calculator<T>, data: ReferenceData, platform: string, volume: TeamVolume<T>, options: TeamAtOptions): TeamAt<T> {
  const shape = { configuration: options.configuration, sharedRoles: options.sharedRoles ?? true };
  const rates = teamRates(data.staffing, data.profiles.platforms[platform]!, shape, options.averageOrderValue);
  const roles = teamAtVolume(c, volume, ratesAsConstants(c, rates));
  const perPerson = costPerPersonByRole(data.staffing, options.cityTier);
  const costs = Object.fromEntries(Object.entries(perPerson).map(([r, v]) => [r, c.constant(v)])) as Record<Role, T>;
  return { roles, people: teamHeadcount(c, roles), cost: teamCostAtVolume(c, roles, costs) };
}
