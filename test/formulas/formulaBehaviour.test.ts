import { DetailedCellError } from "hyperformula";
import { workbook } from "../support/hyperformulaHarness";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";

const errorOf = (v: unknown) => (v instanceof DetailedCellError ? { type: v.type, message: v.message } : { value: v });

describe("errors read like Excel's own", () => {
  it("gives #VALUE! with a did-you-mean for a misspelt platform", () => {
    const wb = workbook([['=CHANNEL.COMMISSION("Tmal","apparel")']]);
    expect(errorOf(wb.value("A1"))).toEqual({
      type: "VALUE",
      message: expect.stringMatching(/^platform: "Tmal" is not recognised\. Did you mean "Tmall \(天猫\)"\? Accepted: Tmall \(天猫\)/),
    });
  });

  it("gives #VALUE! naming the argument and range for a percent typed as a whole number", () => {
    const wb = workbook([['=CHANNEL.NETPROFIT("PDD","food",50,10,0,0,30)']]);
    expect(errorOf(wb.value("A1"))).toEqual({ type: "VALUE", message: "returnRate: 30 is out of range; use from 0 to 1 (a fraction: 0.05 means 5%)." });
  });

  it("gives #N/A with the reason when a product can never break even", () => {
    const wb = workbook([['=CHANNEL.BREAKEVEN("PDD","food",10,9,10000,3)']]);
    // ¥-2.06 before the cost stack; PDD × food (costs.json) adds affiliates 5% × 15% × ¥10 = 0.075, promotions 10% = 1.00,
    // fulfilment 2.50, 运费险 0.20 (no returns given), instalment fees 2% × 2.3% × ¥10 = 0.0046, seeding 2% = 0.20 and
    // food's stock loss 3% of the ¥9 goods = 0.27 (临期/过期报废): 4.25 → -¥6.31; VAT (general): output (10 − 1) × 13/113 =
    // 1.035398 less input on goods 9 × 13/113 = 1.035398 and on services (deductions 0.06) × 6/106 = 0.003396:
    // −0.003396 → -¥6.306604, still -¥6.31
    expect(errorOf(wb.value("A1"))).toEqual({ type: "NA", message: expect.stringContaining("Never breaks even: each order contributes -¥6.31") });
  });

  it("treats omitted and empty optional arguments as zero", () => {
    const wb = workbook([['=CHANNEL.NETPROFIT("JD","3C",1000,700)', '=CHANNEL.NETPROFIT("JD","3C",1000,700,,,,)']]);
    // JD 3C: d = 4% + 0.6%; 1000 × 0.954 − 700 = 254 before the cost stack (costs.json, JD × 3C): affiliates
    // 4% × 8% × 1,000 = 3.20, promotions 8% = 80, fulfilment 2.50, 运费险 0.50, instalment fees 10% × 2.3% = 2.30,
    // seeding 2% = 20, 3C's stock loss 3% of the ¥700 goods = 21 (三包 replacements, models cleared): 254 − 129.50 =
    // 124.50; then VAT (general by default): output (1,000 − 80) × 13/113 = 105.840708 less input on goods 700 × 13/113 =
    // 80.530973 and on services (deductions 46) × 6/106 = 2.603774: 22.705961 → 124.50 − 22.705961 = 101.794039 → ¥101.79
    expect([wb.value("A1"), wb.value("B1")]).toEqual([101.79, 101.79]);
  });

  it("lets an error in an input cell flow through like Excel", () => {
    const wb = workbook([["=1/0", '=CHANNEL.FEES(A1,"food")']]);
    expect(errorOf(wb.value("B1"))).toMatchObject({ type: "DIV_BY_ZERO" });
  });
});

