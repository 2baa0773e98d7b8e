import type { Model } from "../../data/schema/model";
import { clamp01, type LogBand, type MarginBasis } from "./fitTable";

/** The fit factors' curves: where a price sits, how well it suits a price level, how much margin is left and how that scores. */
/** Where a price sits in its category's band on a log scale: 0 = value end, 1 = premium end. */
export const positionInBand = (price: number, band: LogBand): number => clamp01((Math.log(price) - band.logLow) / band.logSpan);

export const priceFit = (position: number, tier: number): number => clamp01(1 - Math.abs(position - tier) * 1.25);

/** Share of price left after deductions, typical returns and ads and the per-order fee, before the goods. */
export const headroomAt = (basis: MarginBasis, price: number): number => basis.headroomBeforeFee - basis.perOrderFee / price;

/** Share of price left after the goods too; only known when the unit cost is. */
export const marginAt = (basis: MarginBasis, price: number, unitCost: number): number => headroomAt(basis, price) - ((1 - basis.returnRate) * unitCost) / price;

export const headroomFit = (f: Model["marginFeasibility"], headroom: number): number => clamp01((headroom - f.poorHeadroom) / (f.goodHeadroom - f.poorHeadroom));
export const marginFit = (f: Model["marginFeasibility"], margin: number): number => clamp01((margin - f.poorMargin) / (f.goodMargin - f.poorMargin));
