import type { CityTier, PlatformProfile } from "../../data/schema/profiles";
import { ROLES, type Configuration, type Role } from "../../data/schema/roles";
import type { Staffing } from "../../data/schema/staffing";
import type { Calculator } from "../calc/calculator";
import type { TeamRates } from "./teamAtVolume";
import { monthlyCostPerPerson } from "./monthlySalary";

export interface TeamShape {
  configuration: Configuration;
  /** Leave shared roles (design) out of this platform's count: they are staffed once for all platforms. */
  sharedRoles: boolean;
}

/** The customer-service price band an average order of `price` yuan falls in (bands are "up to", inclusive). */
export function priceBandFor(staffing: Staffing, price: number): Staffing["customerService"]["priceBands"][number] {
  const bands = staffing.customerService.priceBands;
  return bands.find((b) => b.upTo !== null && price <= b.upTo) ?? bands[bands.length - 1]!;
}

/** Conversations per order at an average order of `price` yuan (its price band), or where the order value is not known (null). */
export function conversationsPerOrder(staffing: Staffing, price: number | null): number {
  return price === null ? staffing.customerService.conversationsWithoutPrice.value : priceBandFor(staffing, price).conversationsPerOrder.value;
}

/** Orders a month one customer-service agent can look after at an average order of `price` yuan. */
export function ordersPerAgent(staffing: Staffing, price: number | null): number {
  const cs = staffing.customerService;
  const perOrder = conversationsPerOrder(staffing, price);
  return perOrder === 0 ? Infinity : (cs.consultationsPerAgentPerDay.value * cs.workingDaysPerMonth.value) / perOrder;
}

/** Hosts a daily live room needs for its hours: broadcast hours a week ÷ one host's hours on air, rounded up. */
export function liveHostsForHours(staffing: Staffing): number {
  const room = staffing.liveRoom;
  return Math.ceil((room.hoursPerDay.value * 7) / room.hostOnAirHoursPerWeek.value - 1e-9);
}

/** The launch shape of a configuration on a platform, with shared roles set aside when shared. */
export function templateCounts(staffing: Staffing, profile: PlatformProfile, shape: TeamShape): Record<Role, number> {
  const template = staffing.templates[shape.configuration][profile.supplyAccount ? "supplyAccount" : profile.contentLed ? "contentLed" : "default"];
  const counts = Object.fromEntries(ROLES.map((r) => [r, template[r] ?? 0])) as Record<Role, number>;
  if (shape.sharedRoles) for (const role of staffing.sharedRoles) counts[role] = 0;
  return counts;
}

/** The data a platform's team is sized with, looked up once: template, price band, capacities and the live room. */
export function teamRates(staffing: Staffing, profile: PlatformProfile, shape: TeamShape, averageOrderValue: number | null): TeamRates<number> {
  const cs = staffing.customerService;
  const room = staffing.liveRoom;
  return {
    template: templateCounts(staffing, profile, shape),
    buyerFacing: profile.supplyAccount ? 0 : 1,
    conversationsPerOrder: conversationsPerOrder(staffing, averageOrderValue),
    conversationsPerAgentMonth: cs.consultationsPerAgentPerDay.value * cs.workingDaysPerMonth.value,
    coverageAgents: cs.coverageAgents.value,
    coverageFromConversations: cs.coverageFromConversations.value,
    salesForOneOperator: staffing.peopleBySales.salesForOne[profile.supplyAccount ? "keyAccount" : "operations"].value,
    salesForOnePromotion: staffing.peopleBySales.salesForOne.promotion.value,
    salesForOneDesigner: staffing.peopleBySales.salesForOne.design.value,
    salesExponent: staffing.peopleBySales.exponent.value,
    sharedDesign: shape.sharedRoles && staffing.sharedRoles.includes("design") ? templateCounts(staffing, profile, { ...shape, sharedRoles: false }).design : 0,
    liveRoom: profile.contentLed ? 1 : 0,
    liveFromSales: room.dailyFromMonthlySales.value,
    liveHosts: liveHostsForHours(staffing),
    liveControllers: room.controllers.value,
    liveAdsBuyers: room.adsBuyers.value,
  };
}

/** Rates as constants of a calculator (a workbook may reference the cells that hold them instead). */
export function ratesAsConstants<T>(c: Calculator<T>, r: TeamRates<number>): TeamRates<T> {
  const { template, ...rest } = r;
  const constants = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, c.constant(v)])) as Omit<TeamRates<T>, "template">;
  return { ...constants, template: Object.fromEntries(ROLES.map((role) => [role, c.constant(template[role])])) as Record<Role, T> };
}

/** The employer's monthly cost of one person in each role in a city tier. */
export const costPerPersonByRole = (staffing: Staffing, cityTier: CityTier): Record<Role, number> =>
  Object.fromEntries(ROLES.map((r) => [r, monthlyCostPerPerson(staffing, r, cityTier)])) as Record<Role, number>;