describe("spilled tables", () => {
  it("ranks every platform under a header row", () => {
    const platforms = Object.keys(defaultReferenceData().rateCard.platforms).length;
    const wb = workbook([['=CHANNEL.RANKPLATFORMS("美妆",150,"18-24","女",1,"registered","high")']]);
    const table = wb.block("A1", platforms + 1, 4);
    expect(table[0]).toEqual(["Platform", "Fit (0-100)", "Margin headroom", "Top reason"]);
    const scores = table.slice(1).map((r) => r[1] as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(["Xiaohongshu", "Douyin", "Tmall"]).toContain(table[1]![0]);
    expect(table.slice(1, 5).map((r) => r[0])).toEqual(expect.arrayContaining(["Xiaohongshu", "Douyin"]));
    expect(table.slice(1).every((r) => typeof r[0] === "string")).toBe(true);
    expect(wb.value(`A${platforms + 2}`)).toBeNull();
  });

  it("splits an annual target into 12 months that add up exactly", () => {
    const wb = workbook([["=CHANNEL.MONTHLY(1200000)", null, "=SUM(B1:B12)"]]);
    expect(wb.block("A1", 12, 2).map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(wb.value("B11")).toBe(192000); // 16% in November (Double 11)
    expect(wb.value("C1")).toBe(1200000);
  });

  it("splits a budget 80/20 across platforms read from ranges", () => {
    const wb = workbook([
      ["天猫", 80, "=CHANNEL.ALLOCATE(100000,A1:A3,B1:B3)"],
      ["京东", 60],
      ["拼多多", 20],
    ]);
    expect(wb.block("C1", 4, 4)).toEqual([
      ["Platform", "Score", "Role", "Amount (¥)"],
      ["Tmall", 80, "Focus", 80000],
      ["JD.com", 60, "Support", 15000],
      ["Pinduoduo", 20, "Support", 5000],
    ]);
  });

  it("plans a two-platform team with shared design and labour cost", () => {
    const wb = workbook([
      ["天猫", 1000, '=CHANNEL.TEAMPLAN(A1:A2,B1:B2,"lean",2)'],
      ["京东", 1000],
    ]);
    // Eight roles (the live room's 场控 and 投手 included), then people and cost.
    const table = wb.block("C1", 11, 5);
    expect(table[0]).toEqual(["Role", "Tmall", "JD.com", "Shared", "Total"]);
    expect(table[9]).toEqual(["Total people", 2, 2, 1, 5]);
    // 2 × (8,000 + 4,000) × 1.3 + 7,500 × 1.3 = 40,950
    expect(table[10]).toEqual(["Monthly labour cost (¥)", 15600, 15600, 9750, 40950]);
  });

  it("grows the team with each platform's sales when order values are given", () => {
    const wb = workbook([
      ["天猫", 20000, 100, '=CHANNEL.TEAMPLAN(A1:A2,B1:B2,"lean",2,C1:C2)'],
      ["京东", 500, 3999],
    ]);
    const table = wb.block("D1", 11, 5);
    // The curve ⌊(sales ÷ salesForOne)^0.7⌋ (staffing.json peopleBySales). Tmall ¥2m: operations ⌊(2,000,000 ÷
    // 300,000)^0.7 = 3.77⌋ = 3, promotion ⌊(2,000,000 ÷ 600,000)^0.7 = 2.32⌋ = 2, CS ⌈20,000 × 0.35 ÷ 3,120⌉ = 3,
    // design ⌊2.32⌋ = 2 less the shared one = 1: 9.
    // JD ¥1,999,500: operations ⌊(6.665)^0.7 = 3.77⌋ = 3, promotion ⌊(3.3325)^0.7 = 2.32⌋ = 2, CS 2 (1,000
    // conversations: the all-day minimum), design 2 − the shared one = 1: 8.
    expect(table[1]).toEqual(["Operations", 3, 3, 0, 6]);
    expect(table[2]).toEqual(["Promotion & ads", 2, 2, 0, 4]);
    expect(table[3]).toEqual(["Customer service", 3, 2, 0, 5]);
    expect(table[4]).toEqual(["Design", 1, 1, 1, 3]);
    expect(table[9]).toEqual(["Total people", 9, 8, 1, 18]);
  });

  it("rejects mismatched ranges with a message naming both", () => {
    const wb = workbook([
      ["天猫", 1, "=CHANNEL.ALLOCATE(100,A1:A2,B1:B1)"],
      ["京东", 2],
    ]);
    expect(errorOf(wb.value("C1"))).toEqual({ type: "VALUE", message: "platforms has 2 values but scores has 1; they must match one to one." });
  });

  it("lists the rate card with a status on every row, the source's title, address and date, or the estimate's reasoning", () => {
    const wb = workbook([['=CHANNEL.RATECARD("PDD")', null, null, null, null, null, null, null, null, null, '=CHANNEL.RATECARD("KUAISHOU")']]);
    const rows = wb.block("A1", 18, 9);
    expect(rows[0]).toEqual(["Platform", "Item", "Category", "Value", "Status", "Source", "Address", "As of", "Note"]);
    const data = rows.slice(1).filter((r) => r[0] !== null);
    expect(data.length).toBe(17);
    for (const r of data) expect(["Sourced", "Older source", "Estimate"]).toContain(r[4]);
    expect(data[0]).toEqual(["Pinduoduo", "Commission", "Apparel", 0, "Estimate", "", "", "", expect.stringContaining("不收取任何提点")]);
    const kuaishou = wb.block("K2", 1, 9)[0]!;
    expect(kuaishou).toEqual([
      "Kuaishou",
      "Commission",
      "Apparel",
      0.05,
      "Older source",
      expect.stringMatching(/^WX01: .*PingWest/),
      "https://en.pingwest.com/w/11268",
      "2022-12-30",
      expect.any(String),
    ]);
  });
});

describe("Chinese display language", () => {
  it("spills Chinese headers and reasons", () => {
    const wb = workbook([['=CHANNEL.RANKPLATFORMS("食品",29.9,"41+","all",3,"none","none")', null, null, null, '=CHANNEL.EXPLAIN("拼多多","食品",29.9,"41+","all",3)']], "zh-CN");
    expect(wb.block("A1", 2, 2)).toEqual([
      ["平台", "匹配度(0-100)"],
      ["拼多多", expect.any(Number)],
    ]);
    expect(wb.value("E1")).toMatch(/^拼多多匹配度\d+\/100:/);
  });
});

describe("planning formulas", () => {
  it("chains target → traffic → ad budget", () => {
    const wb = workbook([
      [
        1000000,
        0.02,
        200,
        0.4,
        1.5,
        "=CHANNEL.TRAFFIC(A1,B1,C1)",
        "=CHANNEL.ADBUDGET(A1,B1,C1,D1,E1)",
        '=CHANNEL.HEADCOUNT("抖音",8000,"standard")',
        '=CHANNEL.HEADCOUNT("抖音",8000,"standard",FALSE(),C1)',
      ],
    ]);
    // 1,000,000 ÷ (2% × 200) = 250,000 visitors; 40% paid × ¥1.5 = ¥150,000
    // Douyin standard 5 (ops, promotion, 2 CS, host); CS ceil(8,000 × 0.35 ÷ (120 a day × 26 days)) = ceil(0.90) = 1, under the template's 2 → 5
    // At ¥200 an order the store sells ¥1.6m: operations ⌊(1,600,000 ÷ 300,000)^0.7 = 3.23⌋ = 3, promotion
    // ⌊(1,600,000 ÷ 600,000)^0.7 = 1.99⌋ = 1, who is the daily live room's 投手 (so 0 more), 2 CS, a designer
    // ⌊1.99⌋ = 1 (design not shared, none in the content-led shape), 2 hosts for 6 hours a day, a 场控
    // → 3 + 0 + 2 + 1 + 2 + 1 + 1 = 10
    expect([wb.value("F1"), wb.value("G1"), wb.value("H1"), wb.value("I1")]).toEqual([250000, 150000, 5, 10]);
  });
});
