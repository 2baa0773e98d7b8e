import { breakEven, orderProfit, type OrderProfit } from "../../engine";
import { sessionData } from "../../shared/session";
import { categoryArg, platformArg } from "../args";
import { unwrap } from "../excelErrors";

type Num = number | null | undefined;

function economics(platform: unknown, category: unknown, price: Num, unitCost: Num, shipping: Num, adRatio: Num, returnRate: Num, fixedPerOrder: Num): OrderProfit {
  const data = sessionData();
  const p = unwrap(platformArg(data, platform));
  const c = unwrap(categoryArg(data, category));
  return unwrap(orderProfit(data, p, c, { price: price as number, unitCost: unitCost as number, shipping, adRatio, returnRate, fixedPerOrder }));
}

export const netProfit = (...args: Parameters<typeof economics>) => economics(...args).profit;
export const contribution = (platform: unknown, category: unknown, price: Num, unitCost: Num, shipping: Num, adRatio: Num, returnRate: Num) =>
  economics(platform, category, price, unitCost, shipping, adRatio, returnRate, 0).contribution;
export const netMargin = (...args: Parameters<typeof economics>) => economics(...args).netMargin;

export function breakEvenOrders(platform: unknown, category: unknown, price: Num, unitCost: Num, monthlyFixedCost: Num, shipping: Num, adRatio: Num, returnRate: Num): number {
  const data = sessionData();
  const p = unwrap(platformArg(data, platform));
  const c = unwrap(categoryArg(data, category));
  return unwrap(breakEven(data, p, c, monthlyFixedCost as number, { price: price as number, unitCost: unitCost as number, shipping, adRatio, returnRate })).ordersPerMonth;
}
