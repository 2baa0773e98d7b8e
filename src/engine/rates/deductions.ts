import type { Figure } from "../../data/schema/figure";
import type { RateCard } from "../../data/schema/rateCard";
import { memoPerObject } from "../core/memoPerObject";

export interface DeductionLine {
  id: string;
  name: { zh: string; en: string };
  figure: Figure;
}

export interface Deductions {
  platform: string;
  category: string;
  lines: DeductionLine[];
  /** d in the margin model: the sum of every percentage deduction, a fraction of price. */
  total: number;
}

/** Every percentage the platform keeps from an order's price, line by line with provenance. Codes must be resolved. */
export function deductions(card: RateCard, platform: string, category: string): Deductions {
  const rates = card.platforms[platform]!;
  const lines: DeductionLine[] = [
    { id: "COMMISSION", name: { zh: "佣金/技术服务费", en: "Commission" }, figure: rates.commission[category]! },
    { id: "PAYMENT_FEE", name: { zh: "支付/基础服务费", en: "Payment fee" }, figure: rates.paymentFee },
    ...rates.otherDeductions.map((d) => ({ id: d.id, name: d.name, figure: d.byCategory?.[category] ?? d.rate })),
  ];
  return { platform, category, lines, total: lines.reduce((sum, line) => sum + line.figure.value, 0) };
}

const totalsOf = memoPerObject((_card: RateCard) => new Map<string, Map<string, number>>());

/** d alone, memoised per rate card: the same sum as `deductions(...).total` without building the lines. */
export function deductionTotal(card: RateCard, platform: string, category: string): number {
  const byPlatform = totalsOf(card);
  let byCategory = byPlatform.get(platform);
  if (!byCategory) byPlatform.set(platform, (byCategory = new Map()));
  let total = byCategory.get(category);
  if (total === undefined) byCategory.set(category, (total = deductions(card, platform, category).total));
  return total;
}
