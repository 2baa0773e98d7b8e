import ExcelJS from "exceljs";
import fc from "fast-check";
import { calibrate } from "../../src/calibrate/calibration";
import { calibrationOverrides, withBillRates } from "../../src/calibrate/calibrationOverrides";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { parseBill, type ParsedBill } from "../../src/calibrate/parseBill";
import { gb18030 } from "../support/gb18030";
import { ALIPAY_TMALL, DOUYIN_FUNDS, KUAISHOU_SETTLEMENT, PDD_LEDGER, WECHAT_FUNDS, XIAOHONGSHU_ORDERS } from "./bills";

const utf8 = (s: string) => new TextEncoder().encode(s);
const parsed = async (bytes: Uint8Array) => {
  const bill = await parseBill(bytes);
  if (!("entries" in bill)) throw new Error(`not parsed: ${JSON.stringify(bill)}`);
  return bill as ParsedBill;
};
const AT = new Date("2026-12-04T00:00:00Z");

describe("calibrating from bills", () => {
  it("reads a Tmall Alipay ledger in GBK: every rate a fraction of the 3,000.00 paid", async () => {
    const bill = await parsed(gb18030(ALIPAY_TMALL));
    expect([bill.platform, bill.layout.id, bill.encoding, bill.rows]).toEqual(["TMALL", "alipay-ledger", "gb18030", 12]);
    const c = calibrate([{ file: "alipay.csv", bill }], AT);
    const tmall = c.platforms.TMALL!;
    // 150 / 3000, 18 / 3000, 15 / 3000, 60 / 3000, 24 / 3000, 300 / 3000
    expect(tmall.rates).toEqual({ commission: 0.05, softwareFee: 0.006, points: 0.005, affiliate: 0.02, paymentFees: 0.008, refundRate: 0.1 });
    expect([tmall.sales, tmall.refunds, tmall.orders, tmall.period]).toEqual([3000, 300, 3, { from: "2026-09-01", to: "2026-09-09" }]);
    expect(tmall.settlementDays).toBeUndefined();
    expect(c.files[0]!.notCosts).toEqual([{ label: "提现", count: 1, amount: 2000 }]);
    expect(c.files[0]!.skipped).toEqual([{ reason: "footer", count: 4 }]);
  });

  it("calls an Alipay ledger without 天猫佣金 a Taobao store, and still parses it re-saved without its preamble", async () => {
    const resaved = ALIPAY_TMALL.split("\r\n")
      .filter((l) => !l.startsWith("#") && !/天猫/.test(l))
      .join("\n");
    const bill = await parsed(utf8(resaved));
    expect(bill.platform).toBe("TAOBAO");
    expect(calibrate([{ file: "taobao.csv", bill }], AT).platforms.TAOBAO!.rates.commission).toBeUndefined();
  });

  it("counts a re-imported ledger once, on its serial numbers", async () => {
    const a = await parsed(gb18030(ALIPAY_TMALL));
    const c = calibrate(
      [
        { file: "a.csv", bill: a },
        { file: "again.csv", bill: await parsed(gb18030(ALIPAY_TMALL)) },
      ],
      AT,
    );
    expect(c.platforms.TMALL!.sales).toBe(3000);
    expect(c.files[1]!.skipped).toContainEqual({ reason: "duplicate", count: 12 });
  });

  it("reads a PDD ledger: codes in 业务描述, the footer and the top-up left out, settlement from the order number's date", async () => {
    const c = calibrate([{ file: "pdd.csv", bill: await parsed(gb18030(PDD_LEDGER)) }], AT);
    // 12 / 2000 = 0.006; 100 / 2000 = 0.05; 200 / 2000 = 0.1; ordered on 09-01 (no time: midnight), paid 09-11 08:00 and
    // 09-13 08:00: lags 10.33 and 12.33 days, median 11.33 → 11.3
    expect(c.platforms.PDD!.rates).toEqual({ softwareFee: 0.006, affiliate: 0.05, refundRate: 0.1 });
    expect(c.platforms.PDD!.settlementDays).toBe(11.3);
    expect(c.files[0]!.notCosts).toEqual([{ label: "0070004|推广账户充值", count: 1, amount: 500 }]);
  });

  it("reads a Douyin funds ledger with a BOM and quoted IDs", async () => {
    const c = calibrate([{ file: "douyin.csv", bill: await parsed(utf8(DOUYIN_FUNDS)) }], AT);
    // 50 / 1000, (200 + 10) / 1000, 6 / 1000, 100 / 1000; lags 7 and 9 → 8
    expect(c.platforms.DOUYIN!.rates).toEqual({ commission: 0.05, affiliate: 0.21, paymentFees: 0.006, refundRate: 0.1 });
    expect(c.platforms.DOUYIN!.settlementDays).toBe(8);
    expect(c.platforms.DOUYIN!.orders).toBe(2);
  });

  it("reads a JD POP settlement workbook: a note on row 1, refunds as 货款 paid out, settlement from completion to arrival", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("结算明细");
    ws.addRow(["说明:本表为结算明细"]);
    ws.addRow(["订单编号", "订单完成时间", "售后服务单号", "商品编号", "费用名称", "应结金额", "收支方向", "到账时间"]);
    ws.addRow(["3001", "2026-09-01 10:00:00", "", "100012345512.0", "货款", "899.00", "收入", "2026-09-16 10:00:00"]);
    ws.addRow(["3001", "2026-09-01 10:00:00", "", "100012345512.0", "佣金", "-44.95", "支出", "2026-09-16 10:00:00"]);
    ws.addRow(["3002", "2026-09-02 10:00:00", "", "100012345513.0", "货款", "1101.00", "收入", "2026-09-19 10:00:00"]);
    ws.addRow(["3002", "2026-09-02 10:00:00", "", "100012345513.0", "佣金", "-55.05", "支出", "2026-09-19 10:00:00"]);
    ws.addRow(["3002", "2026-09-02 10:00:00", "AS1", "100012345513.0", "货款", "200.00", "支出", "2026-09-20 10:00:00"]);
    const bill = await parsed(new Uint8Array(await wb.xlsx.writeBuffer()));
    const jd = calibrate([{ file: "jd.xlsx", bill }], AT).platforms.JD!;
    // commission (44.95 + 55.05) / 2000 = 0.05; refunds 200 / 2000 = 0.1; lags 15 and 17 days → 16
    expect([bill.encoding, jd.sales, jd.rates, jd.settlementDays]).toEqual(["xlsx", 2000, { commission: 0.05, refundRate: 0.1 }, 16]);
  });

  it.each([
    // 40 / 800, 80 / 800, 100 / 800; lags 10 and 14 days → 12
    ["Kuaishou", KUAISHOU_SETTLEMENT, "KUAISHOU", { commission: 0.05, affiliate: 0.1, refundRate: 0.125 }, 12],
    // 50 / 1000, (6 + 4) / 1000, 100 / 1000, 100 / 1000; the order's lag 8 days
    ["Xiaohongshu", XIAOHONGSHU_ORDERS, "XIAOHONGSHU", { commission: 0.05, paymentFees: 0.01, affiliate: 0.1, refundRate: 0.1 }, 8],
    // 10 / 1000, 100 / 1000, 50 / 1000; the ledger gives no order time
    ["WeChat", WECHAT_FUNDS, "WECHAT", { commission: 0.01, affiliate: 0.1, refundRate: 0.05 }, undefined],
  ] as const)("reads a %s bill", async (_name, text, code, rates, settlementDays) => {
    const p = calibrate([{ file: "bill.csv", bill: await parsed(utf8(text)) }], AT).platforms[code]!;
    expect([p.rates, p.settlementDays]).toEqual([rates, settlementDays]);
  });

  it("turns the bills into rate rows, and a rate the user typed (by any alias) wins over the bills' one", async () => {
    const c = calibrate([{ file: "alipay.csv", bill: await parsed(gb18030(ALIPAY_TMALL)) }], AT);
    const rows = calibrationOverrides(c, ["APPAREL", "BEAUTY"]);
    // commission for each category, software 0.6% + Huabei 0.8% as the payment fee
    expect(rows.map((r) => [r.platform, r.field, r.category ?? null, r.value])).toEqual([
      ["TMALL", "commission", "APPAREL", 0.05],
      ["TMALL", "commission", "BEAUTY", 0.05],
      ["TMALL", "paymentFee", null, 0.014],
    ]);
    const own = [{ platform: "天猫", field: "佣金", category: "服装", value: 0.03 }];
    const merged = withBillRates(defaultReferenceData().rateCard, own, rows);
    expect(merged.map((r) => [r.field, r.category, r.value])).toEqual([
      ["commission", "BEAUTY", 0.05],
      ["paymentFee", undefined, 0.014],
      ["佣金", "服装", 0.03],
    ]);
  });

  it("names the layouts it knows and the headers it found for an unknown file, and says when a bill has no sales", async () => {
    const unknown = await parseBill(utf8("日期,金额,摘要\n2026-09-01,5,x\n"));
    expect(unknown).toMatchObject({ code: "unknownLayout", headersFound: ["日期", "金额", "摘要"] });
    expect((unknown as { known: string[] }).known).toContain("PDD: pdd-ledger");
    const noSales = PDD_LEDGER.split("\n")
      .filter((l) => !l.includes("0010002"))
      .join("\n");
    expect(await parseBill(utf8(noSales))).toEqual({ code: "noSales", layout: "pdd-ledger" });
  });

  it("never throws on random bytes or a truncated bill", async () => {
    const whole = gb18030(ALIPAY_TMALL);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.nat({ max: whole.length }), async (noise, cut) => {
        for (const bytes of [noise, whole.subarray(0, cut), new Uint8Array([0x50, 0x4b, ...noise])]) {
          const result = await parseBill(bytes);
          expect(typeof result).toBe("object");
        }
      }),
      { numRuns: 150 },
    );
  });
});
