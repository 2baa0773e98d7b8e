import type { Calculator } from "../calc/calculator";
import type { Planning } from "../../data/schema/planning";
import type { PlanCompany } from "./planInput";

/**
 * Company overhead a platform's month carries (admin, finance, purchasing, back office, product development): its
 * kept sales (sales less refunds, as listed brands report revenue) × the overhead share, in fen. Charged on each platform's line, so the company's total is its platforms' sum.
 */
export const companyOverhead = <T>(c: Calculator<T>, x: { sales: T; returns: T; share: T }): T => c.fen(c.multiply(c.subtract(x.sales, x.returns), x.share));

/** The overhead share the plan charges: the company's own, or the planning data's estimate. */
export const overheadShareOf = (company: Pick<PlanCompany, "overheadShare">, planning: Pick<Planning, "companyOverheadShare">): number =>
  company.overheadShare ?? planning.companyOverheadShare.value;
