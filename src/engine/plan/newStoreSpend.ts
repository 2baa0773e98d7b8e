import type { Calculator } from "../calc/calculator";
import { budgetShareFen, wantedSpend, type SpendInputs } from "./monthDemand";

/**
 * A new store's ad spend in a month, written once for the engine and the workbook. A store without sales history,
 * reviews or search weight cannot put a mature store's spend to work at once: in each month open it can spend
 * `spendRamp` (planning data) of what it would spend at maturity, and no more however large its budget share.
 */
export interface NewStoreSpendInputs<T> extends SpendInputs<T> {
  spendRamp: T;
  matureRoi: T;
  maturePaidShare: T;
}

/** The spend the month's wanted sales would need at the store's mature ROI and paid share. */
const matureWantedSpend = <T>(c: Calculator<T>, x: NewStoreSpendInputs<T>): T => wantedSpend(c, { ...x, roiNow: x.matureRoi, paidShareNow: x.maturePaidShare });

/**
 * The most a store of its age can put to work: `spendRamp` × what it would spend at maturity, the mature wanted spend
 * or its share of the budget if smaller (budgetShareFen, or the cell that holds it: `budgetShare`). Never more than
 * that budget share: the ramp is at most 1.
 */
export const spendCapacity = <T>(c: Calculator<T>, x: NewStoreSpendInputs<T>, budgetShare?: T): T =>
  c.multiply(x.spendRamp, c.min(matureWantedSpend(c, x), budgetShare ?? budgetShareFen(c, x)));

/** Ad spend: what the month's wanted sales need at this month's ROI and paid share, up to the store's capacity (spendCapacity). In fen. */
export function newStoreSpend<T>(c: Calculator<T>, x: NewStoreSpendInputs<T>, budgetShare?: T): T {
  return c.fen(c.min(wantedSpend(c, x), spendCapacity(c, x, budgetShare)));
}

/**
 * The spend it wanted before the budget cap: the month's wanted spend, up to what its age lets it put to work
 * (`spendRamp` × the mature wanted spend). Above newStoreSpend only in a month its budget share binds.
 */
export const newStoreWantedSpend = <T>(c: Calculator<T>, x: NewStoreSpendInputs<T>): T => c.min(wantedSpend(c, x), c.multiply(x.spendRamp, matureWantedSpend(c, x)));
