import type { ReferenceData } from "../../data/referenceData";
import type { Lang } from "../../engine";
import type { Option } from "./form";

const pick = (lang: Lang, pairs: Array<[string, string, string]>): Option[] => pairs.map(([value, en, zh]) => ({ value, label: lang === "zh" ? zh : en }));

export const categoryOptions = (data: ReferenceData, lang: Lang): Option[] => Object.entries(data.rateCard.categories).map(([value, c]) => ({ value, label: c.name[lang] }));
export const platformOptions = (data: ReferenceData, lang: Lang): Option[] => Object.entries(data.rateCard.platforms).map(([value, p]) => ({ value, label: p.name[lang] }));
export const ageOptions = (lang: Lang) => pick(lang, [["18-24", "18–24", "18–24岁"], ["25-30", "25–30", "25–30岁"], ["31-40", "31–40", "31–40岁"], ["41+", "41+", "41岁以上"]]);
export const genderOptions = (lang: Lang) => pick(lang, [["female", "Women", "女性"], ["male", "Men", "男性"], ["all", "Everyone", "不限"]]);
export const tierOptions = (lang: Lang) => pick(lang, [["1", "Tier 1", "一线"], ["2", "Tier 2", "二线"], ["3", "Tier 3 and below", "三线及以下"]]);
export const brandOptions = (lang: Lang) => pick(lang, [["registered", "Registered (®)", "已注册(®)"], ["applied", "Applied for (™)", "申请中(™)"], ["none", "None", "无"]]);
export const contentOptions = (lang: Lang) => pick(lang, [["high", "High", "强"], ["medium", "Medium", "中"], ["low", "Low", "弱"], ["none", "None", "无"]]);
export const configurationOptions = (lang: Lang) => pick(lang, [["lean", "Lean (2–3 a store)", "低配(每店2–3人)"], ["standard", "Standard (4–5 a store)", "标准(每店4–5人)"]]);
export const overrideFieldOptions = (lang: Lang) => pick(lang, [["commission", "Commission", "佣金"], ["paymentFee", "Payment fee", "支付费"], ["perOrderFee", "Fee per order (¥)", "每单费用(¥)"], ["adRoiLow", "Ad ROI, low", "ROI下限"], ["adRoiHigh", "Ad ROI, high", "ROI上限"]]);
