import { buildNameIndex } from "../names/nameIndex";
import { resolveName } from "../names/resolveName";
import { ok, type Result } from "./result";

/** What every yes/no argument accepts, whatever the argument (Excel's TRUE/FALSE, 1/0, text in either language). */
export const YES_WORDS = ["true", "1", "yes", "y", "是", "对", "有"] as const;
export const NO_WORDS = ["false", "0", "no", "n", "否", "不", "无", "没有"] as const;

export const YES_NO_NAMES = buildNameIndex<"yes" | "no">([
  { code: "yes", label: "TRUE", aliases: YES_WORDS },
  { code: "no", label: "FALSE", aliases: NO_WORDS },
]);

/** A yes/no argument; blank means `fallback`; anything else unknown gets the accepted values. */
export function yesNo(field: string, value: unknown, fallback: boolean): Result<boolean> {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return ok(fallback);
  const code = resolveName(YES_NO_NAMES, field, value);
  return code.ok ? ok(code.value === "yes") : code;
}
