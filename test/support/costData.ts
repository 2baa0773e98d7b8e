import type { ReferenceData } from "../../src/data/referenceData";
import type { CostFigures, Costs } from "../../src/data/schema/costs";

/** Multipliers at 1: the platform's own ROI, and the product's whole shipping (the brand ships every order). */
const MULTIPLIERS = new Set(["roiFactor", "deliveryShare"]);

/** Every cost at 0; the multipliers at 1; the paid share, not a cost, kept. */
const zeroed = (figures: CostFigures): CostFigures =>
  Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, k === "paidShare" ? f : { value: MULTIPLIERS.has(k) ? 1 : 0, estimate: `test: no ${k}` }]));

const noVat = (r: Costs["vat"]["regimes"]["general"]): Costs["vat"]["regimes"]["general"] => ({
  name: r.name,
  outputRate: { value: 0, estimate: "test: no VAT" },
  goodsInputRate: { value: 0, estimate: "test: no VAT" },
  servicesInputRate: { value: 0, estimate: "test: no VAT" },
  monthlyExemptSales: r.monthlyExemptSales,
});

/** The built-in costs with every cost-stack figure and VAT at 0 (business models kept): the rate card's economics alone. */
export function withoutCostStack(costs: Costs): Costs {
  return {
    ...costs,
    vat: { ...costs.vat, regimes: { general: noVat(costs.vat.regimes.general), smallScale: noVat(costs.vat.regimes.smallScale) } },
    defaults: zeroed(costs.defaults) as Costs["defaults"],
    byCategory: {},
    platforms: Object.fromEntries(Object.entries(costs.platforms).map(([p, c]) => [p, { model: c.model, costs: zeroed(c.costs) }])),
  };
}

/** Reference data whose cost stack is 0, so a test can work the rate card's part of an order by hand. */
export const bareCostData = (data: ReferenceData): ReferenceData => ({ ...data, costs: withoutCostStack(data.costs) });
