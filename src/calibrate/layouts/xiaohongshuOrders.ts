import type { BillLayout } from "../billTypes";
import { billId } from "../billText";
import { RowReader } from "./readRow";

/** Xiaohongshu 订单货款: one order (or after-sale) a row; 商品实付/实退 negative for refunds, fees negative. */
export const xiaohongshuOrders: BillLayout = {
  id: "xiaohongshu-orders",
  platform: "XIAOHONGSHU",
  required: ["订单号", "商品实付/实退", "佣金", "支付渠道费"],
  read(row) {
    const r = new RowReader(row);
    const paid = r.amount("商品实付/实退");
    const fee = (...h: string[]) => -h.reduce((s, x) => s + r.amount(x), 0);
    return r.result(
      [
        { kind: paid < 0 ? "refund" : "sale", amount: Math.abs(paid) },
        { kind: "commission", amount: fee("佣金") },
        { kind: "paymentFees", amount: fee("支付渠道费", "花呗分期手续费") },
        { kind: "affiliate", amount: fee("分销佣金", "代运营服务商佣金", "代开发服务商佣金") },
      ],
      { serial: `xhs:${billId(row["订单号"])}|${billId(row["售后单号"])}`, order: billId(row["订单号"]) || undefined, at: r.time("结算时间"), orderedAt: r.time("下单时间") },
    );
  },
};
