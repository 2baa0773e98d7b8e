import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { vatRatesOf, type MonthLine } from "../../src/engine";
import { describeIssue } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

/*
 * Issue 20, "Money an operator recognizes": an operator read 13 plans and found year-2 net margins of 17–23% of
 * revenue for an air-fryer brand, a beauty brand and a sneaker brand, with ads only 8.8–11.8% of sales at maturity.
 * These are the operator's shapes, as a small brand would type them (its own rent and other costs; the plan adds the
 * company overhead, admin and R&D, at the planning data's share of kept sales). Three checks on the second year (months 13–24):
 * - it keeps at most 25 points of kept sales after marketing, platform fees and store teams (gross margin − selling, as
 *   shippedPlans.test.ts reads it): the nine listed brands in reality-anchors.md §1 keep 17.0–23.7;
 * - the net margin on revenue, read as listed brands report it (net profit after the year's corporate income tax, on
 *   revenue net of output VAT, returns and brand-funded promotions, as in listedBrands.test.ts), is at most the top of the category's band in the research note
 *   reality-anchors.md §2 (FY2024 annual reports): appliances Bear Electric 6.1% → band top 9.1%
 *   (https://ypwz.net/news/WBX4Jn5bdz.html, 2025-04-08); apparel and shoes Semir 7.8% → 10.8%
 *   (https://reportify.cn/news/1105095844505456640, 2025-04-03); beauty Proya 14.4% → 19.4%
 *   (https://reportify.cn/news/1113207551912185856) — no listed beauty brand nets more than 14.4%;
 * - on every store the plan runs, marketing (ads, affiliate and 达人 commission, seeding, brand-funded promotions) is
 *   15–30% of its sales (what buyers paid, before returns) on a shelf marketplace and 25–45% on a content platform, as
 *   the operator's review of ChannelFit (2026) puts all-in marketing on Tmall/JD and on Douyin/Xiaohongshu/Kuaishou. A
 *   beauty store on a shelf marketplace may spend up to 40%: listed beauty brands' selling expense is 47.9–58.1% of
 *   revenue (Proya, Botanee, Marubi, Shangmei; reality-anchors.md §1).
 * A shape with a knownGap has its net-margin check run with it.failing: CI goes red when the model reaches the band.
 */
const data = defaultReferenceData();

const SHELF = new Set(["TMALL", "TAOBAO", "JD", "PDD", "SUNING", "DEWU"]);
const CONTENT = new Set(["DOUYIN", "KUAISHOU", "XIAOHONGSHU", "WECHAT"]);

interface OperatorShape {
  name: string;
  /** Top of the category's reported net-margin band (reality-anchors.md §2). */
  netMarginTop: number;
  /** The widest marketing share of sales on a shelf marketplace for the category. */
  shelfMarketingTop: number;
  /** Where the model does not reach the band yet: the net-margin check is expected to fail (it.failing) until fixed. */
  knownGap?: string;
  scenario: unknown;
}

const company = { cityTier: 2, configuration: "standard", rentPerMonth: 20_000, otherFixedPerMonth: 8_000 };

/** The serum both beauty shapes sell (¥199, unit cost 25%), with the orders a month the brand expects. */
const serum = (monthlyOrders: number) => ({
  sku: "SR-30",
  name: "精华 30ml",
  category: "美妆",
  price: 199,
  unitCost: 50,
  shipping: 6,
  monthlyOrders,
  ageBand: "25-30",
  gender: "女",
  cityTier: 1,
  brandStatus: "registered",
  contentCapacity: "high",
});

