/**
 * What writes the boss workbook into Excel: the report's sheets and the Excel API writer, a chunk the task pane loads
 * on the first write (the last step), not at start.
 */
export { bossWorkbook } from "../report/bossWorkbook";
export { writeWorkbookSpec } from "./office/writeWorkbookSpec";
