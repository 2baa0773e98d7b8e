import type { Lang } from "../../engine/core/lang";
import { fenText, yuanText } from "./numberFormat";

type Templates = Record<string, Record<Lang, (...args: never[]) => string>>;

/** Whole yuan where the figure is whole (¥0), to the fen where it is not. */
const amount = (x: number) => (Number.isInteger(x) ? yuanText(x) : fenText(x));
/** The first few SKUs, then "…": a catalogue of thousands is not listed whole in a sentence. */
const SKUS_SHOWN = 3;
const skuList = (skus: readonly string[], comma: string) => [...skus.slice(0, SKUS_SHOWN), ...(skus.length > SKUS_SHOWN ? ["…"] : [])].join(comma);

/** What the plan assumed because the scenario left a money input out (scenario/assumedInputs). */
export const ASSUMPTION_MESSAGES = {
  shippingNotGiven: {
    en: (skus: readonly string[], products: number, assumed: number) =>
      `Shipping not given ${products === 1 ? `for ${skus[0]}` : skus.length === products ? `for any of the ${products} products (${skuList(skus, ", ")})` : `for ${skus.length} of ${products} products (${skuList(skus, ", ")})`}: counted as ${amount(assumed)} a parcel.`,
    zh: (skus: readonly string[], products: number, assumed: number) =>
      `${products === 1 ? `产品 ${skus[0]} 未填写运费` : skus.length === products ? `全部 ${products} 个产品都未填写运费(${skuList(skus, "、")})` : `${products} 个产品中有 ${skus.length} 个未填写运费(${skuList(skus, "、")})`}:按每个包裹 ${amount(assumed)} 计算。`,
  },
  rentNotGiven: {
    en: (assumed: number) => `Rent not given: counted as ${amount(assumed)} a month.`,
    zh: (assumed: number) => `未填写每月房租:按每月 ${amount(assumed)} 计算。`,
  },
  otherFixedNotGiven: {
    en: (assumed: number) => `Other fixed costs (software, samples, photography…) not given: counted as ${amount(assumed)} a month.`,
    zh: (assumed: number) => `未填写每月其他固定费用(软件、样品、拍摄等):按每月 ${amount(assumed)} 计算。`,
  },
} satisfies Templates;
