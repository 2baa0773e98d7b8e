import {
  ASSUMPTION_MESSAGES,
  CLI_MESSAGES,
  FIT_MESSAGES,
  HINTS,
  LABELS,
  LABEL_DOMAINS,
  OPTION_LABELS,
  PLAN_LABELS,
  PLAN_MESSAGES,
  REPORT_LABELS,
  WIZARD_LABELS,
  WIZARD_MESSAGES,
  yuanText,
} from "../../src/messages/catalogue";

import { FIT_REASONS } from "../../src/messages/catalogue/fitReasons";
import { englishLeak } from "../support/englishLeak";

describe("the one catalogue of user-facing words", () => {
  it("has no key in two label domains, so a label means one thing everywhere", () => {
    const domains = LABEL_DOMAINS.map((d) => Object.keys(d));
    expect(LABEL_DOMAINS).toEqual(expect.arrayContaining([REPORT_LABELS, WIZARD_LABELS, PLAN_LABELS]));
    const all = domains.flat();
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
    expect(Object.keys(LABELS)).toHaveLength(all.length);
  });

  it.each(Object.entries({ ...LABELS, ...HINTS, ...Object.assign({}, ...Object.values(OPTION_LABELS)) }))(
    "label %s exists in both languages and its Chinese has no English phrase",
    (_key, entry) => {
      const { en, zh } = entry as { en: string; zh: string };
      expect(en.trim()).not.toBe("");
      expect(zh.trim()).not.toBe("");
      expect(englishLeak(zh)).toBeUndefined();
    },
  );

  const templates = { ...CLI_MESSAGES, ...WIZARD_MESSAGES, ...FIT_MESSAGES, ...PLAN_MESSAGES, ...ASSUMPTION_MESSAGES };
  it.each(Object.keys(templates))("message %s has a Chinese form with no English phrase", (key) => {
    const entry = templates[key as keyof typeof templates] as unknown as { en: (...a: unknown[]) => string; zh: (...a: unknown[]) => string };
    const special: Record<string, unknown[]> = {
      explain: ["京东", 80, ["理由"]],
      afterPrevious: ["天猫", 3, null, 24, 13],
      lossPerOrder: [{ loss: -3.8, price: 105.83, priceChange: 0.0583, unitCost: 36.2, roi: 4.2 }],
      belowBreakEven: [
        {
          breakEvenOrders: 518,
          plannedOrders: 167,
          plannedAlone: true,
          budgetBuysOrders: 2400,
          targetForBreakEven: 20560000,
          targetRaise: 0.028,
          leanBreakEvenOrders: 430,
          overheadPerOrder: null,
        },
      ],
      openTogether: [
        ["京东"],
        {
          later: ["JD"],
          yearOneSales: 6503942,
          horizonProfit: 658314,
          planHorizonProfit: 270233,
          peakCashNeed: 2823016,
          planPeakCashNeed: 2576286,
          paybackMonth: 18,
          planPaybackMonth: 23,
        },
        24,
        true,
      ],
      belowOverhead: [
        {
          breakEvenOrders: 227,
          plannedOrders: 204,
          plannedAlone: false,
          budgetBuysOrders: null,
          targetForBreakEven: 36200000,
          targetRaise: 0.034,
          leanBreakEvenOrders: 21,
          overheadPerOrder: 19.35,
        },
      ],
      supplyBelowBreakEven: [
        {
          breakEvenOrders: 153,
          plannedOrders: 127,
          plannedAlone: false,
          budgetBuysOrders: null,
          targetForBreakEven: 9000000,
          targetRaise: 0.5,
          leanBreakEvenOrders: null,
          overheadPerOrder: 4.2,
        },
      ],
      gate: ["唯品会做品牌特卖", true],
      lowFit: [30, 45],
      platformLimit: [3],
      headlineExisting: [["天猫", "京东"]],
      alreadySelling: [1500000, 1862798],
      budgetShrinks: [600000, 478035],
      headlineEnter: ["天猫", { share: "80%", wholeUntil: 6 }, ["第6个月开淘宝"]],
      headlineEnterSlow: ["天猫", 24, "none", ["第6个月开淘宝"]],
      slowPayback: [1, 0.005, -189463, 24, 31],
      headlineEnterShort: ["京东自营", "none", [], true],
      todayLoses: [694560],
      shortOfOverhead: [1, 0.014, 0.027, false],
      nextInMonth: ["淘宝", 6],
      headlineYear: [4887979.5, 6000000, 770853.57, 3, 9],
      headlineNone: ["天猫", "扣除固定成本前每单亏 ¥4。"],
      budgetCovers: [80000, 57149.66, 109698, 11],
      budgetCoversRunRateOnly: [150000, 114299.31],
      budgetRamp: ["20%", 12],
      budgetShort: [80000, 95000, 5000000],
      teamOver: [7, 5],
      adModel: ["40%"],
      shippingNotGiven: [["SKU-1", "SKU-2", "SKU-3", "SKU-4"], 5, 0],
    };
    const args = special[key] ?? Array.from({ length: entry.zh.length }, () => "X");
    const zh = entry.zh(...args);
    expect(englishLeak(zh)).toBeUndefined();
    expect(entry.en(...args).trim()).not.toBe("");
  });

  it.each(Object.keys(FIT_REASONS))("fit reason %s has a Chinese form with no English phrase", (key) => {
    const words = {
      platform: "天猫",
      category: "服装",
      band: "25-30",
      share: "40%",
      who: "女性",
      tier: "一线城市",
      status: "注册商标(®)",
      minimum: "已申请商标(™)",
      deductionRate: "5%",
      adRatio: "20%",
      returnRate: "30%",
    };
    const reason = FIT_REASONS[key as keyof typeof FIT_REASONS];
    expect(englishLeak(reason.zh(words))).toBeUndefined();
    expect(reason.en({ ...words, platform: "Tmall", category: "Apparel" })).not.toBe(reason.zh(words));
  });
});

