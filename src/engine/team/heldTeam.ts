import { ROLES, type Role } from "../../data/schema/roles";
import type { Calculator } from "../calc/calculator";

/**
 * This month's team of a store, for either backend: nobody in a core role is let go in a slow month (each at the
 * larger of last month's team and `now`, this month's need), while customer service is the most that `now` or any of
 * `recentAgents` (the agents the months before it needed, latest first, as many as staffing's agentsKeptMonths keeps)
 * needed: agents taken on for a peak are temporary and leave once the window has passed it.
 */
export function heldTeam<T>(c: Calculator<T>, previous: Record<Role, T>, now: Record<Role, T>, recentAgents: readonly T[] = []): Record<Role, T> {
  const held = Object.fromEntries(ROLES.map((r) => [r, c.max(previous[r], now[r])])) as Record<Role, T>;
  return { ...held, customerService: recentAgents.length === 0 ? now.customerService : c.max(now.customerService, ...recentAgents) };
}

/** Months before this one that a window of `months` months, this one included, looks back on. */
export const monthsBefore = (months: number): number => Math.max(0, months - 1);
