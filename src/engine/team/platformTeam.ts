import type { PlatformProfile } from "../../data/schema/profiles";
import { ROLES, type Configuration, type Role } from "../../data/schema/roles";
import type { RoleCounts, Staffing } from "../../data/schema/staffing";

export interface PlatformTeamOptions {
  monthlyOrders: number;
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

/** Orders a month one customer-service agent can look after: conversations per order against an agent's month of conversations. */
export function ordersPerAgent(staffing: Staffing): number {
  const cs = staffing.customerService;
  const perOrder = cs.consultationsPerOrder.value;
  return perOrder === 0 ? Infinity : (cs.consultationsPerAgentPerDay.value * cs.workingDaysPerMonth.value) / perOrder;
}

/**
 * People one platform needs: the configuration's template (content-led platforms have a live host),
 * customer service sized by conversations, and shared roles set aside when shared.
 * Orders must already be checked (finite, non-negative).
 */
export function platformTeam(staffing: Staffing, profile: PlatformProfile, options: PlatformTeamOptions): PlatformTeam {
  const template = staffing.templates[options.configuration][profile.contentLed ? "contentLed" : "default"];
  const roles = Object.fromEntries(ROLES.map((r) => [r, template[r] ?? 0])) as Record<Role, number>;
  roles.customerService = Math.max(roles.customerService, Math.ceil(options.monthlyOrders / ordersPerAgent(staffing) - 1e-9));
  const sharedNeeds: RoleCounts = {};
  if (options.sharedRoles) {
    for (const role of staffing.sharedRoles) {
      if (roles[role] > 0) sharedNeeds[role] = roles[role];
      roles[role] = 0;
    }
  }
  return { roles, total: ROLES.reduce((sum, r) => sum + roles[r], 0), sharedNeeds };
}
