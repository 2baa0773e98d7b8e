import { z } from "zod";
import { bilingual, figureOf, money, sourceEntry, text } from "./figure";
import { ROLES, type Role } from "./roles";

/** Re-exported for the modules that read them beside the schema; the zod-free bundles import them from ./roles. */
export { CONFIGURATIONS, ROLES, type Configuration, type Role } from "./roles";

const roleCounts = z.partialRecord(z.enum(ROLES), z.number().int().min(0).max(20));
const template = z.strictObject({ default: roleCounts, contentLed: roleCounts, supplyAccount: roleCounts, basis: text(600) });
const salaryByTier = z.strictObject({ "1": figureOf(money()), "2": figureOf(money()), "3": figureOf(money()) });
/** Conversations per order for orders up to `upTo` yuan (the last band has no upper end). */
const priceBand = z.strictObject({ upTo: z.number().positive().max(1e7).nullable(), conversationsPerOrder: figureOf(z.number().min(0).max(20)) });

export const staffingSchema = z.strictObject({
  version: text(40),
  asOf: z.iso.date(),
  notes: text(2000),
  roles: z.strictObject(Object.fromEntries(ROLES.map((r) => [r, bilingual])) as Record<Role, typeof bilingual>),
  templates: z.strictObject({ lean: template, standard: template }),
  sharedRoles: z.array(z.enum(ROLES)),
  designCoverage: figureOf(z.number().int().min(1).max(20)),
  customerService: z.strictObject({
    /** By the platform's average order value, cheapest band first; the last band's upTo is null. */
    priceBands: z
      .array(priceBand)
      .min(1)
      .max(12)
      .refine((bands) => bands.every((b, i) => (i === bands.length - 1 ? b.upTo === null : b.upTo !== null && (i === 0 || b.upTo > bands[i - 1]!.upTo!))), {
        message: "bands must rise in upTo, and only the last band has upTo null",
      }),
    /** Where the order value is not given (HEADCOUNT without it). */
    conversationsWithoutPrice: figureOf(z.number().min(0).max(20)),
    consultationsPerAgentPerDay: figureOf(z.number().positive().max(2000)),
    workingDaysPerMonth: figureOf(z.number().positive().max(31)),
    /** Agents a store keeps once conversations arrive all day (8:00–24:00, 7 days). */
    coverageAgents: figureOf(z.number().int().min(1).max(20)),
    /** Conversations a month from which the coverage minimum applies. */
    coverageFromConversations: figureOf(z.number().positive().max(1e7)),
    /** Months an agent counted in a month stays (that month included): peak agents are temporary, unlike core roles. */
    agentsKeptMonths: figureOf(z.number().int().min(1).max(12)),
  }),
  /**
   * Operations, promotion and design people grow with the store's monthly sales, less than in proportion:
   * ⌊(sales ÷ salesForOne)^exponent⌋ of a role, never below the launch shape's.
   */
  peopleBySales: z.strictObject({
    exponent: figureOf(z.number().positive().max(1)),
    /** Core people are hired for the least sales of this many months running (this month included). */
    sustainedMonths: figureOf(z.number().int().min(1).max(12)),
    salesForOne: z.strictObject({
      operations: figureOf(z.number().positive().max(1e10)),
      promotion: figureOf(z.number().positive().max(1e10)),
      /** Counts the shared designer the store already has: its own designers are the rest. */
      design: figureOf(z.number().positive().max(1e10)),
      /** A supply account's key-account managers (counted under operations), where the platform sells the goods. */
      keyAccount: figureOf(z.number().positive().max(1e10)),
    }),
  }),
  /** A content-led platform's live room, once its sales carry daily broadcasting. */
  liveRoom: z.strictObject({
    dailyFromMonthlySales: figureOf(money()),
    hoursPerDay: figureOf(z.number().positive().max(24)),
    hostOnAirHoursPerWeek: figureOf(z.number().positive().max(84)),
    controllers: figureOf(z.number().int().min(0).max(10)),
    adsBuyers: figureOf(z.number().int().min(0).max(10)),
  }),
  salaries: z.strictObject(Object.fromEntries(ROLES.map((r) => [r, salaryByTier])) as Record<Role, typeof salaryByTier>),
  employerOnCost: figureOf(z.number().min(0).max(1)),
  sources: z.record(z.string().max(20), sourceEntry),
});

export type Staffing = z.infer<typeof staffingSchema>;
export type RoleCounts = Partial<Record<Role, number>>;
