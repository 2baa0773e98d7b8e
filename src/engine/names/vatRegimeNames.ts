import type { VatRegime } from "../../data/schema/costs";
import { buildNameIndex } from "./nameIndex";

export const VAT_REGIME_NAMES = buildNameIndex<VatRegime>([
  { code: "general", label: "general", aliases: ["一般纳税人", "一般", "一般计税", "general taxpayer", "vat payer"] },
  { code: "smallScale", label: "smallScale", aliases: ["小规模纳税人", "小规模", "small-scale", "small scale", "small-scale taxpayer", "small scale taxpayer"] },
]);
