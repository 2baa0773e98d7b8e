/* eslint-disable @typescript-eslint/no-explicit-any -- mixed text/number tables must be declared any[][] for the custom-functions metadata parser. */
/* Excel-facing metadata plus one call per function: custom-functions-metadata-plugin reads the JSDoc into functions.json. */
import { withProse } from "../../data/withProse";
import { cell } from "../excelErrors";
import { categoryList, platformList, rateCardTable, rateCardVersion } from "../impl/referenceFunctions";

/**
 * The rate card with every figure's source and as-of date, or its estimate reasoning (spills).
 * @customfunction
 * @param [platform] One platform; all platforms when omitted.
 * @returns A table of rates.
 */
export function ratecard(platform?: string): Promise<any[][]> {
  // The reasoning and sources are prose, loaded on first use (data/dataProse.ts); once in, the table comes at once.
  return withProse(() => cell(() => rateCardTable(platform))) as Promise<any[][]>;
}

/**
 * Platforms ChannelFit knows, with their codes and English and Chinese names (spills).
 * @customfunction
 * @returns A table of platforms.
 */
export function platforms(): string[][] {
  return cell(() => platformList());
}

/**
 * Categories ChannelFit knows, with their codes and English and Chinese names (spills).
 * @customfunction
 * @returns A table of categories.
 */
export function categories(): string[][] {
  return cell(() => categoryList());
}

/**
 * Version and as-of date of the rate card and platform profiles in use.
 * @customfunction
 * @returns Version text.
 */
export function version(): string {
  return cell(() => rateCardVersion());
}
