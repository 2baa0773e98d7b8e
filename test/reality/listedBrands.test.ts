import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { vatRatesOf, type MonthLine } from "../../src/engine";
import { describeIssue } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

/*
 * The reality suite: scenarios shaped like listed online-first brands, checked against their FY2024 annual reports
 * (figures and addresses in the research note reality-anchors.md, sections 1, 2 and 5, kept beside the repository).
 * Each shape is an established brand that already sells ¥300m a year (¥25m a month) through its three main stores
 * (company.existingStores, split as the report discloses, else as stated), so every store runs at its mature ROI and
 * organic share from month 1, and overheads of ¥1.25m a month (admin and R&D, which a listed brand reports outside
 * selling). Each platform's paid share is its own (costs data), not an override. Steady state is the plan's second
 * year (months 13–24).
 * Read as listed brands report (reality-anchors.md §2): revenue is net of output VAT and of brand-funded discounts (the
 * plan's promotions line), and cost of revenue includes outbound freight. So the shape's unit cost is VAT-inclusive,
 * as the plan reads it, and sized so that goods plus freight are (1 − the brand's gross margin) of the realised price:
 * unit cost = (1 − GM) × shelf price × (1 − 8%) − shipping, 8% being the promotion share of the shelf marketplaces
 * (Tmall, JD; costs data). Two checks:
 * - gross margin minus selling (deductions, ads, affiliates, seeding, fees, store teams) ≤ 25 points of revenue:
 *   none of the nine listed brands keeps more (17.0–23.7, derived in reality-anchors.md);
 * - the net margin on revenue sits in the band around the brand's reported net margin (reality-anchors.md §2).
 * Goods and platform services count net of the input VAT credited on them (the plan's VAT line is the difference, so
 * revenue less these costs is the plan's profit).
 * A shape with a knownGap is checked with it.failing: CI goes red when the model starts to reach it, so the gap is closed on purpose.
 * Semir (apparel) is left out: only 46% of its revenue is online, and its selling ratio mixes franchise wholesale.
 * Bear (75.9% online, top-5 customers 30.2% of revenue) and Mercury (54.8% online) also report company-wide ratios
 * that mix offline and online distribution (sold at wholesale: lower gross margin, little selling expense) with the
 * direct stores the plan models; their bands are the only published reference, so they are kept.
 */
const data = defaultReferenceData();

/** The shelf marketplaces' promotion share (Tmall's, 8%, as JD's: costs data), by which the realised price is below the shelf price. */
const SHELF_PROMOTIONS = data.costs.platforms.TMALL!.costs.promotionShare!.value;

interface Shape {
  brand: string;
  /** Where the model does not reach the brand yet: its band check is expected to fail (it.failing) until fixed. */
  knownGap?: string;
  report: string;
  band: [number, number];
  category: string;
  /** The brand's (online) gross margin, freight in cost of revenue. */
  grossMargin: number;
  /** Monthly sales of the stores it runs today, ¥25m a month in all. */
  stores: Record<string, number>;
  products: Array<{ price: number; shipping: number; ageBand: string; cityTier: number }>;
  conversionRate: number;
  contentCapacity: string;
}

