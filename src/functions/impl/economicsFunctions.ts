import { breakEven, DEFAULTS, orderProfit, resolveName, VAT_REGIME_NAMES, type OrderProfit } from "../../engine";
import { sessionData } from "../../shared/session";
import { categoryArg, orDefault, platformArg } from "../args";
import { unwrap } from "../excelErrors";

type Num = number | null | undefined;

/** The VAT regime a formula names (general/smallScale, 一般纳税人/小规模…, the scenario's vocabulary), or the default. */
const vatRegimeArg = (value: unknown) => unwrap(resolveName(VAT_REGIME_NAMES, "vatRegime", orDefault(value, DEFAULTS.vatRegime)));

/** An omitted paid share (null) is the platform's own, as the plan costs its orders (the engine reads it from the data). */
function economics(
  platform: unknown,
  category: unknown,
  price: Num,
  unitCost: Num,
  shipping: Num,
  adRatio: Num,
  returnRate: Num,
  fixedPerOrder: Num,
  vatRegime?: unknown,
  paidShare?: Num,
): OrderProfit {
  const data = sessionData();
  const p = unwrap(platformArg(data, platform));
  const c = unwrap(categoryArg(data, category));
  return unwrap(
    orderProfit(data, p, c, { price: price as number, unitCost: unitCost as number, shipping, adRatio, returnRate, fixedPerOrder, paidShare }, vatRegimeArg(vatRegime)),
  );
}

export const netProfit = (...args: Parameters<typeof economics>) => economics(...args).profit;
export const contribution = (platform: unknown, category: unknown, price: Num, unitCost: Num, shipping: Num, adRatio: Num, returnRate: Num, vatRegime?: unknown, paidShare?: Num) =>
  economics(platform, category, price, unitCost, shipping, adRatio, returnRate, 0, vatRegime, paidShare).contribution;
export const netMargin = (...args: Parameters<typeof economics>) => economics(...args).netMargin;

export function breakEvenOrders(
  platform: unknown,
  category: unknown,
  price: Num,
  unitCost: Num,
  monthlyFixedCost: Num,
  shipping: Num,
  adRatio: Num,
  returnRate: Num,
  vatRegime?: unknown,
  paidShare?: Num,
): number {
  const data = sessionData();
  const p = unwrap(platformArg(data, platform));
  const c = unwrap(categoryArg(data, category));
  const input = { price: price as number, unitCost: unitCost as number, shipping, adRatio, returnRate, paidShare };
  return unwrap(breakEven(data, p, c, monthlyFixedCost as number, input, vatRegimeArg(vatRegime))).ordersPerMonth;
}
