import type { ReferenceData } from "../../data/referenceData";
import type { Bilingual } from "../messages/lang";
import type { FactorScore } from "./fitFactors";


const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const BRAND_WORDS: Record<string, Bilingual> = {
  none: { en: "no trademark", zh: "无商标" },
  applied: { en: "a trademark application (™)", zh: "已申请商标(™)" },
  registered: { en: "a registered trademark (®)", zh: "注册商标(®)" },
};

const TIER_WORDS: Record<string, Bilingual> = { "1": { en: "tier-1", zh: "一线" }, "2": { en: "tier-2", zh: "二线" }, "3": { en: "tier-3 and lower", zh: "三线及以下" } };

/** A plain-words reason for one factor, pointing the way the factor pulls the score. */
export function fitReasonText(data: ReferenceData, platform: string, category: string, factor: FactorScore): Bilingual {
  const p = data.rateCard.platforms[platform]!.name;
  const c = data.rateCard.categories[category]!.name;
  const good = factor.value >= 0.6;
  const d = factor.detail;
  switch (factor.factor) {
    case "category":
      return good
        ? { en: `${p.en} is strong in ${c.en.toLowerCase()}`, zh: `${p.zh}在${c.zh}类目有优势` }
        : { en: `${c.en} is not a strong category on ${p.en}`, zh: `${c.zh}不是${p.zh}的强势类目` };
    case "price": {
      if (good) return { en: `the price suits ${p.en}'s price level`, zh: `价格与${p.zh}的主流价位相符` };
      return Number(d.position) > Number(d.tier)
        ? { en: `the price is above what ${p.en}'s value-seeking buyers usually pay`, zh: `价格高于${p.zh}用户的常见消费水平` }
        : { en: `the price is below the premium level ${p.en} buyers expect`, zh: `价格低于${p.zh}用户期待的品质价位` };
    }
    case "age":
      return good
        ? { en: `${d.band}-year-olds are a core audience on ${p.en} (${pct(Number(d.share))} of buyers)`, zh: `${d.band}岁是${p.zh}的核心人群(占${pct(Number(d.share))})` }
        : { en: `few of ${p.en}'s buyers are ${d.band} (${pct(Number(d.share))})`, zh: `${p.zh}的${d.band}岁用户较少(占${pct(Number(d.share))})` };
    case "gender": {
      const who = d.gender === "female" ? { en: "women", zh: "女性" } : { en: "men", zh: "男性" };
      return good
        ? { en: `${p.en}'s audience leans to ${who.en} (${pct(Number(d.share))})`, zh: `${p.zh}用户以${who.zh}为主(占${pct(Number(d.share))})` }
        : { en: `only ${pct(Number(d.share))} of ${p.en}'s audience are ${who.en}`, zh: `${p.zh}的${who.zh}用户仅占${pct(Number(d.share))}` };
    }
    case "cityTier": {
      const tiers = String(d.tier).split("+");
      const tier = { en: `${tiers.map((t) => TIER_WORDS[t]!.en).join(" and ")} cities`, zh: `${tiers.map((t) => TIER_WORDS[t]!.zh).join("、")}城市` };
      return good
        ? { en: `${tier.en} are a stronghold of ${p.en}`, zh: `${tier.zh}是${p.zh}的优势市场` }
        : { en: `${p.en} is weak in ${tier.en}`, zh: `${p.zh}在${tier.zh}覆盖较弱` };
    }
    case "brand":
      if (factor.value > 0 && d.status === "registered") {
        return good
          ? { en: `${p.en} buyers favour established brands like yours`, zh: `${p.zh}用户偏好成熟品牌,适合你的注册品牌` }
          : { en: `a registered brand earns little extra trust on value-led ${p.en}`, zh: `${p.zh}以性价比为主,注册品牌的优势不明显` };
      }
      if (factor.value > 0) {
        return good
          ? { en: `${p.en} suits products without an established brand`, zh: `${p.zh}对无品牌产品友好` }
          : { en: `${p.en} buyers favour established brands; you have ${BRAND_WORDS[String(d.status)]!.en}`, zh: `${p.zh}用户偏好成熟品牌,你目前是${BRAND_WORDS[String(d.status)]!.zh}` };
      }
      return { en: `${p.en} requires at least ${BRAND_WORDS[String(d.minimum)]!.en}; you have ${BRAND_WORDS[String(d.status)]!.en}`, zh: `${p.zh}至少需要${BRAND_WORDS[String(d.minimum)]!.zh},你目前是${BRAND_WORDS[String(d.status)]!.zh}` };
    case "content":
      return good
        ? { en: `your content capacity is enough for ${p.en}`, zh: `你的内容能力足以支撑${p.zh}` }
        : { en: `${p.en} is content-led and needs more content than you can make`, zh: `${p.zh}以内容驱动,需要的内容产出超出你目前的能力` };
    case "margin":
      return good
        ? { en: `fees (${pct(Number(d.deductionRate))}), typical ads and returns leave room for margin`, zh: `扣点(${pct(Number(d.deductionRate))})、常见广告和退货成本后仍有利润空间` }
        : { en: `fees (${pct(Number(d.deductionRate))}), typical ads (${pct(Number(d.adRatio))} of sales) and returns (${pct(Number(d.returnRate))}) squeeze the margin`, zh: `扣点(${pct(Number(d.deductionRate))})、常见广告(占销售额${pct(Number(d.adRatio))})和退货(${pct(Number(d.returnRate))})压缩了利润` };
  }
}
