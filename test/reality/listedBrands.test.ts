import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { businessModelOf, vatRatesOf, type MonthLine } from "../../src/engine";
import { describeIssue } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

/*
 * The reality suite: scenarios shaped like listed online-first brands, checked against their FY2024 annual reports
 * (figures and addresses in the research note reality-anchors.md, sections 1, 2 and 5, kept beside the repository).
 * Each shape is an established brand that already sells ¥300m a year (¥25m a month) through its three main channels
 * (company.existingStores, split as the report discloses, else as stated), so every store runs at its mature ROI and
 * organic share from month 1, and overheads of ¥1.25m a month (admin and R&D, which a listed brand reports outside
 * selling). Each platform's paid share is its own (costs data), not an override. Steady state is the plan's second
 * year (months 13–24).
 * Listed brands sell part of their online business through distribution (Proya: 19.6% of revenue, its report); on JD
 * that is JD's self-operated supply (JD_SELF: JD buys at a supply price and sells on its own traffic). Bear's, Mercury's
 * and Three Squirrels' JD share is planned as JD_SELF, their online distribution: they do not disclose the split, so
 * this is our assumption (appliances, bedding and snacks sell on JD mostly through its self-operated stores).
 * Read as listed brands report (reality-anchors.md §2): revenue is net of output VAT, of brand-funded discounts (the
 * plan's promotions line) and, on a supply platform, of the discount it buys at (the brand's revenue is the supply
 * price). Cost of revenue holds the goods and what it costs to deliver them (freight, fulfilment, return freight,
 * installation: the costs of fulfilling a sale). The shape's unit cost (VAT-inclusive, as the plan reads it) is sized so
 * that its gross margin read that way is the brand's: first (1 − GM) × shelf price × (1 − 8%) − shipping, 8% being the
 * shelf marketplaces' promotion share (costs data), then scaled once by what the plan's first reading shows. Two checks:
 * - gross margin minus selling (deductions, ads, affiliates, seeding, fees, store teams) ≤ 25 points of revenue:
 *   none of the nine listed brands keeps more (17.0–23.7, derived in reality-anchors.md);
 * - the net margin on revenue (net profit after the year's corporate income tax) sits in the band around the brand's
 *   reported net margin (reality-anchors.md §2).
 * Goods and platform services count net of the input VAT credited on them (the plan's VAT line is the difference, so
 * revenue less these costs is the plan's profit).
 * A shape with a knownGap is checked with it.failing: CI goes red when the model starts to reach it, so the gap is closed on purpose.
 * Semir (apparel) is left out: only 46% of its revenue is online, and its selling ratio mixes franchise wholesale.
 * Bear (75.9% online, top-5 customers 30.2% of revenue), Mercury (54.8% online) and Three Squirrels (69.7% online)
 * report company-wide ratios that also hold offline distribution, which the plan does not model; their bands are the
 * only published reference, so they are kept.
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
  // JD; the split is not disclosed: Botanee's (Alibaba 44%, Douyin 21%, JD 13% of its revenue) is used. Its JD share
  // stays a JD store: planned as JD's self-operated supply (Proya's online distribution is 19.6% of revenue) it keeps
  // 27.4 points after selling, more than any listed brand, as that supply's only marketing is the promotion share (4%)
  // while a beauty brand also pays for content and ads around its goods there.
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
  // assumed Tmall 50%, JD's self-operated supply 30%, Douyin 20% (shelf goods sell more on JD and less through live
  // rooms than beauty).
  {
    brand: "Bear-shaped",
    report: "Bear Electric 2024 annual report",
    band: [0.031, 0.091],
    category: "APPLIANCES",
    grossMargin: 0.375,
    stores: { TMALL: 12_500_000, JD_SELF: 7_500_000, DOUYIN: 5_000_000 },
    products: [
      { price: 299, shipping: 15, ageBand: "25-30", cityTier: 2 },
      { price: 199, shipping: 12, ageBand: "25-30", cityTier: 2 },
    ],
    conversionRate: 0.02,
    contentCapacity: "medium",
  },
  // Three Squirrels FY2024: GM 24.3%, SG&A 19.7%, net 3.8% → band 0.8–6.8%. Douyin 30%, Tmall 26%, JD 18% of its online
  // revenue (¥2.19/1.94/1.34bn of ¥7.40bn; JD planned as its self-operated supply). Its own marketing ratio: 推广费及平台服务费
  // (promotion and platform service fees) ¥761m in H1 2025, up 25.35% (Deep News, ttm.financial/m/news/1170421661, "09-01", 2025;
  // also reportify.ai/news/1159780140948000768), on revenue of ¥5.478bn of which third-party platforms ¥4.295bn (Sohu via
  // reportify.ai, 2025-08-29): 17.7% of platform revenue; H1 2024 ≈ ¥607m (derived) on ¥5.075bn, online ¥4.09bn
  // (news.futunn.com/post/47284226, a review of the H1 2024 report): 14.8%.
  {
    brand: "Three-Squirrels-shaped",
    knownGap:
      "Running stores planned at today's sales, each first given the spend that keeps them there, its JD share sold through JD's self-operated supply, 2026-12-06: at a 24.3% gross margin (goods, freight, fulfilment, return freight) the plan spends 25.0% of revenue on selling and the second year loses 11.1% of revenue after tax (8.9% before stock loss and income tax entered the plan). Douyin loses 13.9% of its sales (ads 14.4%, 达人 commission 5.1%, store team with its live room 5.3%), Tmall 7.2% (ads 10.0%) and JD's supply 1.0%. The marketing is not where the gap is: the plan's ads, platform commission, 达人 commission, payment and platform fees (ex VAT) come to 17.3% of its revenue, inside the ratio Three Squirrels itself reports for 推广费及平台服务费 against its platform revenue (about 14.8% in H1 2024, 17.7% in H1 2025); read per platform with JD at nothing and Tmall and the rest at the plan's 17%, its Douyin would pay 21–28% of Douyin revenue, against the plan's 25.5%. No source found names a food brand's Qianchuan ROI, paid share or 达人 share on any platform, so food's ROI factor and shares stay as they are. The rest is the plan's other 18.2 points (seeding 2.7, store teams 5.1, admin and R&D 6.6, rent 1.6, stock loss 2.2) against Three Squirrels' SG&A outside promotion of about 8 points (19.7% less about 12% of revenue if the full year ran at H1 2024's ratio); 30% of its revenue is offline distribution the plan does not model",
    report: "Three Squirrels 2024 annual report",
    band: [0.008, 0.068],
    category: "FOOD",
    grossMargin: 0.243,
    stores: { DOUYIN: 10_140_000, TMALL: 8_780_000, JD_SELF: 6_080_000 },
    products: [
      { price: 99, shipping: 6, ageBand: "25-30", cityTier: 2 },
      { price: 69, shipping: 5, ageBand: "25-30", cityTier: 3 },
    ],
    conversionRate: 0.04,
    contentCapacity: "high",
  },
  // Mercury Home FY2024: online GM 43.0%, selling 24.4%, net 8.7% → band 5.7–11.7%. Platform split not disclosed:
  // assumed Tmall 50%, JD's self-operated supply 30%, Douyin 20%, as Bear.
  {
    brand: "Mercury-shaped",
    report: "Mercury Home 2024 annual report",
    band: [0.057, 0.117],
    category: "HOME",
    grossMargin: 0.43,
    stores: { TMALL: 12_500_000, JD_SELF: 7_500_000, DOUYIN: 5_000_000 },
    products: [
      { price: 499, shipping: 15, ageBand: "30-40", cityTier: 2 },
      { price: 399, shipping: 12, ageBand: "30-40", cityTier: 2 },
    ],
    conversionRate: 0.02,
    contentCapacity: "medium",
  },
];

/** Goods' VAT-inclusive unit cost before calibration: goods plus freight are (1 − GM) of the realised shelf price. */
const firstUnitCost = (shape: Shape, p: Shape["products"][number]): number => (1 - shape.grossMargin) * p.price * (1 - SHELF_PROMOTIONS) - p.shipping;

