import type { PlatformProfile } from "../../data/schema/profiles";
import { ROLES, type Configuration, type Role, type RoleCounts, type Staffing } from "../../data/schema/staffing";

export interface PlatformTeamOptions {
  monthlyOrders: number;
  configuration: Configuration;
  /** Leave shared roles (design) out of this platform's count: they are staffed once for all platforms. */
  sharedRoles: boolean;
  includeWarehouse: boolean;
}

export interface PlatformTeam {
  roles: Record<Role, number>;
  total: number;
  /** Shared roles this platform needs but does not staff itself (counted in the team plan's shared pool). */
  sharedNeeds: RoleCounts;
}

/**
 * People one platform needs: the configuration's template (content-led platforms add a live host),
 * customer service scaled by orders, optional warehouse, and shared roles set aside when shared.
 * Orders must already be checked (finite, non-negative).
 */
export function platformTeam(staffing: Staffing, profile: PlatformProfile, options: PlatformTeamOptions): PlatformTeam {
  const template = staffing.templates[options.configuration][profile.contentLed ? "contentLed" : "default"];
  const roles = Object.fromEntries(ROLES.map((r) => [r, template[r] ?? 0])) as Record<Role, number>;
  const csCapacity = staffing.ordersPerCustomerServicePerMonth.value;
  roles.customerService = Math.max(roles.customerService, Math.ceil(options.monthlyOrders / csCapacity));
  roles.warehouse = options.includeWarehouse ? Math.max(1, Math.ceil(options.monthlyOrders / staffing.ordersPerWarehousePerMonth.value)) : 0;
  const sharedNeeds: RoleCounts = {};
  if (options.sharedRoles) {
    for (const role of staffing.sharedRoles) {
      if (roles[role] > 0) sharedNeeds[role] = roles[role];
      roles[role] = 0;
    }
  }
  return { roles, total: ROLES.reduce((sum, r) => sum + roles[r], 0), sharedNeeds };
}
