import { HyperFormula } from "hyperformula";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { orderEconomics } from "../../src/engine";
import { formulaCalculator as F, numberCalculator as N } from "../../src/engine/calc";
import { costFigure, costRates } from "../../src/engine/costs/costRates";
import { platformShipping } from "../../src/engine/costs/platformShipping";
import { describeIssue } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { bakeWellScenario } from "../support/bakeWell";

const data = defaultReferenceData();
const platforms = Object.keys(data.costs.platforms);
const supply = platforms.filter((p) => data.profiles.platforms[p]!.supplyAccount);

const economics = (platform: string, shipping: number) => {
  const r = orderEconomics(data, platform, "APPLIANCES", { price: 399, unitCost: 165, shipping, adRatio: 0, returnRate: 0.03, fixedPerOrder: 0 });
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
};

describe("deliveryShare: the share of its own shipping the brand pays per order on a platform (costs data)", () => {
  it("is 1 where the brand ships every order, and below 1 on the supply platforms, each an estimate reasoned in en and zh", () => {
    expect(data.costs.defaults.deliveryShare.value).toBe(1);
    expect(supply.sort()).toEqual(["JD_SELF", "VIPSHOP"]);
    for (const p of platforms) {
      const share = costRates(data.costs, p, "APPLIANCES").deliveryShare;
      if (supply.includes(p)) {
        expect(share).toBe(0.3);
        const figure = costFigure(data.costs, p, "APPLIANCES", "deliveryShare") as { estimate: string; estimateZh: string };
        expect(figure.estimate).toMatch(/bulk/);
        expect(figure.estimateZh).toMatch(/批量/);
      } else expect(share).toBe(1);
    }
  });

  it("takes 0.3 of a ¥15 parcel off a JD self-operated order (¥4.50) and nothing off a JD POP order; the contribution gains the difference", () => {
    const self = economics("JD_SELF", 15);
    expect(self.shipping).toBe(4.5);
    expect(economics("JD", 15).shipping).toBe(15);
    // Shipping is not in the VAT base: every other line is the same, so ¥10 of shipping moves the contribution by ¥3.
    expect(economics("JD_SELF", 25).contribution).toBeCloseTo(self.contribution - 3, 2);
  });

  it("is one definition for the engine and the workbook: the formula gives the number", () => {
    const hf = HyperFormula.buildFromArray([[15, 0.3, `=${platformShipping(F, { shipping: "A1", deliveryShare: "B1" })}`]], { licenseKey: "gpl-v3" });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBeCloseTo(platformShipping(N, { shipping: 15, deliveryShare: 0.3 }), 12);
    hf.destroy();
  });

  it("carries into the plan's average order and months: JD self-operated's shipping per order is 0.3 of the product's", () => {
    const scenario = bakeWellScenario(36_000_000);
    const r = buildPlan(data, scenario, "2026-12-04");
    if (!r.ok) throw new Error(describeIssue(r.issue));
    const plan = r.value.plan;
    const self = plan.platforms.find((p) => p.platform === "JD_SELF")!;
    expect(self.averageOrder.shipping).toBeCloseTo(4.5, 9);
    expect(plan.platforms.find((p) => p.platform === "TMALL")!.averageOrder.shipping).toBe(15);
    for (const line of plan.months.filter((l) => l.platform === "JD_SELF" && l.orders > 0)) expect(line.shipping).toBeCloseTo(line.orders * 4.5, 1);
  });
});