function planOf(shape: Shape, unitCosts: readonly number[]) {
  const scenario = scenarioSchema.parse({
    brand: shape.brand,
    company: {
      annualTarget: 300_000_000,
      monthlyAdBudget: 12_000_000,
      cityTier: 1,
      configuration: "standard",
      rentPerMonth: 300_000,
      otherFixedPerMonth: 1_250_000,
      // The 5% of sales above is these shapes' admin and R&D already: no overhead share on top of it.
      overheadShare: 0,
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
      unitCost: Math.round(unitCosts[i]! * 100) / 100,
      ...p,
    })),
  });
  const r = buildPlan(data, scenario, "2026-12-04");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
}

/** The second year's figures read as a listed brand reports them (see the note at the top). */
function asReported(result: ReturnType<typeof planOf>) {
  const year2 = result.plan.months.filter((l) => l.month >= 13 && l.month <= 24);
  const sum = (k: keyof MonthLine, lines = year2) => lines.reduce((s, l) => s + (l[k] as number), 0);
  const supplied = year2.filter((l) => businessModelOf(data.costs, l.platform!).deductions === "wholesaleDiscount");
  const vat = vatRatesOf(data.costs, result.company.vatRegime);
  const inside = (amount: number, rate: number) => (amount * rate) / (1 + rate);
  // A supply platform's discount is the price it buys at, not a fee: the brand's revenue there is the supply price.
  const realised = sum("sales") - sum("returns") - sum("promotions") - sum("deductions", supplied);
  const revenue = realised - inside(realised, vat.outputRate);
  const exVat = (k: keyof MonthLine): number => {
    const amount = k === "deductions" ? sum(k) - sum(k, supplied) : sum(k);
    if (k === "goods") return amount - inside(amount, vat.goodsInputRate);
    return ["deductions", "ads", "platformFees"].includes(k) ? amount - inside(amount, vat.servicesInputRate) : amount;
  };
  const share = (...keys: Array<keyof MonthLine>) => keys.reduce((s, k) => s + exVat(k), 0) / revenue;
  // Net profit as reported: after the year's corporate income tax (yearTotals).
  const profit = result.plan.yearTotals.find((y) => y.firstMonth === 13)!.profitAfterTax;
  return {
    goodsShare: share("goods"),
    grossMargin: 1 - share("goods", "shipping", "fulfilment", "returnShipping", "installation"),
    // Listed brands book store staff's salaries in selling expense: the plan's labour counts there too.
    selling: share("deductions", "ads", "affiliateCommission", "seeding", "paymentFees", "platformFees", "labour"),
    netMargin: profit / revenue,
  };
}

/**
 * The shape's second year, its unit costs scaled once so that its reported gross margin is the brand's: goods are
 * the only line that moves with the unit cost (orders follow the ad spend), so one step lands within rounding.
 */
function steadyState(shape: Shape) {
  const first = shape.products.map((p) => firstUnitCost(shape, p));
  const trial = asReported(planOf(shape, first));
  const scale = (trial.goodsShare + trial.grossMargin - shape.grossMargin) / trial.goodsShare;
  const result = planOf(
    shape,
    first.map((u) => u * scale),
  );
  return { plan: result.plan, ...asReported(result) };
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
      // Their target asks no growth over today's sales, so no growth is bought on the ramps (runningGrowth): the paid
      // share stays the mature one, but for float dust from today's sales rounded to the fen.
      expect(line.paidShare).toBeCloseTo(first.paidShare!, 8);
      expect(first.paidShare!).toBeCloseTo(s.plan.platforms.find((p) => p.platform === line.platform)!.paidShare, 8);
    }
    expect(s.plan.summary.newStoresPaybackMonth).toBeNull();
  });
});
