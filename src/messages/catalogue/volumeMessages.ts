import type { ProfitFix } from "../../engine/plan/profitFix";
import { yuanText } from "./numberFormat";

/** The figures of a volume shortfall (volumeFix): what it needs, what it is planned, and the levers that would carry it. */
type Shortfall = Pick<ProfitFix, "breakEvenOrders" | "plannedOrders" | "plannedAlone" | "budgetBuysOrders" | "targetForBreakEven" | "leanBreakEvenOrders">;

const count = (n: number | null) => n?.toLocaleString("en") ?? "";
const orders = (n: number | null) => `${n?.toLocaleString("en") ?? "more"} ${n === 1 ? "order" : "orders"}`;
/** Its share of the ad budget buys fewer orders than it needs: no target gets it there on that budget. */
const budgetShort = (f: Shortfall) => f.budgetBuysOrders !== null && f.budgetBuysOrders < (f.breakEvenOrders ?? Infinity);

const leversEn = (f: Shortfall, carries: string) => {
  const target = budgetShort(f)
    ? ` Its share of the ad budget buys only about ${count(f.budgetBuysOrders)} a month once mature, so a higher target alone would not get it there.`
    : f.targetForBreakEven === null
      ? ""
      : ` An annual target of about ${yuanText(f.targetForBreakEven)} would give it enough orders to carry ${carries}${f.budgetBuysOrders === null ? "" : `, and its share of the ad budget buys up to about ${count(f.budgetBuysOrders)} a month once mature`}.`;
  const lean = f.leanBreakEvenOrders === null ? "" : ` With lean launch teams it would need ${count(f.leanBreakEvenOrders)}.`;
  return target + lean;
};

const leversZh = (f: Shortfall, carries: string) => {
  const target = budgetShort(f)
    ? `它分到的广告预算在店铺成熟后每月只能买约 ${count(f.budgetBuysOrders)} 单,单靠提高年目标到不了。`
    : f.targetForBreakEven === null
      ? ""
      : `年目标提高到约 ${yuanText(f.targetForBreakEven)},它分到的单量就能养活${carries}${f.budgetBuysOrders === null ? "" : `;它分到的广告预算在店铺成熟后每月最多可买约 ${count(f.budgetBuysOrders)} 单,够用`}。`;
  const lean = f.leanBreakEvenOrders === null ? "" : `若选低配团队,只需 ${count(f.leanBreakEvenOrders)} 单。`;
  return target + lean;
};

/** The "too small to carry its team yet" reasons, store and supply account, with their levers. */
export const VOLUME_MESSAGES = {
  belowBreakEven: {
    en: (f: Shortfall) =>
      `Needs ${orders(f.breakEvenOrders)} a month to cover its team and fixed costs; ${f.plannedAlone ? "your whole target, if it were your only store, gives it" : "its share of your target, beside the stores planned with it, gives it"} ${count(f.plannedOrders ?? 0)}.${leversEn(f, "its team")}`,
    zh: (f: Shortfall) =>
      `每月需 ${f.breakEvenOrders?.toLocaleString("en") ?? "更多"} 单才能覆盖团队和固定成本;${f.plannedAlone ? "即使只开这一家店、整个年目标都给它,也只有" : "与同期规划的店铺一起分年目标,它只分到"} ${count(f.plannedOrders ?? 0)} 单。${leversZh(f, "团队")}`,
  },
  supplyBelowBreakEven: {
    en: (f: Shortfall) =>
      `Needs ${orders(f.breakEvenOrders)} a month supplied to cover its key-account manager and its share of the fixed costs (the platform runs the store); its share of your target, beside the stores planned with it, gives it ${count(f.plannedOrders ?? 0)}.${leversEn(f, "its account manager")}`,
    zh: (f: Shortfall) =>
      `每月需供货 ${f.breakEvenOrders?.toLocaleString("en") ?? "更多"} 单才能覆盖大客户经理和分摊的固定成本(店铺由平台经营);与同期规划的店铺一起分年目标,它只分到 ${count(f.plannedOrders ?? 0)} 单。${leversZh(f, "大客户经理")}`,
  },
};
