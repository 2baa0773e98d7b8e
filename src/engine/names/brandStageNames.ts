import type { BrandStage } from "../../data/schema/planning";
import { buildNameIndex } from "./nameIndex";

export const BRAND_STAGE_NAMES = buildNameIndex<BrandStage>([
  { code: "new", label: "new", aliases: ["新", "新品牌", "新锐", "新锐品牌", "startup", "new brand", "初创"] },
  { code: "established", label: "established", aliases: ["成熟", "成熟品牌", "老品牌", "知名品牌", "established brand", "mature"] },
]);
