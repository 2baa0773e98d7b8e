import type { Lang } from "../../engine/core/lang";
import { percentText, yuanText } from "./numberFormat";
import { VOLUME_MESSAGES } from "./volumeMessages";
import { SEQUENCE_MESSAGES } from "./sequenceMessages";

/** How the headline gives the first new store its ads: the whole budget, a share of it, or none (it sells on the platform's own traffic). */
export type FocusAds = "whole" | "none" | { share: string; wholeUntil: number | null };

const NO_ADS = { en: "with no ad spend: it sells on the platform's own traffic", zh: "不投广告:它靠平台自己的流量销售" };
const thenEn = (next: string[]) => (next.length ? `; then ${next.join(", then ")}` : "");
const thenZh = (next: string[]) => (next.length ? `;之后${next.join(",再")}` : "");
/** A focus store that runs alone until the next opens draws on the whole budget until then (the 80/20 split is of the stores open). */
const shareEn = (ads: { share: string; wholeUntil: number | null }) =>
  `${ads.wholeUntil === null ? "" : `the whole ad budget until month ${ads.wholeUntil}, then `}${ads.share} of the ad spend`;
const shareZh = (ads: { share: string; wholeUntil: number | null }, verb: string) =>
  `${ads.wholeUntil === null ? "" : `第${ads.wholeUntil}个月前全部广告预算归它,之后`}${verb} ${ads.share} 的广告费`;
const stillEnterEn = (ads: FocusAds) =>
  ads === "whole" ? "open it alone, the whole ad budget its own to draw on as it needs" : ads === "none" ? `open it ${NO_ADS.en}` : `give it ${shareEn(ads)}`;
const stillEnterZh = (ads: FocusAds) => (ads === "whole" ? "只开这一家店,全部广告预算归它按需使用" : ads === "none" ? `开店${NO_ADS.zh}` : shareZh(ads, "给它"));

/** Past ten years a projected payback is no figure to plan on: said as "more than ten years". */
const TEN_YEARS = 120;

type Templates = Record<string, Record<Lang, (...args: never[]) => string>>;

/** What the plan adds over keeping the running stores' sales today, and the month it pays back (null: not within the plan). */
type GrowthPayback = { added: boolean; month: number | null };

export interface FixWords {
  loss: number;
  price: number | null;
  priceChange: number | null;
  unitCost: number | null;
  roi: number | null;
}

const fixParts = (f: FixWords, zh: boolean): string[] => [
  ...(f.price !== null
    ? [
        zh
          ? `均价提到 ${yuanText(f.price)}(${f.priceChange !== null && f.priceChange >= 0 ? "+" : ""}${percentText(f.priceChange ?? 0)})`
          : `an average price of ${yuanText(f.price)} (${f.priceChange !== null && f.priceChange >= 0 ? "+" : ""}${percentText(f.priceChange ?? 0)})`,
      ]
    : []),
  ...(f.unitCost !== null ? [zh ? `单位成本降到 ${yuanText(f.unitCost)}` : `a unit cost of ${yuanText(f.unitCost)}`] : []),
  ...(f.roi !== null ? [zh ? `广告ROI达到 ${f.roi.toFixed(1)}` : `an ad ROI of ${f.roi.toFixed(1)}`] : []),
];

export interface WorkbookAssumptions {
  conversion: string;
  paidShare: string;
  cpc: number | null;
  configuration: string;
  cityTier: string;
  rateCard: string;
  asOf: string;
  profiles: string;
  planning: string;
}

