import { RATE_CARD_TABLE, workbookTableName } from "../../report/workbookTableName";

type Run = typeof Excel.run;

/** The data rows of ChannelFit's rate-card table if this workbook has one (one sync); [] otherwise. */
export async function readRateCardTable(run: Run): Promise<unknown[][]> {
  return run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(workbookTableName(RATE_CARD_TABLE));
    const body = table.getDataBodyRange();
    body.load("values");
    await context.sync();
    return table.isNullObject ? [] : (body.values as unknown[][]);
  });
}
