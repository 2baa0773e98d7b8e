import type { CellFormat } from "../../report/workbookSpec";

/** Excel number formats for the spec's cell formats; ¥ and % read the same in Chinese and English Excel. */
export const NUMBER_FORMATS: Record<CellFormat, string> = {
  money: '"¥"#,##0.00;[Red]-"¥"#,##0.00',
  yuan: '"¥"#,##0;[Red]-"¥"#,##0',
  percent: "0.0%;[Red]-0.0%",
  integer: "#,##0",
  score: "0",
  rate: "0.0###",
  /** A computed multiple (ROI at the user's cost per click): two decimals, never 6.0781. */
  multiple: "0.00",
  text: "@",
};
