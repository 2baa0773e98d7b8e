import type { BillLayout } from "../billTypes";
import { billId } from "../billText";
import { CASH_MOVES, RowReader } from "./readRow";

/** Douyin 抖店 资金流水 CSV (UTF-8 BOM; IDs with a leading ' or `): one order settlement a row, fees in their own (negative) columns. */
export const douyinFunds: BillLayout = {
  id: "douyin-funds",
  platform: "DOUYIN",
  required: ["动账时间", "动账金额", "订单实付应结", "平台服务费"],
  read(row) {
    const r = new RowReader(row);
    const base = {
      serial: `douyin:${billId(row["动帐流水号"] ?? row["动账流水号"])}`,
      order: billId(row["订单号"]) || undefined,
      at: r.time("动账时间"),
      orderedAt: r.time("下单时间"),
    };
    const scene = `${r.text("动账场景")} ${r.text("备注")}`;
    if (CASH_MOVES.test(scene)) return r.result([{ kind: "cashMove", amount: Math.abs(r.amount("动账金额")), label: r.text("动账场景", "备注") }], base);
    const fee = (...h: string[]) => -h.reduce((s, x) => s + r.amount(x), 0);
    return r.result(
      [
        { kind: "sale", amount: r.amount("订单实付应结") },
        { kind: "refund", amount: Math.abs(r.amount("订单退款")) },
        { kind: "commission", amount: fee("平台服务费") },
        { kind: "affiliate", amount: fee("佣金", "服务商佣金", "招商服务费", "站外推广费") },
        { kind: "paymentFees", amount: fee("渠道分成") },
      ],
      base,
    );
  },
};
