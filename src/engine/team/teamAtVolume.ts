import { ROLES, type Role } from "../../data/schema/roles";
import type { Calculator } from "../calc/calculator";
import { peopleForSales } from "./peopleForSales";

/** One platform's month: the volume its team is sized on. */
export interface TeamVolume<T> {
  orders: T;
  /** Sales in yuan at the price buyers ordered at. */
  sales: T;
}

/**
 * The data a platform's team is sized with, resolved to numbers before the call (see teamRates) and handed to the
 * calculator as constants or as the cells that hold them.
 */
export interface TeamRates<T> {
  /** The configuration's launch shape on this platform; shared roles already set aside where they are shared. */
  template: Record<Role, T>;
  /** 1 where the brand runs the store and serves its buyers; 0 on a supply account (the platform sells and serves them). */
  buyerFacing: T;
  /** By the price band of the platform's average order. */
  conversationsPerOrder: T;
  /** Conversations one agent answers in a month (per day × working days). */
  conversationsPerAgentMonth: T;
  coverageAgents: T;
  coverageFromConversations: T;
  /** Monthly sales that carry a role's first person, and the curve's exponent (see peopleForSales). */
  salesForOneOperator: T;
  salesForOnePromotion: T;
  salesForOneDesigner: T;
  salesExponent: T;
  /** Designers this store counts on from the shared pool (its template's design when design is shared, else 0). */
  sharedDesign: T;
  /** 1 on a platform whose store runs a live room (content-led), else 0. */
  liveRoom: T;
  liveFromSales: T;
  /** Hosts a daily room needs for its hours. */
  liveHosts: T;
  liveControllers: T;
  liveAdsBuyers: T;
}

/**
 * People by role one platform needs in a month, written once for the engine and the workbook:
 * - on a supply account (buyerFacing 0) the platform serves the buyers, sells and makes the listings: customer service,
 *   promotion and design stay at the template's (none), and only operations (key-account managers) grow with sales;
 * - customer service: the template's agents, or conversations (orders × conversations per order of the price band)
 *   ÷ an agent's month rounded up, or the coverage minimum once conversations arrive all day, whichever is most;
 * - operations and promotion: the template's, or the people the month's sales carry along the curve (peopleForSales);
 * - a content-led store whose sales carry a daily live room: hosts for its hours, a 场控 and a 投手 (who is one of the
 *   promotion people, so promotion is counted without them);
 * - design: the template's, or the people the month's sales carry along the curve less what the shared pool gives the store;
 * - warehouse: the template's (packing is a cost per order).
 */
export function teamAtVolume<T>(c: Calculator<T>, v: TeamVolume<T>, r: TeamRates<T>): Record<Role, T> {
  const zero = c.constant(0);
  const t = r.template;
  const conversations = c.multiply(c.multiply(v.orders, r.conversationsPerOrder), r.buyerFacing);
  const byLoad = c.ceilWhole(c.divide(conversations, r.conversationsPerAgentMonth));
  const coverage = c.ifAtLeast(conversations, r.coverageFromConversations, r.coverageAgents, zero);
  const daily = c.ifAtLeast(v.sales, r.liveFromSales, r.liveRoom, zero);
  const adsBuyer = c.multiply(daily, r.liveAdsBuyers);
  const bySales = (salesForOne: T) => peopleForSales(c, v.sales, salesForOne, r.salesExponent);
  const adsPeople = c.max(t.promotion, c.multiply(bySales(r.salesForOnePromotion), r.buyerFacing));
  return {
    operations: c.max(t.operations, bySales(r.salesForOneOperator)),
    promotion: c.max(zero, c.subtract(adsPeople, adsBuyer)),
    customerService: c.max(t.customerService, byLoad, coverage),
    design: c.max(t.design, c.multiply(c.subtract(bySales(r.salesForOneDesigner), r.sharedDesign), r.buyerFacing)),
    liveHost: c.max(t.liveHost, c.multiply(daily, r.liveHosts)),
    liveController: c.max(t.liveController, c.multiply(daily, r.liveControllers)),
    adsBuyer: c.max(t.adsBuyer, adsBuyer),
    warehouse: t.warehouse,
  };
}

/** People in all roles. */
export const teamHeadcount = <T>(c: Calculator<T>, roles: Record<Role, T>): T => c.sum(ROLES.map((r) => roles[r]));

/** A team's monthly cost in fen: people × the employer's monthly cost per person of each role. */
export function teamCostAtVolume<T>(c: Calculator<T>, roles: Record<Role, T>, costPerPerson: Record<Role, T>): T {
  return c.fen(
    c.sumProduct(
      ROLES.map((r) => roles[r]),
      ROLES.map((r) => costPerPerson[r]),
    ),
  );
}