const SHAPES: OperatorShape[] = [
  {
    name: "an established air-fryer brand on Tmall and JD (¥25m a year, unit cost 45% of ¥399)",
    netMarginTop: 0.091,
    shelfMarketingTop: 0.3,
    // 2026-12-05: nets 8.0% of revenue after income tax in year 2 (9.6% before appliances' stock loss, 3% of the goods
    // cost of kept orders for warranty replacements and models cleared, was charged), band top 9.1%. It keeps 19.3
    // points of kept sales after marketing, platform fees and store teams (listed brands keep 17–24).
    scenario: {
      brand: "Air-fryer shape",
      company: {
        ...company,
        annualTarget: 25_000_000,
        monthlyAdBudget: 400_000,
        brandStage: "established",
        currentAnnualSales: 25_000_000,
        existingStores: { TMALL: 1_550_000, JD: 533_000 },
      },
      products: [
        { sku: "AF-5L", name: "空气炸锅 5L", category: "家电", price: 399, unitCost: 180, shipping: 15, monthlyOrders: 5200, brandStatus: "registered", contentCapacity: "medium" },
      ],
    },
  },
  {
    name: "a new beauty brand on Tmall and Douyin (serum ¥199, unit cost 25%)",
    netMarginTop: 0.194,
    shelfMarketingTop: 0.4,
    scenario: {
      brand: "Serum shape",
      company: { ...company, configuration: "lean", annualTarget: 12_000_000, monthlyAdBudget: 300_000, brandStage: "new", platforms: ["天猫", "抖音"] },
      products: [serum(5_000)],
    },
  },
  {
    name: "an established beauty brand on Tmall and Douyin (serum ¥199, unit cost 25%, ¥24m a year)",
    netMarginTop: 0.194,
    shelfMarketingTop: 0.4,
    scenario: {
      brand: "Established serum shape",
      company: {
        ...company,
        annualTarget: 24_000_000,
        monthlyAdBudget: 800_000,
        brandStage: "established",
        currentAnnualSales: 24_000_000,
        existingStores: { TMALL: 1_200_000, DOUYIN: 800_000 },
      },
      products: [serum(10_000)],
    },
  },
  {
    name: "a new sneaker brand on Dewu and Tmall (¥599, unit cost 35%)",
    netMarginTop: 0.108,
    shelfMarketingTop: 0.3,
    // 2026-12-06: nets 10.7% of revenue after income tax in year 2 (12.6% before shoes' stock loss, 5% of the goods cost
    // of kept orders for season-end write-downs and clearance, was charged; at 4% it netted 11.1% and sat above the band
    // as a known gap), band top 10.8%. It keeps 24.0 points of kept sales after marketing (Tmall 18.9% of sales),
    // platform fees and store teams, at the top of what listed brands keep (17–24): its gross margin read as reported
    // (about 57%, a ¥599 shoe at 35% unit cost with returns restocked) is far above Semir's 45.4%.
    scenario: {
      brand: "Sneaker shape",
      company: { ...company, configuration: "lean", annualTarget: 15_000_000, monthlyAdBudget: 250_000, brandStage: "new", platforms: ["得物", "天猫"] },
      products: [
        {
          sku: "RN-01",
          name: "跑鞋",
          category: "鞋包",
          price: 599,
          unitCost: 210,
          shipping: 12,
          monthlyOrders: 2100,
          ageBand: "18-24",
          gender: "男",
          cityTier: 1,
          brandStatus: "registered",
          contentCapacity: "medium",
        },
      ],
    },
  },
];

function planOf(shape: OperatorShape) {
  const r = buildPlan(data, scenarioSchema.parse(shape.scenario), "2026-12-04");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
}

const sum = (lines: readonly MonthLine[], ...keys: Array<keyof MonthLine>) => lines.reduce((s, l) => s + keys.reduce((t, k) => t + (l[k] as number), 0), 0);

/** The second year: net margin on revenue as listed brands report it, and each store's marketing share of kept sales. */
function yearTwo(result: ReturnType<typeof planOf>) {
  const year2 = result.plan.months.filter((l) => l.month >= 13 && l.month <= 24);
  const realised = sum(year2, "sales") - sum(year2, "returns", "promotions");
  const revenue = realised / (1 + vatRatesOf(data.costs, result.company.vatRegime).outputRate);
  // Net profit as reported: after the year's corporate income tax (yearTotals).
  const profit = result.plan.yearTotals.find((y) => y.firstMonth === 13)!.profitAfterTax;
  const marketing = [...new Set(year2.map((l) => l.platform!))].map((platform) => {
    const own = year2.filter((l) => l.platform === platform);
    const sales = sum(own, "sales");
    return { platform, sales, share: sum(own, "ads", "affiliateCommission", "seeding", "promotions") / sales, ads: sum(own, "ads") / sales };
  });
  const kept = sum(year2, "sales") - sum(year2, "returns");
  const grossMargin = 1 - sum(year2, "goods", "shipping", "fulfilment", "returnShipping", "installation") / kept;
  const selling = sum(year2, "deductions", "ads", "affiliateCommission", "seeding", "promotions", "paymentFees", "platformFees", "labour") / kept;
  return { netMargin: profit / revenue, marketing: marketing.filter((m) => m.sales > 0), kept: grossMargin - selling };
}

describe.each(SHAPES)("$name", (shape) => {
  const result = planOf(shape);
  const y = yearTwo(result);

  it("keeps no more after marketing, platform fees and store teams than listed brands do", () => {
    expect(y.kept).toBeGreaterThan(0);
    expect(y.kept).toBeLessThanOrEqual(0.25);
  });

  (shape.knownGap ? it.failing : it)("nets no more in its second year than the category's listed brands", () => {
    expect(y.marketing.length).toBeGreaterThan(0);
    expect(y.netMargin).toBeLessThanOrEqual(shape.netMarginTop);
  });

  it("spends on marketing what operators see on each platform at maturity", () => {
    for (const m of y.marketing) {
      const [low, high] = CONTENT.has(m.platform) ? [0.25, 0.45] : [0.15, shape.shelfMarketingTop];
      expect(SHELF.has(m.platform) || CONTENT.has(m.platform)).toBe(true);
      expect(m.share).toBeGreaterThanOrEqual(low);
      expect(m.share).toBeLessThanOrEqual(high);
    }
  });
});
