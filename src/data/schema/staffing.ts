import { z } from "zod";
import { bilingual, figureOf, money, sourceEntry, text } from "./figure";
import { ROLES, type Role } from "./roles";

/** Re-exported for the modules that read them beside the schema; the zod-free bundles import them from ./roles. */
export { CONFIGURATIONS, ROLES, type Configuration, type Role } from "./roles";

const roleCounts = z.partialRecord(z.enum(ROLES), z.number().int().min(0).max(20));
const template = z.strictObject({ default: roleCounts, contentLed: roleCounts, basis: text(600) });
const salaryByTier = z.strictObject({ "1": figureOf(money()), "2": figureOf(money()), "3": figureOf(money()) });

export const staffingSchema = z.strictObject({
  version: text(40),
  asOf: z.iso.date(),
  notes: text(2000),
  roles: z.strictObject(Object.fromEntries(ROLES.map((r) => [r, bilingual])) as Record<Role, typeof bilingual>),
  templates: z.strictObject({ lean: template, standard: template }),
  sharedRoles: z.array(z.enum(ROLES)),
  designCoverage: figureOf(z.number().int().min(1).max(20)),
  customerService: z.strictObject({
    consultationsPerOrder: figureOf(z.number().min(0).max(20)),
    consultationsPerAgentPerDay: figureOf(z.number().positive().max(2000)),
    workingDaysPerMonth: figureOf(z.number().positive().max(31)),
  }),
  salaries: z.strictObject(Object.fromEntries(ROLES.map((r) => [r, salaryByTier])) as Record<Role, typeof salaryByTier>),
  employerOnCost: figureOf(z.number().min(0).max(1)),
  sources: z.record(z.string().max(20), sourceEntry),
});

export type Staffing = z.infer<typeof staffingSchema>;
export type RoleCounts = Partial<Record<Role, number>>;