describe("a projected payback past ten years", () => {
  it("is said as more than ten years, not as 3,559 months (operator read 3)", () => {
    expect(PLAN_MESSAGES.slowPayback.en(11, 0.02, -250000, 24, 3559)).toContain("would take more than ten years from its opening");
    expect(PLAN_MESSAGES.slowPayback.zh(11, 0.02, -250000, 24, 3559)).toContain("开店十年以上才能回本");
    expect(PLAN_MESSAGES.slowPayback.en(11, 0.02, -250000, 24, 120)).toContain("would take about 120 months from its opening");
  });
});

describe("the open-together advice", () => {
  const t = {
    later: ["JD"],
    yearOneSales: 6_000_000,
    horizonProfit: 200_000,
    planHorizonProfit: 450_000,
    peakCashNeed: 2_900_000,
    planPeakCashNeed: 2_500_000,
    paybackMonth: 22,
    planPaybackMonth: 20,
  };
  it("tells a boss to keep to one store at a time when that earns more", () => {
    const worse = { ...t, extraProfit: -250_000, extraPeakCash: 400_000 };
    expect(PLAN_MESSAGES.openTogether.en(["JD.com"], worse, 24, true)).toContain("One store at a time earns ¥250,000 more over the 24 months: keep to it.");
    expect(PLAN_MESSAGES.openTogether.zh(["京东"], worse, 24, true)).toContain("逐店推进在24个月里多赚 ¥250,000:按本方案来。");
  });
  it("tells a boss to open together when that earns more with no more cash", () => {
    const better = { ...t, horizonProfit: 700_000, extraProfit: 250_000, extraPeakCash: -10_000 };
    expect(PLAN_MESSAGES.openTogether.en(["JD.com"], better, 24, true)).toContain("with no more peak cash: open them together if you can staff both stores from month 1.");
  });
});

describe("yuanText", () => {
  it("rounds half a yuan away from zero, as the workbook's ¥#,##0 shows it", () => {
    expect(yuanText(-800_859.5)).toBe("-¥800,860");
    expect(yuanText(800_859.5)).toBe("¥800,860");
    expect(yuanText(-0.4)).toBe("¥0");
  });
});
