import type { AgeBand, BrandStatus, CityTier } from "../../data/schema/profiles";
import type { ContentCapacity } from "../../data/schema/model";
import type { Configuration } from "../../data/schema/staffing";
import { NO_WORDS, YES_WORDS } from "../core/yesNo";
import { buildNameIndex } from "./nameIndex";

export type Gender = "female" | "male" | "all";

export const AGE_BAND_NAMES = buildNameIndex<AgeBand>([
  { code: "18-24", label: "18-24", aliases: ["18~24", "18至24", "18到24", "gen z", "z世代", "00后"] },
  { code: "25-30", label: "25-30", aliases: ["25~30", "25至30", "25到30", "95后"] },
  { code: "31-40", label: "31-40", aliases: ["31~40", "31至40", "31到40", "85后", "80后"] },
  { code: "41+", label: "41+", aliases: ["41 +", "41以上", "40+", "40以上", "41岁以上", "70后", "60后"] },
]);

export const GENDER_NAMES = buildNameIndex<Gender>([
  { code: "female", label: "female", aliases: ["f", "women", "woman", "女", "女性", "女生"] },
  { code: "male", label: "male", aliases: ["m", "men", "man", "男", "男性", "男生"] },
  { code: "all", label: "all", aliases: ["any", "both", "unisex", "everyone", "不限", "全部", "男女", "男女通用", "通用"] },
]);

export const CITY_TIER_NAMES = buildNameIndex<CityTier>([
  { code: "1", label: "1", aliases: ["tier 1", "tier1", "t1", "一线", "一线城市", "新一线", "新一线城市", "一线及新一线", "北上广深"] },
  { code: "2", label: "2", aliases: ["tier 2", "tier2", "t2", "二线", "二线城市"] },
  { code: "3", label: "3", aliases: ["tier 3", "tier3", "t3", "3+", "4", "5", "三线", "三线及以下", "四线", "五线", "下沉", "下沉市场", "lower tier"] },
]);

export const BRAND_STATUS_NAMES = buildNameIndex<BrandStatus>([
  { code: "none", label: "none", aliases: ["无商标", ...NO_WORDS] },
  { code: "applied", label: "applied", aliases: ["tm", "™", "pending", "申请中", "已申请", "tm标"] },
  { code: "registered", label: "registered", aliases: ["r", "®", "已注册", "注册商标", "r标", ...YES_WORDS] },
]);

export const CONTENT_CAPACITY_NAMES = buildNameIndex<ContentCapacity>([
  { code: "none", label: "none", aliases: ["0", "no", "nothing", "无", "没有", "不做"] },
  { code: "low", label: "low", aliases: ["1", "weak", "little", "some", "弱", "低", "少", "较弱"] },
  { code: "medium", label: "medium", aliases: ["2", "mid", "moderate", "average", "中", "中等", "一般"] },
  { code: "high", label: "high", aliases: ["3", "strong", "lots", "强", "高", "多", "很强", "较强"] },
]);

export const CONFIGURATION_NAMES = buildNameIndex<Configuration>([
  { code: "lean", label: "lean", aliases: ["低配", "精简", "minimal", "small", "min"] },
  { code: "standard", label: "standard", aliases: ["标准", "标配", "full", "fuller", "正常"] },
]);
