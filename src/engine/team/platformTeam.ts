import type { PlatformProfile } from "../../data/schema/profiles";
import { ROLES, type Configuration, type Role } from "../../data/schema/roles";
import type { RoleCounts, Staffing } from "../../data/schema/staffing";
import { numberCalculator } from "../calc/numberCalculator";
import { teamAtVolume } from "./teamAtVolume";
import { teamRates } from "./teamRates";

export { ordersPerAgent } from "./teamRates";

export interface PlatformTeamOptions {
  monthlyOrders: number;
  /**
   * The platform's average order value in yuan: it picks customer service's price band and makes the month's sales
   * (orders × value) that operations, promotion and the live room grow with. Without it (null or left out) the team
   * is sized on orders alone: conversations at the data's figure for an unknown price, and no sales-driven roles.
   */
  averageOrderValue?: number | null;
  configuration: Configuration;
  /** Leave shared roles (design) out of this platform's count: they are staffed once for all platforms. */
  sharedRoles: boolean;
}

export interface PlatformTeam {
  roles: Record<Role, number>;
  total: number;
  /** Shared roles this platform needs but does not staff itself (counted in the team plan's shared pool). */
  sharedNeeds: RoleCounts;
}

/**
 * People one platform needs at a month's volume (teamAtVolume on numbers): the configuration's launch shape, grown
 * with orders and sales, and shared roles set aside when shared. Orders and order value must already be checked.
 */
export function platformTeam(staffing: Staffing, profile: PlatformProfile, options: PlatformTeamOptions): PlatformTeam {
  const price = options.averageOrderValue ?? null;
  const shape = { configuration: options.configuration, sharedRoles: options.sharedRoles };
  const rates = teamRates(staffing, profile, shape, price);
  const roles = teamAtVolume(numberCalculator, { orders: options.monthlyOrders, sales: price === null ? 0 : numberCalculator.fen(options.monthlyOrders * price) }, rates);
  const sharedNeeds: RoleCounts = {};
  if (options.sharedRoles) {
    const full = teamRates(staffing, profile, { ...shape, sharedRoles: false }, price).template;
    for (const role of staffing.sharedRoles) if (full[role] > 0) sharedNeeds[role] = full[role];
  }
  return { roles, total: ROLES.reduce((sum, r) => sum + roles[r], 0), sharedNeeds };
}
