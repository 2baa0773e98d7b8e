import type { ProfitFix } from "../../engine/plan/profitFix";
import { fenText, percentText, yuanText } from "./numberFormat";

/** The figures of a volume shortfall (volumeFix): what it needs, what it is planned, and the levers that would carry it. */
type Shortfall = Pick<
  ProfitFix,
  | "breakEvenOrders"
  | "plannedOrders"
  | "plannedAlone"
  | "budgetBuysOrders"
  | "targetForBreakEven"
  | "leanBreakEvenOrders"
  | "overheadPerOrder"
  | "targetRaise"
  | "leftPerOrder"
  | "carriesOwnCosts"
>;

const count = (n: number | null) => n?.toLocaleString("en") ?? "";
const orders = (n: number | null) => `${n?.toLocaleString("en") ?? "more"} ${n === 1 ? "order" : "orders"}`;
/** Its share of the ad budget buys fewer orders than it needs: no target gets it there on that budget. */
const budgetShort = (f: Shortfall) => f.budgetBuysOrders !== null && f.budgetBuysOrders < (f.breakEvenOrders ?? Infinity);

/** Lean teams are worth naming when their break-even is within what the budget share buys (a supply account buys no ads). */
const leanReachable = (f: Shortfall) => f.leanBreakEvenOrders !== null && f.leanBreakEvenOrders <= (f.budgetBuysOrders ?? Infinity);

const leversEn = (f: Shortfall) => {
  const reach = budgetShort(f)
    ? ` Its budget share buys only about ${count(f.budgetBuysOrders)} a month once mature.`
    : f.targetForBreakEven === null
      ? ""
      : ` Only from a target of about ${yuanText(f.targetForBreakEven)} a year (+${percentText(f.targetRaise ?? 0)}) would it break even at run rate after company overhead, before earning back its launch losses${f.budgetBuysOrders === null ? "" : `; its budget share buys up to ${count(f.budgetBuysOrders)} a month once mature`}.`;
  const lean = leanReachable(f) ? ` Lean teams would need ${count(f.leanBreakEvenOrders)}.` : "";
  return reach + lean;
};

const leversZh = (f: Shortfall) => {
  const reach = budgetShort(f)
    ? `它分到的广告预算在成熟后每月只能买约 ${count(f.budgetBuysOrders)} 单。`
    : f.targetForBreakEven === null
      ? ""
      : `年目标要提高到约 ${yuanText(f.targetForBreakEven)}(+${percentText(f.targetRaise ?? 0)}),扣除公司费用后它在成熟期才打平,开店初期的亏损还没算回来${f.budgetBuysOrders === null ? "" : `;它分到的广告预算成熟后每月最多可买 ${count(f.budgetBuysOrders)} 单`}。`;
  const lean = leanReachable(f) ? `低配团队只需 ${count(f.leanBreakEvenOrders)} 单。` : "";
  return reach + lean;
};

/** Beside other stores (overheadPerOrder given) an order must also carry the company overhead its sales bring. */
const costsEn = (f: Shortfall, own: string, fixed: string) =>
  f.overheadPerOrder === null ? `${own} and ${fixed}` : `${own}, ${fixed} and the company overhead its sales bring (${fenText(f.overheadPerOrder)} an order)`;
const costsZh = (f: Shortfall, own: string, fixed: string) =>
  f.overheadPerOrder === null ? `${own}和${fixed}` : `${own}、${fixed}及其销售带来的公司费用(每单 ${fenText(f.overheadPerOrder)})`;
const plannedEn = (f: Shortfall) =>
  `${f.plannedAlone ? "your whole target, if it were your only store, gives it" : "its share of your target, beside the stores planned with it, gives it"} ${count(f.plannedOrders ?? 0)}.`;
const plannedZh = (f: Shortfall) => `${f.plannedAlone ? "即使只开这一家店、整个年目标都给它,也只有" : "与同期规划的店铺一起分年目标,它只分到"} ${count(f.plannedOrders ?? 0)} 单。`;

/** No volume carries it: each order leaves less than the overhead it brings. */
const NEVER = {
  en: (f: Shortfall) =>
    `Each order leaves less than the ${fenText(f.overheadPerOrder ?? 0)} of company overhead its sales bring (admin, finance, product development), so beside the stores planned with it, it would lower the company's profit at any volume. Raise the price or cut returns and costs first.`,
  zh: (f: Shortfall) =>
    `每单贡献低于它的销售带来的公司费用(行政、财务、产品开发,每单 ${fenText(f.overheadPerOrder ?? 0)}),与同期规划的店铺一起经营时,单量再多也会拉低公司利润。先提价或降低退货和成本。`,
};

/** The "too small to carry its team yet" reasons, store and supply account, and "would lower company profit", with their levers. */
export const VOLUME_MESSAGES = {
  belowBreakEven: {
    en: (f: Shortfall) =>
      f.breakEvenOrders === null ? NEVER.en(f) : `Needs ${orders(f.breakEvenOrders)} a month to cover ${costsEn(f, "its team", "fixed costs")}; ${plannedEn(f)}${leversEn(f)}`,
    zh: (f: Shortfall) =>
      f.breakEvenOrders === null ? NEVER.zh(f) : `每月需 ${count(f.breakEvenOrders)} 单才能覆盖${costsZh(f, "团队", "固定成本")};${plannedZh(f)}${leversZh(f)}`,
  },
  supplyBelowBreakEven: {
    en: (f: Shortfall) =>
      f.breakEvenOrders === null
        ? NEVER.en(f)
        : `Needs ${orders(f.breakEvenOrders)} a month supplied (the platform runs the store) to cover ${costsEn(f, "its key-account manager", "its share of the fixed costs")}; ${plannedEn(f)}${leversEn(f)}`,
    zh: (f: Shortfall) =>
      f.breakEvenOrders === null
        ? NEVER.zh(f)
        : `每月需供货 ${count(f.breakEvenOrders)} 单(店铺由平台经营)才能覆盖${costsZh(f, "大客户经理", "分摊的固定成本")};${plannedZh(f)}${leversZh(f)}`,
  },
  belowOverhead: {
    en: (f: Shortfall) =>
      f.breakEvenOrders === null
        ? NEVER.en(f)
        : f.carriesOwnCosts
          ? `It carries its own team, but beside the stores planned with it, it would lower the company's profit: it needs ${orders(f.breakEvenOrders)} a month to cover ${costsEn(f, "its team", "fixed costs")}; ${plannedEn(f)}${leversEn(f)}`
          : `Each order leaves only ${fenText(f.leftPerOrder ?? 0)} after the company overhead its sales bring (${fenText(f.overheadPerOrder ?? 0)} an order), so beside the stores planned with it, it would need ${orders(f.breakEvenOrders)} a month to cover its team and fixed costs; ${plannedEn(f)}${leversEn(f)}`,
    zh: (f: Shortfall) =>
      f.breakEvenOrders === null
        ? NEVER.zh(f)
        : f.carriesOwnCosts
          ? `它养得起自己的团队,但与同期规划的店铺一起经营会拉低公司利润:每月需 ${count(f.breakEvenOrders)} 单才能覆盖${costsZh(f, "团队", "固定成本")};${plannedZh(f)}${leversZh(f)}`
          : `扣除其销售带来的公司费用(每单 ${fenText(f.overheadPerOrder ?? 0)})后每单只剩 ${fenText(f.leftPerOrder ?? 0)},与同期规划的店铺一起经营,每月要 ${count(f.breakEvenOrders)} 单才能覆盖团队和固定成本;${plannedZh(f)}${leversZh(f)}`,
  },
};