/** Sentences of the channel plan: verdict reasons, the headline, the budget check. */
export const PLAN_MESSAGES = {
  ...VOLUME_MESSAGES,
  ...SEQUENCE_MESSAGES,
  yearSpan: {
    en: (year: number, first: number, last: number) => `Year ${year} (months ${first}–${last})`,
    zh: (year: number, first: number, last: number) => `第${year}年(第${first}–${last}月)`,
  },
  alreadySelling: {
    en: (today: number, steady: number) => `You sell ${yuanText(today)} a month there today; with its share of the ad budget it sells ${yuanText(steady)} a month in year 2.`,
    zh: (today: number, steady: number) => `目前每月在此销售 ${yuanText(today)};按它分到的广告预算,第二年每月销售 ${yuanText(steady)}。`,
  },
  budgetShrinks: {
    en: (today: number, steady: number) =>
      `You sell ${yuanText(today)} a month there today, but its share of the ad budget buys only ${yuanText(steady)} a month by year 2: the store shrinks unless it gets more of the budget.`,
    zh: (today: number, steady: number) => `目前每月在此销售 ${yuanText(today)},但它分到的广告预算到第二年每月只能带来 ${yuanText(steady)}:不增加预算,这家店会萎缩。`,
  },
  slowPayback: {
    en: (open: number, netMargin: number, cumulative: number, horizon: number, monthsOpen: number | null) =>
      `Opens in month ${open} and its store nets ${percentText(netMargin)} of sales at run rate before company overhead, but its cumulative profit is still ${yuanText(cumulative)} in month ${horizon}: it does not earn back its launch losses within the plan${monthsOpen === null ? "" : `, and at its run-rate month after company overhead would take ${monthsOpen > TEN_YEARS ? "more than ten years" : `about ${monthsOpen} months`} from its opening`}. Enter only if you can fund that, or raise the average price or cut returns and costs first.`,
    zh: (open: number, netMargin: number, cumulative: number, horizon: number, monthsOpen: number | null) =>
      `第${open}个月开店,稳定期店铺利润率 ${percentText(netMargin)}(未扣公司管理费用),但到第${horizon}个月累计利润仍为 ${yuanText(cumulative)}:计划期内收不回开店的亏损${monthsOpen === null ? "" : `,按稳定期扣除公司管理费用后的月利润推算,${monthsOpen > TEN_YEARS ? "开店十年以上才能回本" : `要到开店后约第${monthsOpen}个月才回本`}`}。能承担这笔资金再进入,或先提高客单价、降低退货和成本。`,
  },
  shortOfOverhead: {
    en: (open: number, netMargin: number, overhead: number, paysBack: boolean) =>
      `Opens in month ${open}; at run rate its store nets ${percentText(netMargin)} of sales, less than the ${percentText(overhead)} of sales its share of company overhead takes (admin, finance, product development): after overhead it loses money every month even when mature${paysBack ? "" : ", and its launch losses are not earned back within the plan"}. Raise the price or cut returns and costs before entering; enter as it is only to build the brand, with the money to fund it.`,
    zh: (open: number, netMargin: number, overhead: number, paysBack: boolean) =>
      `第${open}个月开店;稳定期店铺利润率 ${percentText(netMargin)},低于其销售额应分摊的公司管理费用(行政、财务、产品开发,占销售额 ${percentText(overhead)}):扣除后即使店铺成熟也月月亏损${paysBack ? "" : ",计划期内也收不回开店的亏损"}。先提高售价或降低退货和成本再进入;按现状进入只为做品牌,且要有资金承担。`,
  },
  bestFit: { en: () => "Best fit that pays for itself: opens in month 1.", zh: () => "匹配度最高且能自负盈亏:第1个月开店。" },
  afterPrevious: {
    en: (after: string, months: number, open: number | null, horizon: number, last: number) =>
      open === null
        ? `Opens once ${after} has covered its costs for ${months} months running: not by month ${last}, the last that leaves ${horizon - last + 1} months to judge a new store's payback, so after this ${horizon}-month plan.`
        : `Opens in month ${open}, once ${after} has covered its costs for ${months} months running.`,
    zh: (after: string, months: number, open: number | null, horizon: number, last: number) =>
      open === null
        ? `等${after}连续${months}个月覆盖自身成本后再开:第${last}个月前未达到(新店需在计划内经营满${horizon - last + 1}个月才能判断回本),故在${horizon}个月计划期之后开。`
        : `${after}连续${months}个月覆盖自身成本后,第${open}个月开店。`,
  },
  // A contribution that shows as ¥0 is break-even per order: no volume covers fixed costs, and today's figures are its "fix".
  lossPerOrder: {
    en: (f: FixWords) =>
      Math.round(f.loss) === 0
        ? "Earns ¥0 on each order before fixed costs, so no volume pays for its team and fixed costs; it needs a higher price, a lower unit cost or a better ad ROI than today's."
        : `Loses ${yuanText(-f.loss)} on every order before fixed costs. It pays with ${fixParts(f, false).join(", or ") || "no single change"}.`,
    zh: (f: FixWords) =>
      Math.round(f.loss) === 0
        ? "扣除固定成本前每单贡献为 ¥0,单量再多也覆盖不了团队和固定成本;需要比现在更高的售价、更低的单位成本或更好的广告ROI。"
        : `扣除固定成本前每单亏 ${yuanText(-f.loss)}。要盈利需${fixParts(f, true).join(",或") || "多项同时调整"}。`,
  },
  gate: {
    en: (reason: string, invitation: boolean) => `${reason}${invitation ? " (by invitation)" : ""}.`,
    zh: (reason: string, invitation: boolean) => `${reason}${invitation ? "(邀请制)" : ""}。`,
  },
  lowFit: {
    en: (fit: number, min: number) => `Fit ${Math.round(fit)} is below ${min}: its buyers do not match the product.`,
    zh: (fit: number, min: number) => `匹配度 ${Math.round(fit)} 低于 ${min}:平台用户与产品不匹配。`,
  },
  platformLimit: { en: (max: number) => `Beyond the ${max} platforms you plan to run.`, zh: (max: number) => `超出你计划经营的 ${max} 个平台。` },
  sameMarketplace: {
    en: (store: string, sibling: string) =>
      `The ${store} is the same marketplace as the ${sibling}, with the same buyers: the plan opens one store type there (choose both platforms to plan both, such as a clearance outlet beside the flagship).`,
    zh: (store: string, sibling: string) => `${store}与${sibling}同属一个平台、面对同一批买家:计划在这里只开一种店铺(如需两种都做,例如旗舰店之外再开清仓店,请同时选择这两个平台)。`,
  },
  noGrowth: {
    en: () => "The plan leaves it no orders: the stores you run already sell all or nearly all of your annual target. Raise the target to plan a new platform.",
    zh: () => "计划没有分给它订单:现有店铺已能完成(或几乎完成)年目标。提高年目标才会规划新平台。",
  },
  notChosen: { en: () => "Not among the platforms you chose to plan for.", zh: () => "不在你选择规划的平台之内。" },
  headlineExisting: {
    en: (stores: string[]) => `Keep growing ${stores.join(" and ")}, where you sell today.`,
    zh: (stores: string[]) => `继续经营现有的${stores.join("和")}店铺。`,
  },
  headlineEnter: {
    en: (focus: string, ads: FocusAds, next: string[]) =>
      `Enter ${focus} now${ads === "whole" ? ", the whole ad budget its own to draw on as it needs" : ads === "none" ? `, ${NO_ADS.en}` : ` with ${shareEn(ads)}`}${thenEn(next)}.`,
    zh: (focus: string, ads: FocusAds, next: string[]) =>
      `现在进入${focus},${ads === "whole" ? "全部广告预算归它按需使用" : ads === "none" ? NO_ADS.zh : shareZh(ads, "投入")}${thenZh(next)}。`,
  },
  headlineEnterSlow: {
    en: (focus: string, horizon: number, ads: FocusAds, next: string[]) =>
      `Of the platforms this plan can enter, ${focus} opens first, but it does not pay back within ${horizon} months; if you still enter, ${stillEnterEn(ads)}${thenEn(next)}.`,
    zh: (focus: string, horizon: number, ads: FocusAds, next: string[]) =>
      `按此计划,可进入的平台中先开${focus},但它 ${horizon} 个月内回不了本;如仍要进入,${stillEnterZh(ads)}${thenZh(next)}。`,
  },
  headlineEnterShort: {
    en: (focus: string, ads: FocusAds, next: string[], addOn: boolean) =>
      `Of the platforms this plan can enter, ${focus} opens first, but even when mature its store earns less than the company overhead its sales bring: as priced and costed, ${addOn ? "it loses money once that overhead is counted" : "this plan loses money"}. Raise the price or cut returns and costs first; if you still enter, ${stillEnterEn(ads)}${thenEn(next)}.`,
    zh: (focus: string, ads: FocusAds, next: string[], addOn: boolean) =>
      `按此计划,可进入的平台中先开${focus},但即使店铺成熟,利润也不够分摊其销售额对应的公司管理费用:按现在的售价和成本,${addOn ? "算上这部分费用这家店是亏钱的" : "这个计划是亏钱的"}。先提高售价或降低退货和成本;如仍要进入,${stillEnterZh(ads)}${thenZh(next)}。`,
  },
  paysBackAfterPlan: {
    en: (monthsOpen: number) => `At its run-rate month after company overhead it would pay back in about its month ${monthsOpen}, after this plan.`,
    zh: (monthsOpen: number) => `按稳定期扣除公司管理费用后的月利润推算,约在开店后第${monthsOpen}个月回本(本计划期之后)。`,
  },
  nextInMonth: {
    en: (platform: string, month: number | null) => (month === null ? `${platform} once the previous pays, after this plan` : `${platform} in month ${month}`),
    zh: (platform: string, month: number | null) => (month === null ? `${platform}留到本计划期后、前一个平台盈利时再开` : `第${month}个月开${platform}`),
  },
  headlineYear: {
    en: (sales: number, target: number, profit: number, payback: number | null, cashPayback: number | null) =>
      `Year 1: sales ${yuanText(sales)}${target > 0 ? ` (${percentText(sales / target)} of the ${yuanText(target)} target, as stores open one at a time and ramp up)` : ""}, profit before income tax ${yuanText(profit)}; ${payback === null ? "no payback within the plan" : `pays back in month ${payback}`}${payback === null ? "" : cashPayback === null ? ", but the cash (stock, unsettled payouts, deposits) is not back within the plan" : cashPayback > payback ? `, the cash in month ${cashPayback}` : ""}.`,
    zh: (sales: number, target: number, profit: number, payback: number | null, cashPayback: number | null) =>
      `第一年:销售额 ${yuanText(sales)}${target > 0 ? `(年目标 ${yuanText(target)} 的 ${percentText(sales / target)},因平台逐个开店并逐步爬坡)` : ""},税前利润 ${yuanText(profit)};${payback === null ? "计划期内未回本" : `第${payback}个月回本`}${payback === null ? "" : cashPayback === null ? ",但现金(备货、未结算回款、保证金)计划期内未回正" : cashPayback > payback ? `,现金第${cashPayback}个月回正` : ""}。`,
  },
  headlineYearExisting: {
    en: (sales: number, today: number, target: number, profit: number, newPayback: number | null, opensNew: boolean, growth: GrowthPayback) =>
      `Year 1: sales ${yuanText(sales)}, ${growthEn(sales, today)} the ${yuanText(today)} a year your stores sell today${target > 0 ? ` (${percentText(sales / target)} of the ${yuanText(target)} target)` : ""}, profit before income tax ${yuanText(profit)}${opensNew ? `; the new stores ${newPayback === null ? "do not pay back within the plan" : `pay back in month ${newPayback}`}` : ""}${growth.added ? `; what the plan adds over keeping today's sales ${growth.month === null ? "does not pay back within the plan" : `pays back in month ${growth.month}`}` : ""}.`,
    zh: (sales: number, today: number, target: number, profit: number, newPayback: number | null, opensNew: boolean, growth: GrowthPayback) =>
      `第一年:销售额 ${yuanText(sales)},比现有店铺目前每年的 ${yuanText(today)} ${growthZh(sales, today)}${target > 0 ? `(年目标 ${yuanText(target)} 的 ${percentText(sales / target)})` : ""},税前利润 ${yuanText(profit)}${opensNew ? `;新开店铺${newPayback === null ? "计划期内未回本" : `第${newPayback}个月回本`}` : ""}${growth.added ? `;相对维持现有销售,计划新增的投入${growth.month === null ? "计划期内未回本" : `第${growth.month}个月回本`}` : ""}。`,
  },
  todayLoses: {
    en: (loss: number) =>
      `As this plan costs them, the stores you run lose ${yuanText(loss)} a year at today's sales, before income tax: if they make money in fact, check the rates and costs (the workbook's Inputs and Costs sheets), or calibrate them from your platform bills, before you trust the growth.`,
    zh: (loss: number) =>
      `按本计划的费率和成本测算,你现有的店铺按目前的销售额每年税前亏 ${yuanText(loss)}:如果实际是盈利的,请先核对工作簿“输入”和“成本费率”表里的费率和成本,或用平台账单校准,再看增长部分。`,
  },
  budgetKeepToday: {
    en: (budget: number, need: number) =>
      `The budget of ${yuanText(budget)} a month cannot keep what your stores sell today in their busiest month: that takes ${yuanText(need)} of ads at their mature ROI, before any growth; in the months it cannot, they sell less than today.`,
    zh: (budget: number, need: number) =>
      `每月广告预算 ${yuanText(budget)} 不够在旺季维持现有店铺目前的销售额:按成熟期ROI,旺季当月需 ${yuanText(need)} 广告费,还不含增长;预算不够的月份,店铺销售会低于现在。`,
  },
  budgetGrowth: {
    en: (forecast: number, today: number, pace: string) =>
      `Your stores sell ${yuanText(today)} a year today: year 1 is ${growthEn(forecast, today)} that. Growth above today's sales is bought gradually: a running store's ad spend grows at most ${pace} a month over what keeps today's sales, and its growth starts at a new store's ROI and organic ramps.`,
    zh: (forecast: number, today: number, pace: string) =>
      `现有店铺目前每年销售 ${yuanText(today)},第一年比此${growthZh(forecast, today)}。超出现有销售的增长需要逐步买来:现有店铺的广告费每月最多比维持现有销售所需的多增长 ${pace},增长部分按新店的投产比和自然流量爬坡。`,
  },
  headlineNone: {
    en: (best: string | null, why: string) =>
      best ? `No platform makes money on this plan. Best fit ${best}: ${why}` : "No platform passes the entry gates and the fit threshold: enter none.",
    zh: (best: string | null, why: string) => (best ? `按此计划没有平台能盈利。匹配度最高的${best}:${why}` : "没有平台通过入驻门槛和匹配度要求:暂不进入任何平台。"),
  },
  budgetCovers: {
    en: (budget: number, need: number, peak: number, peakMonth: number) =>
      `Your ad budget of ${yuanText(budget)} a month covers the ${yuanText(need)} a month the target needs at full run rate (${yuanText(budget - need)} to spare)${peak > budget ? `; month ${peakMonth}, the peak, needs ${yuanText(peak)}` : ""}.`,
    zh: (budget: number, need: number, peak: number, peakMonth: number) =>
      `每月广告预算 ${yuanText(budget)} 足够覆盖目标在稳定期每月所需的 ${yuanText(need)}(余 ${yuanText(budget - need)})${peak > budget ? `;旺季第${peakMonth}个月需 ${yuanText(peak)}` : ""}。`,
  },
  budgetCoversRunRateOnly: {
    en: (budget: number, need: number) =>
      `Your ad budget of ${yuanText(budget)} a month covers the ${yuanText(need)} a month the target needs once the stores are mature (${yuanText(budget - need)} to spare), but not every peak month: in those months the budget, not the target, sets sales.`,
    zh: (budget: number, need: number) =>
      `每月广告预算 ${yuanText(budget)} 够店铺成熟后(稳定期)每月所需的 ${yuanText(need)}(余 ${yuanText(budget - need)}),但不够部分旺季月份:这些月份的销售额由预算决定,达不到目标。`,
  },
  budgetShort: {
    en: (budget: number, need: number, carried: number | null) =>
      `Your ad budget of ${yuanText(budget)} a month is ${yuanText(need - budget)} short of the ${yuanText(need)} the target needs at full run rate; it carries an annual target of ${yuanText(carried ?? 0)}.`,
    zh: (budget: number, need: number, carried: number | null) =>
      `每月广告预算 ${yuanText(budget)} 比目标在稳定期每月所需的 ${yuanText(need)} 少 ${yuanText(need - budget)};这个预算能支撑的年目标约为 ${yuanText(carried ?? 0)}。`,
  },
  budgetCapped: {
    en: (platform: string, months: number, horizon: number, month: number, wanted: number, spend: number, sales: number) =>
      `The budget caps ${platform} in ${months} of ${horizon} months: in month ${month} what it aims to sell wants ${yuanText(wanted)} of ads (as much as a store of its age can put to work), of which its share of the budget, at that age, lets it use ${yuanText(spend)}, which buys ${yuanText(sales)} of sales.`,
    zh: (platform: string, months: number, horizon: number, month: number, wanted: number, spend: number, sales: number) =>
      `预算在 ${horizon} 个月中有 ${months} 个月限制了${platform}的投放:第${month}个月它的销售目标需要 ${yuanText(wanted)} 广告费(按这个店龄能用上的),而按这个店龄它在预算份额中只能用上 ${yuanText(spend)},能买到 ${yuanText(sales)} 的销售额。`,
  },
  budgetNoSpend: {
    en: (budget: number) =>
      `The plan spends nothing on ads at run rate (no platform is entered, or no sales are bought with ads), so none of your ad budget of ${yuanText(budget)} a month is used.`,
    zh: (budget: number) => `计划在稳定期不投广告(没有进入任何平台,或没有靠广告带来的销售),每月广告预算 ${yuanText(budget)} 未被使用。`,
  },
  budgetForecast: {
    en: (forecast: number, reached: number | null, horizon: number, forTarget: number, budget: number) =>
      `Within this budget the plan forecasts ${yuanText(forecast)} of sales in year 1; ${reached === null ? `monthly sales do not reach the target's pace within ${horizon} months` : `monthly sales reach the target's pace in month ${reached}`}.${forTarget > budget ? ` Meeting every month's target once the stores are mature, the peak month included, takes about ${yuanText(forTarget)} a month.` : ""}`,
    zh: (forecast: number, reached: number | null, horizon: number, forTarget: number, budget: number) =>
      `按这个预算,计划预计第一年销售额 ${yuanText(forecast)};${reached === null ? `${horizon}个月内月销售额达不到目标节奏` : `第${reached}个月起月销售额达到目标节奏`}。${forTarget > budget ? `店铺成熟后要每个月(含旺季)都达到目标,每月约需 ${yuanText(forTarget)}。` : ""}`,
  },
  budgetRamp: {
    en: (firstSpend: string, matureMonth: number) =>
      `While a new store ramps up, its age, not the budget, sets its sales: it can put ${firstSpend} of its mature ad spend to work in its first month and all of it from month ${matureMonth}, so more budget would not buy more then.`,
    zh: (firstSpend: string, matureMonth: number) =>
      `新店爬坡期的销售额由店龄决定,而不是预算:开店首月只能用上成熟期广告费的${firstSpend},第${matureMonth}个月起才能全部用上,这段时间加预算也买不到更多销售。`,
  },
  teamOver: {
    en: (need: number, available: number) => `The plan needs ${need} people at its peak; you have ${available}.`,
    zh: (need: number, available: number) => `计划高峰需要 ${need} 人,你现有 ${available} 人。`,
  },
  adModel: {
    en: (paidShare: string, firstRoi: string, firstSpend: string, matureMonth: number, knee: string, elasticity: string, pace: string) =>
      `At run rate, ad spend = sales × paid share (${paidShare}) ÷ the platform's ROI: the per-order margins and the budget check. Each month, a store spends what it aims to sell needs at that month's ROI and paid share (a store you run: what it sells today plus its share of the growth the target asks over your stores' sales today; a new store: its share of that growth, the whole target for a new brand) — a new store starts at ${firstRoi} of the ROI, able to put ${firstSpend} of what it would spend at maturity to work, with no organic sales, and matures by month ${matureMonth}, and a store you run buys its growth on the same ramps from month 1, its spend growing at most ${pace} a month; above ¥${knee} a month on one platform each extra yuan buys less (paid sales grow as spend^${elasticity}) — but never more than its share of the monthly ad budget: sales are what that spend buys.`,
    zh: (paidShare: string, firstRoi: string, firstSpend: string, matureMonth: number, knee: string, elasticity: string, pace: string) =>
      `稳定期,广告费 = 销售额 × 付费占比(${paidShare})÷ 平台ROI:用于每单利润和预算检查。每个月,店铺按当月投产比和付费占比投入达成其销售目标所需的广告费(现有店铺:现有销售额加上它在目标增量中的份额,增量 = 目标 − 现有店铺的现有销售额;新店:它在增量中的份额,新品牌即整个目标)——新店首月投产比只有成熟期的${firstRoi}、只能用上成熟期广告费的${firstSpend}、几乎没有自然流量,第${matureMonth}个月达到成熟,现有店铺的增长部分从第 1 个月起按同样的爬坡购买、广告费每月最多增长 ${pace};单个平台月投放超过 ¥${knee} 后,每多投 1 元买到的更少(付费销售额按投放额的 ${elasticity} 次方增长)——但不超过它在月广告预算中的份额:销售额就是这笔投入能买到的。`,
  },
  paidShareByPlatform: {
    en: (list: string) => `each platform's own (${list}; Costs sheet; set paidShare to override)`,
    zh: (list: string) => `按各平台自己的(${list};见成本表;填写付费占比可统一覆盖)`,
  },

  workbookAssumptions: {
    en: (a: WorkbookAssumptions) =>
      [
        `Conversion ${a.conversion}, paid share of sales ${a.paidShare}${a.cpc === null ? "" : `, your cost per click ¥${a.cpc}`}.`,
        "Per-order figures use each platform's typical ad ROI and the category's typical return rate; rates marked 'Estimate' are ours, not platform-published (see the Rate card sheet).",
        `Team: ${a.configuration}, salaries at ${a.cityTier} levels, design shared across platforms; a new store ramps up over its first months (planning data ${a.planning}).`,
        `Rate card ${a.rateCard} (as of ${a.asOf}), profiles ${a.profiles}.`,
      ].join("\n"),
    zh: (a: WorkbookAssumptions) =>
      [
        `转化率 ${a.conversion},付费流量占比 ${a.paidShare}${a.cpc === null ? "" : `,你的点击单价 ¥${a.cpc}`}。`,
        "每单数字按各平台常见广告ROI和类目常见退货率估算;标为“估算”的费率不是平台公布的数字,见“费率表”。",
        `团队:${a.configuration},按${a.cityTier}工资计算,设计岗多平台共享;新店开业头几个月逐步爬坡(规划数据 ${a.planning})。`,
        `费率表 ${a.rateCard}(截至 ${a.asOf}),平台画像 ${a.profiles}。`,
      ].join("\n"),
  },
  liveNote: {
    en: () =>
      "Live: change a price, cost or expected orders (Inputs), a setting (target, ad budget, conversion, paid share, rent), a rate (Rate card) or a salary, and margins, break-even, monthly targets, traffic, ad spend, the monthly P&L, labour cost and the totals follow. A red cell flags a platform whose contribution turns negative.",
    zh: () =>
      "可实时计算:修改“输入”中的售价、成本、预计订单或设置(目标、广告预算、转化率、付费占比、房租),或“费率表”中的费率、人员月成本,利润率、保本单量、月度目标、流量、广告费、月度损益、人力成本和合计都会随之更新。贡献变为负数的平台会标红。",
  },
  judgementNote: {
    en: () => "Fit scores, rankings, verdicts and entry months are judgements ChannelFit made when the plan was run: they change only when the plan is rerun.",
    zh: () => "匹配度、排名、结论和开店月份是生成计划时的判断,只有重新生成计划才会更新。",
  },
} satisfies Templates;

/** Year-1 sales against what the running stores sell today: "up ¥X (+y%) on", "level with", "down ¥X (−y%) on". */
function growthEn(sales: number, today: number): string {
  if (Math.abs(sales - today) < 0.5) return "level with";
  const pct = today > 0 ? ` (${sales > today ? "+" : "−"}${percentText(Math.abs(sales - today) / today)})` : "";
  return `${sales > today ? "up" : "down"} ${yuanText(Math.abs(sales - today))}${pct} on`;
}

function growthZh(sales: number, today: number): string {
  if (Math.abs(sales - today) < 0.5) return "持平";
  const pct = today > 0 ? `(${sales > today ? "+" : "−"}${percentText(Math.abs(sales - today) / today)})` : "";
  return `${sales > today ? "增长" : "减少"} ${yuanText(Math.abs(sales - today))}${pct}`;
}
