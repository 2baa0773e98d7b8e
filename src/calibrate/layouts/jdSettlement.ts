import type { BillLayout } from "../billTypes";
import { billId } from "../billText";
import { CASH_MOVES, kindOf, RowReader } from "./readRow";

/** JD POP 结算明细 (xlsx, a note on row 1): one fee a row, 应结金额 signed by 收支方向 (费用分类 in the 2026-08 layout). */
export const jdSettlement: BillLayout = {
  id: "jd-pop-settlement",
  platform: "JD",
  required: ["订单编号", "费用名称", "应结金额"],
  read(row) {
    const r = new RowReader(row);
    const fee = r.text("费用名称");
    const direction = r.text("收支方向", "费用分类");
    const signed = r.amount("应结金额");
    const amount = /支出/.test(direction) ? -Math.abs(signed) : signed;
    const goods = /^货款/.test(fee);
    const kind = goods
      ? amount < 0
        ? "refund"
        : "sale"
      : kindOf(
          fee,
          [
            [CASH_MOVES, "cashMove"],
            [/佣金|扣点/, "commission"],
            [/京豆|积分/, "points"],
            [/京挑客|联盟/, "affiliate"],
            [/交易服务费|支付|手续费/, "paymentFees"],
          ],
          "other",
        );
    const value = kind === "sale" ? amount : -amount;
    return r.result([{ kind, amount: value, label: kind === "other" || kind === "cashMove" ? fee : undefined }], {
      serial: `jd:${billId(row["订单编号"])}|${fee}|${billId(row["售后服务单号"])}|${r.text("商品编号")}`,
      order: billId(row["订单编号"]) || undefined,
      at: r.time("到账时间", "结算时间", "预计结算时间"),
      orderedAt: r.time("订单完成时间", "订单下单时间"),
    });
  },
};
