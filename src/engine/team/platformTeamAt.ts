import type { ReferenceData } from "../../data/referenceData";
import type { CityTier } from "../../data/schema/profiles";
import { ROLES, type Configuration, type Role } from "../../data/schema/roles";
import type { Staffing } from "../../data/schema/staffing";
import type { Calculator } from "../calc/calculator";
import { heldTeam, monthsBefore } from "./heldTeam";
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

/** A month's volume, with the average order value as a value of the calculator when the workbook holds it in a cell. */
export interface TeamVolumeAt<T> extends TeamVolume<T> {
  /** When given, the price band is read from it (a formula in the workbook) instead of options.averageOrderValue. */
  averageOrderValue?: T;
}

export interface TeamAt<T> {
  roles: Record<Role, T>;
  people: T;
  /** Monthly cost in fen, salary plus on-cost by city tier. */
  cost: T;
}

/**
 * Conversations per order of the price band `price` falls in, for either backend: bands are "up to", inclusive, and
 * the last has no upper end (the same band priceBandFor picks).
 */
export function conversationsPerOrderAt<T>(c: Calculator<T>, staffing: Staffing, price: T): T {
  const bands = staffing.customerService.priceBands;
  return bands.reduceRight<T | null>((rest, band) => {
    const value = c.constant(band.conversationsPerOrder.value);
    return rest === null || band.upTo === null ? value : c.ifAtLeast(c.constant(band.upTo), price, value, rest);
  }, null)!;
}

/**
 * People by role one platform needs at a month's volume, for either backend: the simulation calls it with numbers,
 * the workbook with the cells that hold the month's orders, sales and average order (the data goes in as constants).
 * With `previous` (last month's team of the same store) and `recent` (the store's volumes before this month, latest
 * first) the team is held (heldTeam): core roles are hired for the sales the store has kept for staffing's
 * peopleBySales.sustainedMonths (the least of those months' sales: a one-month peak hires nobody permanent) and never
 * let go in a slow month; customer service is the most this month or the months agentsKeptMonths keeps needed.
 */
export function platformTeamRolesAt<T>(
  c: Calculator<T>,
  data: ReferenceData,
  platform: string,
  volume: TeamVolumeAt<T>,
  options: TeamAtOptions,
  previous: Record<Role, T> | null = null,
  recent: ReadonlyArray<TeamVolumeAt<T>> = [],
): Record<Role, T> {
  const shape = { configuration: options.configuration, sharedRoles: options.sharedRoles ?? true };
  const constants = ratesAsConstants(c, teamRates(data.staffing, data.profiles.platforms[platform]!, shape, options.averageOrderValue));
  const need = (v: TeamVolumeAt<T>) => {
    const rates = v.averageOrderValue === undefined ? constants : { ...constants, conversationsPerOrder: conversationsPerOrderAt(c, data.staffing, v.averageOrderValue) };
    return teamAtVolume(c, v, rates);
  };
  if (previous === null) return need(volume);
  const kept = recent.slice(0, monthsBefore(data.staffing.peopleBySales.sustainedMonths.value));
  const sustained = kept.length === 0 ? volume : { ...volume, sales: c.min(volume.sales, ...kept.map((v) => v.sales)) };
  const agents = recent.slice(0, monthsBefore(data.staffing.customerService.agentsKeptMonths.value));
  return heldTeam(
    c,
    previous,
    need(sustained),
    agents.map((v) => need(v).customerService),
  );
}

/** How many months before this one a team looks back on (see platformTeamRolesAt). */
export const teamLookBackMonths = (data: ReferenceData): number =>
  Math.max(monthsBefore(data.staffing.peopleBySales.sustainedMonths.value), monthsBefore(data.staffing.customerService.agentsKeptMonths.value));

/** The employer's monthly cost of one person in each role, as constants of a calculator. */
export const costPerPersonAt = <T>(c: Calculator<T>, data: ReferenceData, cityTier: CityTier): Record<Role, T> =>
  Object.fromEntries(Object.entries(costPerPersonByRole(data.staffing, cityTier)).map(([r, v]) => [r, c.constant(v)])) as Record<Role, T>;

/** One platform's own team (see platformTeamRolesAt), its headcount and its monthly cost. */
export function platformTeamAt<T>(
  c: Calculator<T>,
  data: ReferenceData,
  platform: string,
  volume: TeamVolumeAt<T>,
  options: TeamAtOptions,
  previous: Record<Role, T> | null = null,
  recent: ReadonlyArray<TeamVolumeAt<T>> = [],
): TeamAt<T> {
  const roles = platformTeamRolesAt(c, data, platform, volume, options, previous, recent);
  return { roles, people: teamHeadcount(c, roles), cost: teamCostAtVolume(c, roles, costPerPersonAt(c, data, options.cityTier)) };
}

export const rolesOf = <T>(f: (role: Role) => T): Record<Role, T> => Object.fromEntries(ROLES.map((r) => [r, f(r)])) as Record<Role, T>;
