/** ¥ with thousands separators, whole yuan: for sentences (cells carry their own number formats). */
export const yuanText = (x: number): string => `¥${(Math.round(x) || 0).toLocaleString("en")}`;
/** ¥ to the fen, for per-order figures. */
export const fenText = (x: number): string => `¥${x.toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
export const percentText = (x: number): string => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
