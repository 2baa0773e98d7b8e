import type { CityTier } from "../../data/schema/profiles";
import type { Role, Staffing } from "../../data/schema/staffing";

/** Employer's monthly cost of one person in a role: gross salary plus social insurance on-cost. */
export function monthlyCostPerPerson(staffing: Staffing, role: Role, cityTier: CityTier): number {
  return staffing.salaries[role][cityTier].value * (1 + staffing.employerOnCost.value);
}
