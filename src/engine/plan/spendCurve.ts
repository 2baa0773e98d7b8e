import type { ReferenceData } from "../../data/referenceData";
import type { SpendCurve } from "./monthDemand";

/** The planning data's diminishing-returns curve on one platform's monthly ad spend, as numbers. */
export const spendCurve = (data: Pick<ReferenceData, "planning">): SpendCurve<number> => ({
  reference: data.planning.spendCurve.referenceMonthlySpend.value,
  elasticity: data.planning.spendCurve.elasticity.value,
});
