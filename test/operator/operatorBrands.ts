import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";

/**
 * Brands an experienced operator has seen many of, written as scenarios the CLI and the wizard accept. Each is what
 * such a brand actually looks like (price, cost, buyers, trademark, content team, stage, target, ad budget), not a
 * shape tuned to a ranking.
 */
const brand = (input: unknown): Scenario => scenarioSchema.parse(input);

/** A registered (®) baby-wipes brand selling to young mothers in tier 1–2 cities: a trust purchase. */
export const babyWipes = brand({
  brand: "柔芽 SoftSprout baby wipes",
  company: { annualTarget: 6_000_000, monthlyAdBudget: 60_000, brandStage: "new", maxPlatforms: 3 },
  products: [
    {
      sku: "SS-W80",
      name: "婴儿湿巾 80抽×6包",
      category: "母婴",
      price: 49.9,
      unitCost: 17,
      shipping: 5,
      ageBand: "25-40",
      gender: "女",
      cityTier: "一二线",
      brandStatus: "registered",
      contentCapacity: "medium",
    },
  ],
});

/** A new cold-brew tea brand with a strong content team (short video, notes), young women in big cities. */
export const coldBrewTea = brand({
  brand: "冷萃山 ColdPeak tea",
  company: { annualTarget: 5_000_000, monthlyAdBudget: 60_000, brandStage: "new", maxPlatforms: 3 },
  products: [
    {
      sku: "CP-T20",
      name: "冷萃茶 20袋",
      category: "食品",
      price: 69,
      unitCost: 20,
      shipping: 6,
      ageBand: "18-30",
      gender: "女",
      cityTier: "一二线",
      brandStatus: "registered",
      contentCapacity: "high",
    },
  ],
});

/** An established ¥25m small-kitchen-appliance brand (air fryer), registered, a capable content team. */
export const airFryer = brand({
  brand: "焙可 BakeWell air fryers",
  company: { annualTarget: 30_000_000, monthlyAdBudget: 300_000, brandStage: "established", currentAnnualSales: 25_000_000, maxPlatforms: 4 },
  products: [
    {
      sku: "BW-AF5",
      name: "空气炸锅 5L",
      category: "家电",
      price: 399,
      unitCost: 165,
      shipping: 15,
      ageBand: "25-40",
      gender: "all",
      cityTier: "一二三线",
      brandStatus: "registered",
      contentCapacity: "medium",
    },
  ],
});

/** A registered ¥3,999 home projector brand: a considered electronics purchase where after-sales trust decides. */
export const projector = brand({
  brand: "光屿 LumaIsle projectors",
  company: { annualTarget: 20_000_000, monthlyAdBudget: 200_000, brandStage: "established", currentAnnualSales: 12_000_000, maxPlatforms: 3 },
  products: [
    {
      sku: "LI-P4K",
      name: "4K 家用投影仪",
      category: "3C数码",
      price: 3999,
      unitCost: 2300,
      shipping: 30,
      ageBand: "25-40",
      gender: "all",
      cityTier: "一二线",
      brandStatus: "registered",
      contentCapacity: "medium",
    },
  ],
});

/** A ¥15 unbranded phone case sold on price to buyers everywhere, little content. */
export const phoneCase = brand({
  brand: "壳多多 CaseLots",
  company: { annualTarget: 2_000_000, monthlyAdBudget: 20_000, brandStage: "new", maxPlatforms: 2 },
  products: [
    {
      sku: "CL-PC01",
      name: "手机壳",
      category: "3C数码",
      price: 15,
      unitCost: 3.5,
      shipping: 3,
      ageBand: "18-40",
      gender: "all",
      cityTier: "下沉",
      brandStatus: "none",
      contentCapacity: "low",
    },
  ],
});
