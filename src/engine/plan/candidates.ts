import type { ReferenceData } from "../../data/referenceData";
import { vatRatesOf } from "../costs/vatRegime";
import { fitScore, type FitScore } from "../fit/fitScore";
import { advertisesOn } from "../costs/costRates";
import { adRatio, typicalRoi } from "./adModel";
import { averageOrder, mixWeights, type AverageOrder } from "./averageOrder";
import { entryGateMet } from "./entryGate";
import type { PlanInput } from "./planInput";
import type { ContributionAt } from "./profitFix";

export interface Candidate {
  platform: string;
  fit: number;
  gateMet: boolean;
  roi: number;
  adRatio: number;
  /** 1 where the brand buys the platform's ads, 0 where the platform sells on its own traffic (ownTraffic). */
  advertises: 0 | 1;
  order: AverageOrder;
  avgUnitCost: number;
  /** The average order's contribution with one lever moved (profitFix). */
  contributionAt: ContributionAt;
  /**
   * The platform is a store type of its marketplace for other brands than these products', all in trust-sensitive
   * categories (fit rules: store types, trustSensitive): a registered brand's buyers there want its flagship.
   */
  forOtherBrands: boolean;
}

export interface Candidates {
  /** fits[product][platform index] */
  fits: FitScore[][];
  /** Every platform, best fit first (ties in the rate card's order). */
  ranked: Candidate[];
}

/** Fit, entry gate, ad ratio and average order of the product mix on every platform. */
export function candidates(data: ReferenceData, input: PlanInput): Candidates {
  const card = data.rateCard;
  const codes = Object.keys(card.platforms);
  const weights = mixWeights(input.products);
  const { company } = input;
  const withStage = input.products.map((p) => ({ ...p.product, brandStage: company.brandStage, currentAnnualSales: company.currentAnnualSales }));
  // Products alike in every trait the score reads (a style's sizes and colours) share one row of scores, scored once.
  const scored = new Map<string, FitScore[]>();
  const fits = withStage.map((product) => {
    const key = JSON.stringify(product);
    let row = scored.get(key);
    if (!row) scored.set(key, (row = codes.map((code) => fitScore(data, code, product))));
    return row;
  });
  const trustSensitive = new Set(data.fitRules.trustSensitive.categories);
  const avgUnitCost = input.products.reduce((sum, p, i) => sum + weights[i]! * p.unitCost, 0);
  const vat = vatRatesOf(data.costs, company.vatRegime);
  const all = codes.map((platform, j): Candidate => {
    const advertises = advertisesOn(data.costs, platform);
    const ads = (roiFactor: number, paidShare: number) => adRatio(card, platform, paidShare, roiFactor);
    const order = averageOrder(data, platform, input.products, company.paidShare, ads, vat);
    const contributionAt: ContributionAt = (lever) => {
      const products = input.products.map((p) => ({ ...p, product: { ...p.product, price: p.product.price * lever.priceScale }, unitCost: p.unitCost * lever.unitCostScale }));
      return averageOrder(data, platform, products, company.paidShare, lever.ads ? ads : () => 0, vat).contribution;
    };
    return {
      platform,
      fit: input.products.reduce((sum, _, i) => sum + weights[i]! * fits[i]![j]!.score, 0),
      gateMet: entryGateMet(data.planning, platform, company.brandStage, company.currentAnnualSales),
      roi: typicalRoi(card, platform, order.rates.roiFactor),
      adRatio: order.adRatio,
      advertises,
      order,
      avgUnitCost,
      contributionAt,
      forOtherBrands: fits.every((row, i) => row[j]!.cuts.storeType && trustSensitive.has(input.products[i]!.product.category)),
    };
  });
  const ranked = all
    .map((c, i) => ({ c, i }))
    .sort((x, y) => y.c.fit - x.c.fit || x.i - y.i)
    .map((x) => x.c);
  return { fits, ranked };
}
