import { chineseInteger } from "../../src/data/provenance/chineseNumeral";
import { excerptShowsValue, type ValueKind } from "../../src/data/provenance/excerptShowsValue";

const shown: Array<[number, ValueKind, string]> = [
  [0.05, "rate", "女装/女士精品5%60,000"],
  [0.05, "rate", "技术服务费为5.0%"],
  [0.05, "rate", "收取百分之五的技术服务费"],
  [0.05, "rate", "扣5个点"],
  [0.05, "rate", "扣点为5-8%"],
  [0.05, "rate", "rates of 5 % for women's clothing"],
  [0.08, "rate", "扣点为5-8%"],
  [0.095, "rate", "charges 7.5 percent to 9.5% of a deal's price"],
  [0.7, "rate", "about 70 per cent of Dewu users were born after 1995"],
  [0.03, "rate", "our return rate is 2 to 3 percentage points higher than our peers"],
  [0.006, "rate", "统一按0.6%费率收取"],
  [0.006, "rate", "收取千分之六的手续费"],
  [0.006, "rate", "6‰"],
  [0.02, "rate", "每笔交易订单将提取2%"],
  [0.25, "rate", "占比达到25％"],
  [0.542, "rate", "30岁以下用户占比分别为58.6%、54.2%、66.5%"],
  [3000, "money", "保证金3000元"],
  [3000, "money", "deposit of 3,000 yuan"],
  [3000, "money", "保证金3千"],
  [3000, "money", "保证金0.3万"],
  [50000, "money", "R标旗舰店保证金5万"],
  [50000, "money", "50000元"],
  [50000, "money", "50,000 yuan for all other stores"],
  [5000, "money", "would be capped at 5,000 yuan (US$695), a fraction of the previous maximum of 500,000 yuan"],
  [10000, "money", "保證金均為 1 萬元"],
  [1000000, "money", "transactions up to 1 million yuan"],
  [3, "number", "ROI 3"],
  [3, "number", "| 美妆护肤 | 300%-500% |"],
  [2.5, "number", "| 食品饮料 | 250%-400% |"],
  [0, "rate", "拼多多商城目前不收取任何提点"],
  [0, "money", "平台使用费全面取消"],
  [0, "money", "will waive its annual software service fee"],
  [0, "rate", "| 食品饮料 | 全部 | 0 | 1,000 |"],
];

const notShown: Array<[number, ValueKind, string]> = [
  [0.05, "rate", "0.5%"],
  [0.05, "rate", "15%"],
  [0.05, "rate", "收取百分之五十"],
  [0.05, "rate", "2.5%"],
  [0.7, "rate", "about 17 per cent"],
  [0.05, "rate", "5元"],
  [0.05, "rate", "50%"],
  [0.006, "rate", "6%"],
  [0.006, "rate", "0.06%"],
  [0.006, "rate", "1.6%"],
  [0.02, "rate", "2020年"],
  [3000, "money", "30000元"],
  [3000, "money", "3,000,000"],
  [3000, "money", "13000"],
  [3000, "money", "3.5万"],
  [50000, "money", "15万"],
  [50000, "money", "5000"],
  [5, "money", "7.5%"],
  [3, "number", "3.27"],
  [3, "number", "13"],
  [0, "rate", "0.6%"],
  [0, "money", "2020年"],
  [0.08, "rate", "A cooperation agreement with a ¥500 annual usage fee"],
];

describe("excerptShowsValue", () => {
  it.each(shown)("finds %p (%s) in %p", (value, kind, excerpt) => {
    expect(excerptShowsValue(excerpt, value, kind)).toBe(true);
  });

  it.each(notShown)("does not find %p (%s) in %p", (value, kind, excerpt) => {
    expect(excerptShowsValue(excerpt, value, kind)).toBe(false);
  });
});

describe("chineseInteger", () => {
  it.each([
    [5, "五"],
    [10, "十"],
    [15, "十五"],
    [20, "二十"],
    [60, "六十"],
    [100, "一百"],
    [105, "一百零五"],
    [250, "二百五十"],
  ])("writes %p as %p", (n, zh) => expect(chineseInteger(n)).toBe(zh));

  it("refuses fractions and numbers past 999", () => {
    expect(chineseInteger(2.5)).toBeUndefined();
    expect(chineseInteger(1000)).toBeUndefined();
  });
});