const SHAPES: Shape[] = [
  // Proya FY2024: revenue ¥10.78bn, online GM 72.0%, selling 47.9%, net 14.4% → band 9.4–19.4%. Tmall #1, Douyin #2,
  // JD; the split is not disclosed: Botanee's (Alibaba 44%, Douyin 21%, JD 13% of its revenue) is used.
  {
    brand: "Proya-shaped",
    report: "Proya 2024 annual report",
    band: [0.094, 0.194],
    category: "BEAUTY",
    grossMargin: 0.72,
    stores: { TMALL: 14_000_000, DOUYIN: 6_750_000, JD: 4_250_000 },
    products: [{ price: 269, shipping: 6, ageBand: "25-30", cityTier: 1 }],
    conversionRate: 0.03,
    contentCapacity: "high",
  },
  // Bear Electric FY2024: online GM 37.5%, selling 18.2%, net 6.1% → band 3.1–9.1%. Platform split not disclosed:
  // assumed Tmall 50%, JD 30%, Douyin 20% (shelf goods sell more on JD and less through live rooms than beauty).
  {
    brand: "Bear-shaped",
    knownGap:
      "Running stores planned at today's sales, each first given the spend that keeps them there (no store capped), 2026-12-05: the second year nets −0.7% of revenue, under the 3.1% floor, and keeps 7.2 points after selling (GM 34.1, selling 26.9) against the brand's 17.1. Tmall nets 1.2% and JD 2.5% (ads 12.7% and 9.8% of their revenue at paid share 0.35, ROI 3.5); Douyin loses 10.1% (ads 18.2% of its revenue at paid share 0.5, 达人 commission, store team with its live room). Douyin's returns are now the shelf 3% raised to its live-stream multiple (5.6% of sales; at +10 points, 13%, the brand netted −1.4%). No source here gives an established appliance brand's ROI or paid share on any platform. The reported ratios also mix offline and wholesale channels the plan does not model",
    report: "Bear Electric 2024 annual report",
    band: [0.031, 0.091],
    category: "APPLIANCES",
    grossMargin: 0.375,
    stores: { TMALL: 12_500_000, JD: 7_500_000, DOUYIN: 5_000_000 },
    products: [
      { price: 299, shipping: 15, ageBand: "25-30", cityTier: 2 },
      { price: 199, shipping: 12, ageBand: "25-30", cityTier: 2 },
    ],
    conversionRate: 0.02,
    contentCapacity: "medium",
  },
  // Three Squirrels FY2024: GM 24.3%, SG&A 19.7%, net 3.8% → band 0.8–6.8%. Douyin 30%, Tmall 26%, JD 18% of revenue.
  {
    brand: "Three-Squirrels-shaped",
    knownGap:
      "Running stores planned at today's sales, each first given the spend that keeps them there, 2026-12-05: at a 24% gross margin the plan keeps 19.4% after goods, freight, fulfilment (¥2.5 on an ¥84 order) and return shipping, and spends 28.5% on selling: the second year loses 16.9% of revenue (−19.1% while Douyin's returns were the shelf rate +10 points, 12% of sales; now 3.8%). Every store loses: Douyin 22.2% (ads 18.0% of its revenue, 达人 commission, team), Tmall 14.0% (ads 12.5%), JD 12.0% (ads 9.7%). Three Squirrels reports SG&A of 19.7% including admin; no source here gives a food brand's mature ROI or paid share on any platform",
    report: "Three Squirrels 2024 annual report",
    band: [0.008, 0.068],
    category: "FOOD",
    grossMargin: 0.243,
    stores: { DOUYIN: 10_140_000, TMALL: 8_780_000, JD: 6_080_000 },
    products: [
      { price: 99, shipping: 6, ageBand: "25-30", cityTier: 2 },
      { price: 69, shipping: 5, ageBand: "25-30", cityTier: 3 },
    ],
    conversionRate: 0.04,
    contentCapacity: "high",
  },
  // Mercury Home FY2024: online GM 43.0%, selling 24.4%, net 8.7% → band 5.7–11.7%. Platform split not disclosed:
  // assumed Tmall 50%, JD 30%, Douyin 20%, as Bear.
  {
    brand: "Mercury-shaped",
    knownGap:
      "Running stores planned at today's sales, each first given the spend that keeps them there (no store capped), 2026-12-05: the second year nets 4.2% of revenue, under the 5.7% floor, and keeps 12.4 points after selling (GM 41.4, selling 29.1) against the brand's 18.6. Tmall nets 6.1%, JD 8.5%; Douyin loses 7.4% (ads 19.3% of its revenue; returns 11.1% of sales, the shelf 6% raised to its live-stream multiple: at +10 points, 16%, the brand netted 3.8%). It netted 6.4% (inside the band) only while Tmall was planned at its 80% share of the target (¥387.8m a year in all against the ¥300m the brand sells), which spread the ¥1.55m a month of rent and overheads over 30% more sales than the brand has",
    report: "Mercury Home 2024 annual report",
    band: [0.057, 0.117],
    category: "HOME",
    grossMargin: 0.43,
    stores: { TMALL: 12_500_000, JD: 7_500_000, DOUYIN: 5_000_000 },
    products: [
      { price: 499, shipping: 15, ageBand: "30-40", cityTier: 2 },
      { price: 399, shipping: 12, ageBand: "30-40", cityTier: 2 },
    ],
    conversionRate: 0.02,
    contentCapacity: "medium",
  },
];

