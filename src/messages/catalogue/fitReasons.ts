import type { Bilingual, Lang } from "../../engine/core/lang";

/** What a fit reason's sentence is built from, in the sentence's language. */
export interface ReasonWords {
  platform: string;
  category: string;
  band: string;
  share: string;
  who: string;
  tier: string;
  status: string;
  minimum: string;
  deductionRate: string;
  adRatio: string;
  returnRate: string;
}

type Reason = Record<Lang, (w: ReasonWords) => string>;

export const BRAND_STATUS_WORDS: Record<string, Bilingual> = {
  none: { en: "no trademark", zh: "无商标" },
  applied: { en: "a trademark application (™)", zh: "已申请商标(™)" },
  registered: { en: "a registered trademark (®)", zh: "注册商标(®)" },
};
export const GENDER_WORDS: Record<string, Bilingual> = { female: { en: "women", zh: "女性" }, male: { en: "men", zh: "男性" } };
const TIER_NAMES: Record<string, Bilingual> = { "1": { en: "tier-1", zh: "一线" }, "2": { en: "tier-2", zh: "二线" }, "3": { en: "tier-3 and lower", zh: "三线及以下" } };
/** One tier or a range of them as a phrase: ["1", "2"] → "tier-1 and tier-2 cities", "一线、二线城市". */
export const TIER_PHRASE: Record<Lang, (tiers: readonly string[]) => string> = {
  en: (tiers) => `${tiers.map((t) => TIER_NAMES[t]?.en ?? t).join(" and ")} cities`,
  zh: (tiers) => `${tiers.map((t) => TIER_NAMES[t]?.zh ?? t).join("、")}城市`,
};

/** Why a platform fits or not, one sentence per factor and direction. */
export const FIT_REASONS = {
  categoryStrong: { en: (w) => `${w.platform} is strong in ${w.category.toLowerCase()}`, zh: (w) => `${w.platform}在${w.category}类目有优势` },
  categoryContentLift: {
    en: (w) => `${w.category.toLowerCase()} sells through content on ${w.platform}, and your content capacity lifts it there`,
    zh: (w) => `${w.category}在${w.platform}靠内容成交,你的内容能力在这里加分`,
  },
  categoryWeak: { en: (w) => `${w.category} is not a strong category on ${w.platform}`, zh: (w) => `${w.category}不是${w.platform}的强势类目` },
  priceSuits: { en: (w) => `the price suits ${w.platform}'s price level`, zh: (w) => `价格与${w.platform}的主流价位相符` },
  priceAbove: { en: (w) => `the price is above what ${w.platform}'s value-seeking buyers usually pay`, zh: (w) => `价格高于${w.platform}用户的常见消费水平` },
  priceBelow: { en: (w) => `the price is below the premium level ${w.platform} buyers expect`, zh: (w) => `价格低于${w.platform}用户期待的品质价位` },
  ageCore: { en: (w) => `${w.band}-year-olds are a core audience on ${w.platform} (${w.share} of buyers)`, zh: (w) => `${w.band}岁是${w.platform}的核心人群(占${w.share})` },
  ageFew: { en: (w) => `few of ${w.platform}'s buyers are ${w.band} (${w.share})`, zh: (w) => `${w.platform}的${w.band}岁用户较少(占${w.share})` },
  genderLeans: { en: (w) => `${w.platform}'s audience leans to ${w.who} (${w.share})`, zh: (w) => `${w.platform}用户以${w.who}为主(占${w.share})` },
  genderFew: { en: (w) => `only ${w.share} of ${w.platform}'s audience are ${w.who}`, zh: (w) => `${w.platform}的${w.who}用户仅占${w.share}` },
  tierStrong: { en: (w) => `${w.tier} are a stronghold of ${w.platform}`, zh: (w) => `${w.tier}是${w.platform}的优势市场` },
  tierWeak: { en: (w) => `${w.platform} is weak in ${w.tier}`, zh: (w) => `${w.platform}在${w.tier}覆盖较弱` },
  brandFavoured: { en: (w) => `${w.platform} buyers favour established brands like yours`, zh: (w) => `${w.platform}用户偏好成熟品牌,适合你的注册品牌` },
  brandLittleGain: { en: (w) => `a registered brand earns little extra trust on value-led ${w.platform}`, zh: (w) => `${w.platform}以性价比为主,注册品牌的优势不明显` },
  brandNotNeeded: { en: (w) => `${w.platform} suits products without an established brand`, zh: (w) => `${w.platform}对无品牌产品友好` },
  brandWanted: { en: (w) => `${w.platform} buyers favour established brands; you have ${w.status}`, zh: (w) => `${w.platform}用户偏好成熟品牌,你目前是${w.status}` },
  brandRequired: { en: (w) => `${w.platform} requires at least ${w.minimum}; you have ${w.status}`, zh: (w) => `${w.platform}至少需要${w.minimum},你目前是${w.status}` },
  contentEnough: { en: (w) => `your content capacity is enough for ${w.platform}`, zh: (w) => `你的内容能力足以支撑${w.platform}` },
  contentShort: { en: (w) => `${w.platform} is content-led and needs more content than you can make`, zh: (w) => `${w.platform}以内容驱动,需要的内容产出超出你目前的能力` },
  marginRoom: { en: (w) => `fees (${w.deductionRate}), typical ads and returns leave room for margin`, zh: (w) => `扣点(${w.deductionRate})、常见广告和退货成本后仍有利润空间` },
  marginSqueezed: {
    en: (w) => `fees (${w.deductionRate}), typical ads (${w.adRatio} of sales) and returns (${w.returnRate}) squeeze the margin`,
    zh: (w) => `扣点(${w.deductionRate})、常见广告(占销售额${w.adRatio})和退货(${w.returnRate})压缩了利润`,
  },
} satisfies Record<string, Reason>;

export type FitReasonKey = keyof typeof FIT_REASONS;
