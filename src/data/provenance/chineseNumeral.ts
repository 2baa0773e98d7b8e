const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 0–999 in Chinese numerals as written in prose ("五", "十五", "二十", "一百"); undefined outside that range or for fractions. */
export function chineseInteger(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 999) return undefined;
  if (n < 10) return DIGITS[n];
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  if (hundreds === 0) return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
  const rest = n % 100;
  if (rest === 0) return `${DIGITS[hundreds]}百`;
  return `${DIGITS[hundreds]}百${tens === 0 ? "零" : `${DIGITS[tens]}十`}${ones ? DIGITS[ones] : ""}`;
}

/** A number with at most a few decimals in Chinese numerals: 2.5 → "二点五"; undefined when it cannot be written so. */
export function chineseNumber(n: number): string | undefined {
  const [whole, decimals] = String(n).split(".");
  const head = chineseInteger(Number(whole));
  if (head === undefined) return undefined;
  if (!decimals) return head;
  return `${head}点${[...decimals].map((d) => DIGITS[Number(d)]).join("")}`;
}
