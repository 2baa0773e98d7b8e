/** The rate-card table's name in the workbook spec; the add-in reads edits back from it. */
export const RATE_CARD_TABLE = "RateCard";

/**
 * The name a spec's table gets in the workbook, the same whichever writer made it (the add-in, the CLI or the
 * preview download), so a workbook from any of them reads back in the add-in: ChannelFit's tables are CF_*.
 */
export const TABLE_PREFIX = "CF_";
export const workbookTableName = (specName: string): string => `${TABLE_PREFIX}${specName}`;
/** Whether a table in a workbook is one of ChannelFit's. */
export const isChannelFitTable = (name: string): boolean => name.toUpperCase().startsWith(TABLE_PREFIX);
