/** ¥ with thousands separators, whole yuan: for sentences (cells carry their own number formats). */
export const yuanText = (x: number): string => {
  // Half a yuan rounds away from zero, as Excel's ¥#,##0 shows it: -800,859.5 reads -¥800,860 in both.
  const whole = Math.sign(x) * Math.round(Math.abs(x)) || 0;
  // A loss reads -¥1,044,929, as the workbook's money format shows it, not ¥-1,044,929.
  return `${whole < 0 ? "-" : ""}¥${Math.abs(whole).toLocaleString("en")}`;
};
/** ¥ to the fen, for per-order figures. */
export const fenText = (x: number): string =>
  `${x < 0 && Math.abs(x) >= 0.005 ? "-" : ""}¥${Math.abs(x).toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
export const percentText = (x: number): string => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