/** Goods' VAT-inclusive unit cost: goods plus freight are (1 − GM) of the realised price (see the note above). */
const unitCostOf = (shape: Shape, p: Shape["products"][number]): number => Math.round((1 - shape.grossMargin) * p.price * (1 - SHELF_PROMOTIONS) - p.shipping);

function steadyState(shape: Shape) {
  const scenario = scenarioSchema.parse({
    brand: shape.brand,
    company: {
      annualTarget: 300_000_000,
      monthlyAdBudget: 12_000_000,
      cityTier: 1,
      configuration: "standard",
      rentPerMonth: 300_000,
      otherFixedPerMonth: 1_250_000,
      conversionRate: shape.conversionRate,
      maxPlatforms: 3,
      brandStage: "established",
      currentAnnualSales: 300_000_000,
      existingStores: shape.stores,
    },
    products: shape.products.map((p, i) => ({
      sku: `${shape.category}-${i + 1}`,
      name: `${shape.brand} ${i + 1}`,
      category: shape.category,
      monthlyOrders: 50_000,
      gender: "female",
      brandStatus: "registered",
      contentCapacity: shape.contentCapacity,
      unitCost: unitCostOf(shape, p),
      ...p,
    })),
  });
  const r = buildPlan(data, scenario, "2026-12-04");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  const year2 = r.value.plan.totals.filter((t) => t.month >= 13 && t.month <= 24);
  const sum = (k: keyof MonthLine) => year2.reduce((s, t) => s + (t[k] as number), 0);
  // As listed brands report: revenue net of brand-funded discounts and output VAT, goods and platform services net of
  // the input VAT credited on them (the plan's lines include VAT, as shelf prices and invoices do). The plan's own VAT
  // line is their difference, so revenue less these costs is still the plan's profit.
  const vat = vatRatesOf(data.costs, r.value.company.vatRegime);
  const inside = (amount: number, rate: number) => (amount * rate) / (1 + rate);
  const realised = sum("sales") - sum("returns") - sum("promotions");
  const revenue = realised - inside(realised, vat.outputRate);
  const exVat = (k: keyof MonthLine): number =>
    k === "goods" ? sum(k) - inside(sum(k), vat.goodsInputRate) : ["deductions", "ads", "platformFees"].includes(k) ? sum(k) - inside(sum(k), vat.servicesInputRate) : sum(k);
  const share = (...keys: Array<keyof MonthLine>) => keys.reduce((s, k) => s + exVat(k), 0) / revenue;
  const grossMargin = 1 - share("goods", "shipping", "fulfilment", "returnShipping", "installation");
  // Listed brands book store staff's salaries in selling expense: the plan's labour counts there too.
  const selling = share("deductions", "ads", "affiliateCommission", "seeding", "paymentFees", "platformFees", "labour");
  return { plan: r.value.plan, grossMargin, selling, netMargin: sum("profit") / revenue };
}

describe.each(SHAPES)("a $brand plan against the $report", (shape) => {
  const s = steadyState(shape);
  const check = shape.knownGap ? it.failing : it;

  check("keeps at most 25 points of revenue after marketing, platform fees and store teams in its second year", () => {
    expect(s.grossMargin - s.selling).toBeLessThanOrEqual(0.25);
    expect(s.grossMargin - s.selling).toBeGreaterThan(0);
    if (shape.knownGap) expect(s.netMargin).toBeGreaterThanOrEqual(shape.band[0]);
  });

  check("nets within the reported band in its second year", () => {
    expect(s.netMargin).toBeGreaterThanOrEqual(shape.band[0]);
    expect(s.netMargin).toBeLessThanOrEqual(shape.band[1]);
  });

  it("never spends more than the monthly ad budget, and runs its stores mature from month 1 with no launch cost", () => {
    for (const t of s.plan.totals) expect(t.ads).toBeLessThanOrEqual(12_000_000);
    for (const line of s.plan.months) {
      expect(line.launchCosts).toBe(0);
      const first = s.plan.months.find((l) => l.platform === line.platform && l.month === 1)!;
      expect(line.paidShare).toBe(first.paidShare);
    }
    expect(s.plan.summary.newStoresPaybackMonth).toBeNull();
  });
});
